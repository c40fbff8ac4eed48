/** The providers Sidechat knows by name; `custom` is any other OpenAI-compatible endpoint. */
export const PRESET_IDS = [
  'builtin',
  'openai',
  'azure',
  'anthropic',
  'gemini',
  'deepseek',
  'moonshot',
  'dashscope',
  'siliconflow',
  'mistral',
  'xai',
  'groq',
  'openrouter',
  'ollama',
  'lmstudio',
  'custom',
] as const;

export type PresetId = (typeof PRESET_IDS)[number];

/** What Sidechat knows about a provider so users never have to look up a base URL. */
export interface ProviderPreset {
  id: PresetId;
  /** Shown in menus and error sentences; a brand name, the same in every language. */
  name: string;
  /** '' for Custom: the user types it. */
  baseURL: string;
  /** Calls fail without a key (local servers take none). */
  needsKey: boolean;
  /** Where a user gets a key, named in the key field's hint and in "wrong key" errors. */
  keyPage: string;
  /** Filled into the Model field until the user picks from the fetched list. */
  defaultModel: string;
  /** Runs on the user's own machine: no key, and the Origin header is dropped (see local-origin). */
  local: boolean;
  /**
   * Whether earlier replies' reasoning goes back with the conversation: Moonshot's thinking
   * models require their `reasoning_content` back; DeepSeek answers 400 when it is sent.
   */
  replayReasoning?: boolean;
  /** Headers the provider requires on every request (Anthropic's for calls from a browser). */
  headers?: Readonly<Record<string, string>>;
  /** The highest temperature it takes (Anthropic: 1); higher settings are sent as this. */
  temperatureMax?: number;
  /** Azure takes the key in an `api-key` header, not as a Bearer token. */
  keyHeader?: 'api-key';
  /** The Model field names a deployment (Azure), said in its hint and in errors. */
  modelIsDeployment?: boolean;
  /** The browser's own model (the Prompt API): no address, no key, no network. */
  onDevice?: boolean;
}

