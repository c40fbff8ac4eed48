import { getDB } from './db';
import { allCommitted, committed } from './write-error';
import type { ChatMessage, Conversation, MessageStatus } from './types';
import type { StoredImage } from './stored-image';
import { searchRowForMessage, searchRowForTitle } from './search-index';
import { pathToLeaf } from './tree';
import { pendingMark, stampedConversation, tombstone } from './sync-marks';

/** A conversation to write with a message: the new value, or a change to the stored one. */
export type ConversationUpdate = Conversation | ((stored: Conversation) => Conversation);

/**
 * The history operations the background needs; an interface so tests can count writes. Every
 * write commits whole or throws HistoryWriteError (write-error.ts).
 */
export interface HistoryStore {
  getConversation(id: string): Promise<Conversation | undefined>;
  getMessage(id: string): Promise<ChatMessage | undefined>;
  /**
   * Writes a message and, in the same transaction, its conversation if given (a new record,
   * or a change to the stored one) and the images it carries; resolves with the conversation
   * as written.
   */
  saveMessage(
    message: ChatMessage,
    conversation?: ConversationUpdate,
    images?: readonly StoredImage[],
  ): Promise<Conversation | undefined>;
  /** The stored images with these ids (those that exist). */
  getImages(ids: readonly string[]): Promise<StoredImage[]>;
  putConversation(conversation: Conversation): Promise<void>;
  /** The visible path of a conversation: root first, down to `leafId` (one indexed read). */
  getPath(conversationId: string, leafId: string | null): Promise<ChatMessage[]>;
  /**
   * Changes a stored conversation inside one transaction (read, change, write), so changes
   * made at the same time compose; resolves with the new record, or undefined if none.
   */
  updateConversation(
    id: string,
    change: (stored: Conversation) => Conversation,
  ): Promise<Conversation | undefined>;
  /** Every message of a conversation, all branches. */
  getConversationMessages(conversationId: string): Promise<ChatMessage[]>;
  messagesWithStatus(status: MessageStatus): Promise<ChatMessage[]>;
  /** Deletes messages (their search rows and images) and changes their conversation, atomically. */
  deleteMessages(
    ids: readonly string[],
    conversationId: string,
    change: (stored: Conversation) => Conversation,
  ): Promise<void>;
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
  async saveMessage(message, conversation, images = []) {
    return committed(async () => {
      const db = await getDB();
      const tx = db.transaction(
        ['messages', 'conversations', 'search', 'images', 'syncPending'],
        'readwrite',
      );
      const writes: Promise<unknown>[] = [
        tx.objectStore('messages').put(message),
        ...images.map((image) => tx.objectStore('images').put(image)),
        tx.objectStore('syncPending').put(pendingMark(message.conversationId)),
      ];
      // Streaming flushes skip the index; the final write (status no longer streaming) adds it.
      const row = searchRowForMessage(message);
      if (row) writes.push(tx.objectStore('search').put(row));
      let next: Conversation | undefined;
      if (conversation) {
        next = await resolveUpdate(
          tx.objectStore('conversations'),
          message.conversationId,
          conversation,
        );
        if (next) {
          writes.push(tx.objectStore('conversations').put(next));
          writes.push(tx.objectStore('search').put(searchRowForTitle(next)));
        }
      }
      await allCommitted([...writes, tx.done]);
      return next;
    });
  },
  async getImages(ids) {
    const tx = (await getDB()).transaction('images');
    const found = await Promise.all(ids.map((id) => tx.store.get(id)));
    return found.filter((image): image is StoredImage => image !== undefined);
  },
  async putConversation(conversation) {
    return committed(async () => {
      const db = await getDB();
      const tx = db.transaction(['conversations', 'search', 'syncPending'], 'readwrite');
      const stored = await tx.objectStore('conversations').get(conversation.id);
      const next = stampedConversation(stored, conversation);
      await allCommitted([
        tx.objectStore('conversations').put(next),
        tx.objectStore('search').put(searchRowForTitle(next)),
        tx.objectStore('syncPending').put(pendingMark(next.id)),
        tx.done,
      ]);
    });
  },
  async getPath(conversationId, leafId) {
    // One indexed read of the conversation, then the walk in memory: a path of 1,000
    // messages would otherwise be 1,000 requests.
    const all = await idbHistoryStore.getConversationMessages(conversationId);
    const byId = new Map(all.map((message) => [message.id, message]));
    return pathToLeaf(leafId, (id) => byId.get(id));
  },
  async updateConversation(id, change) {
    return committed(async () => {
      const db = await getDB();
      const tx = db.transaction(['conversations', 'search', 'syncPending'], 'readwrite');
      const next = await resolveUpdate(tx.objectStore('conversations'), id, change);
      await allCommitted([
        ...(next
          ? [
              tx.objectStore('conversations').put(next),
              tx.objectStore('search').put(searchRowForTitle(next)),
              tx.objectStore('syncPending').put(pendingMark(id)),
            ]
          : []),
        tx.done,
      ]);
      return next;
    });
  },
  async getConversationMessages(conversationId) {
    return (await getDB()).getAllFromIndex('messages', 'by-conversation', conversationId);
  },
  async messagesWithStatus(status) {
    return (await getDB()).getAllFromIndex('messages', 'by-status', status);
  },
  async deleteMessages(ids, conversationId, change) {
    return committed(async () => {
      const db = await getDB();
      const tx = db.transaction(
        ['messages', 'conversations', 'search', 'images', 'tombstones', 'syncPending'],
        'readwrite',
      );
      const images = tx.objectStore('images');
      const [next, imageIds] = await Promise.all([
        resolveUpdate(tx.objectStore('conversations'), conversationId, change),
        Promise.all(ids.map((id) => images.index('by-message').getAllKeys(id))),
      ]);
      await allCommitted([
        ...ids.flatMap((id) => [
          tx.objectStore('messages').delete(id),
          tx.objectStore('search').delete(id),
          tx.objectStore('tombstones').put(tombstone('message', id, conversationId)),
        ]),
        tx.objectStore('syncPending').put(pendingMark(conversationId)),
        ...imageIds.flat().map((key) => images.delete(key)),
        ...(next
          ? [
              tx.objectStore('conversations').put(next),
              tx.objectStore('search').put(searchRowForTitle(next)),
            ]
          : []),
        tx.done,
      ]);
    });
  },
  async deleteConversation(id) {
    return committed(async () => {
      const db = await getDB();
      const tx = db.transaction(
        ['messages', 'conversations', 'search', 'images', 'tombstones', 'syncPending'],
        'readwrite',
      );
      const messages = tx.objectStore('messages');
      const search = tx.objectStore('search');
      const images = tx.objectStore('images');
      const [messageIds, rowIds, imageIds] = await Promise.all([
        messages.index('by-conversation').getAllKeys(id),
        search.index('by-conversation').getAllKeys(id),
        images.index('by-conversation').getAllKeys(id),
      ]);
      await allCommitted([
        ...messageIds.map((key) => messages.delete(key)),
        ...rowIds.map((key) => search.delete(key)),
        ...imageIds.map((key) => images.delete(key)),
        tx.objectStore('conversations').delete(id),
        tx.objectStore('tombstones').put(tombstone('conversation', id, id)),
        tx.objectStore('syncPending').put(pendingMark(id)),
        tx.done,
      ]);
    });
  },
};

/**
 * The conversation a write leaves: the new record, or the change applied to the stored one,
 * with a clock on each field it changed (for sync).
 */
async function resolveUpdate(
  conversations: { get(id: string): Promise<Conversation | undefined> },
  id: string,
  update: ConversationUpdate,
): Promise<Conversation | undefined> {
  const stored = await conversations.get(id);
  if (typeof update !== 'function') return stampedConversation(stored, update);
  return stored ? stampedConversation(stored, update(stored)) : undefined;
}
