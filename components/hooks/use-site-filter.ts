import { useEffect, useState } from 'preact/hooks';
import { siteKey } from '@/utils/history/page-links';
import { listBySite } from '@/utils/history/queries';
import type { Conversation } from '@/utils/history/types';
import { currentPageUrl } from '@/utils/panel/target-tab';

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
