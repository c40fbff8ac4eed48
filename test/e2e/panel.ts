import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/** Locators for what a user sees in the side panel, by accessible name and the UI contract. */
export function panel(page: Page) {
  const log = page.getByRole('log');
  const assistant = log.locator('[data-message-role="assistant"]');
  const user = log.locator('[data-message-role="user"]');
  return {
    log,
    message: page.getByRole('textbox', { name: 'Message' }),
    send: page.getByRole('button', { name: 'Send' }),
    stop: page.getByRole('button', { name: 'Stop' }),
    newChat: page.getByRole('button', { name: 'New chat' }),
    alert: page.getByRole('alert'),
    retry: page.getByRole('button', { name: 'Retry' }),
    assistant,
    user,
    lastReply: assistant.last(),
    /** The last reply's text as shown, without the block separators markdown adds. */
    async replyText(): Promise<string> {
      // A short wait: polls call this, and a reply between renders must not hold them up.
      const content = assistant.last().locator('[data-message-content]');
      return (await content.innerText({ timeout: 2000 })).trim();
    },
    async ask(text: string) {
      await this.message.fill(text);
      await this.message.press('Enter');
    },
  };
}

/** Waits until an element's attribute has the value. */
export async function waitForAttribute(
  locator: Locator,
  name: string,
  value: string,
  timeout = 15_000,
): Promise<void> {
  await locator.and(locator.page().locator(`[${name}="${value}"]`)).waitFor({ timeout });
}

/** Polls `read` until `check` holds (vitest's expect inside). */
export async function eventually<T>(
  read: () => Promise<T>,
  check: (value: T) => void,
  timeout = 15_000,
) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    try {
      check(value);
      return value;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

export { expect };
