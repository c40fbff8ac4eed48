// The settings form's values as typed, and how they become Settings.
import {
  MAX_TOKENS_RANGE,
  numberText,
  parseOptionalNumber,
  TEMPERATURE_RANGE,
  TOP_P_RANGE,
} from './number-input';
import { draftFromPersona, validatePersonaDraft, type PersonaDraft } from './persona-form';
import {
  draftFromProfile,
  validateProfileDraft,
  type FieldError,
  type ProfileDraft,
} from './profile-form';
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
  explainTemplate: string;
  summarizeTemplate: string;
  translateTemplate: string;
  quoteLimit: string;
  stallTimeout: string;
}

/** Fields of the form itself that can be wrong. */
export type SettingsField = 'temperature' | 'maxTokens' | 'topP' | 'quoteLimit' | 'stallTimeout';

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
    temperature: numberText(settings.temperature),
    maxTokens: numberText(settings.maxTokens),
    topP: numberText(settings.topP),
    personas: settings.personas.map(draftFromPersona),
    defaultPersonaId: settings.defaultPersonaId,
    language: settings.language,
    theme: settings.theme,
    allowRemoteImages: settings.allowRemoteImages,
    quoteTemplate: settings.quoteTemplate,
    explainTemplate: settings.explainTemplate,
    summarizeTemplate: settings.summarizeTemplate,
    translateTemplate: settings.translateTemplate,
    quoteLimit: String(settings.quoteLimit),
    stallTimeout: String(Math.round(settings.stallTimeoutMs / 1000)),
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
  const temperature = parseOptionalNumber(form.temperature, TEMPERATURE_RANGE);
  if (temperature === 'invalid') errors.temperature = { key: 'invalidTemperature' };
  const maxTokens = parseOptionalNumber(form.maxTokens, MAX_TOKENS_RANGE);
  if (maxTokens === 'invalid') errors.maxTokens = { key: 'invalidMaxTokens' };
  const topP = parseOptionalNumber(form.topP, TOP_P_RANGE);
  if (topP === 'invalid') errors.topP = { key: 'invalidTopP' };
  const quoteLimit = parseOptionalNumber(form.quoteLimit, {
    min: 100,
    max: 1_000_000,
    integer: true,
  });
  if (quoteLimit === 'invalid' || quoteLimit === null) {
    errors.quoteLimit = { key: 'invalidQuoteLimit' };
  }
  const stallSeconds = parseOptionalNumber(form.stallTimeout, { min: 1, max: 3600 });
  if (stallSeconds === 'invalid' || stallSeconds === null) {
    errors.stallTimeout = { key: 'invalidStallTimeout' };
  }
  if (
    Object.keys(errors).length > 0 ||
    temperature === 'invalid' ||
    maxTokens === 'invalid' ||
    topP === 'invalid' ||
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
      temperature,
      maxTokens,
      topP,
      personas,
      defaultPersonaId: exists(form.defaultPersonaId, personas) ? form.defaultPersonaId : null,
      language: form.language,
      theme: form.theme,
      allowRemoteImages: form.allowRemoteImages,
      quoteTemplate: form.quoteTemplate,
      explainTemplate: form.explainTemplate,
      summarizeTemplate: form.summarizeTemplate,
      translateTemplate: form.translateTemplate,
      quoteLimit,
      stallTimeoutMs: Math.round(stallSeconds * 1000),
    },
  };
}
