// Steps most scenarios share: what a user does to ask, and how a test knows a reply ended.
import type { Harness, Panel, Target } from '../driver/driver';

export const REPLY = '[data-message-role="assistant"]';
export const USER = '[data-message-role="user"]';
export const REPLY_TEXT = `${REPLY} [data-message-content]`;

/** A scenario: what a user does in one browser, and what they must see. */
export type Scenario = (h: Harness) => Promise<void>;

/** The newest reply. */
export const lastReply = (panel: Panel): Target => panel.css(REPLY);

export async function ask(panel: Panel, text: string): Promise<void> {
  await panel.role('textbox', 'Message').fill(text);
  await panel.role('textbox', 'Message').press('Enter');
}

/** Waits for the newest reply to end with `status`; returns its text. */
export async function replyDone(panel: Panel, status = 'done'): Promise<string> {
  await lastReply(panel).waitFor({ attribute: ['data-message-status', status] });
  return panel.css(REPLY_TEXT).read();
}

/** Asks, then waits for the `count`-th reply to end (a reply already on screen is older). */
export async function askAndWait(panel: Panel, text: string, count: number): Promise<string> {
  await ask(panel, text);
  await panel
    .css(REPLY)
    .nth(count - 1)
    .waitFor();
  return replyDone(panel);
}

export const SECRET_KEY = 'sk-e2e-secret-123456';

/** The provider the harness's mock stands for, as the test's own profile. */
export async function useMock(h: Harness, extra: Parameters<Harness['configure']>[0] = {}) {
  const { provider, ...rest } = extra;
  await h.configure({
    provider: { baseURL: h.mock.url, apiKey: SECRET_KEY, model: 'mock-model', ...provider },
    ...rest,
  });
}
