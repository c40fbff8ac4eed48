// Part of npm run bench:stream: how long a send takes from the click's request reaching the
// background to the provider being called, as a conversation grows. Node + fake-indexeddb;
// the model is a stub, so only Sidechat's own work before the request is timed.
import 'fake-indexeddb/auto';
import { it } from 'vitest';
import { ChatEngine } from '@/utils/engine/engine';
import { EventHub } from '@/utils/engine/event-hub';
import { getDB } from '@/utils/history/db';
import { searchRowForMessage, searchRowForTitle } from '@/utils/history/search-index';
import { idbHistoryStore } from '@/utils/history/store';
import type { ChatMessage, Conversation } from '@/utils/history/types';
import type { StreamCompletion } from '@/utils/providers/stream';
import { settingsWithEndpoint } from '../unit/fixtures';

/** Writes a conversation of `count` messages (a user/assistant chain) in one transaction. */
async function seed(id: string, count: number): Promise<string> {
  const messages: ChatMessage[] = Array.from({ length: count }, (_, index) => ({
    id: `${id}-m${index}`,
    conversationId: id,
    parentId: index === 0 ? null : `${id}-m${index - 1}`,
    role: index % 2 ? 'assistant' : 'user',
    content: `Message ${index}: a reply of ordinary length, about as long as a short paragraph.`,
    reasoning: '',
    status: 'done',
    model: null,
    usage: null,
    error: null,
    createdAt: index + 1,
    updatedAt: index + 1,
  }));
  const leaf = messages.at(-1)?.id ?? null;
  const conversation: Conversation = {
    id,
    title: `Long ${count}`,
    createdAt: 1,
    updatedAt: count,
    currentLeafId: leaf,
    systemPrompt: '',
    model: 'm',
  };
  const db = await getDB();
  const tx = db.transaction(['conversations', 'messages', 'search'], 'readwrite');
  await Promise.all([
    tx.objectStore('conversations').put(conversation),
    tx.objectStore('search').put(searchRowForTitle(conversation)),
    ...messages.flatMap((message) => {
      const row = searchRowForMessage(message);
      return [
        tx.objectStore('messages').put(message),
        ...(row ? [tx.objectStore('search').put(row)] : []),
      ];
    }),
    tx.done,
  ]);
  return leaf ?? '';
}

it('prints send latency at 10, 100 and 1,000 messages', async () => {
  let requestedAt = 0;
  const stub: StreamCompletion = async function* () {
    requestedAt = performance.now();
    yield { content: 'ok' };
  };
  const engine = new ChatEngine({
    store: idbHistoryStore,
    hub: new EventHub(),
    loadSettings: async () => settingsWithEndpoint({ baseURL: 'http://127.0.0.1:9/v1' }),
    streamCompletion: stub,
  });
  console.log(
    '\nSend latency (request received → provider called; median of 7 sends; goal ≤ 50 ms at 1,000)',
  );
  for (const size of [10, 100, 1000]) {
    let parentId = await seed(`c${size}`, size);
    const times: number[] = [];
    for (let run = 0; run < 7; run += 1) {
      const started = performance.now();
      await engine.send(
        {
          type: 'send',
          requestId: `r${size}-${run}`,
          conversationId: `c${size}`,
          parentId,
          text: 'next',
        },
        () => undefined,
      );
      times.push(requestedAt - started);
      const stored = await idbHistoryStore.getConversation(`c${size}`);
      parentId = stored?.currentLeafId ?? parentId;
    }
    times.sort((a, b) => a - b);
    console.log(
      `  ${size.toLocaleString('en')} messages: ${times[3]?.toFixed(1)} ms (fastest ${times[0]?.toFixed(1)}, slowest ${times.at(-1)?.toFixed(1)})`,
    );
  }
});
