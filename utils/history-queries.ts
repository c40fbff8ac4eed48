// Read-only queries the panel runs against IndexedDB directly: listing and searching need
// no round trip through the background, and never load the whole history.
import { getDB } from './db';
import type { ChatMessage, Conversation } from './history-types';
import { SEPARATOR, timeFromKey } from './search-index';
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
  const lists = await Promise.all(
    tokens.map((token, i) => {
      const prefix = prefixLast && i === tokens.length - 1;
      const low = prefix ? token : `${token}${SEPARATOR}`;
      return index.getAllKeys(IDBKeyRange.bound(low, `${low}\uffff`), CANDIDATES_PER_TOKEN);
    }),
  );
  lists.sort((a, b) => a.length - b.length);
  const [smallest = [], ...others] = lists;
  const sets = others.map((list) => new Set(list));
  const ids = [...new Set(smallest)].filter((id) => sets.every((set) => set.has(id)));

  const rows = await Promise.all(
    ids.slice(0, limit * 4).map((id) => tx.objectStore('search').get(id)),
  );
  const hits = rows
    .filter((row) => row !== undefined)
    .map((row) => ({ row, time: timeFromKey(row.keys[0] ?? '') }))
    .toSorted((a, b) => b.time - a.time)
    .slice(0, limit);
  const conversations = new Map<string, Conversation | undefined>();
  const results: SearchResult[] = [];
  // A title hit adds nothing when a message of the same conversation matched too.
  const withMessageHits = new Set(
    hits.filter(({ row }) => row.messageId).map(({ row }) => row.conversationId),
  );
  for (const { row } of hits) {
    if (!row.messageId && withMessageHits.has(row.conversationId)) continue;
    if (!conversations.has(row.conversationId)) {
      conversations.set(
        row.conversationId,
        await tx.objectStore('conversations').get(row.conversationId),
      );
    }
    const conversation = conversations.get(row.conversationId);
    if (!conversation) continue;
    const message: ChatMessage | undefined = row.messageId
      ? await tx.objectStore('messages').get(row.messageId)
      : undefined;
    if (row.messageId && !message) continue;
    results.push({
      conversationId: row.conversationId,
      messageId: row.messageId,
      title: conversation.title,
      snippet: snippetFor(message?.content ?? conversation.title, query),
      createdAt: message?.createdAt ?? conversation.updatedAt,
    });
  }
  return results;
}
