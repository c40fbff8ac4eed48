// The provider editor's values as typed, and how they become a saved ProviderProfile.
import { CONTEXT_WINDOW_RANGE, HEADER_LIMITS } from '@/utils/limits';
import { isAllowedHeader } from '@/utils/providers/model-target';
import { numberText, parseOptionalNumber, rangeError, type FieldError } from './number-field';
import { normalizeBaseURL } from '@/utils/providers/base-url';
import { PRESETS, typesBaseURL, type PresetId } from '@/utils/providers/presets';
import { providerName } from '@/utils/providers/request';
import { profileForPreset, type ProviderProfile } from '@/utils/settings/model';

/** A profile as the form holds it: headers as editable text. */
export type ProfileDraft = Omit<ProviderProfile, 'headers' | 'contextWindow'> & {
  headers: string;
  contextWindow: string;
};

export type ProfileField = 'name' | 'baseURL' | 'apiKey' | 'model' | 'headers' | 'contextWindow';

/** Headers as lines of `Name: value`. */
function headersToText(headers: Record<string, string>): string {
  return Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');
}

/** Reads `Name: value` lines (blank lines skipped); the 1-based number of the first bad line. */
export function parseHeaderLines(
  text: string,
): { headers: Record<string, string> } | { badLine: number } {
  const headers: Record<string, string> = {};
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (!line.trim()) continue;
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (
      colon < 1 ||
      !isAllowedHeader(name, value) ||
      Object.keys(headers).length >= HEADER_LIMITS.count
    ) {
      return { badLine: index + 1 };
    }
    headers[name] = value;
  }
  return { headers };
}

export function draftFromProfile(profile: ProviderProfile): ProfileDraft {
  return {
    ...profile,
    headers: headersToText(profile.headers),
    contextWindow: numberText(profile.contextWindow),
  };
}

/** A fresh draft for a preset. */
export function newProfileDraft(id: string, preset: PresetId): ProfileDraft {
  return draftFromProfile(profileForPreset(id, preset));
}

/**
 * Switches a draft to another provider: its base URL and default model come along, unless
 * the user had typed their own (Custom keeps the URL typed so far).
 */
export function withPreset(draft: ProfileDraft, preset: PresetId): ProfileDraft {
  const before = PRESETS[draft.preset];
  const after = PRESETS[preset];
  const ownName = draft.name.trim() !== '' && draft.name !== before.name;
  const ownModel = draft.model.trim() !== '' && draft.model !== before.defaultModel;
  return {
    ...draft,
    preset,
    name: ownName ? draft.name : after.name,
    baseURL: typesBaseURL(preset) ? draft.baseURL : after.baseURL,
    model: ownModel ? draft.model : after.defaultModel,
  };
}

/** Checks a draft; returns the profile to save, or the problems by field. */
export function validateProfileDraft(
  draft: ProfileDraft,
): { profile: ProviderProfile } | { errors: Partial<Record<ProfileField, FieldError>> } {
  const errors: Partial<Record<ProfileField, FieldError>> = {};
  const preset = PRESETS[draft.preset];
  // The built-in model has no address: '' is its base URL.
  const baseURL = preset.onDevice
    ? ''
    : normalizeBaseURL(typesBaseURL(draft.preset) ? draft.baseURL : preset.baseURL);
  if (baseURL === null) errors.baseURL = { key: 'invalidBaseUrl' };
  const apiKey = draft.apiKey.trim();
  const name = draft.name.trim();
  if (preset.needsKey && !apiKey) {
    errors.apiKey = {
      key: 'keyRequired',
      params: { provider: providerName({ ...draft, name, baseURL: baseURL ?? '' }) },
    };
  }
  const model = draft.model.trim();
  if (!model) errors.model = { key: 'modelRequired' };
  const headers = parseHeaderLines(draft.headers);
  if ('badLine' in headers) {
    errors.headers = { key: 'invalidHeaders', params: { line: headers.badLine } };
  }
  const contextWindow = parseOptionalNumber(draft.contextWindow, CONTEXT_WINDOW_RANGE);
  if (contextWindow === 'invalid') errors.contextWindow = rangeError(CONTEXT_WINDOW_RANGE);
  if (
    Object.keys(errors).length > 0 ||
    baseURL === null ||
    'badLine' in headers ||
    contextWindow === 'invalid'
  ) {
    return { errors };
  }
  return {
    profile: {
      id: draft.id,
      preset: draft.preset,
      name,
      baseURL,
      apiKey,
      model,
      headers: headers.headers,
      contextWindow,
    },
  };
}
