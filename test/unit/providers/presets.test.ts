import { describe, expect, it } from 'vitest';
import {
  newProfileDraft,
  parseHeaderLines,
  validateProfileDraft,
  withPreset,
} from '@/utils/panel/profile-form';
import { isLocalURL, normalizeBaseURL, originPattern } from '@/utils/providers/base-url';
import { PRESET_IDS, PRESETS, presetForBaseURL, typesBaseURL } from '@/utils/providers/presets';

describe('normalizeBaseURL', () => {
  it.each([
    ['https://api.openai.com/v1', 'https://api.openai.com/v1'],
    ['  https://api.deepseek.com/v1/  ', 'https://api.deepseek.com/v1'],
    ['https://api.moonshot.cn/v1/chat/completions', 'https://api.moonshot.cn/v1'],
    ['https://api.moonshot.cn/v1/chat/completions/', 'https://api.moonshot.cn/v1'],
    ['https://openrouter.ai/api/v1/models', 'https://openrouter.ai/api/v1'],
    ['api.deepseek.com/v1', 'https://api.deepseek.com/v1'],
    ['localhost:11434/v1', 'http://localhost:11434/v1'],
    ['127.0.0.1:1234/v1', 'http://127.0.0.1:1234/v1'],
    ['https://api. openai.com /v1', 'https://api.openai.com/v1'],
    ['HTTPS://API.Example.COM/V1', 'https://api.example.com/V1'],
    ['https://gw.example.com/v1?token=x', null],
    ['javascript:alert(1)', null],
    ['ftp://files.example.com', null],
    ['', null],
    ['   ', null],
  ])('should turn %j into %j', (input, expected) => {
    expect(normalizeBaseURL(input)).toBe(expected);
  });

  it('should tell local servers and the origin to ask access for', () => {
    expect(isLocalURL('http://localhost:11434/v1')).toBe(true);
    expect(isLocalURL('http://127.0.0.1:1234/v1')).toBe(true);
    expect(isLocalURL('https://api.openai.com/v1')).toBe(false);
    expect(originPattern('https://api.deepseek.com:8443/v1')).toBe('https://api.deepseek.com/*');
  });
});

describe('presets', () => {
  it('should give every remote preset a base URL that normalizes to itself and a key page', () => {
    for (const id of PRESET_IDS) {
      const preset = PRESETS[id];
      if (id === 'custom' || preset.onDevice) continue;
      // Azure's endpoint is the user's own resource: typed, like Custom's, but with a key page.
      if (typesBaseURL(id)) expect(preset.baseURL, id).toBe('');
      else expect(normalizeBaseURL(preset.baseURL), id).toBe(preset.baseURL);
      expect(preset.local, id).toBe(isLocalURL(preset.baseURL));
      if (!preset.local) expect(preset.keyPage, id).toMatch(/^https:\/\//);
      expect(preset.needsKey, id).toBe(!preset.local);
    }
    expect(PRESETS.ollama.baseURL).toBe('http://localhost:11434/v1');
    expect(PRESETS.lmstudio.baseURL).toBe('http://localhost:1234/v1');
  });

  it('should recognise a known provider from its base URL', () => {
    expect(presetForBaseURL('https://api.deepseek.com/v1/')).toBe('deepseek');
    expect(presetForBaseURL('https://API.GROQ.com/openai/v1')).toBe('groq');
    expect(presetForBaseURL('https://my-gateway.example.com/v1')).toBe('custom');
  });

  it('should carry base URL and default model along when switching, keeping what the user typed', () => {
    const draft = newProfileDraft('p', 'openai');
    const deepseek = withPreset(draft, 'deepseek');
    expect(deepseek).toMatchObject({
      name: 'DeepSeek',
      baseURL: 'https://api.deepseek.com/v1',
      model: 'deepseek-chat',
    });
    const typed = withPreset({ ...deepseek, model: 'deepseek-reasoner', name: 'Work' }, 'groq');
    expect(typed).toMatchObject({ name: 'Work', model: 'deepseek-reasoner' });
    // Custom keeps the address so far, to be edited.
    expect(withPreset(deepseek, 'custom').baseURL).toBe('https://api.deepseek.com/v1');
  });

  it('should refuse an empty key for a provider that needs one, naming it', () => {
    const result = validateProfileDraft({ ...newProfileDraft('p', 'moonshot'), apiKey: '  ' });
    expect(result).toEqual({
      errors: { apiKey: { key: 'keyRequired', params: { provider: 'Moonshot (Kimi)' } } },
    });
    const local = validateProfileDraft(newProfileDraft('p', 'ollama'));
    expect(local).toMatchObject({ profile: { baseURL: 'http://localhost:11434/v1', apiKey: '' } });
  });

  it('should read extra headers and point at the first bad line', () => {
    expect(parseHeaderLines('HTTP-Referer: https://x.dev\n\nX-Title:  Sidechat ')).toEqual({
      headers: { 'HTTP-Referer': 'https://x.dev', 'X-Title': 'Sidechat' },
    });
    expect(parseHeaderLines('X-Ok: 1\nno colon here')).toEqual({ badLine: 2 });
    expect(parseHeaderLines('Origin: https://evil.example')).toEqual({ badLine: 1 });
    expect(parseHeaderLines('Bad Name: 1')).toEqual({ badLine: 1 });
  });
});
