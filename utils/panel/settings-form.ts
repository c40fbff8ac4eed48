// The settings form's values as typed, and how they become Settings.
import { QUOTE_LIMIT_RANGE, STALL_SECONDS_RANGE } from '@/utils/limits';
import { parseSiteList } from '@/utils/page/site-list';
import { parseOptionalNumber, rangeError, type FieldError } from './number-field';
import { parseSampling, samplingTexts } from './sampling';
import { draftFromPersona, validatePersonaDraft, type PersonaDraft } from './persona-form';
import { draftFromProfile, validateProfileDraft, type ProfileDraft } from './profile-form';
import type { LanguageChoice, Settings, ThemeChoice } from '@/utils/settings/model';

/** The settings form's values, as typed. */
export interface SettingsFormValues {
  profiles: ProfileDraft[];
  activeProfileId: string | null;
  systemPrompt: string;
  temperature: string;
  maxTokens: string;
  topP: string;
  personas: PersonaDraft[];
  defaultPersonaId: string | null;
  language: LanguageChoice;
  theme: ThemeChoice;
  allowRemoteImages: boolean;
  quoteTemplate: string;
  quoteLimit: string;
  stallTimeout: string;
  /** One site per line. */
  neverReadSites: string;
}

/**
 * Problems found on save: the form's own fields by name, a profile's or persona's as
 * `profile:<id>:<field>` / `persona:<id>:<field>` so the form can open the one at fault.
 */
export type SettingsErrors = Partial<Record<string, FieldError>>;

/** The form's starting values from stored settings. */
export function formFromSettings(settings: Settings): SettingsFormValues {
  return {
    profiles: settings.profiles.map(draftFromProfile),
    activeProfileId: settings.activeProfileId ?? settings.profiles[0]?.id ?? null,
    systemPrompt: settings.systemPrompt,
    ...samplingTexts(settings),
    personas: settings.personas.map(draftFromPersona),
    defaultPersonaId: settings.defaultPersonaId,
    language: settings.language,
    theme: settings.theme,
    allowRemoteImages: settings.allowRemoteImages,
    quoteTemplate: settings.quoteTemplate,
    quoteLimit: String(settings.quoteLimit),
    stallTimeout: String(Math.round(settings.stallTimeoutMs / 1000)),
    neverReadSites: settings.neverReadSites.join('\n'),
  };
}

/** Validates a list of drafts, filing each one's problems under `<kind>:<id>:<field>`. */
function validateEach<Draft extends { id: string }, Saved>(
  drafts: readonly Draft[],
  kind: 'profile' | 'persona',
  errors: SettingsErrors,
  validate: (draft: Draft) => { saved: Saved } | { errors: Partial<Record<string, FieldError>> },
): Saved[] {
  const saved: Saved[] = [];
  for (const draft of drafts) {
    const result = validate(draft);
    if ('saved' in result) saved.push(result.saved);
    else
      for (const [field, error] of Object.entries(result.errors)) {
        errors[`${kind}:${draft.id}:${field}`] = error;
      }
  }
  return saved;
}

function exists(id: string | null, list: readonly { id: string }[]): boolean {
  return id !== null && list.some((item) => item.id === id);
}

/** Checks the whole form; returns the settings to save or every problem found. */
export function validateSettingsForm(
  form: SettingsFormValues,
  current: Settings,
): { settings: Settings } | { errors: SettingsErrors } {
  const errors: SettingsErrors = {};
  const profiles = validateEach(form.profiles, 'profile', errors, (draft) => {
    const result = validateProfileDraft(draft);
    return 'profile' in result ? { saved: result.profile } : result;
  });
  const personas = validateEach(form.personas, 'persona', errors, (draft) => {
    const result = validatePersonaDraft(draft);
    return 'persona' in result ? { saved: result.persona } : result;
  });
  const sampling = parseSampling(form);
  if ('errors' in sampling) Object.assign(errors, sampling.errors);
  const quoteLimit = parseOptionalNumber(form.quoteLimit, QUOTE_LIMIT_RANGE);
  if (quoteLimit === 'invalid' || quoteLimit === null) {
    errors.quoteLimit = rangeError(QUOTE_LIMIT_RANGE, 'invalidQuoteLimit');
  }
  const stallSeconds = parseOptionalNumber(form.stallTimeout, STALL_SECONDS_RANGE);
  if (stallSeconds === 'invalid' || stallSeconds === null) {
    errors.stallTimeout = rangeError(STALL_SECONDS_RANGE, 'invalidStallTimeout');
  }
  if (
    Object.keys(errors).length > 0 ||
    !('values' in sampling) ||
    typeof quoteLimit !== 'number' ||
    typeof stallSeconds !== 'number'
  ) {
    return { errors };
  }
  return {
    settings: {
      ...current,
      profiles,
      activeProfileId: exists(form.activeProfileId, profiles)
        ? form.activeProfileId
        : (profiles[0]?.id ?? null),
      systemPrompt: form.systemPrompt,
      ...sampling.values,
      personas,
      defaultPersonaId: exists(form.defaultPersonaId, personas) ? form.defaultPersonaId : null,
      language: form.language,
      theme: form.theme,
      allowRemoteImages: form.allowRemoteImages,
      quoteTemplate: form.quoteTemplate,
      quoteLimit,
      stallTimeoutMs: Math.round(stallSeconds * 1000),
      neverReadSites: parseSiteList(form.neverReadSites),
    },
  };
}
