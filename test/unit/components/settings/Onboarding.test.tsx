import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Onboarding } from '@/components/settings/Onboarding';
import { DEFAULT_SETTINGS } from '@/utils/settings/model';
import { settingsItem } from '@/utils/settings/storage';
import { fakeLanguageModel } from '../../../fakes/language-model';

const checks = {
  listModels: async () => ({ models: [] }),
  probeChat: async () => ({ adaptations: {} }),
  syncNow: async () => ({ ok: true as const, message: '' }),
  syncTest: async () => ({ ok: true as const, message: '' }),
};

/** The Prompt API's global, as Chrome 138 and later define it for extensions. */
function installLanguageModel(model: ReturnType<typeof fakeLanguageModel> | undefined): void {
  Object.defineProperty(globalThis, 'LanguageModel', {
    value: model,
    configurable: true,
    writable: true,
  });
}

afterEach(() => installLanguageModel(undefined));

describe('the welcome screen’s built-in model', () => {
  it('should not be offered where the browser has none (Firefox, older Chrome)', async () => {
    render(<Onboarding settings={DEFAULT_SETTINGS} checks={checks} />);
    await screen.findByRole('heading', { name: 'Your model provider' });
    expect(screen.queryByRole('button', { name: 'Use Chrome’s built-in model' })).toBeNull();
    const providers = [...(screen.getByLabelText('Provider') as HTMLSelectElement).options];
    expect(providers.map((option) => option.value)).not.toContain('builtin');
  });

  it('should be offered first, download with progress, then start chatting with no key', async () => {
    const model = fakeLanguageModel({ state: 'downloadable' });
    installLanguageModel(model);
    render(<Onboarding settings={DEFAULT_SETTINGS} checks={checks} />);
    const use = await screen.findByRole('button', { name: 'Use Chrome’s built-in model' });
    expect(screen.getByText(/Chrome downloads it once/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Or use a provider with your key' })).toBeTruthy();
    fireEvent.click(use);
    const progress = await screen.findByRole('progressbar', {
      name: 'Downloading Chrome’s built-in model',
    });
    await waitFor(() => expect(progress.getAttribute('value')).toBe('50'));
    await waitFor(async () => {
      const saved = await settingsItem.getValue();
      expect(saved.profiles).toEqual([
        expect.objectContaining({ preset: 'builtin', apiKey: '', model: 'gemini-nano' }),
      ]);
    });
    expect(model.state).toBe('available');
  });

  it('should say so when the download fails, and let the user choose a provider', async () => {
    const model = fakeLanguageModel({ state: 'downloadable' });
    model.create = async () => {
      throw new DOMException('Not enough space.', 'NotAllowedError');
    };
    installLanguageModel(model);
    const warn = console.warn;
    console.warn = () => {};
    render(<Onboarding settings={DEFAULT_SETTINGS} checks={checks} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Use Chrome’s built-in model' }));
    const alert = await screen.findByRole('alert');
    console.warn = warn;
    expect(alert.textContent).toMatch(/could not download its built-in model/);
    expect(screen.getByRole('button', { name: 'Use Chrome’s built-in model' })).toBeTruthy();
  });
});
