import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Persona, type Settings } from '@/utils/settings/model';
import { savedOver } from '@/utils/sync/settings-units';

const persona = (id: string, name: string): Persona => ({
  id,
  name,
  prompt: `You are ${name}.`,
  temperature: null,
  maxTokens: null,
  topP: null,
  model: '',
});
const profile = {
  id: 'p1',
  preset: 'openai' as const,
  name: 'OpenAI',
  baseURL: 'https://api.openai.com/v1',
  apiKey: 'sk-old-key-000000',
  model: 'gpt-4o-mini',
  headers: {},
};

describe('Save while a sync changed the settings', () => {
  const base: Settings = {
    ...DEFAULT_SETTINGS,
    profiles: [profile],
    personas: [persona('a', 'A')],
  };

  it('should write the user’s edits over what came in, keeping what came in', () => {
    // A sync brought persona B and a dark theme; the form still shows the old settings.
    const current: Settings = {
      ...base,
      theme: 'dark',
      personas: [persona('a', 'A'), persona('b', 'B')],
    };
    // The user renamed A, pasted a new key and set a system prompt.
    const saved: Settings = {
      ...base,
      systemPrompt: 'Be brief.',
      personas: [persona('a', 'A renamed')],
      profiles: [{ ...profile, apiKey: 'sk-new-key-111111' }],
    };
    const next = savedOver(base, saved, current);
    expect(next.theme).toBe('dark');
    expect(next.systemPrompt).toBe('Be brief.');
    expect(next.personas.map((item) => item.name)).toEqual(['A renamed', 'B']);
    expect(next.profiles[0]?.apiKey).toBe('sk-new-key-111111');
  });

  it('should delete what the user deleted, and save as is when nothing came in', () => {
    const current: Settings = { ...base, personas: [persona('a', 'A'), persona('b', 'B')] };
    const saved: Settings = { ...base, personas: [] };
    expect(savedOver(base, saved, current).personas.map((item) => item.id)).toEqual(['b']);
    expect(savedOver(base, saved, base)).toBe(saved);
  });
});
