// Numbers as users type them into forms, and the one way a form names a wrong field.
import type { MessageKey } from '@/utils/i18n/locales/en';
import type { NumberRange } from '@/utils/limits';

/** A problem with one field, as a message key and its parameters. */
export interface FieldError {
  key: MessageKey;
  params?: Record<string, string | number>;
}

/**
 * Reads an optional number typed by the user: '' is null (use the default), a number in
 * range is itself, anything else is 'invalid'. Accepts a comma as decimal mark and
 * thousands separators in whole numbers ("4,096").
 */
export function parseOptionalNumber(text: string, range: NumberRange): number | null | 'invalid' {
  let clean = text.trim().replace(/\s/g, '');
  if (clean === '') return null;
  clean = range.integer ? clean.replace(/,/g, '') : clean.replace(',', '.');
  const value = Number(clean);
  if (!Number.isFinite(value) || value < range.min || value > range.max) return 'invalid';
  if (range.integer && !Number.isInteger(value)) return 'invalid';
  return value;
}

/** The error of a number outside `range`, naming the range the user may type. */
export function rangeError(
  range: NumberRange,
  key: MessageKey = range.integer ? 'invalidWholeNumber' : 'invalidNumber',
): FieldError {
  return {
    key,
    params: { min: range.min.toLocaleString('en'), max: range.max.toLocaleString('en') },
  };
}

/** A stored optional number as the text of its field. */
export function numberText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
