import { CONTEXT_WINDOW_RANGE, DEFAULT_QUOTE_LIMIT, inRange } from '@/utils/limits';
import type { Locale } from '@/utils/i18n/translate';
import { normalizeBaseURL } from '@/utils/providers/base-url';
import { isPresetId, PRESETS, presetForBaseURL, type PresetId } from '@/utils/providers/presets';
import { DEFAULT_TEMPLATES } from '@/utils/page/quote';

/** One saved provider: where to send requests and with which key. */
export interface ProviderProfile {
  id: string;
  preset: PresetId;
  /** What the user calls it ("Work OpenRouter"); the preset's name by default. */
  name: string;
  /** OpenAI-compatible base URL, e.g. https://api.openai.com/v1. */
  baseURL: string;
  /** Secret: lives only in browser.storage.local, never in IndexedDB, exports or messages. */
  apiKey: string;
  /** The model new conversations start with. */
  model: string;
  /** Extra request headers, for gateways (name → value). Treated as secret like the key. */
  headers: Record<string, string>;
  /** The model's context window in tokens when the user knows better (Ollama's num_ctx). */
  contextWindow?: number | null;
}

/** A reusable system prompt with optional generation settings ("Translator", "Researcher"). */
export interface Persona {
  id: string;
  name: string;
  prompt: string;
  /** null/'' leave the conversation's or the provider's default. */
  temperature: number | null;
  maxTokens: number | null;
  topP: number | null;
  model: string;
}

/** Sampling settings; null leaves the provider's default. */
export interface GenerationSettings {
  temperature: number | null;
  maxTokens: number | null;
  topP: number | null;
}

export type LanguageChoice = 'auto' | Locale;
export type ThemeChoice = 'auto' | 'light' | 'dark';

/** What the user configures, in browser.storage.local. */
export interface Settings extends GenerationSettings {
  profiles: ProviderProfile[];
  /** The profile new conversations use: the one last picked. */
  activeProfileId: string | null;
  /** The system prompt of conversations without a persona. */
  systemPrompt: string;
  personas: Persona[];
  /** The persona new conversations start with; null for none. */
  defaultPersonaId: string | null;
  language: LanguageChoice;
  theme: ThemeChoice;
  /** Abort a reply after this long without a byte (also before the first byte). */
  stallTimeoutMs: number;
  /** Show remote images in replies without a click (off: they can leak data in their URLs). */
  allowRemoteImages: boolean;
  /** Wraps a quote sent to the model; '' uses the default for the UI language. */
  quoteTemplate: string;
  /**
   * The quick actions' texts before the prompt library: read once, to seed it (see
   * utils/prompts/defaults.ts). Kept so a library never saved still starts from them.
   */
  explainTemplate?: string;
  summarizeTemplate?: string;
  translateTemplate?: string;
  /** Longest quote kept, in characters. */
  quoteLimit: number;
  /** Hosts whose pages are never read (their subdomains too), whatever the user clicks. */
  neverReadSites: string[];
}

/** Settings of a fresh install: nothing configured, so the panel shows the welcome screen. */
export const DEFAULT_SETTINGS: Settings = {
  profiles: [],
  activeProfileId: null,
  systemPrompt: '',
  temperature: null,
  maxTokens: null,
  topP: null,
  personas: [],
  defaultPersonaId: null,
  language: 'auto',
  theme: 'auto',
  stallTimeoutMs: 60_000,
  allowRemoteImages: false,
  quoteTemplate: '',
  quoteLimit: DEFAULT_QUOTE_LIMIT,
  neverReadSites: [],
};

/** A new profile for a preset, with its base URL and default model filled in. */
export function profileForPreset(id: string, preset: PresetId): ProviderProfile {
  const known = PRESETS[preset];
  return {
    id,
    preset,
    name: known.name,
    baseURL: known.baseURL,
    apiKey: '',
    model: known.defaultModel,
    headers: {},
  };
}

/** The profile new conversations use: the active one, else the first; null when none. */
export function activeProfile(settings: Settings): ProviderProfile | null {
  return (
    settings.profiles.find((profile) => profile.id === settings.activeProfileId) ??
    settings.profiles[0] ??
    null
  );
}

/** True when a model can be called: a profile with a base URL and a model. */
export function isConfigured(settings: Settings): boolean {
  const profile = activeProfile(settings);
  // The built-in model has no address to configure.
  const reachable =
    profile !== null &&
    (profile.baseURL.trim() !== '' || PRESETS[profile.preset].onDevice === true);
  return reachable && profile.model.trim() !== '';
}

/** The quote template: the user's, or the default for the language. */
export function quoteTemplateFor(settings: Settings, locale: Locale): string {
  return settings.quoteTemplate.trim() || DEFAULT_TEMPLATES[locale].quote;
}

/** Settings saved before profiles existed: one endpoint at the top level. */
interface LegacySettings {
  baseURL?: unknown;
  apiKey?: unknown;
  model?: unknown;
}

/** Turns the one endpoint of version-1 settings into a profile, recognising known providers. */
function profileFromLegacy(legacy: LegacySettings): ProviderProfile | null {
  const baseURL = typeof legacy.baseURL === 'string' ? normalizeBaseURL(legacy.baseURL) : null;
  if (!baseURL) return null;
  const preset = presetForBaseURL(baseURL);
  return {
    ...profileForPreset('migrated', preset),
    baseURL,
    apiKey: typeof legacy.apiKey === 'string' ? legacy.apiKey : '',
    model: typeof legacy.model === 'string' ? legacy.model : '',
  };
}

/** Coerces anything read from storage (this version or the first) into complete Settings. */
export function withDefaults(
  stored: (Partial<Settings> & LegacySettings) | null | undefined,
): Settings {
  if (!stored) return { ...DEFAULT_SETTINGS };
  const { baseURL: _url, apiKey: _key, model: _model, ...rest } = stored;
  const settings: Settings = { ...DEFAULT_SETTINGS, ...rest };
  if (!Array.isArray(stored.profiles)) {
    const migrated = profileFromLegacy(stored);
    settings.profiles = migrated ? [migrated] : [];
    settings.activeProfileId = migrated?.id ?? null;
  }
  if (!Array.isArray(settings.neverReadSites)) settings.neverReadSites = [];
  settings.profiles = settings.profiles.map((profile) => ({
    ...profile,
    preset: isPresetId(profile.preset) ? profile.preset : 'custom',
    headers: profile.headers ?? {},
    contextWindow: inRange(profile.contextWindow, CONTEXT_WINDOW_RANGE)
      ? profile.contextWindow
      : null,
  }));
  return settings;
}
