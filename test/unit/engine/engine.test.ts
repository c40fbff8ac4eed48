// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idbHistoryStore, type HistoryStore } from '@/utils/history/store';
import { createMemoryStore, createRoutingStore } from '@/utils/history/memory-store';
import { ChatEngine } from '@/utils/engine/engine';
import { EventHub } from '@/utils/engine/event-hub';
import type { ServerEvent } from '@/utils/protocol/events';
import { streamChatCompletion } from '@/utils/providers/stream';
import type { Settings } from '@/utils/settings/model';
import { settingsWithEndpoint } from '../fixtures';
import { startMockServer, type MockServer } from '../../mock-openai.mjs';
import { makeMessage } from '../fixtures';

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(() => mock.close());

function setup(
  endpoint: { baseURL?: string; model?: string } = {},
  store: HistoryStore = idbHistoryStore,
  extra: Partial<Settings> = {},
) {
  const settings: Settings = settingsWithEndpoint(
    { baseURL: mock.url, apiKey: 'sk-test-secret-1234567890', model: 'mock-model', ...endpoint },
    extra,
  );
  const engine = new ChatEngine({
    store,
    hub: new EventHub(),
    loadSettings: async () => settings,
    streamCompletion: streamChatCompletion,
  });
  const events: ServerEvent[] = [];
  const sink = (event: ServerEvent) => events.push(event);
  return { engine, events, sink, settings };
}

function send(text: string, conversationId: string | null = null, parentId: string | null = null) {
  return { type: 'send' as const, requestId: crypto.randomUUID(), conversationId, parentId, text };
}

