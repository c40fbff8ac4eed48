import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseClientRequest } from '@/utils/protocol/requests';
import { fetchModelList, modelNamesFrom, modelWindowsFrom } from '@/utils/providers/model-list';
import { parseModelListTarget } from '@/utils/providers/model-target';
import { startMockServer, type MockServer } from '../../mock-openai.mjs';

describe('model list', () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMockServer();
  });
  afterAll(() => mock.close());

  it('should read OpenAI, Ollama-style and bare lists, deduplicated and sorted', () => {
    expect(modelNamesFrom({ data: [{ id: 'b' }, { id: 'a' }, { id: 'a' }] })).toEqual(['a', 'b']);
    expect(modelNamesFrom({ models: [{ name: 'llama3.2' }] })).toEqual(['llama3.2']);
    expect(modelNamesFrom(['x', 7, { id: '' }])).toEqual(['x']);
    expect(modelNamesFrom({ error: 'nope' })).toBeNull();
  });

  it('should read context windows where lists give them, in each provider’s field', () => {
    expect(
      modelWindowsFrom({
        data: [
          { id: 'openrouter/x', context_length: 200000 },
          { id: 'groq-y', context_window: 131072 },
          { id: 'lmstudio-z', max_context_length: 32768 },
          { id: 'vllm-w', max_model_len: 8192 },
          { id: 'nested', top_provider: { context_length: 65536 } },
          { id: 'none' },
          { id: 'bad', context_length: -1 },
        ],
      }),
    ).toEqual({
      'openrouter/x': 200000,
      'groq-y': 131072,
      'lmstudio-z': 32768,
      'vllm-w': 8192,
      nested: 65536,
    });
    expect(modelWindowsFrom(['a'])).toEqual({});
  });

  it('should fetch 2,000 models with the key and the extra headers', async () => {
    const names = Array.from({ length: 2000 }, (_, i) => `m-${String(i).padStart(4, '0')}`);
    mock.setModels(names.toReversed());
    const models = await fetchModelList({
      baseURL: mock.url,
      apiKey: 'sk-list',
      headers: { 'X-Title': 'Sidechat' },
    });
    expect(models).toEqual(names);
    const request = mock.modelRequests.at(-1);
    expect(request?.headers.authorization).toBe('Bearer sk-list');
    expect(request?.headers['x-title']).toBe('Sidechat');
  });

  it('should call a web page a web page, and a refused key a refused key', async () => {
    await expect(
      fetchModelList({ baseURL: `${mock.origin}/html/v1`, apiKey: '', headers: {} }),
    ).rejects.toMatchObject({ code: 'not_api' });
    mock.setRequiredKey('right');
    try {
      await expect(
        fetchModelList({ baseURL: mock.url, apiKey: 'wrong', headers: {} }),
      ).rejects.toMatchObject({ code: 'auth', status: 401 });
    } finally {
      mock.setRequiredKey('');
    }
    await expect(
      fetchModelList({ baseURL: 'http://127.0.0.1:9/v1', apiKey: '', headers: {} }),
    ).rejects.toMatchObject({ code: 'network' });
  });

  it('should validate listModels requests from the panel', () => {
    expect(
      parseModelListTarget({ baseURL: ' localhost:11434/v1 ', apiKey: '', headers: {} }),
    ).toEqual({
      baseURL: 'http://localhost:11434/v1',
      apiKey: '',
      headers: {},
    });
    expect(parseModelListTarget({ baseURL: 'file:///etc', apiKey: '' })).toBeNull();
    expect(
      parseClientRequest({ type: 'listModels', requestId: 'r', target: { profileId: 'p1' } }),
    ).toEqual({ type: 'listModels', requestId: 'r', target: { profileId: 'p1' } });
    expect(
      parseClientRequest({
        type: 'listModels',
        requestId: 'r',
        target: { baseURL: 'https://x.dev/v1', apiKey: 'k', headers: { Cookie: 'a' } },
      }),
    ).toBeNull();
    expect(
      parseClientRequest({ type: 'setOptions', conversationId: 'c', options: { topP: 2 } }),
    ).toBeNull();
  });
});
