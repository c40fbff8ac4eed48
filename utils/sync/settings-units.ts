// The settings as sync sees them: small units (one setting, one provider, one persona, one
// prompt, and the order of each list) that merge one by one, so a persona added on one
// computer and a theme changed on another both survive. Keys never become units: a provider
// travels without its API key and headers, and each computer keeps its own.
import { z } from 'zod/mini';
import {
  CONTEXT_WINDOW_RANGE,
  MAX_ID_LENGTH,
  MAX_MODEL_NAME,
  PROMPT_LIMITS,
  QUOTE_LIMIT_RANGE,
  SAMPLING_RANGES,
  type NumberRange,
} from '@/utils/limits';
import { canonicalJson } from './canonical-json';
import { parsePrompt, type PromptLibrary, type SavedPrompt } from '@/utils/prompts/library';
import { isPresetId } from '@/utils/providers/presets';
import {
  DEFAULT_SETTINGS,
  type Persona,
  type ProviderProfile,
  type Settings,
} from '@/utils/settings/model';

/** Settings that sync as they are. The active provider stays per computer: keys do too. */
const SCALARS = [
  'systemPrompt',
  'temperature',
  'maxTokens',
  'topP',
  'defaultPersonaId',
  'language',
  'theme',
  'stallTimeoutMs',
  'allowRemoteImages',
  'quoteTemplate',
  'quoteLimit',
  'neverReadSites',
] as const satisfies (keyof Settings)[];
type Scalar = (typeof SCALARS)[number];

/** A provider as it travels: everything but its secrets. */
export type SharedProfile = Omit<ProviderProfile, 'apiKey' | 'headers'>;

/** Unit key → value; null is a deleted provider, persona or prompt. */
export type Units = Map<string, unknown>;

const LISTS = { profile: 'profiles', persona: 'personas', prompt: 'prompts' } as const;
type ListKind = keyof typeof LISTS;
const orderKey = (kind: ListKind) => `${LISTS[kind]}.order`;
const TRANSLATE_TO = 'prompts.translateTo';

const ranged = (range: NumberRange) =>
  z.number().check(
    z.refine((value) => value >= range.min && value <= range.max),
    z.refine((value) => !range.integer || Number.isInteger(value)),
  );
const text = (max: number) => z.string().check(z.maxLength(max));
const id = z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH));
const LONG_TEXT = 200_000;

const scalarSchemas: Record<Scalar, z.ZodMiniType> = {
  systemPrompt: text(LONG_TEXT),
  temperature: z.nullable(ranged(SAMPLING_RANGES.temperature)),
  maxTokens: z.nullable(ranged(SAMPLING_RANGES.maxTokens)),
  topP: z.nullable(ranged(SAMPLING_RANGES.topP)),
  defaultPersonaId: z.nullable(id),
  language: z.enum(['auto', 'en', 'zh_CN']),
  theme: z.enum(['auto', 'light', 'dark']),
  stallTimeoutMs: ranged({ min: 1000, max: 3_600_000 }),
  allowRemoteImages: z.boolean(),
  quoteTemplate: text(LONG_TEXT),
  quoteLimit: ranged(QUOTE_LIMIT_RANGE),
  neverReadSites: z.array(text(300)).check(z.maxLength(1000)),
};

const profileSchema = z.object({
  id,
  preset: z.string().check(z.refine((value) => isPresetId(value))),
  name: text(200),
  baseURL: text(2000),
  model: text(MAX_MODEL_NAME),
  contextWindow: z.optional(z.nullable(ranged(CONTEXT_WINDOW_RANGE))),
});

const personaSchema = z.object({
  id,
  name: text(200),
  prompt: text(LONG_TEXT),
  temperature: z.nullable(ranged(SAMPLING_RANGES.temperature)),
  maxTokens: z.nullable(ranged(SAMPLING_RANGES.maxTokens)),
  topP: z.nullable(ranged(SAMPLING_RANGES.topP)),
  model: text(MAX_MODEL_NAME),
});

const orderSchema = z.array(id).check(z.maxLength(10_000));

function kindOf(key: string): ListKind | null {
  const kind = key.slice(0, key.indexOf(':'));
  return kind === 'profile' || kind === 'persona' || kind === 'prompt' ? kind : null;
}

function checked(schema: z.ZodMiniType, raw: unknown): { value: unknown } | undefined {
  const parsed = schema.safeParse(raw);
  return parsed.success ? { value: parsed.data } : undefined;
}

/**
 * A unit read from the server as this version can use it (unknown fields dropped), or
 * undefined when its key is unknown or its value has the wrong shape.
 */
export function parseUnit(key: string, value: unknown): { value: unknown } | undefined {
  const kind = kindOf(key);
  if (kind) {
    if (value === null) return { value: null };
    const itemId = key.slice(kind.length + 1);
    const parsed =
      kind === 'profile'
        ? checked(profileSchema, value)
        : kind === 'persona'
          ? checked(personaSchema, value)
          : ((prompt) => (prompt ? { value: prompt } : undefined))(parsePrompt(value));
    return (parsed?.value as { id?: unknown } | undefined)?.id === itemId ? parsed : undefined;
  }
  if (key === TRANSLATE_TO) return checked(text(PROMPT_LIMITS.name), value);
  if (Object.values(LISTS).some((list) => key === `${list}.order`))
    return checked(orderSchema, value);
  const name = key.startsWith('setting:') ? key.slice('setting:'.length) : '';
  return (SCALARS as readonly string[]).includes(name)
    ? checked(scalarSchemas[name as Scalar], value)
    : undefined;
}

