// npm run bench: prints how much the port and IndexedDB carry for one long reply.
// Numbers only; nothing here fails CI.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, it } from 'vitest';
import { idbHistoryStore, type HistoryStore } from '@/utils/history/store';
import { ChatEngine } from '@/utils/engine/engine';
import { EventHub } from '@/utils/engine/event-hub';
import type { ServerEvent } from '@/utils/protocol/events';
import { streamChatCompletion } from '@/utils/providers/stream';
import { settingsWithEndpoint } from '../unit/fixtures';
import { startMockServer, type MockServer } from '../mock-openai.mjs';

const TOKENS = 4000;
let mock: MockServer;

beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(() => mock.close());

const utf8 = (text: string) => new TextEncoder().encode(text).length;

async function measure(label: string, slowMs: number) {
  let writes = 0;
  const writeTimes: number[] = [];
  const counting: HistoryStore = {
    ...idbHistoryStore,
    saveMessage(message, conversation) {
      writes += 1;
      writeTimes.push(performance.now());
      return idbHistoryStore.saveMessage(message, conversation);
    },
  };
  const engine = new ChatEngine({
    store: counting,
    hub: new EventHub(),
    loadSettings: async () => settingsWithEndpoint({ baseURL: mock.url }),
    streamCompletion: streamChatCompletion,
  });
  let portBytes = 0;
  let deltaEvents = 0;
  let firstDelta = 0;
  let writesBeforeStream = 0;
  const events: ServerEvent[] = [];
  // A port structured-clones/serializes each message; JSON length is what crosses it.
  const sink = (event: ServerEvent) => {
    portBytes += utf8(JSON.stringify(event));
    events.push(event);
    if (event.type === 'delta') {
      deltaEvents += 1;
      if (!firstDelta) {
        firstDelta = performance.now();
        writesBeforeStream = writes;
      }
    }
  };
  await engine.send(
    {
      type: 'send',
      requestId: 'bench',
      conversationId: null,
      parentId: null,
      text: `@mock(tokens=${TOKENS},slow=${slowMs})`,
    },
    sink,
  );
  const streamedSeconds = (performance.now() - firstDelta) / 1000;
  const done = events.findLast((event) => event.type === 'done');
  const reply = await idbHistoryStore.getMessage(done?.type === 'done' ? done.messageId : '');
  const replyBytes = utf8(reply?.content ?? '');
  // What one event per token would have cost (the naive design), for comparison.
  const perToken = (reply?.content.match(/\S+\s*/g) ?? []).reduce(
    (sum, token) =>
      sum + utf8(JSON.stringify({ type: 'delta', messageId: reply?.id, text: token })),
    0,
  );
  const streamWrites = writes - writesBeforeStream;
  const streamWriteTimes = writeTimes.slice(writesBeforeStream);
  // The busiest one-second window: the rate a user's disk sees, even for a sub-second stream.
  const busiestSecond = Math.max(
    ...streamWriteTimes.map(
      (start) => streamWriteTimes.filter((t) => t >= start && t < start + 1000).length,
    ),
  );
  console.log(
    [
      `\n[${label}] ${TOKENS}-token reply, ${replyBytes} bytes, streamed in ${streamedSeconds.toFixed(2)} s`,
      `  port bytes / reply bytes: ${(portBytes / replyBytes).toFixed(3)} (goal ≤ 1.2; ${deltaEvents} delta events; one event per token would be ${(perToken / replyBytes).toFixed(2)})`,
      `  IndexedDB writes while streaming: ${streamWrites} (+${writesBeforeStream} before: user message, reply created)`,
      `  IndexedDB writes per streamed second: ${(streamWrites / Math.max(streamedSeconds, 1e-3)).toFixed(2)} averaged over the stream; busiest 1-s window: ${busiestSecond} (goal ≤ 4)`,
    ].join('\n'),
  );
}

it('prints port and IndexedDB cost of a 4,000-token reply', async () => {
  await measure('mock at full speed', 0);
  await measure('mock at 1 ms per token', 1);
});
