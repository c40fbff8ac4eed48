// The shape of "which endpoint to list models from", checked wherever it crosses a boundary.
import { HEADER_LIMITS, MAX_API_KEY_LENGTH } from '@/utils/limits';
import { normalizeBaseURL } from './base-url';
import { isPresetId, type PresetId } from './presets';

/** Where to ask for models and with which credentials (a saved or a draft profile). */
export interface ModelListTarget {
  baseURL: string;
  apiKey: string;
  headers: Record<string, string>;
  /** Which provider: it decides how the key is sent (Azure's `api-key`). */
  preset?: PresetId;
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Headers the browser or the SDK own; setting them would break the request. */
const RESERVED_HEADERS = new Set(['host', 'content-length', 'content-type', 'origin', 'cookie']);

/** True for a header a profile may add: a valid name, not reserved, a one-line value. */
export function isAllowedHeader(name: string, value: string): boolean {
  return (
    HEADER_NAME.test(name) &&
    name.length <= HEADER_LIMITS.name &&
    !RESERVED_HEADERS.has(name.toLowerCase()) &&
    !/[\r\n\0]/.test(value) &&
    value.length <= HEADER_LIMITS.value
  );
}

/** The headers if `raw` is a record of allowed headers, else null. */
function parseHeaders(raw: unknown): Record<string, string> | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const entries = Object.entries(raw);
  if (entries.length > HEADER_LIMITS.count) return null;
  for (const [name, value] of entries) {
    if (typeof value !== 'string' || !isAllowedHeader(name, value)) return null;
  }
  return Object.fromEntries(entries) as Record<string, string>;
}

/** The target if `raw` is well formed (an http(s) base URL, a string key, allowed headers). */
export function parseModelListTarget(raw: unknown): ModelListTarget | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { baseURL, apiKey, headers, preset } = raw as Record<string, unknown>;
  if (
    typeof baseURL !== 'string' ||
    typeof apiKey !== 'string' ||
    apiKey.length > MAX_API_KEY_LENGTH
  ) {
    return null;
  }
  const url = normalizeBaseURL(baseURL);
  const cleanHeaders = parseHeaders(headers ?? {});
  if (!url || !cleanHeaders) return null;
  if (preset !== undefined && !isPresetId(preset)) return null;
  return {
    baseURL: url,
    apiKey: apiKey.trim(),
    headers: cleanHeaders,
    ...(preset !== undefined && { preset }),
  };
}
