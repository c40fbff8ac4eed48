import { getDB } from './db';
import type { ChatMessage, Conversation, MessageStatus } from './types';
import { searchRowForMessage, searchRowForTitle } from './search-index';
import { pathToLeaf } from './tree';

/** A conversation to write with a message: the new value, or a change to the stored one. */
export type ConversationUpdate = Conversation | ((stored: Conversation) => Conversation);

/** The history operations the background needs; an interface so tests can count writes. */
export interface HistoryStore {
  getConversation(id: string): Promise<Conversation | undefined>;
  getMessage(id: string): Promise<ChatMessage | undefined>;
  /** Writes a message and, in the same transaction, its conversation if given. */
  saveMessage(message: ChatMessage, conversation?: ConversationUpdate): Promise<void>;
  putConversation(conversation: Conversation): Promise<void>;
  /** The visible path of a conversation: root first, down to `leafId`. */
  getPath(leafId: string | null): Promise<ChatMessage[]>;
  /** Every message of a conversation, all branches. */
  getConversationMessages(conversationId: string): Promise<ChatMessage[]>;
  messagesWithStatus(status: MessageStatus): Promise<ChatMessage[]>;
  /** Deletes messages (and their search rows), then writes the conversation, atomically. */
  deleteMessages(ids: readonly string[], conversation: Conversation): Promise<void>;
  deleteConversation(id: string): Promise<void>;
}

/** The IndexedDB-backed HistoryStore; keeps the search index in step with every write. */
export const idbHistoryStore: HistoryStore = {
  async getConversation(id) {
    return (await getDB()).get('conversations', id);
  },
  async getMessage(id) {
    return (await getDB()).get('messages', id);
  },
  async saveMessage(message, conversation) {
    const db = await getDB();
    const tx = db.transaction(['messages', 'conversations', 'search'], 'readwrite');
    const writes: Promise<unknown>[] = [tx.objectStore('messages').put(message)];
    // Streaming flushes skip the index; the final write (status no longer streaming) adds it.
    const row = searchRowForMessage(message);
    if (row) writes.push(tx.objectStore('search').put(row));
    if (conversation) {
      const next =
        typeof conversation === 'function'
          ? await tx
              .objectStore('conversations')
              .get(message.conversationId)
              .then((stored) => (stored ? conversation(stored) : undefined))
          : conversation;
      if (next) {
        writes.push(tx.objectStore('conversations').put(next));
        writes.push(tx.objectStore('search').put(searchRowForTitle(next)));
      }
    }
    await Promise.all([...writes, tx.done]);
  },
  async putConversation(conversation) {
    const db = await getDB();
    const tx = db.transaction(['conversations', 'search'], 'readwrite');
    await Promise.all([
      tx.objectStore('conversations').put(conversation),
      tx.objectStore('search').put(searchRowForTitle(conversation)),
      tx.done,
    ]);
  },
  async getPath(leafId) {
    const db = await getDB();
    const store = db.transaction('messages').store;
    return pathToLeaf(leafId, (id) => store.get(id));
  },
  async getConversationMessages(conversationId) {
    return (await getDB()).getAllFromIndex('messages', 'by-conversation', conversationId);
  },
  async messagesWithStatus(status) {
    return (await getDB()).getAllFromIndex('messages', 'by-status', status);
  },
  async deleteMessages(ids, conversation) {
    const db = await getDB();
    const tx = db.transaction(['messages', 'conversations', 'search'], 'readwrite');
    await Promise.all([
      ...ids.flatMap((id) => [
        tx.objectStore('messages').delete(id),
        tx.objectStore('search').delete(id),
      ]),
      tx.objectStore('conversations').put(conversation),
      tx.objectStore('search').put(searchRowForTitle(conversation)),
      tx.done,
    ]);
  },
  async deleteConversation(id) {
    const db = await getDB();
    const tx = db.transaction(['messages', 'conversations', 'search'], 'readwrite');
    const messages = tx.objectStore('messages');
    const search = tx.objectStore('search');
    const [messageIds, rowIds] = await Promise.all([
      messages.index('by-conversation').getAllKeys(id),
      search.index('by-conversation').getAllKeys(id),
    ]);
    await Promise.all([
      ...messageIds.map((key) => messages.delete(key)),
      ...rowIds.map((key) => search.delete(key)),
      tx.objectStore('conversations').delete(id),
      tx.done,
    ]);
  },
};
