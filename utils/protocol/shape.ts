// Small checks every parser of the protocol shares. Nothing that arrives on a port is
// trusted: each field is checked before it is used.
import { MAX_ID_LENGTH } from '@/utils/limits';

/** A plain object whose fields can be read one by one. */
export type Shape = Record<string, unknown>;

/** True for a plain object (not null, not an array). */
export function isShape(value: unknown): value is Shape {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for an id: a non-empty string of at most MAX_ID_LENGTH characters. */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;
}

/** True for an id or null. */
export function isIdOrNull(value: unknown): value is string | null {
  return value === null || isId(value);
}

/** True for a whole number from `min` to `max`. */
export function isWholeNumber(value: unknown, min: number, max: number): value is number {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
}
