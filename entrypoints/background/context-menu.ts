import { browser, type Browser } from 'wxt/browser';
import { getLocale, t } from '@/utils/i18n/translate';
import { readSelection } from '@/utils/page/selection';
import type { Quote } from '@/utils/page/quote';
import { readTab } from '@/utils/page/read-tab';
import { menuChoice, menuItems, type MenuItem } from '@/utils/prompts/menu-items';
import { loadPromptLibrary, promptLibraryItem } from '@/utils/prompts/storage';
import { variablesIn } from '@/utils/prompts/variables';
import { loadSettings, pendingAskItem, type PendingAsk } from '@/utils/settings/storage';

/** Firefox's sidebar API, absent from the Chrome-shaped types WXT ships. */
interface SidebarActionApi {
  open(): Promise<void>;
}

/** The items last made, for tests (native menus cannot be read back). */
let madeItems: MenuItem[] = [];
/** Rebuilds run one after another: two interleaved would create an id twice. */
let building: Promise<void> = Promise.resolve();

/** (Re)creates the menu in the current UI language from the prompt library. */
export function createMenus(): Promise<void> {
  building = building
    .then(buildMenus)
    .catch((error: unknown) => console.error('Sidechat: could not build the context menu', error));
  return building;
}

async function buildMenus(): Promise<void> {
  const library = await loadPromptLibrary(getLocale());
  const items = menuItems(
    library,
    { askSelection: t('menuAsk'), askPage: t('menuAskPage') },
    import.meta.env.FIREFOX,
  );
  await browser.contextMenus.removeAll();
  // Chrome and Firefox put several items of one extension in a submenu under its name.
  for (const item of items) {
    await new Promise<void>((resolve) => {
      browser.contextMenus.create(item, () => {
        // Read, so a refused item is reported here and not as an unchecked error.
        const problem = browser.runtime.lastError;
        if (problem) console.warn('Sidechat: a menu item was refused', item.id, problem.message);
        resolve();
      });
    });
  }
  madeItems = items;
}

/** Registers the menu, rebuilt whenever the prompt library changes. */
export function registerContextMenus(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info, tab));
  promptLibraryItem.watch(() => void createMenus());
  (globalThis as { sidechatMenuItems?: () => MenuItem[] }).sidechatMenuItems = () => madeItems;
}

/**
 * Opens the panel and hands it what was clicked on. The panel must open synchronously, inside
 * the click (it needs the user gesture); reading the page comes after. Resolves when the
 * hand-over is done (or was not needed).
 */
export function onMenuClick(
  info: Browser.contextMenus.OnClickData,
  tab?: Browser.tabs.Tab,
): Promise<void> {
  const choice = menuChoice(info.menuItemId);
  if (!choice) return Promise.resolve();
  openPanel(tab);
  const handOver =
    choice.kind === 'ask-page'
      ? handOverPage(tab)
      : choice.kind === 'ask-selection'
        ? handOverSelection(info.selectionText ?? '', tab, null)
        : choice.on === 'selection'
          ? handOverSelection(info.selectionText ?? '', tab, choice.promptId)
          : handOverPagePrompt(choice.promptId, tab);
  return handOver.catch((error: unknown) =>
    console.error('Sidechat: could not hand the click over', error),
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

const handOff = (ask: Omit<PendingAsk, 'at'>): Promise<void> =>
  pendingAskItem.setValue({ ...ask, at: Date.now() } as PendingAsk);

const tabFacts = (tab?: Browser.tabs.Tab) => ({ title: tab?.title ?? '', url: tab?.url ?? '' });

/** Reads the page (the menu click grants access to it) and hands it to the panel. */
async function handOverPage(tab?: Browser.tabs.Tab): Promise<void> {
  if (tab?.id === undefined) return;
  const settings = await loadSettings();
  await handOff({ page: await readTab(tab.id, settings.neverReadSites) });
}

/** A prompt from the page's menu: the page is read only when the prompt uses it. */
async function handOverPagePrompt(promptId: string, tab?: Browser.tabs.Tab): Promise<void> {
  const library = await loadPromptLibrary(getLocale());
  const prompt = library.prompts.find((entry) => entry.id === promptId);
  if (!prompt) return;
  let page;
  if (tab?.id !== undefined && variablesIn(prompt.text).names.has('page')) {
    const settings = await loadSettings();
    page = await readTab(tab.id, settings.neverReadSites);
  }
  await handOff({ prompt: promptId, tab: tabFacts(tab), ...(page && { page }) });
}

async function handOverSelection(
  selectionText: string,
  tab: Browser.tabs.Tab | undefined,
  promptId: string | null,
): Promise<void> {
  let quote: Quote = { text: selectionText, ...tabFacts(tab) };
  // The menu's text loses line breaks; the page's own selection keeps them.
  if (tab?.id !== undefined) {
    const read = await readSelection(tab.id);
    if ('quote' in read && read.quote.text.trim().length >= selectionText.trim().length) {
      quote = read.quote;
    }
  }
  if (!quote.text.trim()) return;
  await handOff(
    promptId === null ? { quote, action: 'ask' } : { prompt: promptId, quote, tab: tabFacts(tab) },
  );
}
