import {
  openDB,
  unwrap,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';
import type { ChatMessage, Conversation, MessageStatus, Tombstone } from './types';
import type { PendingMark } from './sync-marks';
import type { StoredImage } from './stored-image';
import { pageUrlsOf, withPageLinks } from './page-links';
import { searchRowForMessage, searchRowForTitle, type SearchRow } from './search-index';

/** Name of the history database in the extension's origin. */
export const DB_NAME = 'sidechat';
/** Current schema version; each bump adds a migration step below. */
export const DB_VERSION = 6;

/** The history schema: conversations, the messages of their trees, and the search index. */
export interface SidechatDB extends DBSchema {
  conversations: {
    key: string;
    value: Conversation;
    indexes: { 'by-updated': number; 'by-pinned': number; 'by-site': string };
  };
  messages: {
    key: string;
    value: ChatMessage;
    indexes: {
      'by-conversation': string;
      'by-status': MessageStatus;
    };
  };
  /** One row per searchable message or title; `keys` is a multi-entry index of tokens. */
  search: {
    key: string;
    value: SearchRow;
    indexes: { 'by-key': string; 'by-conversation': string };
  };
  /** The bytes of attached images, as Blobs, deleted with their message. */
  images: {
    key: string;
    value: StoredImage;
    indexes: { 'by-message': string; 'by-conversation': string };
  };
  /**
   * Conversations written in bulk (an import) whose search rows are still to be written:
   * the indexer works through them after the data is safely stored (search-backlog.ts).
   */
  unindexed: {
    key: string;
    value: { conversationId: string };
  };
  /** Deleted conversations and messages, so sync does not bring them back. */
  tombstones: {
    key: string;
    value: Tombstone;
  };
  /** Conversations changed since they were last synced (sync-marks.ts). */
  syncPending: {
    key: string;
    value: PendingMark;
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
        // v1 also indexed messages by updatedAt; v5 dropped it, so new installs never make it.
        messages.createIndex('by-status', 'status');
      }
      if (oldVersion < 2) {
        tx.objectStore('conversations').createIndex('by-pinned', 'pinnedAt');
        const search = db.createObjectStore('search', { keyPath: 'id' });
        search.createIndex('by-key', 'keys', { multiEntry: true });
        search.createIndex('by-conversation', 'conversationId');
        await indexExistingHistory(tx);
      }
      if (oldVersion < 3) {
        tx.objectStore('conversations').createIndex('by-site', 'sites', { multiEntry: true });
        await linkExistingQuotes(tx);
      }
      if (oldVersion < 4) {
        const images = db.createObjectStore('images', { keyPath: 'id' });
        images.createIndex('by-message', 'messageId');
        images.createIndex('by-conversation', 'conversationId');
      }
      if (oldVersion < 5) {
        db.createObjectStore('unindexed', { keyPath: 'conversationId' });
        // Never read: it cost every message write an index entry (a tenth of a large import).
        // The raw store: the typed one knows only today's index names.
        const messages = unwrap(tx.objectStore('messages'));
        if (messages.indexNames.contains('by-updated')) messages.deleteIndex('by-updated');
      }
      if (oldVersion < 6) {
        db.createObjectStore('tombstones', { keyPath: 'id' });
        db.createObjectStore('syncPending', { keyPath: 'conversationId' });
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

/** v3: conversations learn the pages their quotes came from, so they list by site. */
async function linkExistingQuotes(tx: UpgradeTx): Promise<void> {
  const urls = new Map<string, string[]>();
  for await (const cursor of tx.objectStore('messages')) {
    const found = pageUrlsOf(cursor.value);
    if (found.length)
      urls.set(cursor.value.conversationId, [
        ...(urls.get(cursor.value.conversationId) ?? []),
        ...found,
      ]);
  }
  const conversations = tx.objectStore('conversations');
  for (const [id, list] of urls) {
    const conversation = await conversations.get(id);
    if (conversation) await conversations.put(withPageLinks(conversation, list));
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
