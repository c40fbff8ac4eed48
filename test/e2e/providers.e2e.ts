import { describe, expect, it } from 'vitest';
import { useExtensionAgainstMock } from './chromium';
import { panel, waitForAttribute } from './panel';
import { PROVIDER_SCENARIOS } from './scenarios/providers';
import { inBothBrowsers } from './scenarios/run';

describe('providers as they are', () => inBothBrowsers(PROVIDER_SCENARIOS));

// Chromium only: the built-in model is Chrome's Prompt API, which Firefox does not have
// (the Built-in preset is not offered there; README "Firefox").
describe('Chrome’s built-in model (Chromium only)', () => {
  const env = useExtensionAgainstMock();

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
