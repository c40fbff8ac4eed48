// Random operations on two or three replicas, synced through one server copy in random
// orders, must converge to the same history, and nothing a replica wrote may be lost unless
// it was deleted.
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { HybridClock } from '@/utils/history/clock';
import type { Tombstone } from '@/utils/history/types';
import type { ExportedMessage } from '@/utils/transfer/format';
import { mergeShards } from '@/utils/sync/merge';
import { EMPTY_SHARD, type ShardState, type SyncConversation } from '@/utils/sync/shard';

type Operation =
  | { kind: 'send'; replica: number; conversation: number }
  | { kind: 'edit'; replica: number; conversation: number; pick: number }
  | { kind: 'regenerate'; replica: number; conversation: number; pick: number }
  | { kind: 'rename'; replica: number; conversation: number }
  | { kind: 'pin'; replica: number; conversation: number }
  | { kind: 'deleteConversation'; replica: number; conversation: number }
  | { kind: 'deleteBranch'; replica: number; conversation: number; pick: number }
  | { kind: 'sync'; replica: number }
  | { kind: 'tick'; replica: number; ms: number };

interface Replica {
  state: ShardState;
  clock: HybridClock;
  /** Wall time of this replica: each runs hours apart from the others. */
  now: number;
}

function message(
  id: string,
  parentId: string | null,
  role: 'user' | 'assistant',
  at: number,
): ExportedMessage {
  return {
    id,
    parentId,
    role,
    content: `text of ${id}`,
    reasoning: '',
    quote: null,
    status: 'done',
    feedback: null,
    model: role === 'assistant' ? 'm' : null,
    usage: null,
    error: null,
    thinkingMs: null,
    createdAt: at,
    updatedAt: at,
  };
}

/** A field written by an operation: the latest of these must be what everyone ends with. */
interface FieldWrite {
  conversationId: string;
  field: 'title' | 'pinnedAt';
  at: string;
  value: unknown;
}

