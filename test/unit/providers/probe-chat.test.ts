import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../mock-openai.mjs';
import { RequestRefused } from '@/utils/engine/refusal';
import { storedAdaptations } from '@/utils/providers/adaptation-memory';
import { answerProbeChat } from '@/utils/providers/probe-chat';
import { streamChatCompletion } from '@/utils/providers/stream';
import { settingsWithEndpoint } from '../fixtures';

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(() => mock.close());

function probe(quirks: string, model = 'mock-model') {
  const settings = settingsWithEndpoint({ baseURL: mock.url }, { temperature: 0.4 });
  return answerProbeChat(
    {
      type: 'probeChat',
      requestId: crypto.randomUUID(),
      profileId: 'draft-1',
      model,
      target: {
        baseURL: `${mock.origin}/quirks/${quirks}/v1`,
        apiKey: 'sk-probe-secret-123',
        headers: {},
      },
    },
    async () => settings,
    streamChatCompletion,
    storedAdaptations,
  );
}

describe('Test connection’s test reply', () => {
  it('should send what a chat sends, briefly, and report what it adapted', async () => {
    const start = mock.requests.length;
    expect(await probe('reasoning-model+no-stream-usage')).toEqual({
      noStreamUsage: true,
      lengthField: 'max_completion_tokens',
      refused: { 'mock-model': ['temperature'] },
    });
    const last = mock.requests.at(-1)?.body;
    expect(mock.requests.length - start).toBe(4);
    expect(last).toMatchObject({ max_completion_tokens: 16, stream: true });
    // What it learned is what the profile's chats will send.
    expect(
      await storedAdaptations.get(
        'draft-1',
        `${mock.origin}/quirks/reasoning-model+no-stream-usage/v1`,
      ),
    ).toEqual(await probe('reasoning-model+no-stream-usage'));
  });

  it('should refuse with the provider’s sentence, never the key', async () => {
    const refusal = await probe('azure').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(RequestRefused);
    const sentence = (refusal as RequestRefused).answer.message;
    expect(sentence).toMatch(/rejected the API key/);
    expect(sentence).not.toContain('sk-probe-secret-123');
  });
});
