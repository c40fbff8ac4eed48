import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtensionAgainstMock, type E2EEnvironment, type WorkerChrome } from './chromium';
import { selectContents } from './driver/driver';
import { panel, waitForAttribute } from './panel';
import { PAGE_SCENARIOS } from './scenarios/page';
import { inBothBrowsers } from './scenarios/run';

interface TabsChrome {
  tabs: {
    query(filter: { url: string }): Promise<{ id?: number }[]>;
    get(id: number): Promise<object>;
  };
  contextMenus: { update(id: string, change: object): Promise<void> };
}

/** Opens a test page (the quote test's by default) and returns it with its tab id. */
async function openArticle(
  env: E2EEnvironment,
  path = '/page.html',
): Promise<{ article: Page; tabId: number }> {
  const article = await env.browser.context.newPage();
  await article.goto(`${env.mock.origin}${path}`);
  const worker = await env.browser.worker();
  const tabId = await worker.evaluate(async (url) => {
    const api = (globalThis as unknown as { chrome: TabsChrome }).chrome;
    const [tab] = await api.tabs.query({ url });
    return tab?.id ?? -1;
  }, `${env.mock.origin}${path}`);
  return { article, tabId };
}

describe('the page as context', () => inBothBrowsers(PAGE_SCENARIOS));

// Chromium only: native context menus cannot be clicked headless, so the test calls the
// background's menu handler, which only Chrome's service worker lets a test reach
// (WebDriver BiDi does not expose Firefox's background page).
describe('the context menu (Chromium only)', () => {
  const env = useExtensionAgainstMock();

  it('should open a new chat from "Ask about selection", and send at once from a quick action', async () => {
    const { article, tabId } = await openArticle(env);
    await article.evaluate(selectContents, '#para');
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
      'sidechat-ask-page',
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

  it('should read the whole page into a new chat from "Ask about this page"', async () => {
    const { tabId } = await openArticle(env, '/pages/article.html');
    const page = await env.browser.openPanel(`?tab=${tabId}`);
    const worker = await env.browser.worker();
    await worker.evaluate(async (tab) => {
      const api = (globalThis as unknown as { chrome: TabsChrome }).chrome;
      const handler = (
        globalThis as unknown as { sidechatMenuClick: (info: object, tab: object) => void }
      ).sidechatMenuClick;
      handler({ menuItemId: 'sidechat-ask-page' }, await api.tabs.get(tab));
    }, tabId);
    const chip = page.locator('[data-page]');
    await chip.waitFor();
    expect(await chip.textContent()).toContain('Page · How rivers shape deltas');
    const ui = panel(page);
    await ui.ask('What is a delta?');
    await waitForAttribute(ui.lastReply, 'data-message-status', 'done');
    const sent = env.mock.requests.at(-1)?.body.messages.at(-1)?.content ?? '';
    expect(sent).toContain('builds a delta, a fan of land');
    expect(sent).not.toContain('News desk');
  });
});