/** Applies one operation to a replica, as the background's store would (clock per change). */
function apply(
  replica: Replica,
  op: Operation,
  serial: number,
  log: (write: FieldWrite) => void,
): string[] {
  const { state, clock } = replica;
  const conversationId = `c${'conversation' in op ? op.conversation : 0}`;
  const found = state.conversations.find((item) => item.id === conversationId);
  const stamp = clock.tick();
  const written: string[] = [];
  const put = (next: SyncConversation) => {
    state.conversations = [...state.conversations.filter((item) => item.id !== next.id), next];
  };
  const deletedConversation = state.tombstones.some((stone) => stone.id === conversationId);
  const pickOf = (role: 'user' | 'assistant', pick: number) => {
    const candidates = found?.messages.filter((item) => item.role === role) ?? [];
    return candidates.length ? candidates[pick % candidates.length] : undefined;
  };
  switch (op.kind) {
    case 'send': {
      if (deletedConversation) return written;
      const user = message(`u${serial}`, found?.currentLeafId ?? null, 'user', replica.now);
      const reply = message(`a${serial}`, user.id, 'assistant', replica.now);
      written.push(user.id, reply.id);
      if (!found) {
        log({ conversationId, field: 'title', at: stamp, value: 'New chat' });
        log({ conversationId, field: 'pinnedAt', at: stamp, value: 0 });
      }
      put(
        found
          ? {
              ...found,
              messages: [...found.messages, user, reply],
              currentLeafId: reply.id,
              updatedAt: replica.now,
              clocks: { ...found.clocks, currentLeafId: stamp },
            }
          : {
              id: conversationId,
              title: 'New chat',
              createdAt: replica.now,
              updatedAt: replica.now,
              systemPrompt: '',
              model: 'm',
              currentLeafId: reply.id,
              pinned: false,
              pinnedAt: 0,
              messages: [user, reply],
              clocks: {
                title: stamp,
                pinnedAt: stamp,
                options: stamp,
                currentLeafId: stamp,
                systemPrompt: stamp,
                model: stamp,
              },
            },
      );
      return written;
    }
    case 'edit':
    case 'regenerate': {
      const target = pickOf(op.kind === 'edit' ? 'user' : 'assistant', op.pick);
      if (!found || !target) return written;
      const version = message(
        `v${serial}`,
        target.parentId,
        target.role === 'user' ? 'user' : 'assistant',
        replica.now,
      );
      written.push(version.id);
      put({
        ...found,
        messages: [...found.messages, version],
        currentLeafId: version.id,
        updatedAt: replica.now,
        clocks: { ...found.clocks, currentLeafId: stamp },
      });
      return written;
    }
    case 'rename':
    case 'pin': {
      if (!found) return written;
      log(
        op.kind === 'rename'
          ? { conversationId, field: 'title', at: stamp, value: `title ${serial}` }
          : {
              conversationId,
              field: 'pinnedAt',
              at: stamp,
              value: found.pinnedAt ? 0 : replica.now,
            },
      );
      put(
        op.kind === 'rename'
          ? { ...found, title: `title ${serial}`, clocks: { ...found.clocks, title: stamp } }
          : {
              ...found,
              pinnedAt: found.pinnedAt ? 0 : replica.now,
              pinned: !found.pinnedAt,
              clocks: { ...found.clocks, pinnedAt: stamp },
            },
      );
      return written;
    }
    case 'deleteConversation': {
      if (!found) return written;
      state.conversations = state.conversations.filter((item) => item.id !== found.id);
      state.tombstones = [
        ...state.tombstones,
        { id: found.id, kind: 'conversation', conversationId: found.id, at: stamp },
      ];
      return written;
    }
    case 'deleteBranch': {
      const target = pickOf('assistant', op.pick);
      if (!found || !target) return written;
      // The message and everything below it, as ConversationOps.deleteBranch does.
      const doomed = new Set([target.id]);
      for (let grew = true; grew;) {
        grew = false;
        for (const item of found.messages)
          if (item.parentId && doomed.has(item.parentId) && !doomed.has(item.id)) {
            doomed.add(item.id);
            grew = true;
          }
      }
      const messages = found.messages.filter((item) => !doomed.has(item.id));
      put({
        ...found,
        messages,
        currentLeafId: target.parentId,
        clocks: { ...found.clocks, currentLeafId: stamp },
      });
      state.tombstones = [
        ...state.tombstones,
        ...[...doomed].map((id): Tombstone => ({
          id,
          kind: 'message',
          conversationId: found.id,
          at: stamp,
        })),
      ];
      return written;
    }
    default:
      return written;
  }
}

/** One replica's sync: the server copy and the replica both become their merge. */
function sync(replica: Replica, server: { state: ShardState }): void {
  const merged = mergeShards(replica.state, server.state);
  server.state = merged;
  replica.state = structuredClone(merged);
  for (const conversation of merged.conversations)
    for (const at of Object.values(conversation.clocks)) replica.clock.receive(at);
}

const operation = (replicas: number): fc.Arbitrary<Operation> => {
  const replica = fc.nat({ max: replicas - 1 });
  // Few conversations, so replicas often change the same one at once.
  const conversation = fc.nat({ max: 1 });
  const pick = fc.nat({ max: 5 });
  return fc.oneof(
    fc.record({ kind: fc.constant('send' as const), replica, conversation }),
    fc.record({ kind: fc.constant('edit' as const), replica, conversation, pick }),
    fc.record({ kind: fc.constant('regenerate' as const), replica, conversation, pick }),
    fc.record({ kind: fc.constant('rename' as const), replica, conversation }),
    fc.record({ kind: fc.constant('pin' as const), replica, conversation }),
    fc.record({ kind: fc.constant('deleteConversation' as const), replica, conversation }),
    fc.record({ kind: fc.constant('deleteBranch' as const), replica, conversation, pick }),
    fc.record({ kind: fc.constant('sync' as const), replica }),
    fc.record({ kind: fc.constant('sync' as const), replica }),
    fc.record({
      kind: fc.constant('tick' as const),
      replica,
      ms: fc.integer({ min: 1, max: 5_000 }),
    }),
  );
};

