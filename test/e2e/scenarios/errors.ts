// Failures reach the user as a sentence in an alert, with Retry, and the prompt kept.
import { expect } from 'vitest';
import { REPLY, USER, ask, lastReply, replyDone, useMock, type Scenario } from './steps';

export const ERROR_SCENARIOS: Record<string, Scenario> = {
  async 'a rejected key is explained in an alert with Retry, kept after a reload'(h) {
    await useMock(h);
    const panel = await h.openPanel();
    await ask(panel, 'my question @mock(status=401)');
    await panel.role('alert').waitFor({ text: /rejected the API key\. Check the key in Settings/ });
    expect(await panel.role('alert').read()).not.toContain('sk-e2e-secret');
    await panel.role('button', 'Retry').waitFor();
    expect(await panel.css(USER).read()).toContain('my question');
    await lastReply(panel).waitFor({ attribute: ['data-message-status', 'error'] });
    await panel.reload();
    await panel.role('alert').waitFor({ text: /rejected the API key/ });
  },

  async 'each kind of failure is a sentence in an alert with Retry, the prompt kept'(h) {
    await useMock(h, { stallTimeoutMs: 1000 });
    const panel = await h.openPanel();
    const cases: [prompt: string, sentence: RegExp][] = [
      ['@mock(status=404)', /has no model “mock-model”, or the base URL is wrong\. Pick a model/],
      ['@mock(status=429,retryAfter=20)', /rate-limiting requests\. Wait 20 s/],
      ['@mock(status=502)', /server error \(502\)/],
      ['@mock(drop=2)', /connection to 127\.0\.0\.1:\d+ broke mid-reply/],
      ['@mock(stall=1)', /sent nothing for 1 s/],
      ['@mock(streamerror=overloaded,tokens=2)', /server error/],
    ];
    for (const [prompt, sentence] of cases) {
      await panel.role('button', 'New chat').click();
      await ask(panel, `my question ${prompt}`);
      await panel.role('alert').waitFor({ text: sentence });
      expect(await panel.role('alert').read()).not.toContain('sk-e2e-secret');
      await panel.role('button', 'Retry').waitFor();
      expect(await panel.css(USER).read()).toContain('my question');
      await lastReply(panel).waitFor({ attribute: ['data-message-status', 'error'] });
    }
  },

  async 'an unreachable server is explained, then answers on Retry once fixed'(h) {
    await useMock(h, { provider: { baseURL: 'http://127.0.0.1:9/v1' } });
    const panel = await h.openPanel();
    await ask(panel, 'are you there?');
    await panel.role('alert').waitFor({
      text: /Could not reach 127\.0\.0\.1:9\. Make sure it is running on this computer/,
    });
    await useMock(h);
    await panel.role('button', 'Retry').click();
    expect(await replyDone(panel)).toBe('Echo (turn 1): are you there?');
    await panel.role('alert').waitFor({ gone: true });
    // Retry reused the failed reply rather than leaving an empty sibling behind.
    expect(await panel.css(REPLY).count()).toBe(1);
  },
};
