import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { startMockServer, type MockServer } from '../../mock-openai.mjs';
import { storedAdaptations } from '@/utils/providers/adaptation-memory';
import { adaptiveCompletion } from '@/utils/providers/adaptive-stream';
import { describeError, errorContext, toChatError } from '@/utils/providers/errors';
import { fetchModelList } from '@/utils/providers/model-list';
import { resolveRequest, type RequestConfig } from '@/utils/providers/request';
import { streamChatCompletion, type StreamPart } from '@/utils/providers/stream';
import { settingsWithEndpoint } from '../fixtures';

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(() => mock.close());

function configFor(
  quirks: string,
  sampling: { temperature?: number; maxTokens?: number } = {},
): RequestConfig {
  const settings = settingsWithEndpoint(
    { baseURL: `${mock.origin}/quirks/${quirks}/v1`, model: 'mock-model' },
    { temperature: sampling.temperature ?? null, maxTokens: sampling.maxTokens ?? null },
  );
  const config = resolveRequest(settings);
  if (typeof config === 'string') throw new Error(config);
  return config;
}

const ask = (text: string): ChatCompletionMessageParam[] => [{ role: 'user', content: text }];

async function collect(
  parts: AsyncIterable<StreamPart>,
): Promise<{ text: string; usage: boolean }> {
  let text = '';
  let usage = false;
  for await (const part of parts) {
    text += part.content ?? '';
    usage ||= part.usage !== undefined;
  }
  return { text, usage };
}

const completion = adaptiveCompletion(streamChatCompletion, storedAdaptations);
const bodiesSince = (start: number) => mock.requests.slice(start).map((request) => request.body);

describe('adaptive requests, through the openai SDK against refusing servers', () => {
  it('should retry without stream usage once refused, then never send it again', async () => {
    const config = configFor('no-stream-usage');
    const start = mock.requests.length;
    const reply = await collect(completion(config, ask('hi'), new AbortController().signal));
    expect(reply.text).toBe('Echo (turn 1): hi');
    const bodies = bodiesSince(start);
    expect(bodies.map((body) => body.stream_options)).toEqual([{ include_usage: true }, undefined]);
    expect(await storedAdaptations.get('p1', config.baseURL)).toEqual({ noStreamUsage: true });

    await collect(completion(config, ask('again'), new AbortController().signal));
    expect(bodiesSince(start + 2).map((body) => body.stream_options)).toEqual([undefined]);
  });

  it("should read Mistral's 422 detail list and adapt to it", async () => {
    const config = configFor('mistral-strict');
    const start = mock.requests.length;
    const reply = await collect(completion(config, ask('bonjour'), new AbortController().signal));
    expect(reply.text).toBe('Echo (turn 1): bonjour');
    expect(bodiesSince(start)).toHaveLength(2);
    expect(await storedAdaptations.get('p1', config.baseURL)).toEqual({ noStreamUsage: true });
  });

  it("should follow a reasoning model's errors: max_completion_tokens, then no temperature", async () => {
    const config = configFor('reasoning-model', { temperature: 0.2, maxTokens: 100 });
    const start = mock.requests.length;
    const reply = await collect(completion(config, ask('think'), new AbortController().signal));
    expect(reply).toEqual({ text: 'Echo (turn 1): think', usage: true });
    const bodies = bodiesSince(start);
    expect(
      bodies.map((body) => [body.max_tokens, body.max_completion_tokens, body.temperature]),
    ).toEqual([
      [100, undefined, 0.2],
      [undefined, 100, 0.2],
      [undefined, 100, undefined],
    ]);
    expect(await storedAdaptations.get('p1', config.baseURL)).toEqual({
      lengthField: 'max_completion_tokens',
      refused: { 'mock-model': ['temperature'] },
    });
  });

  it('should stop sending a length limit the server refuses in either field', async () => {
    const config = configFor('no-length-limit', { maxTokens: 64 });
    const start = mock.requests.length;
    const reply = await collect(completion(config, ask('short'), new AbortController().signal));
    expect(reply.text).toBe('Echo (turn 1): short');
    expect(bodiesSince(start).map((body) => [body.max_tokens, body.max_completion_tokens])).toEqual(
      [
        [64, undefined],
        [undefined, undefined],
      ],
    );
    expect(await storedAdaptations.get('p1', config.baseURL)).toEqual({ lengthField: 'none' });
  });

  it('should not retry a refusal about something else, and say the provider’s sentence', async () => {
    const config = configFor('no-stream-usage');
    await storedAdaptations.forget('p1');
    const start = mock.requests.length;
    const error = await collect(
      completion(config, ask('@mock(status=400) hi'), new AbortController().signal),
    ).catch((caught: unknown) => caught);
    // The first refusal (stream_options) is adapted to; the mock's own 400 is not.
    expect(bodiesSince(start)).toHaveLength(2);
    expect(toChatError(error)).toMatchObject({
      code: 'bad_request',
      detail: 'Mock failure with status 400.',
    });
  });

  it('should forget adaptations learned for another base URL', async () => {
    await storedAdaptations.learn('p1', 'https://old.example/v1', { noStreamUsage: true });
    expect(await storedAdaptations.get('p1', 'https://new.example/v1')).toEqual({});
    await storedAdaptations.learn('p1', 'https://new.example/v1', { lengthField: 'none' });
    expect(await storedAdaptations.get('p1', 'https://new.example/v1')).toEqual({
      lengthField: 'none',
    });
  });
});

