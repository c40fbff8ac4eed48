import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtensionAgainstMock, type WorkerChrome } from './chromium';
import { panel, waitForAttribute } from './panel';

const env = useExtensionAgainstMock();

interface TabsChrome {
  tabs: {
    query(filter: { url: string }): Promise<{ id?: number }[]>;
    get(id: number): Promise<object>;
  };
  contextMenus: { update(id: string, change: object): Promise<void> };
}

/** Opens the test page and returns it with its tab id. */
async function openArticle(): Promise<{ article: Page; tabId: number }> {
  const article = await env.browser.context.newPage();
  await article.goto(`${env.mock.origin}/page.html`);
  const worker = await env.browser.worker();
  const tabId = await worker.evaluate(async (url) => {
    const api = (globalThis as unknown as { chrome: TabsChrome }).chrome;
    const [tab] = await api.tabs.query({ url });
    return tab?.id ?? -1;
  }, `${env.mock.origin}/page.html`);
  return { article, tabId };
}

async function select(article: Page, selector: string): Promise<void> {
  await article.evaluate((css) => {
    const element = document.querySelector(css);
    if (!element) throw new Error(`no ${css}`);
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }, selector);
}

describe('page context (Chromium)', () => {
  it('should quote the selection, send it inside the message, and show its source', async () => {
    const { article, tabId } = await openArticle();
    await select(article, '#para');
    const page = await env.browser.openPanel(`?tab=${tabId}`);
    const ui = panel(page);
    await page.getByRole('button', { name: 'Quote selection' }).click();
    const chip = page.locator('[data-quote]');
    await chip.waitFor();
    expect(await chip.textContent()).toContain('Rivers carry sediment to the sea.');
    expect(await chip.textContent()).toContain(`Test article · 127.0.0.1:${env.mock.port}`);

    await ui.ask('Why does this happen?');
    await waitForAttribute(ui.lastReply, 'data-message-status', 'done');
    expect(await chip.count()).toBe(0);
    const sent = env.mock.requests.at(-1)?.body.messages.at(-1)?.content ?? '';
    expect(sent).toContain('"""\nRivers carry sediment to the sea.\n"""');
    expect(sent).toContain('From "Test article"');
    expect(sent.endsWith('Why does this happen?')).toBe(true);
    const quoteInHistory = ui.user.last().locator('blockquote');
    expect(await quoteInHistory.textContent()).toBe('Rivers carry sediment to the sea.');
    const source = ui.user.last().getByRole('link', { name: 'Test article' });
    expect(await source.getAttribute('href')).toBe(`${env.mock.origin}/page.html`);
    await page.reload();
    await panel(page).user.last().locator('blockquote').waitFor();
  });

  it('should quote from text fields, show markup as text, and explain an empty selection', async () => {
    const { article, tabId } = await openArticle();
    const page = await env.browser.openPanel(`?tab=${tabId}`);
    const quoteButton = page.getByRole('button', { name: 'Quote selection' });
    const chip = page.locator('[data-quote]');

    await article.evaluate(() => window.getSelection()?.removeAllRanges());
    await quoteButton.click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Select some text on the page first' })
      .waitFor();

    await article.evaluate(() => {
      const field = document.querySelector('textarea');
      field?.focus();
      field?.setSelectionRange(6, 16);
    });
    await quoteButton.click();
    await expect.poll(() => chip.locator('.quote-chip__text').textContent()).toBe('beta gamma');
    await page.getByRole('button', { name: 'Remove quote' }).click();
    expect(await chip.count()).toBe(0);

    await article.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await select(article, '#markup');
    await quoteButton.click();
    await expect
      .poll(() => chip.locator('.quote-chip__text').textContent())
      .toBe('Markup as text: <img src=x onerror=alert(1)> and **stars**');
    expect(await chip.locator('img').count()).toBe(0);
  });

  it('should open a new chat from "Ask about selection", and send at once from a quick action', async () => {
    const { article, tabId } = await openArticle();
    await select(article, '#para');
    const page = await env.browser.openPanel(`?tab=${tabId}`);
    const ui = panel(page);
    await ui.ask('an earlier chat');
    await waitForAttribute(ui.lastReply, 'data-message-status', 'done');

    const worker = await env.browser.worker();
    const click = (menuItemId: string) =>
      worker.evaluate(
        async ({ id, tab }) => {
          const api = (globalThis as unknown as { chrome: TabsChrome }).chrome;
          const handler = (
            globalThis as unknown as {
              sidechatMenuClick: (info: object, tab: object) => void;
            }
          ).sidechatMenuClick;
          handler(
            { menuItemId: id, selectionText: 'Rivers carry sediment to the sea.' },
            await api.tabs.get(tab),
          );
        },
        { id: menuItemId, tab: tabId },
      );

    await click('sidechat-ask');
    const chip = page.locator('[data-quote]');
    await chip.waitFor();
    expect(await chip.textContent()).toContain('Rivers carry sediment to the sea.');
    expect(await ui.assistant.count()).toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Message');

    await click('sidechat-summarize');
    await waitForAttribute(ui.lastReply, 'data-message-status', 'done');
    const sent = env.mock.requests.at(-1)?.body.messages.at(-1)?.content ?? '';
    expect(sent).toContain('Rivers carry sediment to the sea.');
    expect(sent.endsWith('Summarize this in a few bullet points.')).toBe(true);
    expect(await ui.user.count()).toBe(1);

    // The menu items exist (native menus cannot be clicked headless).
    for (const id of [
      'sidechat-ask',
      'sidechat-explain',
      'sidechat-summarize',
      'sidechat-translate',
    ]) {
      await worker.evaluate(async (item) => {
        const api = (globalThis as unknown as { chrome: TabsChrome & WorkerChrome }).chrome;
        await api.contextMenus.update(item, {});
      }, id);
    }
  });
});
