import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { siteKey } from '@/utils/history/page-links';
import { listBySite } from '@/utils/history/queries';
import type { Conversation } from '@/utils/history/types';
import { targetTabId } from '@/utils/panel/target-tab';

/** The site of the page beside the panel ('' when it has none the panel may know). */
export async function currentPageUrl(): Promise<string> {
  const tabId = await targetTabId();
  if (tabId === null) return '';
  const tab = await browser.tabs.get(tabId).catch(() => null);
  return tab?.url ?? '';
}

/** "Only chats about this site": the site beside the panel, and its chats when turned on. */
export function useSiteFilter(listVersion: number) {
  const [site, setSite] = useState('');
  const [on, setOn] = useState(false);
  const [items, setItems] = useState<Conversation[] | null>(null);

  useEffect(() => {
    let live = true;
    void currentPageUrl()
      .then((url) => live && setSite(siteKey(url)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!on || !site) {
      setItems(null);
      return;
    }
    let live = true;
    listBySite(site)
      .then((found) => live && setItems(found))
      .catch((error: unknown) => console.error('Sidechat: could not list chats by site', error));
    return () => {
      live = false;
    };
  }, [on, site, listVersion]);

  return { site, on: on && site !== '', setOn, items };
}
