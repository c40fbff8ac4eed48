// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { idbHistoryStore } from '@/utils/history/store';
import { ChatEngine } from '@/utils/engine/engine';
import { EventHub } from '@/utils/engine/event-hub';
import type { ServerEvent } from '@/utils/protocol/events';
import {
  builtinCompletion,
  routeCompletion,
  toBuiltinPrompts,
} from '@/utils/providers/builtin-model';
import { describeError, errorContext, toChatError } from '@/utils/providers/errors';
import { resolveRequest } from '@/utils/providers/request';
import { streamChatCompletion } from '@/utils/providers/stream';
import { DEFAULT_SETTINGS, profileForPreset, type Settings } from '@/utils/settings/model';
import { fakeLanguageModel, type FakeLanguageModel } from '../../fakes/language-model';

function builtinSettings(extra: Partial<Settings> = {}): Settings {
  return {
    ...DEFAULT_SETTINGS,
    profiles: [profileForPreset('nano', 'builtin')],
    activeProfileId: 'nano',
    ...extra,
  };
}

async function reply(model: FakeLanguageModel, text: string) {
  const config = resolveRequest(builtinSettings());
  if (typeof config === 'string') throw new Error(config);
  let content = '';
  let tokens = 0;
  for await (const part of builtinCompletion(() => model)(
    config,
    [{ role: 'user', content: text }],
    new AbortController().signal,
  )) {
    content += part.content ?? '';
    tokens = part.usage?.totalTokens ?? tokens;
  }
  return { content, tokens };
}

async function sentenceFor(model: FakeLanguageModel | null, text = 'hi') {
  const config = resolveRequest(builtinSettings());
  if (typeof config === 'string') throw new Error(config);
  const parts = builtinCompletion(() => model)(
    config,
    [{ role: 'user', content: text }],
    new AbortController().signal,
  );
  const error = await (async () => {
    for await (const _ of parts);
  })().then(
    () => null,
    (caught: unknown) => caught,
  );
  return describeError(toChatError(error), errorContext(null)).message;
}

describe('Chrome’s built-in model', () => {
  it('should make the path its initial prompts, the system prompt first, the last message the prompt', () => {
    expect(
      toBuiltinPrompts([
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'one' },
        { role: 'assistant', content: 'uno' },
        { role: 'user', content: 'two' },
      ]),
    ).toEqual({
      initialPrompts: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'one' },
        { role: 'assistant', content: 'uno' },
      ],
      input: 'two',
    });
  });

  it('should stream the reply and report the context it used', async () => {
    const result = await reply(fakeLanguageModel(), 'hello there');
    expect(result.content).toBe('Nano says: hello there');
    expect(result.tokens).toBeGreaterThan(0);
  });

  it('should say its limits as sentences: unavailable, too long', async () => {
    expect(await sentenceFor(null)).toMatch(/not available on this device/);
    expect(await sentenceFor(fakeLanguageModel({ state: 'unavailable' }))).toMatch(
      /not available on this device/,
    );
    expect(await sentenceFor(fakeLanguageModel({ inputQuota: 10 }), 'x'.repeat(200))).toMatch(
      /too long for Chrome’s built-in model/,
    );
  });
});

/** A send request, as the panel makes it. */
const send = (text: string, conversationId: string | null, parentId: string | null) => ({
  type: 'send' as const,
  requestId: crypto.randomUUID(),
  conversationId,
  parentId,
  text,
});

describe('the built-in model through the engine', () => {
  function setup(model: FakeLanguageModel) {
    const engine = new ChatEngine({
      store: idbHistoryStore,
      hub: new EventHub(),
      loadSettings: async () => builtinSettings({ systemPrompt: 'Be brief.' }),
      streamCompletion: routeCompletion(
        builtinCompletion(() => model),
        streamChatCompletion,
      ),
    });
    const events: ServerEvent[] = [];
    return { engine, events, sink: (event: ServerEvent) => events.push(event) };
  }

  it('should save replies like any other, with the conversation as the next session’s prompts', async () => {
    const model = fakeLanguageModel();
    const { engine, events, sink } = setup(model);
    await engine.send(send('first', null, null), sink);
    const first = events.at(-1) as Extract<ServerEvent, { type: 'done' }>;
    expect(first.status).toBe('done');
    expect(await idbHistoryStore.getMessage(first.messageId)).toMatchObject({
      content: 'Nano says: first',
      model: 'gemini-nano',
      status: 'done',
    });
    const conversationId = (events[0] as Extract<ServerEvent, { type: 'conversation' }>)
      .conversation.id;
    await engine.send(send('second', conversationId, first.messageId), sink);
    expect(model.created.at(-1)).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'first' },
      { role: 'assistant', content: 'Nano says: first' },
    ]);
  });

  it('should stop like any other reply, keeping what arrived', async () => {
    const model = fakeLanguageModel({ wordDelayMs: 20 });
    const { engine, events, sink } = setup(model);
    const running = engine.send(send('a b c d e f g h i j k l m n o p', null, null), sink);
    while (!events.some((event) => event.type === 'delta')) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const conversationId = (events[0] as Extract<ServerEvent, { type: 'conversation' }>)
      .conversation.id;
    engine.live.stop(conversationId);
    await running;
    const done = events.at(-1) as Extract<ServerEvent, { type: 'done' }>;
    expect(done.status).toBe('stopped');
    const stored = await idbHistoryStore.getMessage(done.messageId);
    expect(stored?.content).toMatch(/^Nano /);
    expect(stored?.content.length).toBeLessThan(
      'Nano says: a b c d e f g h i j k l m n o p'.length,
    );
  });
});
