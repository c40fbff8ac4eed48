import { describe, expect, it } from 'vitest';
import { useExtensionAgainstMock } from './chromium';
import { panel, waitForAttribute } from './panel';

const env = useExtensionAgainstMock({ stallTimeoutMs: 1000 });

describe('errors reach the user (Chromium)', () => {
  it.each([
    ['a rejected key', '@mock(status=401)', /rejected the API key\. Check the key in Settings/],
    [
      'a wrong base URL or model',
      '@mock(status=404)',
      /has no model “mock-model”, or the base URL is wrong\. Pick a model from the list/,
    ],
    ['a rate limit', '@mock(status=429,retryAfter=20)', /rate-limiting requests\. Wait 20 s/],
    ['a server error', '@mock(status=502)', /server error \(502\)/],
    ['a dropped connection', '@mock(drop=2)', /connection to 127\.0\.0\.1:\d+ broke mid-reply/],
    ['a stalled stream', '@mock(stall=1)', /sent nothing for 1 s/],
  ])(
    'should explain %s in an alert with Retry, keeping the prompt',
    async (_, prompt, sentence) => {
      const page = await env.browser.openPanel();
      const ui = panel(page);
      await ui.ask(`my question ${prompt}`);
      await ui.alert.waitFor();
      expect(await ui.alert.textContent()).toMatch(sentence);
      expect(await ui.alert.textContent()).not.toContain('sk-e2e-secret');
      await ui.retry.waitFor();
      expect(await ui.user.textContent()).toContain('my question');
      await waitForAttribute(ui.lastReply, 'data-message-status', 'error');
      // The alert is still there after reopening the panel.
      await page.reload();
      await panel(page).alert.waitFor();
    },
  );

  it('should explain an unreachable server, then answer on Retry once it is fixed', async () => {
    await env.browser.configure({ provider: { baseURL: 'http://127.0.0.1:9/v1' } });
    const page = await env.browser.openPanel();
    const ui = panel(page);
    await ui.ask('are you there?');
    await ui.alert.waitFor();
    expect(await ui.alert.textContent()).toMatch(
      /Could not reach 127\.0\.0\.1:9\. Make sure it is running on this computer/,
    );

    await env.browser.configure({ provider: { baseURL: env.mock.url } });
    await ui.retry.click();
    await waitForAttribute(ui.lastReply, 'data-message-status', 'done');
    expect(await ui.replyText()).toBe('Echo (turn 1): are you there?');
    expect(await ui.alert.count()).toBe(0);
    // Retry reused the failed reply rather than leaving an empty sibling behind.
    expect(await ui.assistant.count()).toBe(1);
  });
});
