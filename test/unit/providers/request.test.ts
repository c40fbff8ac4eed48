import { parseConversationOptions } from '@/utils/history/options';
import { describe, expect, it } from 'vitest';
import { providerName, resolveRequest } from '@/utils/providers/request';
import { DEFAULT_SETTINGS } from '@/utils/settings/model';
import { settingsWithEndpoint } from '../fixtures';

describe('resolveRequest', () => {
  const base = settingsWithEndpoint(
    { baseURL: 'https://api.deepseek.com/v1', apiKey: 'sk-1', model: 'deepseek-chat' },
    {
      systemPrompt: 'Default prompt.',
      temperature: 1,
      maxTokens: 1000,
      personas: [
        {
          id: 'tr',
          name: 'Translator',
          prompt: 'Translate.',
          temperature: 0.2,
          maxTokens: null,
          topP: 0.9,
          model: 'deepseek-reasoner',
        },
      ],
    },
  );

  it('should take the conversation, then the persona, then the settings', () => {
    expect(resolveRequest(base)).toMatchObject({
      model: 'deepseek-chat',
      systemPrompt: 'Default prompt.',
      temperature: 1,
      maxTokens: 1000,
      topP: null,
    });
    expect(resolveRequest(base, { personaId: 'tr' })).toMatchObject({
      model: 'deepseek-reasoner',
      systemPrompt: 'Translate.',
      temperature: 0.2,
      maxTokens: 1000,
      topP: 0.9,
    });
    expect(
      resolveRequest(base, { personaId: 'tr', model: 'x', temperature: 0, systemPrompt: '' }),
    ).toMatchObject({ model: 'x', temperature: 0, systemPrompt: '' });
  });

  it('should fall back to the active profile when the conversation’s was deleted', () => {
    expect(resolveRequest(base, { profileId: 'gone' })).toMatchObject({ profileId: 'p1' });
  });

  it('should say what is missing instead of calling', () => {
    expect(resolveRequest(DEFAULT_SETTINGS)).toBe('not_configured');
    const noKey = {
      ...base,
      profiles: base.profiles.map((p) => ({ ...p, preset: 'deepseek' as const, apiKey: '' })),
    };
    expect(resolveRequest(noKey)).toBe('missing_key');
  });

  it('should name a Custom profile by its host unless it has a name', () => {
    expect(providerName({ name: '', preset: 'custom', baseURL: 'https://gw.example.com/v1' })).toBe(
      'gw.example.com',
    );
    expect(providerName({ name: '', preset: 'groq', baseURL: '' })).toBe('Groq');
    expect(providerName({ name: 'Work', preset: 'groq', baseURL: '' })).toBe('Work');
  });

  it('should accept only well-formed conversation options', () => {
    expect(parseConversationOptions({ model: 'm', personaId: null, maxTokens: 10 })).toEqual({
      model: 'm',
      personaId: null,
      maxTokens: 10,
    });
    expect(parseConversationOptions({ temperature: 5 })).toBeNull();
    expect(parseConversationOptions({ maxTokens: 1.5 })).toBeNull();
    expect(parseConversationOptions({ model: 7 })).toBeNull();
    expect(parseConversationOptions([])).toBeNull();
  });
});
