import { getDB } from './db';
import { TEMPORARY_PREFIX, type ChatMessage, type Conversation, type MessageStatus } from './types';
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

/**
 * A HistoryStore in memory, for Temporary chats: nothing reaches IndexedDB, and it is gone
 * when the background stops.
 */
export function createMemoryStore(): HistoryStore {
  const conversations = new Map<string, Conversation>();
  const messages = new Map<string, ChatMessage>();
  return {
    getConversation: async (id) => conversations.get(id),
    getMessage: async (id) => messages.get(id),
    async saveMessage(message, conversation) {
      messages.set(message.id, message);
      const stored = conversations.get(message.conversationId);
      const next =
        typeof conversation === 'function' ? stored && conversation(stored) : conversation;
      if (next) conversations.set(next.id, next);
    },
    putConversation: async (conversation) => void conversations.set(conversation.id, conversation),
    getPath: (leafId) => pathToLeaf(leafId, (id) => messages.get(id)),
    getConversationMessages: async (conversationId) =>
      [...messages.values()].filter((message) => message.conversationId === conversationId),
    messagesWithStatus: async (status) =>
      [...messages.values()].filter((message) => message.status === status),
    async deleteMessages(ids, conversation) {
      for (const id of ids) messages.delete(id);
      conversations.set(conversation.id, conversation);
    },
    async deleteConversation(id) {
      conversations.delete(id);
      for (const [key, message] of messages)
        if (message.conversationId === id) messages.delete(key);
    },
  };
}

/** True for ids of Temporary chats (never stored). */
export function isTemporary(conversationId: string): boolean {
  return conversationId.startsWith(TEMPORARY_PREFIX);
}

/**
 * Routes each call by conversation: Temporary chats to memory, the rest to IndexedDB.
 * Messages are looked up in memory first (temporary ids are never in IndexedDB).
 */
export function createRoutingStore(persistent: HistoryStore, memory: HistoryStore): HistoryStore {
  const pick = (conversationId: string) => (isTemporary(conversationId) ? memory : persistent);
  return {
    getConversation: (id) => pick(id).getConversation(id),
    getMessage: async (id) => (await memory.getMessage(id)) ?? persistent.getMessage(id),
    saveMessage: (message, conversation) =>
      pick(message.conversationId).saveMessage(message, conversation),
    putConversation: (conversation) => pick(conversation.id).putConversation(conversation),
    getPath: async (leafId) =>
      leafId !== null && (await memory.getMessage(leafId))
        ? memory.getPath(leafId)
        : persistent.getPath(leafId),
    getConversationMessages: (id) => pick(id).getConversationMessages(id),
    messagesWithStatus: (status) => persistent.messagesWithStatus(status),
    deleteMessages: (ids, conversation) => pick(conversation.id).deleteMessages(ids, conversation),
    deleteConversation: (id) => pick(id).deleteConversation(id),
  };
}
