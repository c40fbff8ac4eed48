// What every history write leaves for sync: field clocks on the conversation, a pending mark
// naming the conversation as changed since the last sync, and tombstones for what it deleted.
// Written in the same transaction as the change itself, so no change escapes sync.
import { CLOCKED_FIELDS, type Conversation, type Tombstone } from './types';
import { localClock, type HybridClock } from './clock';

/** A conversation changed since it was last synced; `mark` tells a newer change apart. */
export interface PendingMark {
  conversationId: string;
  mark: string;
}

let marks = 0;
const worker = Math.random().toString(36).slice(2, 8);

/** A new pending mark: unique, so sync clears only the marks it has seen. */
export function pendingMark(conversationId: string): PendingMark {
  marks += 1;
  return { conversationId, mark: `${worker}-${marks}` };
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** `next` with a new clock on each field that differs from `previous` (all, when new). */
export function stampedConversation(
  previous: Conversation | undefined,
  next: Conversation,
  clock: HybridClock = localClock,
): Conversation {
  const changed = CLOCKED_FIELDS.filter(
    (field) => !previous || !sameValue(previous[field], next[field]),
  );
  if (changed.length === 0 && next.clocks === previous?.clocks) return next;
  const clocks = { ...previous?.clocks, ...next.clocks };
  if (changed.length) {
    const now = clock.tick();
    for (const field of changed) clocks[field] = now;
  }
  return { ...next, clocks };
}

/** The tombstone of a deleted conversation or message. */
export function tombstone(
  kind: Tombstone['kind'],
  id: string,
  conversationId: string,
  clock: HybridClock = localClock,
): Tombstone {
  return { id, kind, conversationId, at: clock.tick() };
}
