import { browser } from 'wxt/browser';

/** The page the panel reads from: `?tab=<id>`, else the active tab of its window. */
export async function targetTabId(): Promise<number | null> {
  const pinned = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(pinned) && pinned > 0) return pinned;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

/** The address of the page beside the panel ('' when the panel may not know it). */
export async function currentPageUrl(): Promise<string> {
  const tabId = await targetTabId();
  if (tabId === null) return '';
  const tab = await browser.tabs.get(tabId).catch(() => null);
  return tab?.url ?? '';
}

/** A tab the picker offers. */
export interface TabChoice {
  id: number;
  title: string;
  url: string;
  /** Only a data: or https: icon is shown; others would load from elsewhere. */
  favicon: string;
}

/** The tabs of the panel's window that hold a page (not the panel itself, not blank tabs). */
export async function tabsOfWindow(): Promise<TabChoice[]> {
  const own = browser.runtime.getURL('/');
  const tabs = await browser.tabs.query({ currentWindow: true });
  return tabs
    .filter((tab) => tab.id !== undefined && !(tab.url ?? '').startsWith(own))
    .filter((tab) => tab.url !== 'about:blank' && tab.url !== 'about:newtab')
    .map((tab) => ({
      id: tab.id as number,
      title: tab.title || tab.url || '',
      url: tab.url ?? '',
      favicon: /^(data:image\/|https:)/.test(tab.favIconUrl ?? '') ? (tab.favIconUrl ?? '') : '',
    }));
}
