import { openDB, type IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, openHistoryDB } from '@/utils/history/db';
import { idbHistoryStore } from '@/utils/history/store';
import type { ChatMessage } from '@/utils/history/types';
import { pathToLeaf } from '@/utils/history/tree';
import { makeConversation, makeMessage } from '../fixtures';

function message(id: string, parentId: string | null, extra: Partial<ChatMessage> = {}) {
  return makeMessage(id, parentId, { content: id, ...extra });
}

const conversation = makeConversation({ title: 't', currentLeafId: 'b2' });

/**
 * The schema exactly as version `version` shipped (fixtures for the migrations), written
 * out here rather than taken from db.ts, which only knows the newest.
 */
function shippedSchema(db: IDBPDatabase, version: 1 | 2 | 4 | 5): void {
  const conversations = db.createObjectStore('conversations', { keyPath: 'id' });
  conversations.createIndex('by-updated', 'updatedAt');
  const messages = db.createObjectStore('messages', { keyPath: 'id' });
  messages.createIndex('by-conversation', 'conversationId');
  messages.createIndex('by-updated', 'updatedAt');
  messages.createIndex('by-status', 'status');
  if (version < 2) return;
  conversations.createIndex('by-pinned', 'pinnedAt');
  const search = db.createObjectStore('search', { keyPath: 'id' });
  search.createIndex('by-key', 'keys', { multiEntry: true });
  search.createIndex('by-conversation', 'conversationId');
  if (version < 4) return;
  conversations.createIndex('by-site', 'sites', { multiEntry: true });
  const images = db.createObjectStore('images', { keyPath: 'id' });
  images.createIndex('by-message', 'messageId');
  images.createIndex('by-conversation', 'conversationId');
  if (version < 5) return;
  db.createObjectStore('unindexed', { keyPath: 'conversationId' });
  messages.deleteIndex('by-updated');
}

describe('history database', () => {
  it('should create the current schema with its indexes', async () => {
    const db = await openHistoryDB();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].toSorted()).toEqual([
      'conversations',
      'images',
      'messages',
      'search',
      'syncPending',
      'tombstones',
      'unindexed',
    ]);
    const messages = db.transaction('messages').store;
    expect([...messages.indexNames].toSorted()).toEqual(['by-conversation', 'by-status']);
    db.close();
  });

  it('should migrate a v1 database (fixture) to v2, indexing its history for search', async () => {
    // The v1 schema exactly as it shipped, with data written by v1 code.
    const v1 = await openDB(DB_NAME, 1, {
      upgrade: (db) => shippedSchema(db, 1),
    });
    await v1.put('conversations', { ...conversation, title: 'Café notes' });
    await v1.put('messages', message('a', null, { content: 'Streaming 流式传输 works' }));
    v1.close();

    const db = await openHistoryDB();
    expect(await db.count('messages')).toBe(1);
    const rows = await db.getAll('search');
    expect(rows.map((row) => row.id).toSorted()).toEqual(['a', 'title:c1']);
    expect(rows.find((row) => row.id === 'a')?.keys.some((key) => key.startsWith('流式'))).toBe(
      true,
    );
    db.close();
  });

  it('should migrate v2 to v3, listing chats by the sites their quotes came from', async () => {
    const v2 = await openDB(DB_NAME, 2, {
      upgrade: (db) => shippedSchema(db, 2),
    });
    await v2.put('conversations', conversation);
    await v2.put('conversations', { ...conversation, id: 'c2' });
    const quote = { text: 'q', title: 'News', url: 'https://www.news.test/a#part' };
    await v2.put('messages', message('a', null, { quote }));
    v2.close();

    const db = await openHistoryDB();
    expect(await db.getAllKeysFromIndex('conversations', 'by-site', 'news.test')).toEqual(['c1']);
    expect((await db.get('conversations', 'c1'))?.pageUrls).toEqual(['https://www.news.test/a']);
    expect((await db.get('conversations', 'c2'))?.sites).toBeUndefined();
    db.close();
  });

  it('should migrate v4 to v5: a search backlog, one unused index less, everything kept', async () => {
    // v4 as it shipped: v3 plus the images store.
    const v4 = await openDB(DB_NAME, 4, {
      upgrade: (db) => shippedSchema(db, 4),
    });
    await v4.put('conversations', conversation);
    await v4.put('messages', message('a', null));
    await v4.put('images', {
      id: 'i1',
      conversationId: 'c1',
      messageId: 'a',
      blob: new Blob(['x'], { type: 'image/png' }),
    });
    v4.close();

    const db = await openHistoryDB();
    expect(await db.count('messages')).toBe(1);
    expect(await db.count('images')).toBe(1);
    expect(await db.count('unindexed')).toBe(0);
    expect([...db.transaction('messages').store.indexNames].toSorted()).toEqual([
      'by-conversation',
      'by-status',
    ]);
    db.close();
  });

  it('should migrate v5 to v6: stores for sync, everything kept', async () => {
    const v5 = await openDB(DB_NAME, 5, {
      upgrade: (db) => shippedSchema(db, 5),
    });
    await v5.put('conversations', conversation);
    await v5.put('messages', message('a', null));
    v5.close();

    const db = await openHistoryDB();
    expect(await db.get('conversations', 'c1')).toEqual(conversation);
    expect(await db.count('messages')).toBe(1);
    // History from before sync has no marks: the first sync sends everything anyway.
    expect(await db.count('syncPending')).toBe(0);
    expect(await db.count('tombstones')).toBe(0);
    db.close();
  });

  it('should open an existing database of the same version without losing data', async () => {
    await idbHistoryStore.saveMessage(message('a', null), conversation);
    const raw = await openDB(DB_NAME);
    expect(await raw.count('messages')).toBe(1);
    raw.close();
  });

  it('should write a message and its conversation in one transaction', async () => {
    await idbHistoryStore.saveMessage(message('a', null), conversation);
    expect(await idbHistoryStore.getConversation('c1')).toEqual({
      ...conversation,
      clocks: expect.objectContaining({ title: expect.any(String) }),
    });
    expect(await idbHistoryStore.getMessage('a')).toMatchObject({ content: 'a' });
  });

  it('should read the visible path only, root first', async () => {
    // a ─ b1
    //   └ b2 ─ c
    for (const m of [
      message('a', null),
      message('b1', 'a'),
      message('b2', 'a'),
      message('c', 'b2'),
    ]) {
      await idbHistoryStore.saveMessage(m);
    }
    const path = await idbHistoryStore.getPath('c1', 'c');
    expect(path.map((m) => m.id)).toEqual(['a', 'b2', 'c']);
    expect(await idbHistoryStore.getPath('c1', null)).toEqual([]);
  });

  it('should find messages by status', async () => {
    await idbHistoryStore.saveMessage(message('a', null, { status: 'streaming' }));
    await idbHistoryStore.saveMessage(message('b', 'a', { status: 'done' }));
    const streaming = await idbHistoryStore.messagesWithStatus('streaming');
    expect(streaming.map((m) => m.id)).toEqual(['a']);
  });
});

describe('pathToLeaf', () => {
  it('should stop at a cycle or a missing parent instead of looping', async () => {
    const map = new Map([
      ['x', message('x', 'y')],
      ['y', message('y', 'x')],
    ]);
    const path = await pathToLeaf('x', (id) => map.get(id));
    expect(path.map((m) => m.id)).toEqual(['y', 'x']);
    const orphan = await pathToLeaf('z', (id) => (id === 'z' ? message('z', 'gone') : undefined));
    expect(orphan.map((m) => m.id)).toEqual(['z']);
  });
});
