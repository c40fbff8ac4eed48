// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDB } from '@/utils/history/db';
import { ConversationOps } from '@/utils/engine/conversation-ops';
import { ChatEngine } from '@/utils/engine/engine';
import { EventHub } from '@/utils/engine/event-hub';
import { createMemoryStore, createRoutingStore } from '@/utils/history/memory-store';
import { idbHistoryStore } from '@/utils/history/store';
import type { ServerEvent } from '@/utils/protocol/events';
import { streamChatCompletion } from '@/utils/providers/stream';
import { settingsWithEndpoint } from '../fixtures';
import { startMockServer, type MockServer } from '../../mock-openai.mjs';

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(() => mock.close());

function setup() {
  const store = createRoutingStore(idbHistoryStore, createMemoryStore());
  const hub = new EventHub();
  const engine = new ChatEngine({
    store,
    hub,
    loadSettings: async () => settingsWithEndpoint({ baseURL: mock.url }),
    streamCompletion: streamChatCompletion,
  });
  const ops = new ConversationOps({ store, hub, live: engine.live, snapshots: engine.snapshots });
  const events: ServerEvent[] = [];
  const sink = (event: ServerEvent) => events.push(event);
  const lastDone = () =>
    events.findLast((e) => e.type === 'done') as Extract<ServerEvent, { type: 'done' }>;
  const send = async (
    text: string,
    conversationId: string | null,
    parentId: string | null,
    temporary = false,
  ) => {
    await engine.send(
      {
        type: 'send',
        requestId: crypto.randomUUID(),
        conversationId,
        parentId,
        text,
        ...(temporary && { temporary }),
      },
      sink,
    );
    return lastDone();
  };
  const snapshot = async (conversationId: string) => {
    const seen: ServerEvent[] = [];
    await engine.snapshots.subscribe((event) => seen.push(event), conversationId);
    return (seen[0] as Extract<ServerEvent, { type: 'snapshot' }>).snapshot;
  };
  return { engine, ops, events, sink, send, snapshot, lastDone };
}

describe('branches', () => {
  it('should keep both versions on edit and regenerate, sending only the visible path', async () => {
    const { engine, ops, send, snapshot, sink, lastDone } = setup();
    const first = await send('first question', null, null);
    const c = first.conversationId;
    const firstUser = (await idbHistoryStore.getMessage(first.messageId))?.parentId ?? null;
    // Edit the first question: a sibling root with its own reply.
    await send('edited question', c, null);
    let view = await snapshot(c);
    expect(view?.messages.map((m) => m.content)).toEqual([
      'edited question',
      'Echo (turn 1): edited question',
    ]);
    expect(view?.versions['']).toHaveLength(2);
    expect(mock.requests.at(-1)?.body.messages.map((m) => m.content)).toEqual(['edited question']);

    // Regenerate the reply to the edited question: another version of it.
    const reply = view?.messages[1]?.id ?? '';
    await engine.retry({ type: 'retry', requestId: 'r', messageId: reply }, sink);
    view = await snapshot(c);
    expect(view?.versions[view.messages[0]?.id ?? '']).toHaveLength(2);

    // Back to the first version: the original question and its reply, as they were.
    await ops.switchBranch(firstUser ?? '');
    view = await snapshot(c);
    expect(view?.messages.map((m) => m.content)).toEqual([
      'first question',
      'Echo (turn 1): first question',
    ]);
    expect(lastDone().status).toBe('done');
  });

  it('should delete a branch and show its sibling instead', async () => {
    const { ops, send, snapshot } = setup();
    const first = await send('q', null, null);
    const c = first.conversationId;
    const second = await send('q2', c, null);
    await ops.deleteBranch((await idbHistoryStore.getMessage(second.messageId))?.parentId ?? '');
    const view = await snapshot(c);
    expect(view?.messages.map((m) => m.content)).toEqual(['q', 'Echo (turn 1): q']);
    expect(view?.versions['']).toHaveLength(1);
    expect(await idbHistoryStore.getMessage(second.messageId)).toBeUndefined();
  });

  it('should continue a stopped reply by appending to it', async () => {
    const { engine, send, events, sink } = setup();
    const running = send('@mock(tokens=300,slow=3)', null, null);
    await vi.waitFor(() => expect(events.some((e) => e.type === 'delta')).toBe(true));
    const c = (events[0] as Extract<ServerEvent, { type: 'conversation' }>).conversation.id;
    engine.live.stop(c);
    const stopped = await running;
    const partial = (await idbHistoryStore.getMessage(stopped.messageId))?.content ?? '';
    await engine.continueReply(
      { type: 'continue', requestId: 'c', messageId: stopped.messageId },
      sink,
    );
    const after = await idbHistoryStore.getMessage(stopped.messageId);
    expect(after?.status).toBe('done');
    expect(after?.content.startsWith(partial)).toBe(true);
    expect(after?.content.length).toBeGreaterThan(partial.length);
    const sent = mock.requests.at(-1)?.body.messages ?? [];
    expect(sent.at(-2)).toEqual({ role: 'assistant', content: partial });
    expect(sent.at(-1)?.content).toMatch(/^Continue exactly where/);
  });
});

