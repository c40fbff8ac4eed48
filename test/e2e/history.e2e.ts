import { describe, expect, it } from 'vitest';
import { useExtensionAgainstMock } from './chromium';
import { panel, waitForAttribute } from './panel';

const env = useExtensionAgainstMock();

describe('conversations as trees, list and search (Chromium)', () => {
  it('should edit, switch versions, regenerate, then find and open a result', async () => {
    const page = await env.browser.openPanel();
    const ui = panel(page);
    await ui.ask('What is a monad?');
    await waitForAttribute(ui.lastReply, 'data-message-status', 'done');

    // Edit the question: a new version with its own reply; the old one is kept.
    await ui.user.last().hover();
    await ui.user.last().getByRole('button', { name: 'Edit' }).click();
    const editBox = page.getByRole('textbox', { name: 'Edit message' });
    await editBox.fill('What is a functor?');
    await page.getByRole('button', { name: 'Submit edit' }).click();
    await expect
      .poll(() => ui.replyText(), { timeout: 10_000 })
      .toBe('Echo (turn 1): What is a functor?');
    await waitForAttribute(ui.lastReply, 'data-message-status', 'done');
    await ui.user.last().getByText('2 / 2').waitFor();
    expect(mockMessages(env.mock.requests.at(-1))).toEqual(['user: What is a functor?']);

    // Back to the first version.
    await ui.user.last().getByRole('button', { name: 'Previous version' }).click();
    await expect
      .poll(() => ui.replyText(), { timeout: 10_000 })
      .toBe('Echo (turn 1): What is a monad?');
    await ui.user.last().getByText('1 / 2').waitFor();

    // Regenerate the reply: a second version of it, shown as 2 / 2.
    await ui.lastReply.getByRole('button', { name: 'Regenerate' }).click();
    await ui.lastReply.getByText('2 / 2').waitFor();
    await waitForAttribute(ui.lastReply, 'data-message-status', 'done');
    expect(mockMessages(env.mock.requests.at(-1))).toEqual(['user: What is a monad?']);
    await ui.lastReply.getByRole('button', { name: 'Like', exact: true }).click();
    await expect
      .poll(() =>
        ui.lastReply
          .getByRole('button', { name: 'Like', exact: true })
          .getAttribute('aria-pressed'),
      )
      .toBe('true');

    // Another conversation, so the search has to pick.
    await ui.newChat.click();
    await ui.ask('Tell me about 流式传输');
    await waitForAttribute(ui.lastReply, 'data-message-status', 'done');

    // Search finds the first conversation's hidden branch and opens it there.
    await page.getByRole('button', { name: 'Conversations' }).click();
    const nav = page.getByRole('navigation', { name: 'Conversations' });
    await nav.getByRole('button', { name: 'What is a monad?' }).waitFor();
    await nav.getByRole('searchbox', { name: 'Search conversations' }).fill('FUNCTOR');
    const result = nav.getByRole('button', { name: /functor/i });
    await result.first().waitFor();
    expect(await nav.locator('mark').first().textContent()).toBe('functor');
    await result.first().click();
    await expect.poll(() => ui.user.last().textContent()).toContain('What is a functor?');
    await expect
      .poll(() => ui.replyText(), { timeout: 10_000 })
      .toBe('Echo (turn 1): What is a functor?');

    // Chinese text has no spaces: any part of it is found.
    await page.getByRole('button', { name: 'Conversations' }).click();
    await nav.getByRole('searchbox', { name: 'Search conversations' }).fill('传输');
    await nav
      .getByRole('button', { name: /流式传输/ })
      .first()
      .waitFor();
  });

  it('should rename, pin, and delete with undo from the list', async () => {
    const page = await env.browser.openPanel();
    const ui = panel(page);
    for (const question of ['alpha topic', 'beta topic']) {
      await ui.newChat.click();
      await ui.ask(question);
      await waitForAttribute(ui.lastReply, 'data-message-status', 'done');
    }
    await page.getByRole('button', { name: 'Conversations' }).click();
    const nav = page.getByRole('navigation', { name: 'Conversations' });
    const entries = nav.locator('.history__open');
    await expect.poll(() => entries.allTextContents()).toEqual(['beta topic', 'alpha topic']);

    // Pin the older one to the top.
    await nav.locator('li', { hasText: 'alpha topic' }).hover();
    await nav
      .locator('li', { hasText: 'alpha topic' })
      .getByRole('button', { name: 'Pin' })
      .click();
    await expect.poll(() => entries.allTextContents()).toEqual(['alpha topic', 'beta topic']);
    await nav.getByRole('heading', { name: 'Pinned' }).waitFor();

    // Rename; an empty title is ignored.
    await nav.locator('li', { hasText: 'beta topic' }).hover();
    await nav
      .locator('li', { hasText: 'beta topic' })
      .getByRole('button', { name: 'Rename' })
      .click();
    await nav.getByRole('textbox', { name: 'Conversation title' }).fill('Beta, renamed');
    await nav.getByRole('button', { name: 'Save title' }).click();
    await nav.getByRole('button', { name: 'Beta, renamed' }).waitFor();

    // Delete, undo, delete for good.
    const row = nav.locator('li', { hasText: 'Beta, renamed' });
    await row.hover();
    await row.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => entries.allTextContents()).toEqual(['alpha topic']);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => entries.allTextContents()).toEqual(['alpha topic', 'Beta, renamed']);
    await row.hover();
    await row.getByRole('button', { name: 'Delete' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Deleted' })
      .waitFor({ state: 'detached', timeout: 10_000 });
    await page.reload();
    await page.getByRole('button', { name: 'Conversations' }).click();
    await expect
      .poll(() => panel(page).log.page().locator('.history__open').allTextContents())
      .toEqual(['alpha topic']);
  });

  it('should keep a Temporary chat out of history', async () => {
    const page = await env.browser.openPanel();
    const ui = panel(page);
    await page.getByRole('button', { name: 'More' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Temporary chat' }).click();
    await page.getByText('Temporary chat: nothing here is saved').waitFor();
    await ui.ask('off the record');
    await waitForAttribute(ui.lastReply, 'data-message-status', 'done');
    const stored = await env.browser.countStored('messages');
    expect(stored).toBe(0);
  });
});

function mockMessages(
  request: { body: { messages: { role: string; content: string }[] } } | undefined,
) {
  return request?.body.messages.map((m) => `${m.role}: ${m.content}`);
}
