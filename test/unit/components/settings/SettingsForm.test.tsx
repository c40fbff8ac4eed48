import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { SettingsForm } from '@/components/settings/SettingsForm';
import { settingsItem } from '@/utils/settings/storage';
import { settingsWithEndpoint } from '../../fixtures';

describe('SettingsForm', () => {
  it('should say so when the browser refuses to store the settings, keeping the form', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(settingsItem, 'setValue').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const onSaved = vi.fn();
    const settings = settingsWithEndpoint({ baseURL: 'http://127.0.0.1:9/v1', model: 'm' });
    render(
      <SettingsForm
        settings={settings}
        onSaved={onSaved}
        checks={{
          listModels: async () => ({ models: [] }),
          probeChat: async () => ({ adaptations: {} }),
          syncNow: async () => ({ ok: true as const, message: '' }),
          syncTest: async () => ({ ok: true as const, message: '' }),
        }}
      />,
    );
    fireEvent.input(screen.getByLabelText('System prompt'), { target: { value: 'Be brief.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Your settings were not saved/);
    expect(onSaved).not.toHaveBeenCalled();
    expect((screen.getByLabelText('System prompt') as HTMLTextAreaElement).value).toBe('Be brief.');
    errors.mockRestore();
  });
});
