import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ChatMessage, Conversation, MessageStatus } from './history-types';
import { pathToLeaf } from './tree';

/** Name of the history database in the extension's origin. */
export const DB_NAME = 'sidechat';
/** Current schema version; each bump adds a migration step below. */
export const DB_VERSION = 1;

/** The history schema: conversations and the messages of their trees. */
export interface SidechatDB extends DBSchema {
  conversations: {
    key: string;
    value: Conversation;
    indexes: { 'by-updated': number };
  };
  messages: {
    key: string;
    value: ChatMessage;
    indexes: {
      'by-conversation': string;
      'by-updated': number;
      'by-status': MessageStatus;
    };
  };
}

/** Opens the database, running every migration from the stored version up. */
export function openHistoryDB(name = DB_NAME): Promise<IDBPDatabase<SidechatDB>> {
  return openDB<SidechatDB>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      // Migrations by oldVersion: each block takes the schema one version further.
      if (oldVersion < 1) {
        const conversations = db.createObjectStore('conversations', { keyPath: 'id' });
        conversations.createIndex('by-updated', 'updatedAt');
        const messages = db.createObjectStore('messages', { keyPath: 'id' });
        messages.createIndex('by-conversation', 'conversationId');
        messages.createIndex('by-updated', 'updatedAt');
        messages.createIndex('by-status', 'status');
      }
    },
    blocking() {
      // A newer version wants to upgrade (an extension update): let it.
      void dbPromise?.then((db) => db.close());
      dbPromise = undefined;
    },
  });
}

let dbPromise: Promise<IDBPDatabase<SidechatDB>> | undefined;

/** The shared connection, opened on first use. */
export function getDB(): Promise<IDBPDatabase<SidechatDB>> {
  dbPromise ??= openHistoryDB();
  return dbPromise;
}

/** Closes and forgets the shared connection (tests reset IndexedDB between cases). */
export async function closeDB(): Promise<void> {
  const pending = dbPromise;
  dbPromise = undefined;
  if (pending) (await pending).close();
}

/** The history operations the chat engine needs; an interface so benchmarks can count writes. */
export interface HistoryStore {
  getConversation(id: string): Promise<Conversation | undefined>;
  getMessage(id: string): Promise<ChatMessage | undefined>;
  /** Writes a message and, in the same transaction, its conversation if given. */
  saveMessage(message: ChatMessage, conversation?: Conversation): Promise<void>;
  /** The visible path of a conversation: root first, down to `leafId`. */
  getPath(leafId: string | null): Promise<ChatMessage[]>;
  messagesWithStatus(status: MessageStatus): Promise<ChatMessage[]>;
}

/** The IndexedDB-backed HistoryStore. */
export const idbHistoryStore: HistoryStore = {
  async getConversation(id) {
    return (await getDB()).get('conversations', id);
  },
  async getMessage(id) {
    return (await getDB()).get('messages', id);
  },
  async saveMessage(message, conversation) {
    const db = await getDB();
    if (!conversation) {
      await db.put('messages', message);
      return;
    }
    const tx = db.transaction(['messages', 'conversations'], 'readwrite');
    await Promise.all([
      tx.objectStore('messages').put(message),
      tx.objectStore('conversations').put(conversation),
      tx.done,
    ]);
  },
  async getPath(leafId) {
    const db = await getDB();
    const store = db.transaction('messages').store;
    return pathToLeaf(leafId, (id) => store.get(id));
  },
  async messagesWithStatus(status) {
    return (await getDB()).getAllFromIndex('messages', 'by-status', status);
  },
};
