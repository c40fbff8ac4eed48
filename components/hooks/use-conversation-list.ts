import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Conversation } from '@/utils/history/types';
import { listConversations, listPinned, type ConversationPage } from '@/utils/history/queries';

const PAGE_SIZE = 50;

/** The conversation list, a page at a time; reloads when `version` changes. */
export function useConversationList(version: number) {
  const [pinned, setPinned] = useState<Conversation[]>([]);
  const [items, setItems] = useState<Conversation[]>([]);
  const [loaded, setLoaded] = useState(false);
  /** The last load failed: the list says so and offers Retry instead of loading forever. */
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const cursor = useRef<ConversationPage['cursor']>(null);
  const loading = useRef(false);
  const generation = useRef(0);
  /** The newest load shown: an older one that ends later is not shown over it. */
  const shown = useRef(0);

  useEffect(() => {
    const mine = ++generation.current;
    loading.current = true;
    const started = performance.now();
    setFailed(false);
    void Promise.all([listPinned(), listConversations(PAGE_SIZE)])
      .then(([pins, page]) => {
        // A load overtaken by a newer one is still shown until that one ends: while the
        // list keeps changing (an import being indexed), it shows instead of loading forever.
        if (mine < shown.current) return;
        shown.current = mine;
        setPinned(pins);
        setItems(page.conversations);
        cursor.current = page.cursor;
        setLoaded(true);
        performance.measure('sidechat:list', { start: started });
      })
      .catch((error: unknown) => {
        console.error('Sidechat: could not list conversations', error);
        if (mine === generation.current && shown.current === 0) setFailed(true);
      })
      .finally(() => {
        if (mine === generation.current) loading.current = false;
      });
  }, [version, attempt]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);

  const loadMore = useCallback(() => {
    const after = cursor.current;
    if (!after || loading.current) return;
    loading.current = true;
    const mine = generation.current;
    void listConversations(PAGE_SIZE, after)
      .then((page) => {
        if (mine !== generation.current) return;
        setItems((current) => [...current, ...page.conversations]);
        cursor.current = page.cursor;
      })
      .catch((error: unknown) => console.error('Sidechat: could not list conversations', error))
      .finally(() => {
        loading.current = false;
      });
  }, []);

  return { pinned, items, loaded, failed, retry, hasMore: cursor.current !== null, loadMore };
}
