import { useEffect, useRef, useState } from 'preact/hooks';
import { useConversationList } from '@/components/hooks/use-conversation-list';
import { dayGroup } from '@/utils/history/day-groups';
import type { Conversation } from '@/utils/history/types';
import { searchBacklog, searchHistory, type SearchResult } from '@/utils/history/queries';
import { ConversationsIcon } from '@/components/ui/icons';
import { Skeleton } from '@/components/ui/Skeleton';
import { Toggle } from '@/components/ui/Toggle';
import { useSiteFilter } from '@/components/hooks/use-site-filter';
import { t } from '@/utils/i18n/translate';
import type { MessageKey } from '@/utils/i18n/locales/en';
import type { ChatSession } from '@/utils/panel/session';
import { ConversationEntry } from './ConversationEntry';
import { HistoryTransfer } from './HistoryTransfer';
import { SearchResults } from './SearchResults';

const SEARCH_DELAY_MS = 120;

/** What the list can ask of the App. */
export interface HistoryActions {
  open(conversationId: string, messageId: string | null): void;
  rename(conversationId: string, title: string): void;
  pin(conversationId: string, pinned: boolean): void;
  remove(conversation: Conversation): void;
}

/** The conversation list with search: pinned first, then by day, paged as it scrolls. */
export function HistoryView({
  session,
  listVersion,
  currentId,
  hiddenId,
  actions,
}: {
  session: ChatSession;
  listVersion: number;
  currentId: string | null;
  /** A conversation being deleted (undo pending): not listed. */
  hiddenId: string | null;
  actions: HistoryActions;
}) {
  const list = useConversationList(listVersion);
  const siteFilter = useSiteFilter(listVersion);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResult[] | null>(null);
  /** Imported conversations search has not indexed yet (they may be missing from results). */
  const [backlog, setBacklog] = useState(0);
  const sentinel = useRef<HTMLLIElement>(null);
  const searchBox = useRef<HTMLInputElement>(null);

  useEffect(() => {
    searchBox.current?.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    if (!query.trim()) {
      setResults(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      Promise.all([searchHistory(query), searchBacklog()])
        .then(([found, unindexed]) => {
          if (!live) return;
          setResults(found);
          setBacklog(unindexed);
        })
        .catch((error: unknown) => console.error('Sidechat: search failed', error));
    }, SEARCH_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, listVersion]);

  useEffect(() => {
    const element = sentinel.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) list.loadMore();
    });
    observer.observe(element);
    return () => observer.disconnect();
  });

  const visible = (conversation: Conversation) => conversation.id !== hiddenId;
  const groups = new Map<MessageKey, Conversation[]>();
  for (const conversation of list.items.filter(visible)) {
    const key = dayGroup(conversation.updatedAt);
    groups.set(key, [...(groups.get(key) ?? []), conversation]);
  }
  const pinned = list.pinned.filter(visible);
  const entry = (conversation: Conversation) => (
    <ConversationEntry
      key={conversation.id}
      conversation={conversation}
      current={conversation.id === currentId}
      onOpen={() => actions.open(conversation.id, null)}
      onRename={(title) => actions.rename(conversation.id, title)}
      onPin={(pin) => actions.pin(conversation.id, pin)}
      onDelete={() => actions.remove(conversation)}
    />
  );

  return (
    <nav class="history" aria-label={t('conversations')}>
      <input
        type="search"
        class="history__search"
        aria-label={t('searchConversations')}
        placeholder={t('searchConversations')}
        value={query}
        onInput={(event) => setQuery(event.currentTarget.value)}
        ref={searchBox}
      />
      <HistoryTransfer session={session} />
      {siteFilter.site && (
        <Toggle
          id="history-site-only"
          label={t('thisSiteOnly')}
          hint={siteFilter.site}
          checked={siteFilter.on}
          onChange={siteFilter.setOn}
        />
      )}
      {query.trim() ? (
        <SearchResults
          query={query}
          results={results}
          backlog={backlog}
          onOpen={(result) => actions.open(result.conversationId, result.messageId)}
        />
      ) : siteFilter.on ? (
        <div class="history__groups" data-site-filter={siteFilter.site}>
          {siteFilter.items === null && <Skeleton />}
          {siteFilter.items?.length === 0 && <p class="history__empty">{t('noSiteChats')}</p>}
          {siteFilter.items && siteFilter.items.length > 0 && (
            <ul class="history__list">{siteFilter.items.filter(visible).map(entry)}</ul>
          )}
        </div>
      ) : (
        <div class="history__groups">
          {list.failed && (
            <div class="alert" role="alert">
              <p class="alert__text">{t('listFailed')}</p>
              <button type="button" class="button" onClick={list.retry}>
                {t('retry')}
              </button>
            </div>
          )}
          {!list.loaded && !list.failed && <Skeleton />}
          {list.loaded && pinned.length + list.items.length === 0 && (
            <div class="history__empty-state">
              <div class="app-mark" aria-hidden="true">
                <ConversationsIcon size={28} strokeWidth={1.5} />
              </div>
              <p class="history__empty">{t('noConversations')}</p>
            </div>
          )}
          {pinned.length > 0 && (
            <section>
              <h2 class="history__group">{t('pinned')}</h2>
              <ul class="history__list">{pinned.map(entry)}</ul>
            </section>
          )}
          {[...groups].map(([key, conversations]) => (
            <section key={key}>
              <h2 class="history__group">{t(key)}</h2>
              <ul class="history__list">{conversations.map(entry)}</ul>
            </section>
          ))}
          {list.hasMore && (
            <ul class="history__list">
              <li ref={sentinel} class="history__empty">
                {t('loadMore')}
              </li>
            </ul>
          )}
        </div>
      )}
    </nav>
  );
}
