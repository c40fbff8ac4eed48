import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerListModels } from '@/utils/providers/list-models';
import { ChatError, describeError, toChatError } from '@/utils/providers/errors';
import { setLocale } from '@/utils/i18n/translate';
import { parseClientRequest } from '@/utils/protocol/requests';
import { fetchModelList, modelNamesFrom } from '@/utils/providers/model-list';
import { parseModelListTarget } from '@/utils/providers/model-target';
import {
  parseOptionalNumber,
  MAX_TOKENS_RANGE,
  TEMPERATURE_RANGE,
} from '@/utils/panel/number-input';
import {
  newProfileDraft,
  parseHeaderLines,
  validateProfileDraft,
  withPreset,
} from '@/utils/panel/profile-form';
import {
  isLocalURL,
  normalizeBaseURL,
  originPattern,
  PRESET_IDS,
  PRESETS,
  presetForBaseURL,
} from '@/utils/providers/presets';
import {
  errorContext,
  parseConversationOptions,
  providerName,
  resolveRequest,
} from '@/utils/providers/request';
import { formFromSettings, validateSettingsForm } from '@/utils/panel/settings-form';
import {
  DEFAULT_SETTINGS,
  isConfigured,
  withDefaults,
  type Settings,
} from '@/utils/settings/model';
import { startMockServer, type MockServer } from '../../mock-openai.mjs';
import { settingsWithEndpoint } from '../fixtures';

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
      if (id === 'custom') continue;
      expect(normalizeBaseURL(preset.baseURL), id).toBe(preset.baseURL);
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

describe('settings', () => {
  it('should turn version-1 settings (one endpoint) into a profile of the right preset', () => {
    const migrated = withDefaults({
      baseURL: 'https://api.deepseek.com/v1/chat/completions',
      apiKey: 'sk-old',
      model: 'deepseek-chat',
      systemPrompt: 'Be brief.',
    } as Partial<Settings>);
    expect(migrated.profiles).toEqual([
      expect.objectContaining({
        preset: 'deepseek',
        baseURL: 'https://api.deepseek.com/v1',
        apiKey: 'sk-old',
        model: 'deepseek-chat',
      }),
    ]);
    expect(migrated.activeProfileId).toBe(migrated.profiles[0]?.id);
    expect(migrated.systemPrompt).toBe('Be brief.');
    expect('baseURL' in migrated).toBe(false);
    expect(isConfigured(migrated)).toBe(true);
    expect(isConfigured(DEFAULT_SETTINGS)).toBe(false);
  });

  it('should validate the whole form and say which profile is wrong', () => {
    const settings = settingsWithEndpoint({ baseURL: 'http://localhost:1234/v1' });
    const form = formFromSettings(settings);
    const bad = validateSettingsForm(
      {
        ...form,
        topP: '1.5',
        maxTokens: '4,096',
        profiles: form.profiles.map((p) => ({ ...p, baseURL: 'nope://x' })),
      },
      settings,
    );
    expect(bad).toEqual({
      errors: {
        'profile:p1:baseURL': { key: 'invalidBaseUrl' },
        topP: { key: 'invalidTopP' },
      },
    });
    const good = validateSettingsForm(
      { ...form, maxTokens: '4,096', stallTimeout: '300' },
      settings,
    );
    expect('settings' in good && good.settings).toMatchObject({
      maxTokens: 4096,
      stallTimeoutMs: 300_000,
    });
  });

  it('should read optional numbers as typed', () => {
    expect(parseOptionalNumber('', TEMPERATURE_RANGE)).toBeNull();
    expect(parseOptionalNumber('0,7', TEMPERATURE_RANGE)).toBe(0.7);
    expect(parseOptionalNumber('3', TEMPERATURE_RANGE)).toBe('invalid');
    expect(parseOptionalNumber('1.5', MAX_TOKENS_RANGE)).toBe('invalid');
    expect(parseOptionalNumber('8 192', MAX_TOKENS_RANGE)).toBe(8192);
  });
});

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

describe('error mapping', () => {
  const deepseek = errorContext({
    name: '',
    preset: 'deepseek',
    baseURL: 'https://api.deepseek.com/v1',
    apiKey: 'sk-secret-deepseek-123',
    model: 'deepseek-chat',
  });
  const ollama = errorContext({
    name: '',
    preset: 'ollama',
    baseURL: 'http://localhost:11434/v1',
    apiKey: '',
    model: 'llama3.2',
  });

  it.each([
    [
      new ChatError('auth', { status: 401 }),
      deepseek,
      'DeepSeek rejected the API key. Check the key in Settings (you can make a new one at https://platform.deepseek.com/api_keys), then retry.',
    ],
    [
      new ChatError('missing_key'),
      deepseek,
      'DeepSeek needs an API key. Get one at https://platform.deepseek.com/api_keys, paste it in Settings, then send again.',
    ],
    [
      new ChatError('rate_limit', { retryAfterSeconds: 12 }),
      deepseek,
      'DeepSeek is rate-limiting requests. Wait 12 s, then retry.',
    ],
    [
      new ChatError('not_found', { status: 404 }),
      deepseek,
      'DeepSeek has no model “deepseek-chat”, or the base URL is wrong. Pick a model from the list (Model for this chat, or Settings), then retry.',
    ],
    [
      new ChatError('network'),
      deepseek,
      'Could not reach DeepSeek (api.deepseek.com). Check your connection and the base URL in Settings, then retry.',
    ],
    [
      new ChatError('network'),
      ollama,
      'Could not reach Ollama (localhost:11434). Make sure it is running on this computer, then retry.',
    ],
    [
      new ChatError('not_api', { status: 200 }),
      deepseek,
      'DeepSeek (api.deepseek.com) answered with a web page instead of the API. Check the base URL in Settings (it usually ends in /v1), then retry.',
    ],
  ])('should explain %s', (error, context, sentence) => {
    expect(describeError(error, context).message).toBe(sentence);
  });

  it('should point a local 403 at the server’s origin setting, not at a key', () => {
    const message = describeError(new ChatError('auth', { status: 403 }), ollama).message;
    expect(message).toMatch(/^Ollama refused the request \(403\)/);
    expect(message).toContain('OLLAMA_ORIGINS');
  });

  it('should speak Chinese when asked', () => {
    setLocale('zh_CN');
    try {
      expect(describeError(new ChatError('missing_key'), deepseek).message).toBe(
        'DeepSeek 需要 API 密钥。请到 https://platform.deepseek.com/api_keys 获取，粘贴到设置中，然后重新发送。',
      );
    } finally {
      setLocale('en');
    }
  });

  it('should unwrap our own verdict from the SDK’s connection error', () => {
    const wrapped = new Error('Connection error.', { cause: new ChatError('not_api') });
    expect(toChatError(wrapped).code).toBe('not_api');
  });
});

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
        return ['a', 'b'];
      },
    );
    expect(answer).toEqual({ type: 'models', requestId: 'r', models: ['a', 'b'] });
    expect(seen).toEqual([
      expect.objectContaining({ baseURL: 'https://gw.example.com/v1', apiKey: 'sk-saved' }),
    ]);
  });

  it('should answer a failure with the sentence, never the key', async () => {
    const answer = await answerListModels(
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
    );
    expect(answer).toMatchObject({ type: 'models', requestId: 'r' });
    expect('error' in answer && answer.error).toMatch(/^Groq rejected the API key/);
    expect(JSON.stringify(answer)).not.toContain('sk-groq-secret-1');
  });
});
