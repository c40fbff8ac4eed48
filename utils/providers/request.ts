// Which endpoint, model and prompt one reply uses: settings, persona and conversation combined.
import type { ErrorContext } from './errors';
import { hostOf, isLocalURL, PRESETS, type PresetId } from './presets';
import {
  activeProfile,
  type GenerationSettings,
  type Persona,
  type ProviderProfile,
  type Settings,
} from '@/utils/settings/model';

/** A conversation's own choices; an absent field follows the persona, then the settings. */
export interface ConversationOptions {
  /** The provider profile it talks to (falls back to the active one if deleted). */
  profileId?: string;
  /** The model picked for it; absent: the persona's, then the profile's default. */
  model?: string;
  /** Its persona; null for none, absent for the settings' default persona. */
  personaId?: string | null;
  /** Overrides of the persona's system prompt and sampling, for this conversation only. */
  systemPrompt?: string;
  temperature?: number;
  maxTokens?: number;
  topP?: number;
}

/** Everything one chat completion request needs. Holds the key: never log or send it. */
export interface RequestConfig extends GenerationSettings {
  profileId: string;
  preset: PresetId;
  /** The profile's own name ('' for the preset's). */
  name: string;
  /** The provider as users know it ("DeepSeek", or the profile's name for Custom). */
  providerName: string;
  baseURL: string;
  apiKey: string;
  headers: Record<string, string>;
  model: string;
  systemPrompt: string;
  stallTimeoutMs: number;
}

/** Why a request cannot be made yet. */
export type ResolveProblem = 'not_configured' | 'missing_key';

/** The persona a conversation uses, or null. */
export function personaOf(settings: Settings, options: ConversationOptions = {}): Persona | null {
  const id = options.personaId === undefined ? settings.defaultPersonaId : options.personaId;
  return settings.personas.find((persona) => persona.id === id) ?? null;
}

/** The profile a conversation talks to: its own if it still exists, else the active one. */
export function profileOf(
  settings: Settings,
  options: ConversationOptions = {},
): ProviderProfile | null {
  return (
    settings.profiles.find((profile) => profile.id === options.profileId) ?? activeProfile(settings)
  );
}

/** The name to show for a profile: its own, its preset's, or (Custom) its host. */
export function providerName(
  profile: Pick<ProviderProfile, 'name' | 'preset' | 'baseURL'>,
): string {
  const own = profile.name.trim();
  if (own) return own;
  return profile.preset === 'custom'
    ? hostOf(profile.baseURL) || PRESETS.custom.name
    : PRESETS[profile.preset].name;
}

/** A new conversation's choices: the active provider and default persona, unless the panel chose. */
export function startingOptions(
  settings: Settings,
  chosen: ConversationOptions = {},
): ConversationOptions {
  const profile = profileOf(settings, chosen);
  return {
    ...(profile && { profileId: profile.id }),
    personaId: settings.defaultPersonaId,
    ...chosen,
  };
}

/** Picks the first value that is set: conversation, then persona, then settings. */
function firstSet<T>(...values: (T | null | undefined)[]): T | null {
  for (const value of values) if (value !== undefined && value !== null) return value;
  return null;
}

/** Combines settings, persona and conversation into one request, or says what is missing. */
export function resolveRequest(
  settings: Settings,
  options: ConversationOptions = {},
): RequestConfig | ResolveProblem {
  const profile = profileOf(settings, options);
  if (!profile || !profile.baseURL.trim()) return 'not_configured';
  const persona = personaOf(settings, options);
  const model = (options.model?.trim() || persona?.model.trim() || profile.model.trim()) ?? '';
  if (!model) return 'not_configured';
  if (PRESETS[profile.preset].needsKey && !profile.apiKey.trim()) return 'missing_key';
  return {
    profileId: profile.id,
    preset: profile.preset,
    name: profile.name,
    providerName: providerName(profile),
    baseURL: profile.baseURL,
    apiKey: profile.apiKey.trim(),
    headers: profile.headers,
    model,
    systemPrompt: options.systemPrompt ?? persona?.prompt ?? settings.systemPrompt,
    temperature: firstSet(options.temperature, persona?.temperature, settings.temperature),
    maxTokens: firstSet(options.maxTokens, persona?.maxTokens, settings.maxTokens),
    topP: firstSet(options.topP, persona?.topP, settings.topP),
    stallTimeoutMs: settings.stallTimeoutMs,
  };
}

/** What an error sentence may say about the request: names and host, never the key. */
export function errorContext(
  source:
    | (Pick<ProviderProfile, 'name' | 'preset' | 'baseURL' | 'apiKey'> & {
        model?: string;
        stallTimeoutMs?: number;
      })
    | null,
): ErrorContext {
  if (!source) {
    return {
      provider: '',
      host: '',
      keyPage: '',
      local: false,
      model: '',
      apiKey: '',
      stallSeconds: 0,
    };
  }
  const preset = PRESETS[source.preset];
  return {
    provider: providerName(source),
    host: hostOf(source.baseURL),
    keyPage: preset.keyPage,
    local: preset.local || isLocalURL(source.baseURL),
    model: source.model ?? '',
    apiKey: source.apiKey,
    stallSeconds: Math.round((source.stallTimeoutMs ?? 0) / 1000),
  };
}

/** The options if `raw` is well formed (from a panel message or a stored conversation), else null. */
export function parseConversationOptions(raw: unknown): ConversationOptions | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const value = raw as Record<string, unknown>;
  const options: ConversationOptions = {};
  const text = (key: string, max: number) =>
    value[key] === undefined || (typeof value[key] === 'string' && value[key].length <= max);
  const number = (key: string, min: number, max: number) =>
    value[key] === undefined ||
    (typeof value[key] === 'number' && value[key] >= min && value[key] <= max);
  const ok =
    text('profileId', 128) &&
    text('model', 256) &&
    (value.personaId === null || text('personaId', 128)) &&
    text('systemPrompt', 1_000_000) &&
    number('temperature', 0, 2) &&
    number('maxTokens', 1, 10_000_000) &&
    number('topP', 0, 1);
  if (!ok) return null;
  for (const key of ['profileId', 'model', 'personaId', 'systemPrompt'] as const) {
    if (value[key] !== undefined) Object.assign(options, { [key]: value[key] });
  }
  for (const key of ['temperature', 'maxTokens', 'topP'] as const) {
    if (value[key] !== undefined) options[key] = value[key] as number;
  }
  if (options.maxTokens !== undefined && !Number.isInteger(options.maxTokens)) return null;
  return options;
}