function shareProfile({ apiKey: _key, headers: _headers, ...shared }: ProviderProfile) {
  return shared satisfies SharedProfile;
}

/** The units of this computer's settings and prompt library (null: the defaults, not saved). */
export function unitsOf(settings: Settings, library: PromptLibrary | null): Units {
  const units: Units = new Map();
  for (const name of SCALARS) units.set(`setting:${name}`, settings[name]);
  const list = <T extends { id: string }>(
    kind: ListKind,
    items: T[],
    share: (item: T) => unknown,
  ) => {
    units.set(
      orderKey(kind),
      items.map((item) => item.id),
    );
    for (const item of items) units.set(`${kind}:${item.id}`, share(item));
  };
  list('profile', settings.profiles, shareProfile);
  list('persona', settings.personas, (persona) => persona);
  if (library) {
    list('prompt', library.prompts, (prompt) => prompt);
    units.set(TRANSLATE_TO, library.translateTo);
  }
  return units;
}

/** The units a fresh install has: these lose to anything set on another computer. */
export function isDefaultUnit(key: string, value: unknown): boolean {
  if (key.endsWith('.order')) return Array.isArray(value) && value.length === 0;
  if (!key.startsWith('setting:')) return false;
  const name = key.slice('setting:'.length) as Scalar;
  return JSON.stringify(DEFAULT_SETTINGS[name]) === JSON.stringify(value);
}

/** Whether a unit that is gone from this computer was deleted here (and should travel so). */
export function isDeletable(key: string, library: PromptLibrary | null): boolean {
  const kind = kindOf(key);
  // A library back on its defaults says nothing about the prompts other computers keep.
  return kind !== null && (kind !== 'prompt' || library !== null);
}

/** The items of one list in the merged order: ordered ones first, then the rest by id. */
function mergedList<T>(units: Units, kind: ListKind): T[] {
  const order = units.get(orderKey(kind));
  const ids = Array.isArray(order) ? order.filter((item) => typeof item === 'string') : [];
  const prefix = `${kind}:`;
  const rest = [...units.keys()]
    .filter((key) => key.startsWith(prefix) && !ids.includes(key.slice(prefix.length)))
    .map((key) => key.slice(prefix.length))
    .toSorted();
  const items: T[] = [];
  for (const itemId of new Set([...ids, ...rest])) {
    const value = units.get(`${prefix}${itemId}`);
    if (value !== null && value !== undefined) items.push(value as T);
  }
  return items;
}

/**
 * This computer's settings and library with the merged units in them. Each provider keeps
 * this computer's key and headers (none for a provider new here); the active provider stays.
 */
export function withUnits(
  settings: Settings,
  library: PromptLibrary | null,
  units: Units,
): { settings: Settings; library: PromptLibrary | null } {
  const next: Settings = { ...settings };
  for (const name of SCALARS) {
    const key = `setting:${name}`;
    if (units.has(key)) (next as unknown as Record<string, unknown>)[name] = units.get(key);
  }
  const local = new Map(settings.profiles.map((profile) => [profile.id, profile]));
  next.profiles = mergedList<SharedProfile>(units, 'profile').map((shared) => ({
    ...shared,
    apiKey: local.get(shared.id)?.apiKey ?? '',
    headers: local.get(shared.id)?.headers ?? {},
  }));
  if (!next.profiles.some((profile) => profile.id === next.activeProfileId))
    next.activeProfileId = next.profiles[0]?.id ?? null;
  next.personas = mergedList<Persona>(units, 'persona');
  if (!next.personas.some((persona) => persona.id === next.defaultPersonaId))
    next.defaultPersonaId = null;
  const prompts = mergedList<SavedPrompt>(units, 'prompt');
  const sharedLibrary = units.has(TRANSLATE_TO) || units.has(orderKey('prompt'));
  const nextLibrary =
    library || sharedLibrary
      ? {
          prompts,
          translateTo: String(units.get(TRANSLATE_TO) ?? library?.translateTo ?? ''),
        }
      : null;
  return { settings: next, library: nextLibrary };
}

/**
 * What Save writes when the settings changed elsewhere (a sync) while the form was open: the
 * user's edits over the current settings, never the form's stale copy of the rest. `base` is
 * what the form started from, `saved` what it would save, `current` what is stored now.
 */
export function savedOver(base: Settings, saved: Settings, current: Settings): Settings {
  if (canonicalJson(base) === canonicalJson(current)) return saved;
  const before = unitsOf(base, null);
  const mine = unitsOf(saved, null);
  const units: Units = unitsOf(current, null);
  for (const [key, value] of mine)
    if (canonicalJson(before.get(key)) !== canonicalJson(value)) units.set(key, value);
  for (const key of before.keys()) if (!mine.has(key)) units.set(key, null);
  // Keys are not units: the form's for its providers, the stored ones for providers new here.
  const formIds = new Set(saved.profiles.map((profile) => profile.id));
  const withKeys: Settings = {
    ...current,
    activeProfileId: saved.activeProfileId,
    profiles: [...saved.profiles, ...current.profiles.filter((item) => !formIds.has(item.id))],
  };
  return withUnits(withKeys, null, units).settings;
}
