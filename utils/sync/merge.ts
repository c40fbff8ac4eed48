// Merging two copies of a shard: a pure function, commutative, associative and idempotent, so
// devices that sync in any order end with the same history. Nothing is overwritten: messages
// are a union by id, each conversation field goes to its latest edit, and deletions travel
// as tombstones that beat every copy of what they deleted.
import { compareClocks } from '@/utils/history/clock';
import { CLOCKED_FIELDS, type FieldClocks, type Tombstone } from '@/utils/history/types';
import type { ExportedMessage } from '@/utils/transfer/format';
import { canonicalJson } from './canonical-json';
import { type ShardState, type SyncConversation } from './shard';

/** A total order on values, for ties that clocks cannot break (never in practice). */
function compareValues(a: unknown, b: unknown): number {
  const left = canonicalJson(a);
  const right = canonicalJson(b);
  return left === right ? 0 : left < right ? -1 : 1;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** The later tombstone of the same thing. */
function laterTombstone(a: Tombstone, b: Tombstone): Tombstone {
  return compareClocks(a.at, b.at) > 0 || (a.at === b.at && compareValues(a, b) >= 0) ? a : b;
}

/**
 * Two copies of one message: the later edit wins (a verdict given later); among equals, a
 * fixed order, so both sides choose the same.
 */
function mergeMessage(a: ExportedMessage, b: ExportedMessage): ExportedMessage {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  return compareValues(a, b) >= 0 ? a : b;
}

function unionBy<T extends { id: string }>(
  a: readonly T[],
  b: readonly T[],
  merge: (left: T, right: T) => T,
): T[] {
  const merged = byId(a);
  for (const item of b) {
    const here = merged.get(item.id);
    merged.set(item.id, here ? merge(here, item) : item);
  }
  return [...merged.values()].toSorted((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/** The leaf to show when the chosen one was deleted: the newest message without children. */
function fallbackLeaf(messages: readonly ExportedMessage[]): string | null {
  const parents = new Set(messages.map((message) => message.parentId));
  let best: ExportedMessage | null = null;
  for (const message of messages) {
    if (parents.has(message.id)) continue;
    if (
      !best ||
      message.createdAt > best.createdAt ||
      (message.createdAt === best.createdAt && message.id > best.id)
    )
      best = message;
  }
  return best?.id ?? null;
}

/** Two copies of one conversation, each field from its latest edit, messages united. */
export function mergeConversation(a: SyncConversation, b: SyncConversation): SyncConversation {
  const merged: SyncConversation = { ...a };
  const clocks: FieldClocks = {};
  for (const field of CLOCKED_FIELDS) {
    const order =
      compareClocks(a.clocks[field], b.clocks[field]) || compareValues(a[field], b[field]);
    const winner = order >= 0 ? a : b;
    const at = winner.clocks[field];
    if (at !== undefined) clocks[field] = at;
    if (field === 'options') {
      if (winner.options === undefined) delete merged.options;
      else merged.options = winner.options;
    } else {
      // Each field is copied with its own type; TypeScript cannot follow the loop variable.
      (merged as Record<string, unknown>)[field] = winner[field];
    }
  }
  merged.clocks = clocks;
  merged.pinned = merged.pinnedAt > 0;
  merged.createdAt = Math.min(a.createdAt, b.createdAt);
  merged.updatedAt = Math.max(a.updatedAt, b.updatedAt);
  merged.messages = unionBy(a.messages, b.messages, mergeMessage);
  return merged;
}

/**
 * The ids of deleted messages and of everything below them: a reply written on one computer
 * under a branch deleted on another goes with the branch, as it would have there.
 */
function deletedBelow(
  messages: readonly ExportedMessage[],
  deletedMessages: ReadonlyMap<string, Tombstone>,
): Set<string> {
  const gone = new Set(messages.filter((m) => deletedMessages.has(m.id)).map((m) => m.id));
  if (gone.size === 0) return gone;
  for (let grew = true; grew;) {
    grew = false;
    for (const message of messages)
      if (message.parentId !== null && gone.has(message.parentId) && !gone.has(message.id)) {
        gone.add(message.id);
        grew = true;
      }
  }
  return gone;
}

/**
 * What is left of a conversation after the deletions known so far. Messages that go with a
 * deleted one above them get tombstones of their own (with its clock), so every device
 * deletes them too, even one that wrote them after the merge was computed.
 */
function withoutDeleted(
  conversation: SyncConversation,
  deleted: ReadonlyMap<string, Tombstone>,
  cascaded: Tombstone[],
): SyncConversation {
  const gone = deletedBelow(conversation.messages, deleted);
  const messagesById = gone.size ? byId(conversation.messages) : new Map<string, ExportedMessage>();
  for (const message of conversation.messages) {
    if (!gone.has(message.id) || deleted.has(message.id)) continue;
    let above = message.parentId;
    let stone: Tombstone | undefined;
    while (above !== null && !(stone = deleted.get(above)))
      above = messagesById.get(above)?.parentId ?? null;
    if (stone) cascaded.push({ ...stone, id: message.id });
  }
  // Sorted by id whether or not it met another copy: the same content, the same form.
  const messages = conversation.messages
    .filter((message) => !gone.has(message.id))
    .toSorted((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const leaf = conversation.currentLeafId;
  const leafKept = leaf === null || messages.some((message) => message.id === leaf);
  return {
    ...conversation,
    messages,
    currentLeafId: leafKept ? leaf : fallbackLeaf(messages),
  };
}

/** Two copies of a shard merged into one. */
export function mergeShards(a: ShardState, b: ShardState): ShardState {
  const tombstones = unionBy(a.tombstones, b.tombstones, laterTombstone);
  const deletedConversations = new Set<string>();
  const deletedMessages = new Map<string, Tombstone>();
  for (const stone of tombstones)
    if (stone.kind === 'conversation') deletedConversations.add(stone.id);
    else deletedMessages.set(stone.id, stone);
  const cascaded: Tombstone[] = [];
  const conversations = unionBy(a.conversations, b.conversations, mergeConversation)
    .filter((conversation) => !deletedConversations.has(conversation.id))
    .map((conversation) => withoutDeleted(conversation, deletedMessages, cascaded));
  return {
    conversations,
    tombstones: cascaded.length ? unionBy(tombstones, cascaded, laterTombstone) : tombstones,
  };
}
