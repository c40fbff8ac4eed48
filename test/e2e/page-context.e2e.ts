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

    await click('sidechat-prompt:summarize');
    await waitForAttribute(ui.lastReply, 'data-message-status', 'done');
    const sent = env.mock.requests.at(-1)?.body.messages.at(-1)?.content ?? '';
    expect(sent).toContain('Rivers carry sediment to the sea.');
    expect(sent.endsWith('Summarize this in a few bullet points.')).toBe(true);
    expect(await ui.user.count()).toBe(1);

    // The menu items exist (native menus cannot be clicked headless).
    for (const id of [
      'sidechat-ask-page',
      'sidechat-ask',
      'sidechat-prompt:explain',
      'sidechat-prompt:summarize',
      'sidechat-prompt:translate',
      'sidechat-page-prompt:summarize-page',
    ]) {
      await worker.evaluate(async (item) => {
        const api = (globalThis as unknown as { chrome: TabsChrome & WorkerChrome }).chrome;
        await api.contextMenus.update(item, {});
      }, id);
    }
  });

  it('should run a prompt the user put on the menu, with the selection filled in, in the order chosen', async () => {
    const { article, tabId } = await openArticle(env);
    await article.evaluate(selectContents, '#para');
    const page = await env.browser.openPanel(`?tab=${tabId}`);
    const worker = await env.browser.worker();
    const menuTitles = () =>
      worker.evaluate(() =>
        (
          globalThis as unknown as {
            sidechatMenuItems: () => { title: string; contexts: string[] }[];
          }
        )
          .sidechatMenuItems()
          .filter((item) => item.contexts[0] === 'selection')
          .map((item) => item.title),
      );
    expect(await menuTitles()).toEqual([
      'Ask about selection',
      'Explain',
      'Summarize',
      'Translate',
    ]);

    // Settings → Prompts: a new prompt on the selection's menu, sending at once.
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const prompts = page.getByRole('group', { name: 'Prompts', exact: true });
    await prompts.getByRole('button', { name: 'Add prompt' }).click();
    await page.getByRole('textbox', { name: 'Prompt name' }).fill('Proofread');
    await page.getByRole('textbox', { name: 'Command', exact: true }).fill('proof');
    await page
      .getByRole('textbox', { name: 'Prompt text' })
      .fill('Proofread this from {{title}}:\n\n{{selection}}');
    await page.getByLabel('Send at once when chosen').check();
    await page.getByLabel('On the menu of selected text').check();
    await page.getByRole('button', { name: 'Save prompt' }).click();
    await expect
      .poll(menuTitles)
      .toEqual(['Ask about selection', 'Explain', 'Summarize', 'Translate', 'Proofread']);

    // Moved up past the prompts that are not on the menu, then past Translate and Summarize:
    // the menu follows each move.
    const row = prompts.locator('[data-prompt-id]').filter({ hasText: '/proof' });
    for (let move = 0; move < 3; move += 1)
      await row.getByRole('button', { name: 'Move up' }).click();
    await expect
      .poll(menuTitles)
      .toEqual(['Ask about selection', 'Explain', 'Summarize', 'Proofread', 'Translate']);
    await row.getByRole('button', { name: 'Move up' }).click();
    await expect
      .poll(menuTitles)
      .toEqual(['Ask about selection', 'Explain', 'Proofread', 'Summarize', 'Translate']);

    // Clicked on the page's selection: the expanded text reaches the model.
    const menuId = await worker.evaluate(
      () =>
        (globalThis as unknown as { sidechatMenuItems: () => { id: string; title: string }[] })
          .sidechatMenuItems()
          .find((item) => item.title === 'Proofread')?.id ?? '',
    );
    await worker.evaluate(
      async ({ id, tab }) => {
        const api = (globalThis as unknown as { chrome: TabsChrome }).chrome;
        (
          globalThis as unknown as { sidechatMenuClick: (info: object, tab: object) => void }
        ).sidechatMenuClick({ menuItemId: id, selectionText: 'Rivers' }, await api.tabs.get(tab));
      },
      { id: menuId, tab: tabId },
    );
    const ui = panel(page);
    await waitForAttribute(ui.lastReply, 'data-message-status', 'done');
    const sent = env.mock.requests.at(-1)?.body.messages.at(-1)?.content ?? '';
    expect(sent).toMatch(/^Proofread this from .+:\n\nRivers carry sediment to the sea\./);
    // The selection was placed by the prompt, not attached a second time as a quote.
    expect(await page.locator('[data-quote]').count()).toBe(0);
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