function run(replicaCount: number, skews: number[], operations: Operation[]) {
  const replicas: Replica[] = skews.slice(0, replicaCount).map((skew, index) => {
    const replica: Replica = {
      state: structuredClone(EMPTY_SHARD),
      now: 1_700_000_000_000 + skew,
      clock: new HybridClock(`device${index}`, () => replica.now),
    };
    return replica;
  });
  const server = { state: structuredClone(EMPTY_SHARD) };
  /** Each message written, with its conversation id and parent. */
  const written = new Map<string, { conversationId: string; parentId: string | null }>();
  const fieldWrites: FieldWrite[] = [];
  for (const [serial, op] of operations.entries()) {
    const replica = replicas[op.replica % replicaCount];
    if (!replica) continue;
    replica.now += 1;
    if (op.kind === 'sync') sync(replica, server);
    else if (op.kind === 'tick') replica.now += op.ms;
    else
      for (const id of apply(replica, op, serial, (write) => fieldWrites.push(write))) {
        const found = replica.state.conversations
          .flatMap((item) => item.messages.map((m) => ({ m, conversationId: item.id })))
          .find((entry) => entry.m.id === id);
        if (found)
          written.set(id, { conversationId: found.conversationId, parentId: found.m.parentId });
      }
  }
  // Everyone syncs twice at the end: the first round carries each replica's changes up,
  // the second brings them all down.
  for (let round = 0; round < 2; round += 1) for (const replica of replicas) sync(replica, server);
  return { replicas, server, written, fieldWrites };
}

describe('sync merge (property)', () => {
  it('should converge on two or three replicas whatever the operations and sync order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 3 }),
        // Clocks hours apart: one replica may run far behind or ahead of the others.
        fc.array(fc.integer({ min: -6 * 3_600_000, max: 6 * 3_600_000 }), {
          minLength: 3,
          maxLength: 3,
        }),
        fc.array(operation(3), { maxLength: 60 }),
        (count, skews, operations) => {
          const { replicas, server, written, fieldWrites } = run(count, skews, operations);
          const expected = JSON.stringify(server.state);
          for (const replica of replicas) expect(JSON.stringify(replica.state)).toBe(expected);

          // Nothing written is lost unless it, a message above it, or its conversation was
          // deleted.
          const deleted = new Set(server.state.tombstones.map((stone) => stone.id));
          const kept = new Set(
            server.state.conversations.flatMap((item) => item.messages.map((m) => m.id)),
          );
          const deletedAtOrAbove = (id: string | null): boolean => {
            for (let at = id; at !== null; at = written.get(at)?.parentId ?? null)
              if (deleted.has(at)) return true;
            return false;
          };
          for (const [id, { conversationId }] of written) {
            if (kept.has(id)) continue;
            expect(deleted.has(conversationId) || deletedAtOrAbove(id)).toBe(true);
          }

          // Each field holds its latest write, whichever replica made it and whenever it synced.
          const latest = new Map<string, FieldWrite>();
          for (const write of fieldWrites) {
            const key = `${write.conversationId}/${write.field}`;
            const before = latest.get(key);
            if (!before || write.at > before.at) latest.set(key, write);
          }
          for (const write of latest.values()) {
            const conversation = server.state.conversations.find(
              (item) => item.id === write.conversationId,
            );
            if (conversation) expect(conversation[write.field]).toBe(write.value);
          }

          // Every kept conversation's current leaf is one of its messages.
          for (const conversation of server.state.conversations) {
            const ids = new Set(conversation.messages.map((m) => m.id));
            if (conversation.currentLeafId !== null)
              expect(ids.has(conversation.currentLeafId)).toBe(true);
            for (const m of conversation.messages)
              if (m.parentId !== null) expect(ids.has(m.parentId)).toBe(true);
          }
        },
      ),
      {
        numRuns: 300,
        examples: [
          // A reply sent on one computer under a branch the other deleted meanwhile.
          [
            2,
            [0, 0, 0],
            [
              { kind: 'send', replica: 0, conversation: 0 },
              { kind: 'sync', replica: 0 },
              { kind: 'sync', replica: 1 },
              { kind: 'deleteBranch', replica: 1, conversation: 0, pick: 0 },
              { kind: 'send', replica: 0, conversation: 0 },
            ],
          ],
        ],
      },
    );
  });
});
