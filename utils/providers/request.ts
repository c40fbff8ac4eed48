// Which endpoint, model and prompt one reply uses: settings, persona and conversation combined.
import type { ConversationOptions } from '@/utils/history/types';
import type { Adaptations } from './adaptation';
import { hostOf } from './base-url';
import { PRESETS, type PresetId } from './presets';
import {
  activeProfile,
  type GenerationSettings,
  type Persona,
  type ProviderProfile,
  type Settings,
} from '@/utils/settings/model';

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
  /** What this profile's server was found to refuse (the background adds them). */
  adaptations?: Adaptations;
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
  if (!profile || (!profile.baseURL.trim() && !PRESETS[profile.preset].onDevice)) {
    return 'not_configured';
  }
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
    // The preset's required headers first: the user's own may override them.
    headers: { ...PRESETS[profile.preset].headers, ...profile.headers },
    model,
    systemPrompt: options.systemPrompt ?? persona?.prompt ?? settings.systemPrompt,
    temperature: firstSet(options.temperature, persona?.temperature, settings.temperature),
    maxTokens: firstSet(options.maxTokens, persona?.maxTokens, settings.maxTokens),
    topP: firstSet(options.topP, persona?.topP, settings.topP),
    stallTimeoutMs: settings.stallTimeoutMs,
  };
}
