// Read-only queries the panel runs against IndexedDB directly: listing and searching need
// no round trip through the background, and never load the whole history.
import { getDB } from './db';
import { pageKey, siteKey } from './page-links';
import type { Conversation } from './types';
import { SEPARATOR } from './search-index';
import { queryTokens, snippetFor, type Snippet } from './search-text';

/** One page of the conversation list. */
export interface ConversationPage {
  conversations: Conversation[];
  /** Pass back to get the next page; null at the end. */
  cursor: { updatedAt: number; id: string } | null;
}

/** Pinned conversations, most recently pinned first (few; loaded whole). */
export async function listPinned(): Promise<Conversation[]> {
  const db = await getDB();
  const pinned = await db.getAllFromIndex('conversations', 'by-pinned', IDBKeyRange.lowerBound(1));
  return pinned.toSorted((a, b) => (b.pinnedAt ?? 0) - (a.pinnedAt ?? 0));
}

/** Unpinned conversations, newest activity first, `limit` at a time. */
export async function listConversations(
  limit: number,
  after: ConversationPage['cursor'] = null,
): Promise<ConversationPage> {
  const db = await getDB();
  const index = db.transaction('conversations').store.index('by-updated');
  const range = after ? IDBKeyRange.upperBound(after.updatedAt) : null;
  const conversations: Conversation[] = [];
  let cursor = await index.openCursor(range, 'prev');
  while (cursor && conversations.length < limit) {
    const conversation = cursor.value;
    // Equal timestamps come in descending id order: skip those already returned.
    const seen =
      after !== null && conversation.updatedAt === after.updatedAt && conversation.id >= after.id;
    if (!seen && !conversation.pinnedAt) conversations.push(conversation);
    cursor = await cursor.continue();
  }
  const last = conversations.at(-1);
  return {
    conversations,
    cursor: cursor && last ? { updatedAt: last.updatedAt, id: last.id } : null,
  };
}

/** Conversations about a site (its pages or quotes), newest activity first; `limit` at most. */
export async function listBySite(site: string, limit = 200): Promise<Conversation[]> {
  const db = await getDB();
  const found = await db.getAllFromIndex('conversations', 'by-site', site);
  return found.toSorted((a, b) => b.updatedAt - a.updatedAt).slice(0, limit);
}

/** The conversation most recently about exactly this page, if any. */
export async function conversationAbout(url: string): Promise<Conversation | null> {
  const key = pageKey(url);
  const site = siteKey(url);
  if (!key || !site) return null;
  const onSite = await listBySite(site);
  return onSite.find((conversation) => conversation.pageUrls?.includes(key)) ?? null;
}

/** A search hit: a message (or a title) with the matching text marked. */
export interface SearchResult {
  conversationId: string;
  /** null when the title matched. */
  messageId: string | null;
  title: string;
  snippet: Snippet;
  createdAt: number;
}

/** Most index entries read per token: enough for any real query, bounded for common words. */
const CANDIDATES_PER_TOKEN = 5000;

/**
 * Full-text search over titles and messages: case- and accent-insensitive, CJK by bigrams,
 * the last word as a prefix while it is being typed. Newest first.
 */
export async function searchHistory(query: string, limit = 30): Promise<SearchResult[]> {
  const started = performance.now();
  try {
    return await runSearch(query, limit);
  } finally {
    // Seen by the history benchmark through the standard Performance API.
    performance.measure('sidechat:search', { start: started });
  }
}

async function runSearch(query: string, limit: number): Promise<SearchResult[]> {
  const { tokens, prefixLast } = queryTokens(query);
  if (tokens.length === 0) return [];
  const db = await getDB();
  const tx = db.transaction(['search', 'messages', 'conversations']);
  const index = tx.objectStore('search').index('by-key');
  // One token needs only the newest few; an intersection needs room to find overlaps.
  const cap = tokens.length === 1 ? limit * 2 : CANDIDATES_PER_TOKEN;
  const lists = await Promise.all(
    tokens.map(async (token, i) => {
      const prefix = prefixLast && i === tokens.length - 1;
      const low = prefix ? token : `${token}${SEPARATOR}`;
      const ids = await index.getAllKeys(IDBKeyRange.bound(low, `${low}\uffff`), cap);
      return { ids, newestFirst: !prefix };
    }),
  );
  lists.sort((a, b) => a.ids.length - b.ids.length);
  const [smallest, ...others] = lists;
  if (!smallest) return [];
  const sets = others.map((list) => new Set(list.ids));
  const matching = [...new Set(smallest.ids)].filter((id) => sets.every((set) => set.has(id)));
  // An exact token's ids come newest first already; a prefix's come by token, so sort later.
  const candidates = smallest.newestFirst
    ? matching.slice(0, limit * 2)
    : matching.slice(0, limit * 4);

  const store = {
    messages: tx.objectStore('messages'),
    conversations: tx.objectStore('conversations'),
  };
  const found = await Promise.all(
    candidates.map(async (id) => {
      const messageId = id.startsWith('title:') ? null : id;
      const conversationId = messageId ? undefined : id.slice('title:'.length);
      const message = messageId ? await store.messages.get(messageId) : undefined;
      const conversation = await store.conversations.get(
        message?.conversationId ?? conversationId ?? '',
      );
      return { message, messageId, conversation };
    }),
  );
  const hits = found
    .filter(({ conversation, message, messageId }) => conversation && (message || !messageId))
    .map((hit) => ({ ...hit, time: hit.message?.createdAt ?? hit.conversation?.updatedAt ?? 0 }))
    .toSorted((a, b) => b.time - a.time);
  // A title hit adds nothing when a message of the same conversation matched too.
  const withMessageHits = new Set(
    hits.filter((hit) => hit.message).map((hit) => hit.conversation?.id),
  );
  const results: SearchResult[] = [];
  for (const { message, messageId, conversation, time } of hits) {
    if (!conversation || results.length >= limit) break;
    if (!message && withMessageHits.has(conversation.id)) continue;
    results.push({
      conversationId: conversation.id,
      messageId,
      title: conversation.title,
      snippet: snippetFor(message?.content ?? conversation.title, query),
      createdAt: time,
    });
  }
  return results;
}

/** The stored bytes of one attached image, or null when it is gone. */
export async function imageBlob(id: string): Promise<Blob | null> {
  return (await (await getDB()).get('images', id))?.blob ?? null;
}

/** How many written conversations search has yet to index (an import still being indexed). */
export async function searchBacklog(): Promise<number> {
  return (await getDB()).count('unindexed');
}
