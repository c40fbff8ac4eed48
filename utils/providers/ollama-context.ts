// Ollama's OpenAI endpoint cuts every prompt to the model's `num_ctx` without a word (the
// oldest messages, then the page, silently go). Its own API says what that number is, so
// the context meter, the warnings and the page fitting count against the real limit.

/** Ollama's context when a model sets no `num_ctx` (its documented default since 0.6). */
export const OLLAMA_DEFAULT_NUM_CTX = 4096;
/** Most models asked about per list: each is one request to the local server. */
const MAX_MODELS_ASKED = 30;

/** True for a base URL that is Ollama's (its preset, or its usual port). */
export function isOllama(preset: string, baseURL: string): boolean {
  return preset === 'ollama' || /:11434(\/|$)/.test(baseURL);
}

/** The window Ollama really gives a model, from its `/api/show` answer; null if unreadable. */
export function ollamaWindowFrom(show: unknown): number | null {
  if (typeof show !== 'object' || show === null) return null;
  const { parameters, model_info: info } = show as { parameters?: unknown; model_info?: unknown };
  const set = typeof parameters === 'string' ? /(?:^|\n)\s*num_ctx\s+(\d+)/.exec(parameters) : null;
  const numCtx = set ? Number(set[1]) : OLLAMA_DEFAULT_NUM_CTX;
  let trained: number | null = null;
  if (typeof info === 'object' && info !== null) {
    for (const [key, value] of Object.entries(info)) {
      if (key.endsWith('.context_length') && typeof value === 'number') trained = value;
    }
  }
  return trained ? Math.min(numCtx, trained) : numCtx;
}

/** Asks Ollama about each model; models it does not answer for are left out. */
export async function ollamaWindows(
  baseURL: string,
  models: readonly string[],
  fetcher: typeof fetch = fetch,
): Promise<Record<string, number>> {
  const root = baseURL.replace(/\/v1\/?$/, '');
  const windows: Record<string, number> = {};
  await Promise.all(
    models.slice(0, MAX_MODELS_ASKED).map(async (model) => {
      try {
        const response = await fetcher(`${root}/api/show`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ model }),
          signal: AbortSignal.timeout(5000),
        });
        const window = response.ok ? ollamaWindowFrom(await response.json()) : null;
        if (window) windows[model] = window;
      } catch {
        // An older Ollama, or one that went away: the model keeps the window it had.
      }
    }),
  );
  return windows;
}