describe('conversation changes', () => {
  it('should toggle feedback and tell followers', async () => {
    const { ops, send, events } = setup();
    const done = await send('rate me', null, null);
    await ops.setFeedback(done.messageId, 'like');
    expect((await idbHistoryStore.getMessage(done.messageId))?.feedback).toBe('like');
    await ops.setFeedback(done.messageId, null);
    expect((await idbHistoryStore.getMessage(done.messageId))?.feedback).toBeNull();
    expect(events.at(-1)).toMatchObject({ type: 'message' });
  });

  it('should ignore blank titles and cut very long ones', async () => {
    const { ops, send } = setup();
    const { conversationId } = await send('title me', null, null);
    await ops.rename(conversationId, '   ');
    expect((await idbHistoryStore.getConversation(conversationId))?.title).toBe('title me');
    await ops.rename(conversationId, 'x'.repeat(10_000));
    expect((await idbHistoryStore.getConversation(conversationId))?.title).toHaveLength(200);
  });

  it('should keep every change made at the same moment (rename, pin, options, branch)', async () => {
    const { ops, send } = setup();
    const { conversationId, messageId } = await send('several at once', null, null);
    await Promise.all([
      ops.rename(conversationId, 'Renamed'),
      ops.pin(conversationId, true),
      ops.setOptions(conversationId, { model: 'other-model' }),
      ops.switchBranch(messageId),
    ]);
    const stored = await idbHistoryStore.getConversation(conversationId);
    expect(stored).toMatchObject({
      title: 'Renamed',
      options: { model: 'other-model' },
      currentLeafId: messageId,
    });
    expect(stored?.pinnedAt).toBeGreaterThan(0);
  });

  it('should keep a rename made while a reply is being written', async () => {
    const { ops, send, engine, sink, events } = setup();
    const first = await send('first', null, null);
    const running = engine.send(
      {
        type: 'send',
        requestId: 'r2',
        conversationId: first.conversationId,
        parentId: first.messageId,
        text: '@mock(tokens=60,slow=3)',
      },
      sink,
    );
    await vi.waitFor(() =>
      expect(events.filter((e) => e.type === 'delta').length).toBeGreaterThan(1),
    );
    await ops.rename(first.conversationId, 'Renamed mid-reply');
    await running;
    expect((await idbHistoryStore.getConversation(first.conversationId))?.title).toBe(
      'Renamed mid-reply',
    );
  });

  it('should stop a streaming reply before deleting its conversation', async () => {
    const { ops, engine, send, events } = setup();
    const running = send('@mock(tokens=500,slow=3)', null, null);
    await vi.waitFor(() => expect(events.some((e) => e.type === 'delta')).toBe(true));
    const c = (events[0] as Extract<ServerEvent, { type: 'conversation' }>).conversation.id;
    await ops.deleteConversation(c);
    await running;
    expect(engine.live.isStreaming(c)).toBe(false);
    expect(await idbHistoryStore.getConversation(c)).toBeUndefined();
    expect(await idbHistoryStore.getConversationMessages(c)).toEqual([]);
  });

  it('should never write a Temporary chat to IndexedDB', async () => {
    const { send, snapshot } = setup();
    const done = await send('secret plans', null, null, true);
    expect(done.conversationId.startsWith('tmp-')).toBe(true);
    expect((await snapshot(done.conversationId))?.messages).toHaveLength(2);
    const db = await getDB();
    expect(await db.count('messages')).toBe(0);
    expect(await db.count('conversations')).toBe(0);
    expect(await db.count('search')).toBe(0);
  });
});

describe('conversation options', () => {
  it('should use the options a new chat was started with, change them, and reset keeping them', async () => {
    const { engine, ops, snapshot, sink, events } = setup();
    await engine.send(
      {
        type: 'send',
        requestId: 'r1',
        conversationId: null,
        parentId: null,
        text: 'hi',
        options: { model: 'other-model', maxTokens: 64, topP: 0.5 },
      },
      sink,
    );
    const body = mock.requests.at(-1)?.body;
    expect(body).toMatchObject({ model: 'other-model', max_tokens: 64, top_p: 0.5 });
    const created = events.find((event) => event.type === 'conversation');
    const id = created?.type === 'conversation' ? created.conversation.id : '';
    const conversation = await idbHistoryStore.getConversation(id);
    expect(conversation?.options).toMatchObject({ profileId: 'p1', model: 'other-model' });

    await ops.setOptions(id, { profileId: 'p1', systemPrompt: 'Be terse.' });
    await ops.reset(id);
    const view = await snapshot(id);
    expect(view?.messages).toEqual([]);
    expect(view?.conversation.options).toEqual({ profileId: 'p1', systemPrompt: 'Be terse.' });
    expect(await idbHistoryStore.getConversationMessages(id)).toEqual([]);

    await engine.send({ ...send0('again'), conversationId: id }, sink);
    expect(mock.requests.at(-1)?.body.messages).toEqual([
      { role: 'system', content: 'Be terse.' },
      { role: 'user', content: 'again' },
    ]);
  });
});

function send0(text: string) {
  return { type: 'send' as const, requestId: crypto.randomUUID(), parentId: null, text };
}
