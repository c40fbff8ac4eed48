import { describe, expect, it } from 'vitest';
import { useExtensionAgainstMock } from './chromium';
import { panel, waitForAttribute } from './panel';

const env = useExtensionAgainstMock();

describe('providers that refuse part of a request (Chromium)', () => {
  it('should answer anyway, say what it adjusted in the profile, and reset it', async () => {
    const { mock, browser } = env;
    const baseURL = `${mock.origin}/quirks/reasoning-model/v1`;
    await browser.configure({ provider: { baseURL }, temperature: 0.3, maxTokens: 200 });
    const page = await browser.openPanel();
    const ui = panel(page);
    await ui.ask('hello');
    await waitForAttribute(ui.lastReply, 'data-message-status', 'done');
    expect(await ui.replyText()).toBe('Echo (turn 1): hello');
    expect(await ui.alert.count()).toBe(0);
    const sent = mock.requests.filter((request) => request.path.startsWith('/quirks/'));
    expect(sent.at(-1)?.body).toMatchObject({ max_completion_tokens: 200 });
    expect(sent.at(-1)?.body.temperature).toBeUndefined();

    await page.getByRole('button', { name: 'Settings' }).click();
    const note = page.getByRole('region', { name: 'Adjusted for this server' });
    await note.getByText('The reply length limit is sent as max_completion_tokens.').waitFor();
    await note.getByText('temperature is not supported by mock-model: not sent.').waitFor();
    await note.getByRole('button', { name: 'Reset adjustments' }).click();
    await note.waitFor({ state: 'detached' });
  });

  it('should find the adjustments with Test connection, before the first message', async () => {
    const { mock, browser } = env;
    await browser.configure({
      provider: { baseURL: `${mock.origin}/quirks/no-stream-usage/v1` },
    });
    const page = await browser.openPanel();
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Test connection' }).click();
    const status = page.getByRole('status').filter({ hasText: 'A test reply from mock-model' });
    await status.waitFor();
    expect(await status.textContent()).toContain(
      'Adjusted for this server: Token usage in streamed replies is not supported: turned off.',
    );
    await page
      .getByRole('region', { name: 'Adjusted for this server' })
      .getByText('Token usage in streamed replies is not supported: turned off.')
      .waitFor();
  });

  it('should show the chat against the model’s window and warn before sending past it', async () => {
    const { browser } = env;
    await browser.configure({ provider: { contextWindow: 600 } });
    const page = await browser.openPanel();
    const ui = panel(page);
    await ui.ask('fill it @mock(tokens=550)');
    await waitForAttribute(ui.lastReply, 'data-message-status', 'done');
    const meter = page.locator('[data-usage][data-context-window="600"]');
    await meter.filter({ hasText: /% of 600 context/ }).waitFor();
    const warning = page.locator('[data-context-warning]');
    await warning.filter({ hasText: 'close to mock-model’s context window' }).waitFor();
    await ui.message.fill('x'.repeat(800));
    await warning.filter({ hasText: 'longer than mock-model’s context window' }).waitFor();
  });

  it('should take the window from the provider’s model list', async () => {
    const { mock, browser } = env;
    mock.setModels([{ id: 'mock-model', context_length: 32768 }]);
    const page = await browser.openPanel();
    const ui = panel(page);
    await ui.ask('hello');
    await waitForAttribute(ui.lastReply, 'data-message-status', 'done');
    expect(await page.locator('[data-context-window]').count()).toBe(0);
    // The model menu loads the list when the field gets focus.
    await page.getByLabel('Model for this chat', { exact: true }).focus();
    await page
      .locator('[data-usage][data-context-window="32768"]')
      .filter({ hasText: '0% of 33K context' })
      .waitFor();
    mock.setModels(['mock-model']);
  });

  it('should answer from Chrome’s built-in model in the real service worker, with no key', async () => {
    const { mock, browser } = env;
    // The real model cannot be installed here: a LanguageModel that behaves as the Prompt
    // API documents it stands in, inside the extension's own service worker.
    const worker = await browser.worker();
    await worker.evaluate(() => {
      const words = (text: string) => text.match(/\S+\s*/g) ?? [];
      Object.defineProperty(globalThis, 'LanguageModel', {
        configurable: true,
        value: {
          availability: async () => 'available',
          create: async ({ initialPrompts = [] }: { initialPrompts?: unknown[] } = {}) => ({
            inputUsage: 12 + initialPrompts.length,
            inputQuota: 9216,
            promptStreaming: (input: string) =>
              new ReadableStream<string>({
                start(controller) {
                  for (const word of words(`Nano says: ${input}`)) controller.enqueue(word);
                  controller.close();
                },
              }),
            destroy() {},
          }),
        },
      });
    });
    await browser.configure({
      provider: { preset: 'builtin', baseURL: '', apiKey: '', model: 'gemini-nano', name: '' },
    });
    const sent = mock.requests.length;
    const page = await browser.openPanel();
    const ui = panel(page);
    await ui.ask('hello on device');
    await waitForAttribute(ui.lastReply, 'data-message-status', 'done');
    expect(await ui.replyText()).toBe('Nano says: hello on device');
    // Nothing left the computer: the mock server saw no request.
    expect(mock.requests.length).toBe(sent);
  });
});
