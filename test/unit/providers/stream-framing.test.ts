import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../mock-openai.mjs';
import { toChatError } from '@/utils/providers/errors';
import { completionAsEvents, normalizeEventStream } from '@/utils/providers/event-stream';
import { resolveRequest } from '@/utils/providers/request';
import { streamChatCompletion, type StreamPart } from '@/utils/providers/stream';
import { settingsWithEndpoint } from '../fixtures';

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(() => mock.close());

/** Streams one reply from the mock through the openai SDK, as the engine does. */
async function reply(prompt: string) {
  const config = resolveRequest(settingsWithEndpoint({ baseURL: mock.url }));
  if (typeof config === 'string') throw new Error(config);
  let text = '';
  let reasoning = '';
  let usage: StreamPart['usage'];
  for await (const part of streamChatCompletion(
    config,
    [{ role: 'user', content: prompt }],
    new AbortController().signal,
  )) {
    text += part.content ?? '';
    reasoning += part.reasoning ?? '';
    usage = part.usage ?? usage;
  }
  return { text, reasoning, usage };
}

async function failure(prompt: string) {
  return toChatError(
    await reply(prompt).then(
      () => null,
      (error: unknown) => error,
    ),
  );
}

describe('streams that misbehave, through the openai SDK', () => {
  it.each(['crlf', 'keepalive', 'glued', 'split'])(
    'should stream every token and the usage with %s framing',
    async (frame) => {
      const result = await reply(`@mock(frame=${frame},verbatim=1) one two three`);
      expect(result.text).toBe('one two three');
      expect(result.usage?.completionTokens).toBe(3);
    },
  );

  it('should take a whole JSON answer sent despite stream: true as the reply', async () => {
    const result = await reply('@mock(jsonbody=1,verbatim=1) all at once');
    expect(result.text).toBe('all at once');
    expect(result.usage?.completionTokens).toBe(3);
  });

  it('should end as an error with the provider’s sentence on `event: error`, whatever its shape', async () => {
    const anthropic = await failure('@mock(eventerror=anthropic) hi');
    expect(anthropic).toMatchObject({ code: 'server', detail: 'Overloaded' });
    const bare = await failure('@mock(eventerror=bare) hi');
    expect(bare).toMatchObject({ code: 'bad_request', detail: 'Upstream provider timed out.' });
  });

  it('should end as an error on a `{"error":…}` data line inside a 200 stream', async () => {
    expect(await failure('@mock(streamerror=rate_limit_exceeded,tokens=3) hi')).toMatchObject({
      code: 'rate_limit',
      detail: 'Rate limit reached for requests.',
    });
  });
});

async function normalized(...reads: string[]): Promise<string> {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const read of reads) controller.enqueue(encoder.encode(read));
      controller.close();
    },
  });
  return new Response(normalizeEventStream(body)).text();
}

describe('normalizeEventStream', () => {
  it('should split glued events but keep JSON that spans data lines together', async () => {
    expect(await normalized('data: {"a":1}\ndata: {"b":2}\n\n')).toBe(
      'data: {"a":1}\n\ndata: {"b":2}\n\n',
    );
    expect(await normalized('data: {"a":\ndata: 1}\n\n')).toBe('data: {"a":\ndata: 1}\n\n');
  });

  it('should handle CRLF cut between reads, drop comments, and end a stream without a blank line', async () => {
    expect(await normalized(': ping\r', '\n\r\ndata: {"a":1}\r', '\n\r\ndata: [DONE]')).toBe(
      'data: {"a":1}\n\ndata: [DONE]\n\n',
    );
  });

  it('should give every error event an error object', async () => {
    expect(await normalized('event: error\ndata: upstream closed\n\n')).toBe(
      'event: error\ndata: {"error":{"message":"upstream closed"}}\n\n',
    );
  });
});

describe('completionAsEvents', () => {
  it('should carry reasoning, and turn an error body into an error event', () => {
    const events = completionAsEvents({
      id: 'x',
      model: 'm',
      choices: [{ message: { content: 'answer', reasoning_content: 'why' } }],
    });
    expect(events).toContain('"reasoning_content":"why"');
    expect(events).toContain('"content":"answer"');
    expect(events.endsWith('data: [DONE]\n\n')).toBe(true);
    expect(completionAsEvents({ error: { message: 'No credits left.' } })).toContain(
      '{"error":{"message":"No credits left."}}',
    );
  });
});
