// @vitest-environment node
// A reply whose history writes fail (a full disk): it stops, keeps what was saved, ends as an
// error that says so, and leaves the conversation usable.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ChatEngine } from '@/utils/engine/engine';
import { EventHub } from '@/utils/engine/event-hub';
import { idbHistoryStore } from '@/utils/history/store';
import { HistoryWriteError } from '@/utils/history/write-error';
import type { ServerEvent } from '@/utils/protocol/events';
import { streamChatCompletion } from '@/utils/providers/stream';
import { makeConversation, makeMessage, settingsWithEndpoint } from '../fixtures';
import { startMockServer, type MockServer } from '../../mock-openai.mjs';

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(() => mock.close());
afterEach(() => {
  vi.restoreAllMocks();
});

/** Makes every IndexedDB write fail as a full disk does, until restored. */
function fillTheDisk() {
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
}

function setup() {
  const engine = new ChatEngine({
    store: idbHistoryStore,
    hub: new EventHub(),
    loadSettings: async () => settingsWithEndpoint({ baseURL: mock.url, model: 'mock-model' }),
    streamCompletion: streamChatCompletion,
    timing: { flushIntervalMs: 40 },
  });
  const events: ServerEvent[] = [];
  const sink = (event: ServerEvent) => events.push(event);
  const send = (
    text: string,
    conversationId: string | null = null,
    parentId: string | null = null,
  ) =>
    engine.send(
      { type: 'send', requestId: crypto.randomUUID(), conversationId, parentId, text },
      sink,
    );
  return { engine, events, send };
}

describe('a reply when the disk fills up', () => {
  it('should stop, keep what was saved, end as an error, and leave the conversation usable', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { engine, events, send } = setup();
    const running = send('@mock(tokens=400,slow=3)');
    await vi.waitFor(() =>
      expect(events.filter((e) => e.type === 'delta').length).toBeGreaterThan(2),
    );
    const full = fillTheDisk();
    await running;
    full.mockRestore();

    const failure = events.at(-1) as Extract<ServerEvent, { type: 'error' }>;
    expect(failure).toMatchObject({ type: 'error', code: 'storage_full' });
    expect(failure.message).toMatch(/^Your disk is full/);
    // The panel is told exactly what the history holds: no more, so a reload changes nothing.
    const stored = await idbHistoryStore.getMessage(failure.messageId);
    expect(failure.saved?.content).toBe(stored?.content);
    expect(stored?.content.length).toBeLessThan(400 * 3);
    // The stream stopped: the reply is no longer live, and what is read back is not streaming.
    expect(engine.live.isStreaming(failure.conversationId)).toBe(false);
    const seen: ServerEvent[] = [];
    await engine.snapshots.subscribe((event) => seen.push(event), failure.conversationId);
    const snapshot = seen[0] as Extract<ServerEvent, { type: 'snapshot' }>;
    expect(snapshot.snapshot?.messages.at(-1)?.status).not.toBe('streaming');

    // With space again, the same conversation takes a new message.
    const user = snapshot.snapshot?.messages.find((m) => m.role === 'user');
    events.length = 0;
    await send('again', failure.conversationId, user?.id ?? null);
    expect(events.at(-1)).toMatchObject({ type: 'done', status: 'done' });
  });

  it('should refuse a send when the disk is already full, calling no model', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { send } = setup();
    const before = mock.requests.length;
    fillTheDisk();
    await expect(send('will not fit')).rejects.toBeInstanceOf(HistoryWriteError);
    expect(mock.requests.length).toBe(before);
  });
});

describe('a reply left streaming in storage', () => {
  it('should be shown as interrupted when no generation owns it', async () => {
    const { engine } = setup();
    await idbHistoryStore.saveMessage(
      makeMessage('u', null),
      makeConversation({ currentLeafId: 'a' }),
    );
    await idbHistoryStore.saveMessage(
      makeMessage('a', 'u', { role: 'assistant', content: 'half', status: 'streaming' }),
    );
    const seen: ServerEvent[] = [];
    await engine.snapshots.subscribe((event) => seen.push(event), 'c1');
    const snapshot = seen[0] as Extract<ServerEvent, { type: 'snapshot' }>;
    expect(snapshot.snapshot?.messages.map((m) => m.status)).toEqual(['done', 'interrupted']);
  });
});
