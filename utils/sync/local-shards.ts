// The device's side of a shard: read from IndexedDB as the server would hold it, and merged
// results written back. Background only. Writes go straight to the stores (not through the
// history store) so they keep the clocks they came with and leave no pending mark: what came
// from the server is not a local change.
import { getDB } from '@/utils/history/db';
import { committed } from '@/utils/history/write-error';
import { toExported } from '@/utils/transfer/exported';
import { toStored } from '@/utils/transfer/import-write';
import {
  isTemporary,
  type ChatMessage,
  type Conversation,
  type Tombstone,
} from '@/utils/history/types';
import { mergeConversation } from './merge';
import { canonicalJson } from './canonical-json';
import { shardOf, type ShardState, type SyncConversation } from './shard';

/** What the device holds, by shard, read once per sync. */
export interface LocalIndex {
  /** Conversation ids by shard. */
  conversations: Map<string, string[]>;
  tombstones: Map<string, Tombstone[]>;
  /** Conversations changed since their last sync, with their marks. */
  pending: Map<string, string>;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export async function readLocalIndex(): Promise<LocalIndex> {
  const db = await getDB();
  const tx = db.transaction(['conversations', 'tombstones', 'syncPending']);
  const [ids, stones, marks] = await Promise.all([
    tx.objectStore('conversations').getAllKeys(),
    tx.objectStore('tombstones').getAll(),
    tx.objectStore('syncPending').getAll(),
  ]);
  const index: LocalIndex = {
    conversations: new Map(),
    tombstones: new Map(),
    pending: new Map(marks.map((entry) => [entry.conversationId, entry.mark])),
  };
  for (const id of ids) if (!isTemporary(id)) push(index.conversations, shardOf(id), id);
  for (const stone of stones) push(index.tombstones, shardOf(stone.conversationId), stone);
  return index;
}

/** A stored conversation as a shard holds it; replies still being written wait for the next sync. */
export function toSyncConversation(
  conversation: Conversation,
  messages: readonly ChatMessage[],
): SyncConversation {
  const settled = messages.filter(
    (message) => message.status !== 'streaming' && message.status !== 'pending',
  );
  const exported = toExported(conversation, settled);
  return {
    ...exported,
    // In id order, as a merge gives them: the same conversation compares equal to its merge.
    messages: exported.messages.toSorted((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    pinnedAt: conversation.pinnedAt ?? 0,
    clocks: conversation.clocks ?? {},
  };
}

/** The device's copy of one shard. */
export async function readLocalShard(
  ids: readonly string[],
  tombstones: readonly Tombstone[],
): Promise<ShardState> {
  const db = await getDB();
  const tx = db.transaction(['conversations', 'messages']);
  const conversations = await Promise.all(
    ids.map(async (id) => {
      const [conversation, messages] = await Promise.all([
        tx.objectStore('conversations').get(id),
        tx.objectStore('messages').index('by-conversation').getAll(id),
      ]);
      return conversation ? toSyncConversation(conversation, messages) : null;
    }),
  );
  return {
    conversations: conversations.filter((item): item is SyncConversation => item !== null),
    tombstones: [...tombstones],
  };
}

function sameJson(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * Writes a merged shard into the device's history in one transaction: what is new or newer
 * comes in, what was deleted elsewhere goes. It merges again with the stored records inside
 * the transaction, so a change made while the server was being read is kept. Resolves with
 * the ids of the conversations it changed (their search rows are queued for the indexer).
 */
export function applyShard(merged: ShardState): Promise<string[]> {
  // A failed commit (disk full) becomes the history's own error, with its sentence.
  return committed(() => writeShard(merged));
}

async function writeShard(merged: ShardState): Promise<string[]> {
  const db = await getDB();
  const tx = db.transaction(
    ['conversations', 'messages', 'search', 'images', 'tombstones', 'unindexed'],
    'readwrite',
  );
  const stores = {
    conversations: tx.objectStore('conversations'),
    messages: tx.objectStore('messages'),
    search: tx.objectStore('search'),
    images: tx.objectStore('images'),
    tombstones: tx.objectStore('tombstones'),
    unindexed: tx.objectStore('unindexed'),
  };
  const changed = new Set<string>();
  const writes: Promise<unknown>[] = [];
  const deleteMessage = async (id: string) => {
    const imageKeys = await stores.images.index('by-message').getAllKeys(id);
    writes.push(
      stores.messages.delete(id),
      stores.search.delete(id),
      ...imageKeys.map((key) => stores.images.delete(key)),
    );
  };

  for (const stone of merged.tombstones) {
    const known = await stores.tombstones.get(stone.id);
    if (!known || known.at < stone.at) writes.push(stores.tombstones.put(stone));
    if (stone.kind === 'conversation') {
      if (!(await stores.conversations.get(stone.id))) continue;
      const [messageIds, rowIds, imageIds] = await Promise.all([
        stores.messages.index('by-conversation').getAllKeys(stone.id),
        stores.search.index('by-conversation').getAllKeys(stone.id),
        stores.images.index('by-conversation').getAllKeys(stone.id),
      ]);
      writes.push(
        ...messageIds.map((key) => stores.messages.delete(key)),
        ...rowIds.map((key) => stores.search.delete(key)),
        ...imageIds.map((key) => stores.images.delete(key)),
        stores.conversations.delete(stone.id),
      );
      changed.add(stone.id);
    } else if (await stores.messages.getKey(stone.id)) {
      await deleteMessage(stone.id);
      changed.add(stone.conversationId);
    }
  }

  for (const incoming of merged.conversations) {
    const stored = await stores.conversations.get(incoming.id);
    const storedMessages = stored
      ? await stores.messages.index('by-conversation').getAll(incoming.id)
      : [];
    const here = stored ? toSyncConversation(stored, storedMessages) : null;
    const result = here ? mergeConversation(here, incoming) : incoming;
    if (here && sameJson(here, result)) continue;
    // The file's form back to the stores' (page links are read again from the messages).
    const { conversation, messages } = toStored(result);
    const record: Conversation = {
      ...stored,
      ...conversation,
      pinnedAt: result.pinnedAt,
      clocks: result.clocks,
    };
    writes.push(stores.conversations.put(record));
    const storedById = new Map(storedMessages.map((message) => [message.id, message]));
    const hereById = new Map(here?.messages.map((message) => [message.id, message]));
    for (const [index, message] of messages.entries()) {
      const local = storedById.get(message.id);
      // A reply this device is still writing is its own; the server cannot have it newer.
      if (local && (local.status === 'streaming' || local.status === 'pending')) continue;
      if (sameJson(hereById.get(message.id), result.messages[index])) continue;
      writes.push(stores.messages.put(message));
    }
    changed.add(incoming.id);
  }
  for (const id of changed) writes.push(stores.unindexed.put({ conversationId: id }));
  await Promise.all([...writes, tx.done]);
  return [...changed];
}

/** Forgets the pending marks a sync has carried to the server, unless changed since. */
export async function clearPending(marks: ReadonlyMap<string, string>): Promise<void> {
  if (marks.size === 0) return;
  const db = await getDB();
  const tx = db.transaction('syncPending', 'readwrite');
  await Promise.all(
    [...marks].map(async ([conversationId, mark]) => {
      const now = await tx.store.get(conversationId);
      if (now?.mark === mark) await tx.store.delete(conversationId);
    }),
  );
  await tx.done;
}
