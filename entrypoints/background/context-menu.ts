import { browser, type Browser } from 'wxt/browser';
import { t } from '@/utils/i18n/translate';
import type { MessageKey } from '@/utils/i18n/locales/en';
import { readSelection } from '@/utils/page/selection';
import type { QuickAction, Quote } from '@/utils/page/quote';
import { readTab } from '@/utils/page/read-tab';
import { loadSettings, pendingAskItem } from '@/utils/settings/storage';

/** The page's own menu: read the whole page into a new chat. */
const PAGE_MENU = { id: 'sidechat-ask-page', title: 'menuAskPage' } as const;

const MENU: { id: string; action: QuickAction; title: MessageKey }[] = [
  { id: 'sidechat-ask', action: 'ask', title: 'menuAsk' },
  { id: 'sidechat-explain', action: 'explain', title: 'menuExplain' },
  { id: 'sidechat-summarize', action: 'summarize', title: 'menuSummarize' },
  { id: 'sidechat-translate', action: 'translate', title: 'menuTranslate' },
];

/** Firefox's sidebar API, absent from the Chrome-shaped types WXT ships. */
interface SidebarActionApi {
  open(): Promise<void>;
}

/** (Re)creates the menu items in the current UI language. */
export function createMenus(): void {
  // Chrome groups several items of one extension under its name: a submenu for free.
  browser.contextMenus.removeAll(() => {
    for (const item of MENU) {
      browser.contextMenus.create({ id: item.id, title: t(item.title), contexts: ['selection'] });
    }
    browser.contextMenus.create({
      id: PAGE_MENU.id,
      title: t(PAGE_MENU.title),
      contexts: ['page'],
    });
  });
}

/** Registers the selection menu ("Ask about selection" and the quick actions). */
export function registerContextMenus(): void {
  // Chrome keeps menus across worker restarts; Firefox's background page makes them anew.
  if (import.meta.env.FIREFOX) createMenus();
  else browser.runtime.onInstalled.addListener(createMenus);
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info, tab));
}

/**
 * Opens the panel and hands it the selection. The panel must open synchronously, inside
 * the click (it needs the user gesture); reading the page comes after. Resolves when the
 * hand-over is done (or was not needed).
 */
export function onMenuClick(
  info: Browser.contextMenus.OnClickData,
  tab?: Browser.tabs.Tab,
): Promise<void> {
  const item = MENU.find((entry) => entry.id === info.menuItemId);
  const askPage = info.menuItemId === PAGE_MENU.id;
  if (!item && !askPage) return Promise.resolve();
  openPanel(tab);
  if (askPage) {
    return handOverPage(tab).catch((error: unknown) =>
      console.error('Sidechat: could not hand the page over', error),
    );
  }
  if (!item) return Promise.resolve();
  return handOver(item.action, info.selectionText ?? '', tab).catch((error: unknown) =>
    console.error('Sidechat: could not hand the selection over', error),
  );
}

/** Opens the panel beside the tab; must run inside the click (it needs the user gesture). */
function openPanel(tab?: Browser.tabs.Tab): void {
  if (import.meta.env.FIREFOX) {
    void (browser as unknown as { sidebarAction?: SidebarActionApi }).sidebarAction?.open();
  } else if (tab?.windowId !== undefined) {
    browser.sidePanel
      ?.open({ windowId: tab.windowId })
      .catch((error: unknown) => console.warn('Sidechat: could not open the side panel', error));
  }
}

/** Reads the page (the menu click grants access to it) and hands it to the panel. */
async function handOverPage(tab?: Browser.tabs.Tab): Promise<void> {
  if (tab?.id === undefined) return;
  const settings = await loadSettings();
  const page = await readTab(tab.id, settings.neverReadSites);
  await pendingAskItem.setValue({ page, at: Date.now() });
}

async function handOver(
  action: QuickAction,
  selectionText: string,
  tab?: Browser.tabs.Tab,
): Promise<void> {
  let quote: Quote = { text: selectionText, title: tab?.title ?? '', url: tab?.url ?? '' };
  // The menu's text loses line breaks; the page's own selection keeps them.
  if (tab?.id !== undefined) {
    const read = await readSelection(tab.id);
    if ('quote' in read && read.quote.text.trim().length >= selectionText.trim().length) {
      quote = read.quote;
    }
  }
  if (!quote.text.trim()) return;
  await pendingAskItem.setValue({ quote, action, at: Date.now() });
}