describe('presets that carry a provider’s rules', () => {
  function presetConfig(preset: 'anthropic' | 'custom', quirk: string, temperature: number) {
    const settings = settingsWithEndpoint(
      { baseURL: `${mock.origin}/quirks/${quirk}/v1`, apiKey: 'sk-ant-test' },
      { temperature },
    );
    settings.profiles = settings.profiles.map((profile) => ({ ...profile, preset }));
    const config = resolveRequest(settings);
    if (typeof config === 'string') throw new Error(config);
    return config;
  }

  it("should send Anthropic's browser header and keep temperature within its 0–1", async () => {
    const start = mock.requests.length;
    const reply = await collect(
      completion(
        presetConfig('anthropic', 'anthropic', 1.4),
        ask('hi'),
        new AbortController().signal,
      ),
    );
    expect(reply.text).toBe('Echo (turn 1): hi');
    const sent = mock.requests.slice(start);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.headers['anthropic-dangerous-direct-browser-access']).toBe('true');
    expect(sent[0]?.body.temperature).toBe(1);

    // The same server behind a Custom profile: Anthropic's own refusal, in its own words.
    const error = await collect(
      completion(presetConfig('custom', 'anthropic', 0.5), ask('hi'), new AbortController().signal),
    ).catch((caught: unknown) => caught);
    expect(toChatError(error)).toMatchObject({ code: 'auth', status: 401 });
  });

  it("should adapt to Gemini's array-shaped refusal of a field", async () => {
    const config = configFor('gemini-strict');
    const start = mock.requests.length;
    const reply = await collect(completion(config, ask('hola'), new AbortController().signal));
    expect(reply.text).toBe('Echo (turn 1): hola');
    expect(bodiesSince(start)).toHaveLength(2);
    expect(await storedAdaptations.get('p1', config.baseURL)).toEqual({ noStreamUsage: true });
  });
});

describe('Azure OpenAI', () => {
  function azureConfig(model: string) {
    const settings = settingsWithEndpoint({
      baseURL: `${mock.origin}/quirks/azure/openai/v1`,
      apiKey: 'azure-key-123',
      model,
    });
    settings.profiles = settings.profiles.map((profile) => ({ ...profile, preset: 'azure' }));
    const config = resolveRequest(settings);
    if (typeof config === 'string') throw new Error(config);
    return config;
  }

  it('should send the key as api-key, and no Bearer token', async () => {
    const start = mock.requests.length;
    const reply = await collect(
      completion(azureConfig('my-deployment'), ask('hi'), new AbortController().signal),
    );
    expect(reply.text).toBe('Echo (turn 1): hi');
    const headers = mock.requests[start]?.headers;
    expect(headers?.['api-key']).toBe('azure-key-123');
    expect(headers?.authorization).toBeUndefined();
  });

  it('should explain a 404 as a deployment name to fix', async () => {
    const config = azureConfig('no-such-deployment');
    const error = toChatError(
      await collect(completion(config, ask('hi'), new AbortController().signal)).catch(
        (caught: unknown) => caught,
      ),
    );
    expect(error.code).toBe('not_found');
    const sentence = describeError(error, errorContext({ ...config, preset: 'azure' })).message;
    expect(sentence).toBe(
      'Azure OpenAI has no deployment named “no-such-deployment”. In Settings, enter your deployment’s name (from Azure AI Foundry) as the Model, then retry.',
    );
  });

  it('should list models with the key as api-key too', async () => {
    const models = await fetchModelList({
      baseURL: `${mock.origin}/quirks/azure/openai/v1`,
      apiKey: 'azure-key-123',
      headers: {},
      preset: 'azure',
    });
    expect(models).toEqual(['mock-model']);
    await expect(
      fetchModelList({
        baseURL: `${mock.origin}/quirks/azure/openai/v1`,
        apiKey: 'azure-key-123',
        headers: {},
      }),
    ).rejects.toMatchObject({ code: 'auth' });
  });
});
