// Temperature, max tokens and top P as typed into Settings, a persona or one chat: one parser.
import { SAMPLING_KEYS, SAMPLING_RANGES, type SamplingKey } from '@/utils/limits';
import { numberText, parseOptionalNumber, rangeError, type FieldError } from './number-field';

/** The three sampling fields as typed. */
export type SamplingTexts = Record<SamplingKey, string>;
/** The three sampling numbers; null follows the default. */
export type SamplingValues = Record<SamplingKey, number | null>;

/** Stored sampling numbers as the texts of their fields. */
export function samplingTexts(values: Partial<Record<SamplingKey, number | null>>): SamplingTexts {
  return {
    temperature: numberText(values.temperature),
    maxTokens: numberText(values.maxTokens),
    topP: numberText(values.topP),
  };
}

/** Reads one sampling field: its number (null when empty) or why it is wrong. */
export function parseSamplingField(
  key: SamplingKey,
  text: string,
): { value: number | null } | { error: FieldError } {
  const range = SAMPLING_RANGES[key];
  const value = parseOptionalNumber(text, range);
  return value === 'invalid' ? { error: rangeError(range) } : { value };
}

/** Reads all three fields; returns the numbers, or the error of each wrong field. */
export function parseSampling(
  texts: SamplingTexts,
): { values: SamplingValues } | { errors: Partial<Record<SamplingKey, FieldError>> } {
  const values: Partial<SamplingValues> = {};
  const errors: Partial<Record<SamplingKey, FieldError>> = {};
  for (const key of SAMPLING_KEYS) {
    const result = parseSamplingField(key, texts[key]);
    if ('error' in result) errors[key] = result.error;
    else values[key] = result.value;
  }
  return Object.keys(errors).length > 0 ? { errors } : { values: values as SamplingValues };
}
