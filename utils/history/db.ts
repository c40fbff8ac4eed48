import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';
import type { ChatMessage, Conversation, MessageStatus } from './types';
import { searchRowForMessage, searchRowForTitle, type SearchRow } from './search-index';

/** Name of the history database in the extension's origin. */
export const DB_NAME = 'sidechat';
/** Current schema version; each bump adds a migration step below. */
export const DB_VERSION = 2;

/** The history schema: conversations, the messages of their trees, and the search index. */
export interface SidechatDB extends DBSchema {
  conversations: {
    key: string;
    value: Conversation;
    indexes: { 'by-updated': number; 'by-pinned': number };
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
  /** One row per searchable message or title; `keys` is a multi-entry index of tokens. */
  search: {
    key: string;
    value: SearchRow;
    indexes: { 'by-key': string; 'by-conversation': string };
  };
}

type UpgradeTx = IDBPTransaction<SidechatDB, StoreNames<SidechatDB>[], 'versionchange'>;

/** Opens the database, running every migration from the stored version up. */
export function openHistoryDB(name = DB_NAME): Promise<IDBPDatabase<SidechatDB>> {
  return openDB<SidechatDB>(name, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      // Migrations by oldVersion: each block takes the schema one version further.
      if (oldVersion < 1) {
        const conversations = db.createObjectStore('conversations', { keyPath: 'id' });
        conversations.createIndex('by-updated', 'updatedAt');
        const messages = db.createObjectStore('messages', { keyPath: 'id' });
        messages.createIndex('by-conversation', 'conversationId');
        messages.createIndex('by-updated', 'updatedAt');
        messages.createIndex('by-status', 'status');
      }
      if (oldVersion < 2) {
        tx.objectStore('conversations').createIndex('by-pinned', 'pinnedAt');
        const search = db.createObjectStore('search', { keyPath: 'id' });
        search.createIndex('by-key', 'keys', { multiEntry: true });
        search.createIndex('by-conversation', 'conversationId');
        await indexExistingHistory(tx);
      }
    },
    blocking() {
      // A newer version wants to upgrade (an extension update): let it.
      void dbPromise?.then((db) => db.close());
      dbPromise = undefined;
    },
  });
}

/** v2: builds the search index for history written before it existed. */
async function indexExistingHistory(tx: UpgradeTx): Promise<void> {
  const search = tx.objectStore('search');
  for await (const cursor of tx.objectStore('conversations')) {
    await search.put(searchRowForTitle(cursor.value));
  }
  for await (const cursor of tx.objectStore('messages')) {
    const row = searchRowForMessage(cursor.value);
    if (row) await search.put(row);
  }
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