export const PRESETS: Record<PresetId, ProviderPreset> = {
  builtin: {
    id: 'builtin',
    name: 'Chrome built-in AI (Gemini Nano)',
    baseURL: '',
    needsKey: false,
    keyPage: '',
    defaultModel: 'gemini-nano',
    local: false,
    onDevice: true,
  },
  openai: {
    id: 'openai',
    name: 'OpenAI',
    baseURL: 'https://api.openai.com/v1',
    needsKey: true,
    keyPage: 'https://platform.openai.com/api-keys',
    defaultModel: 'gpt-4o-mini',
    local: false,
  },
  azure: {
    id: 'azure',
    name: 'Azure OpenAI',
    // The user's own resource: https://RESOURCE.openai.azure.com/openai/v1 (the v1 API,
    // which needs no api-version and takes the deployment's name as the model).
    baseURL: '',
    needsKey: true,
    keyPage: 'https://ai.azure.com',
    defaultModel: '',
    local: false,
    keyHeader: 'api-key',
    modelIsDeployment: true,
  },
  anthropic: {
    id: 'anthropic',
    name: 'Anthropic (Claude)',
    // Anthropic's OpenAI-compatible endpoint; its own Messages API is not used.
    baseURL: 'https://api.anthropic.com/v1',
    needsKey: true,
    keyPage: 'https://console.anthropic.com/settings/keys',
    defaultModel: 'claude-sonnet-4-5',
    local: false,
    // Without it Anthropic answers 401 to any request that carries a browser's Origin.
    headers: { 'anthropic-dangerous-direct-browser-access': 'true' },
    temperatureMax: 1,
  },
  dashscope: {
    id: 'dashscope',
    name: 'Qwen (DashScope)',
    baseURL: 'https://dashscope.aliyuncs.com/compatible-mode/v1',
    needsKey: true,
    keyPage: 'https://bailian.console.aliyun.com/?apiKey=1',
    defaultModel: 'qwen-plus',
    local: false,
  },
  siliconflow: {
    id: 'siliconflow',
    name: 'SiliconFlow',
    baseURL: 'https://api.siliconflow.cn/v1',
    needsKey: true,
    keyPage: 'https://cloud.siliconflow.cn/account/ak',
    defaultModel: 'deepseek-ai/DeepSeek-V3',
    local: false,
  },
  mistral: {
    id: 'mistral',
    name: 'Mistral',
    baseURL: 'https://api.mistral.ai/v1',
    needsKey: true,
    keyPage: 'https://console.mistral.ai/api-keys',
    defaultModel: 'mistral-small-latest',
    local: false,
  },
  xai: {
    id: 'xai',
    name: 'xAI (Grok)',
    baseURL: 'https://api.x.ai/v1',
    needsKey: true,
    keyPage: 'https://console.x.ai',
    defaultModel: 'grok-3-mini',
    local: false,
  },
  moonshot: {
    id: 'moonshot',
    name: 'Moonshot (Kimi)',
    baseURL: 'https://api.moonshot.cn/v1',
    needsKey: true,
    keyPage: 'https://platform.moonshot.cn/console/api-keys',
    defaultModel: 'kimi-k2-0905-preview',
    local: false,
    replayReasoning: true,
  },
  deepseek: {
    id: 'deepseek',
    name: 'DeepSeek',
    // DeepSeek documents both https://api.deepseek.com and …/v1; /v1 matches the others.
    baseURL: 'https://api.deepseek.com/v1',
    needsKey: true,
    keyPage: 'https://platform.deepseek.com/api_keys',
    defaultModel: 'deepseek-chat',
    local: false,
  },
  openrouter: {
    id: 'openrouter',
    name: 'OpenRouter',
    baseURL: 'https://openrouter.ai/api/v1',
    needsKey: true,
    keyPage: 'https://openrouter.ai/keys',
    defaultModel: 'openai/gpt-4o-mini',
    local: false,
  },
  gemini: {
    id: 'gemini',
    name: 'Google Gemini',
    baseURL: 'https://generativelanguage.googleapis.com/v1beta/openai',
    needsKey: true,
    keyPage: 'https://aistudio.google.com/apikey',
    defaultModel: 'gemini-2.5-flash',
    local: false,
  },
  groq: {
    id: 'groq',
    name: 'Groq',
    baseURL: 'https://api.groq.com/openai/v1',
    needsKey: true,
    keyPage: 'https://console.groq.com/keys',
    defaultModel: 'llama-3.3-70b-versatile',
    local: false,
  },
  ollama: {
    id: 'ollama',
    name: 'Ollama',
    baseURL: 'http://localhost:11434/v1',
    needsKey: false,
    keyPage: '',
    defaultModel: 'llama3.2',
    local: true,
  },
  lmstudio: {
    id: 'lmstudio',
    name: 'LM Studio',
    baseURL: 'http://localhost:1234/v1',
    needsKey: false,
    keyPage: '',
    defaultModel: '',
    local: true,
  },
  custom: {
    id: 'custom',
    name: 'Custom',
    baseURL: '',
    needsKey: false,
    keyPage: '',
    defaultModel: '',
    local: false,
  },
};

/** True for a string naming one of our presets. */
export function isPresetId(value: unknown): value is PresetId {
  return typeof value === 'string' && (PRESET_IDS as readonly string[]).includes(value);
}

/**
 * The preset a base URL belongs to, for settings saved before presets existed and for a
 * Custom URL that turns out to be a known provider. Compares origin and path, ignoring case
 * and a trailing slash.
 */
export function presetForBaseURL(baseURL: string): PresetId {
  const clean = baseURL.trim().replace(/\/+$/, '').toLowerCase();
  for (const id of PRESET_IDS) {
    const preset = PRESETS[id];
    if (preset.baseURL && preset.baseURL.toLowerCase() === clean) return id;
  }
  return 'custom';
}

/** The user types this provider's base URL (Custom, and Azure's per-resource endpoint). */
export function typesBaseURL(preset: PresetId): boolean {
  return PRESETS[preset].baseURL === '' && !PRESETS[preset].onDevice;
}

/** The header that carries the key: a Bearer token for most, `api-key` for Azure. */
export function keyHeaders(preset: PresetId, apiKey: string): Record<string, string> {
  if (!apiKey) return {};
  return PRESETS[preset].keyHeader === 'api-key'
    ? { 'api-key': apiKey }
    : { authorization: `Bearer ${apiKey}` };
}
