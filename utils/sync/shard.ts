// A shard: the part of the history one file on the server holds. Conversations are spread
// over 256 shards by a hash of their id, so a sync writes only the shards it changed and the
// number of requests stays small however large the history (docs/sync-design.md).
import { z } from 'zod/mini';
import { exportedConversationSchema, type ExportedConversation } from '@/utils/transfer/format';
import { CLOCKED_FIELDS, type FieldClocks, type Tombstone } from '@/utils/history/types';
import { MAX_ID_LENGTH } from '@/utils/limits';
import { canonicalJson } from './canonical-json';

export const SHARD_FORMAT = 'sidechat-sync-shard';
export const SHARD_VERSION = 1;
export const SHARD_COUNT = 256;

/** A conversation as a shard holds it: the history file's form plus what merging needs. */
export type SyncConversation = ExportedConversation & {
  /** When it was pinned (0: not), as the stores keep it. */
  pinnedAt: number;
  clocks: FieldClocks;
};

/** What one shard holds. */
export interface ShardState {
  conversations: SyncConversation[];
  tombstones: Tombstone[];
}

export const EMPTY_SHARD: ShardState = { conversations: [], tombstones: [] };

/** The shard of a conversation: two hex digits from an FNV-1a hash of its id. */
export function shardOf(conversationId: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < conversationId.length; index += 1) {
    hash ^= conversationId.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return ((hash >>> 24) & 0xff).toString(16).padStart(2, '0');
}

/** Every shard name, 00 to ff. */
export const ALL_SHARDS: readonly string[] = Array.from({ length: SHARD_COUNT }, (_, index) =>
  index.toString(16).padStart(2, '0'),
);

/** The file of a shard in the sync folder. */
export function shardFile(shard: string): string {
  return `shard-${shard}.json`;
}

const id = z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH));
const clock = z.string().check(z.maxLength(64));

const syncConversationSchema = z.extend(exportedConversationSchema, {
  pinnedAt: z.number().check(z.nonnegative()),
  clocks: z.partialRecord(z.enum(CLOCKED_FIELDS), clock),
});

const tombstoneSchema = z.object({
  id,
  kind: z.enum(['conversation', 'message']),
  conversationId: id,
  at: clock,
});

const shardFileSchema = z.object({
  format: z.literal(SHARD_FORMAT),
  version: z.literal(SHARD_VERSION),
  conversations: z.array(syncConversationSchema),
  tombstones: z.array(tombstoneSchema),
});

/** Why a remote file could not be read. */
export type ShardProblem = 'corrupt' | 'newer_version';

/** Reads a shard file, checked whole before anything of it is used. */
export function parseShard(text: string): ShardState | { problem: ShardProblem } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { problem: 'corrupt' };
  }
  const version = (data as { version?: unknown } | null)?.version;
  if (
    (data as { format?: unknown } | null)?.format === SHARD_FORMAT &&
    typeof version === 'number' &&
    version > SHARD_VERSION
  )
    return { problem: 'newer_version' };
  const parsed = shardFileSchema.safeParse(data);
  if (!parsed.success) return { problem: 'corrupt' };
  return { conversations: parsed.data.conversations, tombstones: parsed.data.tombstones };
}

/** The text of a shard file; the same state always gives the same text. */
export function serializeShard(state: ShardState): string {
  return canonicalJson({
    format: SHARD_FORMAT,
    version: SHARD_VERSION,
    conversations: state.conversations,
    tombstones: state.tombstones,
  });
}
