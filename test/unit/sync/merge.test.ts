import { describe, expect, it } from 'vitest';
import { HybridClock } from '@/utils/history/clock';
import type { ExportedMessage } from '@/utils/transfer/format';
import { mergeShards } from '@/utils/sync/merge';
import type { ShardState, SyncConversation } from '@/utils/sync/shard';

const laptop = new HybridClock('laptop', () => 1_000);
const desktop = new HybridClock('desktop', () => 2_000);

function message(id: string, parentId: string | null, at = 1): ExportedMessage {
  return {
    id,
    parentId,
    role: parentId === null ? 'user' : 'assistant',
    content: id,
    reasoning: '',
    quote: null,
    status: 'done',
    feedback: null,
    model: null,
    usage: null,
    error: null,
    thinkingMs: null,
    createdAt: at,
    updatedAt: at,
  };
}

function chat(overrides: Partial<SyncConversation> = {}): SyncConversation {
  const at = '00000000000-00000-base';
  return {
    id: 'c1',
    title: 'Rivers',
    createdAt: 1,
    updatedAt: 1,
    systemPrompt: '',
    model: 'm',
    currentLeafId: 'a',
    pinned: false,
    pinnedAt: 0,
    messages: [message('u', null), message('a', 'u')],
    clocks: { title: at, pinnedAt: at, currentLeafId: at, model: at, systemPrompt: at },
    ...overrides,
  };
}

const shard = (...conversations: SyncConversation[]): ShardState => ({
  conversations,
  tombstones: [],
});

describe('mergeShards', () => {
  it('should keep a rename from one device and a pin from the other', () => {
    const base = chat();
    const renamed = chat({ title: 'Deltas', clocks: { ...base.clocks, title: laptop.tick() } });
    const pinned = chat({
      pinnedAt: 5,
      pinned: true,
      clocks: { ...base.clocks, pinnedAt: desktop.tick() },
    });
    for (const merged of [
      mergeShards(shard(renamed), shard(pinned)),
      mergeShards(shard(pinned), shard(renamed)),
    ]) {
      expect(merged.conversations[0]).toMatchObject({ title: 'Deltas', pinnedAt: 5, pinned: true });
    }
  });

  it('should let the later rename win whichever device syncs first', () => {
    const first = chat({ title: 'First', clocks: { title: laptop.tick() } });
    const second = chat({ title: 'Second', clocks: { title: desktop.tick() } });
    expect(mergeShards(shard(first), shard(second)).conversations[0]?.title).toBe('Second');
    expect(mergeShards(shard(second), shard(first)).conversations[0]?.title).toBe('Second');
  });

  it('should keep both versions when both devices edit the same message', () => {
    const base = chat();
    const onLaptop = chat({
      messages: [...base.messages, message('u2', null, 2)],
      currentLeafId: 'u2',
      clocks: { ...base.clocks, currentLeafId: laptop.tick() },
    });
    const onDesktop = chat({
      messages: [...base.messages, message('u3', null, 3)],
      currentLeafId: 'u3',
      clocks: { ...base.clocks, currentLeafId: desktop.tick() },
    });
    const merged = mergeShards(shard(onLaptop), shard(onDesktop)).conversations[0];
    expect(merged?.messages.map((m) => m.id)).toEqual(['a', 'u', 'u2', 'u3']);
    expect(merged?.currentLeafId).toBe('u3');
  });

  it('should not bring back a deleted conversation from a device that had not heard of it', () => {
    const deleted: ShardState = {
      conversations: [],
      tombstones: [{ id: 'c1', kind: 'conversation', conversationId: 'c1', at: desktop.tick() }],
    };
    const merged = mergeShards(shard(chat()), deleted);
    expect(merged.conversations).toEqual([]);
    expect(mergeShards(merged, shard(chat())).conversations).toEqual([]);
  });

  it('should delete a reply written under a branch another device deleted', () => {
    const base = chat();
    const continued = chat({
      messages: [...base.messages, message('u2', 'a', 2), message('a2', 'u2', 2)],
      currentLeafId: 'a2',
    });
    const branchDeleted: ShardState = {
      conversations: [chat({ messages: [message('u', null)], currentLeafId: 'u' })],
      tombstones: [{ id: 'a', kind: 'message', conversationId: 'c1', at: desktop.tick() }],
    };
    const merged = mergeShards(shard(continued), branchDeleted).conversations[0];
    expect(merged?.messages.map((m) => m.id)).toEqual(['u']);
    expect(merged?.currentLeafId).toBe('u');
  });

  it('should give the same result merged again (idempotent)', () => {
    const merged = mergeShards(shard(chat({ title: 'x', clocks: { title: laptop.tick() } })), {
      conversations: [chat()],
      tombstones: [{ id: 'zz', kind: 'message', conversationId: 'c1', at: desktop.tick() }],
    });
    expect(mergeShards(merged, merged)).toEqual(merged);
  });
});