describe('ChatEngine', () => {
  it('should save the user message before calling the model, then stream deltas only', async () => {
    const { engine, events, sink } = setup();
    await engine.send(send('hello world @mock(slow=2)'), sink);

    const types = events.map((event) => event.type);
    expect(types[0]).toBe('conversation');
    const userEvent = events.find((e) => e.type === 'message' && e.message.role === 'user');
    expect(userEvent).toBeDefined();
    expect(types.indexOf('delta')).toBeGreaterThan(types.indexOf('message'));
    expect(types.at(-1)).toBe('done');

    const deltas = events.filter(
      (e): e is Extract<ServerEvent, { type: 'delta' }> => e.type === 'delta',
    );
    const streamed = deltas.map((d) => d.text ?? '').join('');
    expect(streamed).toBe('Echo (turn 1): hello world');
    // Deltas carry only new text: no delta repeats the text before it.
    expect(deltas.every((d) => !(d.text ?? '').startsWith('Echo') || d === deltas[0])).toBe(true);

    const done = events.at(-1) as Extract<ServerEvent, { type: 'done' }>;
    expect(done.status).toBe('done');
    expect(done.usage?.completionTokens).toBeGreaterThan(0);
    const stored = await idbHistoryStore.getMessage(done.messageId);
    expect(stored).toMatchObject({ status: 'done', content: streamed, model: 'mock-model' });
    expect(mock.requests.at(-1)?.body.stream_options).toEqual({ include_usage: true });
  });

  it('should send the system prompt and the visible path only, never sibling branches', async () => {
    const { engine, events, sink } = setup({}, idbHistoryStore, { systemPrompt: 'Be brief.' });
    await engine.send(send('first'), sink);
    const conversationId = (events[0] as Extract<ServerEvent, { type: 'conversation' }>)
      .conversation.id;
    const firstUser = events.find((e) => e.type === 'message' && e.message.role === 'user');
    const firstReply = (events.at(-1) as Extract<ServerEvent, { type: 'done' }>).messageId;
    await engine.send(send('second', conversationId, firstReply), sink);
    // A branch: another message under the first reply.
    await engine.send(send('branch', conversationId, firstReply), sink);

    const body = mock.requests.at(-1)?.body;
    expect(body?.messages.map((m) => `${m.role}:${m.content}`)).toEqual([
      'system:Be brief.',
      'user:first',
      'assistant:Echo (turn 1): first',
      'user:branch',
    ]);
    expect(firstUser).toBeDefined();
  });

  it('should keep the partial text as stopped when the user stops', async () => {
    const { engine, events, sink } = setup();
    const running = engine.send(send('@mock(tokens=500,slow=5)'), sink);
    await vi.waitFor(() => expect(events.some((e) => e.type === 'delta')).toBe(true));
    const conversationId = (events[0] as Extract<ServerEvent, { type: 'conversation' }>)
      .conversation.id;
    expect(engine.live.stop(conversationId)).toBe(true);
    await running;
    const done = events.at(-1) as Extract<ServerEvent, { type: 'done' }>;
    expect(done.status).toBe('stopped');
    const stored = await idbHistoryStore.getMessage(done.messageId);
    expect(stored?.status).toBe('stopped');
    expect(stored?.content.length).toBeGreaterThan(0);
    expect(engine.live.isStreaming(conversationId)).toBe(false);
  });

  it.each([
    [401, 'auth', /rejected the API key/],
    [404, 'not_found', /has no model “mock-model”, or the base URL is wrong/],
    [429, 'rate_limit', /Wait 7 s/],
    [500, 'server', /server error \(500\)/],
    [400, 'bad_request', /refused the request/],
  ])('should turn HTTP %i into a %s error the user can act on', async (status, code, sentence) => {
    const { engine, events, sink } = setup();
    await engine.send(send(`boom @mock(status=${status},retryAfter=7)`), sink);
    const error = events.at(-1) as Extract<ServerEvent, { type: 'error' }>;
    expect(error).toMatchObject({ type: 'error', code });
    expect(error.message).toMatch(sentence);
    expect(error.message).not.toContain('sk-test-secret');
    const stored = await idbHistoryStore.getMessage(error.messageId ?? '');
    expect(stored).toMatchObject({ status: 'error', error: { code } });
    const user = await idbHistoryStore.getMessage(stored?.parentId ?? '');
    expect(user?.content).toBe(`boom @mock(status=${status},retryAfter=7)`);
  });

  it.each([
    ['invalid_api_key', 'auth', /^Custom|rejected the API key/],
    ['model_not_found', 'not_found', /has no model “mock-model”/],
    ['rate_limit_exceeded', 'rate_limit', /rate-limiting requests/],
    ['context_length_exceeded', 'bad_request', /maximum context length is 8192 tokens/],
    ['overloaded', 'server', /server error/],
  ])(
    'should read an in-stream %s error (HTTP 200) like its HTTP twin',
    async (kind, code, sentence) => {
      const { engine, events, sink } = setup();
      await engine.send(send(`gateway @mock(streamerror=${kind})`), sink);
      const error = events.at(-1) as Extract<ServerEvent, { type: 'error' }>;
      expect(error).toMatchObject({ type: 'error', code });
      expect(error.message).toMatch(sentence);
      expect(error.message).not.toMatch(/Something went wrong|\{/);
      const stored = await idbHistoryStore.getMessage(error.messageId);
      expect(stored).toMatchObject({ status: 'error', content: '' });
    },
  );

  it('should end a reply that was streaming when an error object arrives, keeping its text', async () => {
    const { engine, events, sink } = setup();
    await engine.send(send('@mock(tokens=6,streamerror=server_error)'), sink);
    const error = events.at(-1) as Extract<ServerEvent, { type: 'error' }>;
    expect(error).toMatchObject({ type: 'error', code: 'server' });
    const stored = await idbHistoryStore.getMessage(error.messageId);
    expect(stored?.content.split(/\s+/).filter(Boolean)).toHaveLength(6);
  });

  it('should name the model the provider says answered, else the one asked for', async () => {
    const { engine, events, sink } = setup();
    await engine.send(send('route me @mock(routed=router-picked)'), sink);
    expect(events.at(-1)).toMatchObject({ type: 'done', model: 'router-picked' });
    await engine.send(send('no name @mock(nomodel=1)'), sink);
    const done = events.at(-1) as Extract<ServerEvent, { type: 'done' }>;
    expect(done.model).toBe('mock-model');
    expect((await idbHistoryStore.getMessage(done.messageId))?.model).toBe('mock-model');
  });

  it('should report an unreachable server as a network error', async () => {
    const { engine, events, sink } = setup({ baseURL: 'http://127.0.0.1:9/v1' });
    await engine.send(send('anyone there?'), sink);
    expect(events.at(-1)).toMatchObject({ type: 'error', code: 'network' });
  });

  it('should keep reasoning apart from the answer and time it', async () => {
    const { engine, events, sink } = setup();
    await engine.send(send('why? @mock(reasoning=5,slow=5)'), sink);
    const viaField = await idbHistoryStore.getMessage(
      (events.at(-1) as Extract<ServerEvent, { type: 'done' }>).messageId,
    );
    expect(viaField?.reasoning).toBe('the quick brown fox jumps ');
    expect(viaField?.content).toBe('Echo (turn 1): why?');
    expect(viaField?.thinkingMs).toBeGreaterThan(0);

    events.length = 0;
    await engine.send(send('how? @mock(thinktags=3)'), sink);
    const viaTags = await idbHistoryStore.getMessage(
      (events.at(-1) as Extract<ServerEvent, { type: 'done' }>).messageId,
    );
    expect(viaTags).toMatchObject({
      reasoning: 'the quick brown ',
      content: 'Echo (turn 1): how?',
    });
    const streamed = events
      .filter((e) => e.type === 'delta')
      .map((e) => e.text ?? '')
      .join('');
    expect(streamed).not.toContain('think>');
  });

  it('should keep the text that arrived when the connection drops mid-reply', async () => {
    const { engine, events, sink } = setup();
    await engine.send(send('one two three four @mock(drop=3)'), sink);
    const error = events.at(-1) as Extract<ServerEvent, { type: 'error' }>;
    expect(error.code).toBe('network');
    expect(error.message).toMatch(/broke mid-reply; the text that arrived is kept/);
    const stored = await idbHistoryStore.getMessage(error.messageId ?? '');
    expect(stored).toMatchObject({ status: 'error', content: 'Echo (turn 1): ' });
  });

  it('should give up on a stalled stream and keep what arrived', async () => {
    const { engine, events, sink } = setup({}, idbHistoryStore, { stallTimeoutMs: 300 });
    await engine.send(send('@mock(stall=2)'), sink);
    const error = events.at(-1) as Extract<ServerEvent, { type: 'error' }>;
    expect(error.code).toBe('stalled');
    const stored = await idbHistoryStore.getMessage(error.messageId ?? '');
    expect(stored?.content).toBe('Echo (turn ');
  });

  it('should store and show an error without any echo of the key', async () => {
    const { engine, events, sink } = setup();
    await engine.send(send('@mock(status=400,echokey=1)'), sink);
    const failure = events.at(-1) as Extract<ServerEvent, { type: 'error' }>;
    const stored = await idbHistoryStore.getMessage(failure.messageId);
    for (const text of [failure.message, stored?.error?.message ?? '']) {
      expect(text).toMatch(/refused the request/);
      // sk-test-secret-1234567890: the masked prefix and the last characters were echoed.
      expect(text).not.toMatch(/sk-tes|34567890|secret/);
    }
  });

  it('should refuse to send when no provider is configured, writing nothing', async () => {
    const { engine, events, sink } = setup({ baseURL: '', model: '' });
    const request = send('hello');
    await expect(engine.send(request, sink)).rejects.toMatchObject({
      name: 'RequestRefused',
      answer: { code: 'not_configured' },
    });
    expect(events).toEqual([]);
    expect(mock.requests.every((r) => r.body.messages.at(-1)?.content !== 'hello')).toBe(true);
  });

  it('should retry a failed reply in place when it holds no text', async () => {
    const { engine, events, sink } = setup();
    await engine.send(send('@mock(status=503)'), sink);
    const failed = events.at(-1) as Extract<ServerEvent, { type: 'error' }>;
    events.length = 0;
    // The same prompt would fail again, so retry answers the user message under it with a fresh call.
    await engine.retry({ type: 'retry', requestId: 'r1', messageId: failed.messageId }, sink);
    expect(events.at(-1)).toMatchObject({ type: 'error', messageId: failed.messageId });
  });

  it('should throttle IndexedDB writes while streaming', async () => {
    let writes = 0;
    const counting: HistoryStore = {
      ...idbHistoryStore,
      saveMessage: (message, conversation) => {
        writes += 1;
        return idbHistoryStore.saveMessage(message, conversation);
      },
    };
    const { engine, sink } = setup({}, counting);
    const started = Date.now();
    await engine.send(send('@mock(tokens=200,slow=5)'), sink);
    const seconds = (Date.now() - started) / 1000;
    // user message + created reply + final write, plus at most one flush per 300 ms.
    expect(writes).toBeLessThanOrEqual(3 + Math.ceil(seconds / 0.3) + 1);
  });

  it('should mark replies left streaming by a dead background as interrupted', async () => {
    await idbHistoryStore.saveMessage(
      makeMessage('orphan', null, {
        role: 'assistant',
        content: 'half a rep',
        status: 'streaming',
      }),
    );
    const { engine } = setup();
    expect(await engine.recoverInterrupted()).toBe(1);
    expect(await idbHistoryStore.getMessage('orphan')).toMatchObject({
      status: 'interrupted',
      content: 'half a rep',
    });
  });

  it('should give a late subscriber the text so far, then only new deltas', async () => {
    const { engine, events, sink } = setup();
    const running = engine.send(send('@mock(tokens=60,slow=10)'), sink);
    await vi.waitFor(() =>
      expect(events.filter((e) => e.type === 'delta').length).toBeGreaterThan(2),
    );
    const conversationId = (events[0] as Extract<ServerEvent, { type: 'conversation' }>)
      .conversation.id;
    const late: ServerEvent[] = [];
    await engine.snapshots.subscribe((event) => late.push(event), conversationId);
    await running;
    const snapshot = late[0] as Extract<ServerEvent, { type: 'snapshot' }>;
    const reply = snapshot.snapshot?.messages.at(-1);
    expect(reply?.status).toBe('streaming');
    const rest = late
      .filter((e) => e.type === 'delta')
      .map((e) => e.text ?? '')
      .join('');
    const final = await idbHistoryStore.getMessage(reply?.id ?? '');
    expect((reply?.content ?? '') + rest).toBe(final?.content);
  });
});

/** A tiny prepared image as the panel would upload it. */
const image = (name: string, bytes: number[]) => ({
  id: crypto.randomUUID(),
  name,
  type: 'image/png' as const,
  width: 4,
  height: 3,
  dataUrl: `data:image/png;base64,${btoa(String.fromCharCode(...bytes))}`,
});

describe('ChatEngine with images', () => {
  it('should store the images as Blobs beside the message and send them as image parts', async () => {
    const { engine, events, sink } = setup();
    const first = image('chart.png', [137, 80, 78, 71, 1, 2, 3]);
    await engine.send({ ...send('What does this show?'), images: [first] }, sink);
    const user = events.find((e) => e.type === 'message' && e.message.role === 'user');
    const stored = user?.type === 'message' ? user.message : null;
    expect(stored?.attachments).toEqual([
      { id: first.id, name: 'chart.png', type: 'image/png', width: 4, height: 3, bytes: 7 },
    ]);
    // The record holds no bytes; the images store does.
    expect(JSON.stringify(await idbHistoryStore.getMessage(stored?.id ?? ''))).not.toContain(
      'base64',
    );
    const [blob] = await idbHistoryStore.getImages([first.id]);
    expect(blob?.blob.type).toBe('image/png');
    expect([...new Uint8Array(await (blob?.blob ?? new Blob()).arrayBuffer())]).toEqual([
      137, 80, 78, 71, 1, 2, 3,
    ]);
    const last = mock.requests.at(-1)?.body.messages.at(-1);
    expect(last?.content).toEqual([
      { type: 'text', text: 'What does this show?' },
      { type: 'image_url', image_url: { url: first.dataUrl } },
    ]);
    expect(events.at(-1)).toMatchObject({ type: 'done' });

    // A follow-up sends the earlier image again (the model has no memory of it).
    const conversationId = stored?.conversationId ?? '';
    const reply = (events.at(-1) as Extract<ServerEvent, { type: 'done' }>).messageId;
    await engine.send(send('And now?', conversationId, reply), sink);
    const again = mock.requests.at(-1)?.body.messages;
    expect(JSON.stringify(again)).toContain(first.dataUrl);

    // Deleting the conversation deletes its images.
    await idbHistoryStore.deleteConversation(conversationId);
    expect(await idbHistoryStore.getImages([first.id])).toEqual([]);
  });

  it('should delete a message’s images with its branch', async () => {
    const { engine, events, sink } = setup();
    await engine.send(send('first'), sink);
    const conversationId = (events[0] as Extract<ServerEvent, { type: 'conversation' }>)
      .conversation.id;
    const reply = (events.at(-1) as Extract<ServerEvent, { type: 'done' }>).messageId;
    const pic = image('a.png', [1, 2]);
    await engine.send({ ...send('look', conversationId, reply), images: [pic] }, sink);
    const user = (await idbHistoryStore.getConversationMessages(conversationId)).find(
      (message) => message.attachments?.length,
    );
    await idbHistoryStore.deleteMessages([user?.id ?? ''], conversationId, (c) => c);
    expect(await idbHistoryStore.getImages([pic.id])).toEqual([]);
  });

  it('should refuse images the store already holds (a replayed request), writing nothing', async () => {
    const { engine, sink } = setup();
    const pic = image('a.png', [1]);
    await engine.send({ ...send('one'), images: [pic] }, sink);
    const before = (await idbHistoryStore.getImages([pic.id]))[0]?.messageId;
    await expect(engine.send({ ...send('two'), images: [pic] }, sink)).rejects.toThrow();
    expect((await idbHistoryStore.getImages([pic.id]))[0]?.messageId).toBe(before);
  });

  it('should say that a model cannot see, keeping the message and its images', async () => {
    const { engine, events, sink } = setup({ model: 'mock-text-only' });
    const pic = image('a.png', [1, 2, 3]);
    await engine.send({ ...send('What is this?'), images: [pic] }, sink);
    const error = events.find((e) => e.type === 'error');
    expect(error).toMatchObject({ type: 'error', code: 'no_vision' });
    expect(error?.type === 'error' && error.message).toMatch(
      /mock-text-only does not read images: choose a vision model/,
    );
    expect(await idbHistoryStore.getImages([pic.id])).toHaveLength(1);
  });

  it('should keep images of a Temporary chat in memory only', async () => {
    const memory = createMemoryStore();
    const store = createRoutingStore(idbHistoryStore, memory);
    const { engine, events, sink } = setup({}, store);
    const pic = image('t.png', [9]);
    await engine.send({ ...send('temp'), temporary: true, images: [pic] }, sink);
    expect(await idbHistoryStore.getImages([pic.id])).toEqual([]);
    expect(await store.getImages([pic.id])).toHaveLength(1);
    const conversationId = (events[0] as Extract<ServerEvent, { type: 'conversation' }>)
      .conversation.id;
    await store.deleteConversation(conversationId);
    expect(await memory.getImages([pic.id])).toEqual([]);
  });
});
