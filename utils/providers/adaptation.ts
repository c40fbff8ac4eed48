// What Sidechat learned a provider refuses, and how to tell from its error. Detection reads
// the error (its param, code and words), not model names: gateways rename models.

/** Sampling settings a model may refuse (OpenAI's reasoning models take only the default). */
export const SAMPLING_PARAMS = ['temperature', 'top_p'] as const;
export type SamplingParam = (typeof SAMPLING_PARAMS)[number];

/** How the reply's length limit is sent: OpenAI's reasoning models want the newer field. */
export type LengthField = 'max_tokens' | 'max_completion_tokens' | 'none';

/** The changes a request needs to be accepted by one profile's server. */
export interface Adaptations {
  /** The server refuses `stream_options.include_usage`; token counts then come from none. */
  noStreamUsage?: boolean;
  /** Absent means `max_tokens`. */
  lengthField?: LengthField;
  /** Sampling settings a model refused, by model name: they are left out for it. */
  refused?: Record<string, SamplingParam[]>;
}

/** The optional fields one request carried. */
export interface SentFields {
  streamUsage: boolean;
  /** The length field sent, or null when the request had no limit. */
  lengthField: Exclude<LengthField, 'none'> | null;
  sampling: SamplingParam[];
}

/** A 400/422 answer, as much of it as tells which field was refused. */
export interface Refusal {
  status: number;
  message: string;
  param?: string | null;
  code?: string | null;
}

/** Words servers use when a field is not accepted at all (not when its value is too large). */
const REFUSED =
  /unsupported|not supported|unknown|unrecognized|not permitted|not allowed|extra_forbidden|extra inputs|does not support|only the default|no such|is not a valid (?:field|parameter)|invalid (?:field|parameter|argument)/i;

function names(refusal: Refusal, field: string): boolean {
  if (refusal.param === field) return true;
  // The field as a word of its own: max_tokens must not match max_completion_tokens' tail.
  return new RegExp(`(?<![\\w.])${field}(?![\\w])`).test(refusal.message);
}

/**
 * The adaptation a refusal asks for, given what the request sent, or null when the refusal
 * is about something else (a value out of range, the context length, a bad key).
 */
export function adaptationFor(
  refusal: Refusal,
  sent: SentFields,
  model: string,
): Adaptations | null {
  if (refusal.status !== 400 && refusal.status !== 422) return null;
  const refused = REFUSED.test(`${refusal.message} ${refusal.code ?? ''}`);
  if (!refused) return null;
  if (sent.streamUsage && (names(refusal, 'stream_options') || names(refusal, 'include_usage'))) {
    return { noStreamUsage: true };
  }
  if (sent.lengthField && names(refusal, sent.lengthField)) {
    const suggestsNewer =
      sent.lengthField === 'max_tokens' && names(refusal, 'max_completion_tokens');
    return { lengthField: suggestsNewer ? 'max_completion_tokens' : 'none' };
  }
  const params = sent.sampling.filter((param) => names(refusal, param));
  if (params.length > 0) return { refused: { [model]: params } };
  return null;
}

/** Both sets of adaptations; `next` wins where they differ. */
export function mergeAdaptations(base: Adaptations, next: Adaptations): Adaptations {
  const refused: Record<string, SamplingParam[]> = { ...base.refused };
  for (const [model, params] of Object.entries(next.refused ?? {})) {
    refused[model] = [...new Set([...(refused[model] ?? []), ...params])];
  }
  return {
    ...base,
    ...(next.noStreamUsage && { noStreamUsage: true }),
    ...(next.lengthField && { lengthField: next.lengthField }),
    ...(Object.keys(refused).length > 0 && { refused }),
  };
}

/** One adaptation as the profile's details list it. */
export type AdaptationItem =
  | { kind: 'noStreamUsage' }
  | { kind: 'lengthField'; field: Exclude<LengthField, 'max_tokens'> }
  | { kind: 'refused'; param: SamplingParam; model: string };

/** The adaptations one by one, in a stable order, for showing and for the connection test. */
export function adaptationItems(adaptations: Adaptations): AdaptationItem[] {
  const items: AdaptationItem[] = [];
  if (adaptations.noStreamUsage) items.push({ kind: 'noStreamUsage' });
  const field = adaptations.lengthField;
  if (field && field !== 'max_tokens') items.push({ kind: 'lengthField', field });
  for (const [model, params] of Object.entries(adaptations.refused ?? {})) {
    for (const param of params) items.push({ kind: 'refused', param, model });
  }
  return items;
}

/** Keeps only well-formed adaptations from storage (an older version or a hand edit). */
export function parseAdaptations(value: unknown): Adaptations {
  if (!value || typeof value !== 'object') return {};
  const raw = value as Record<string, unknown>;
  const result: Adaptations = {};
  if (raw.noStreamUsage === true) result.noStreamUsage = true;
  if (raw.lengthField === 'max_completion_tokens' || raw.lengthField === 'none') {
    result.lengthField = raw.lengthField;
  }
  if (raw.refused && typeof raw.refused === 'object') {
    const refused: Record<string, SamplingParam[]> = {};
    for (const [model, params] of Object.entries(raw.refused)) {
      if (!Array.isArray(params)) continue;
      const known = params.filter((param): param is SamplingParam =>
        (SAMPLING_PARAMS as readonly unknown[]).includes(param),
      );
      if (known.length > 0) refused[model] = known;
    }
    if (Object.keys(refused).length > 0) result.refused = refused;
  }
  return result;
}
