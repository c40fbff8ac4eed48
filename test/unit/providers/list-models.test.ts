import { describe, expect, it } from 'vitest';
import { RequestRefused } from '@/utils/engine/refusal';
import { answerListModels } from '@/utils/providers/list-models';
import { ChatError } from '@/utils/providers/errors';
import { DEFAULT_SETTINGS } from '@/utils/settings/model';
import { modelWindowsItem } from '@/utils/settings/storage';
import { settingsWithEndpoint } from '../fixtures';

describe('answerListModels', () => {
  it('should look a saved profile up by id, so its key never travels from the panel', async () => {
    const settings = settingsWithEndpoint({
      baseURL: 'https://gw.example.com/v1',
      apiKey: 'sk-saved',
    });
    const seen: unknown[] = [];
    const answer = await answerListModels(
      { type: 'listModels', requestId: 'r', target: { profileId: 'p1' } },
      async () => settings,
      async (target) => {
        seen.push(target);
        return { names: ['a', 'b'], windows: { a: 8192 } };
      },
    );
    expect(answer).toEqual(['a', 'b']);
    // The windows the list gave are kept for the chat's context meter.
    expect(await modelWindowsItem.getValue()).toEqual({
      'https://gw.example.com/v1': { a: 8192 },
    });
    expect(seen).toEqual([
      expect.objectContaining({ baseURL: 'https://gw.example.com/v1', apiKey: 'sk-saved' }),
    ]);
  });

  it('should answer a failure with the sentence, never the key', async () => {
    const refused = await answerListModels(
      {
        type: 'listModels',
        requestId: 'r',
        target: {
          baseURL: 'https://api.groq.com/openai/v1',
          apiKey: 'sk-groq-secret-1',
          headers: {},
        },
      },
      async () => DEFAULT_SETTINGS,
      async () => {
        throw new ChatError('auth', { status: 401 });
      },
    ).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RequestRefused);
    const { answer } = refused as RequestRefused;
    expect(answer.message).toMatch(/^Groq rejected the API key/);
    expect(JSON.stringify(answer)).not.toContain('sk-groq-secret-1');
  });
});
