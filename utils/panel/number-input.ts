/** Limits of a number field. */
export interface NumberRange {
  min: number;
  max: number;
  integer?: boolean;
}

export const TEMPERATURE_RANGE: NumberRange = { min: 0, max: 2 };
export const TOP_P_RANGE: NumberRange = { min: 0, max: 1 };
export const MAX_TOKENS_RANGE: NumberRange = { min: 1, max: 10_000_000, integer: true };

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

/** A stored optional number as the text of its field. */
export function numberText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
