// Providers word their errors in several shapes; the openai SDK reads only OpenAI's
// `{"error": {...}}`. Anything else would reach the user as "422 status code (no body)".

/** OpenAI's error object, the one shape the SDK understands. */
export interface ErrorObject {
  message: string;
  type?: string;
  param?: string | null;
  code?: string | null;
}

interface FastApiDetail {
  loc?: unknown;
  msg?: unknown;
  type?: unknown;
}

function detailText(detail: unknown): { message: string; param: string | null } | null {
  if (typeof detail === 'string') return { message: detail, param: null };
  if (!Array.isArray(detail)) return null;
  const items = detail as FastApiDetail[];
  const parts = items.map((item) => {
    const loc = Array.isArray(item.loc) ? item.loc.filter((part) => part !== 'body') : [];
    const where = loc.join('.');
    const what = typeof item.msg === 'string' ? item.msg : String(item.type ?? 'invalid');
    return where ? `${where}: ${what}` : what;
  });
  const first = items[0];
  const firstLoc = Array.isArray(first?.loc) ? first.loc.filter((part) => part !== 'body') : [];
  const param = typeof firstLoc[0] === 'string' ? firstLoc[0] : null;
  return { message: parts.join('; '), param };
}

/**
 * The error object in a provider's error body, whatever its shape: OpenAI's, Mistral's
 * (`{"object":"error","message":{"detail":[…]}}`), FastAPI's (`{"detail":[…]}`), Gemini's
 * (an array of OpenAI-shaped objects) or a bare `{"message":…}`. Null when it has none.
 */
export function errorObjectOf(body: unknown): ErrorObject | null {
  const value = Array.isArray(body) ? body[0] : body;
  if (!value || typeof value !== 'object') return null;
  const raw = value as Record<string, unknown>;
  if (raw.error && typeof raw.error === 'object') {
    const inner = raw.error as Record<string, unknown>;
    if (typeof inner.message === 'string') return inner as unknown as ErrorObject;
  }
  if (typeof raw.error === 'string') return { message: raw.error };
  const fromMessage =
    raw.message && typeof raw.message === 'object'
      ? detailText((raw.message as Record<string, unknown>).detail)
      : null;
  const described = fromMessage ?? detailText(raw.detail);
  const message = described?.message ?? (typeof raw.message === 'string' ? raw.message : null);
  if (!message) return null;
  return {
    message,
    ...(typeof raw.type === 'string' && { type: raw.type }),
    param: described?.param ?? (typeof raw.param === 'string' ? raw.param : null),
    code: typeof raw.code === 'string' ? raw.code : null,
  };
}
