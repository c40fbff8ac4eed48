// Base URLs as users type them, and what may be said or asked about their host.

/** Hosts that are the user's own machine. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True when a base URL points at the user's own machine (no key needed, Origin dropped). */
export function isLocalURL(baseURL: string): boolean {
  try {
    return LOCAL_HOSTS.has(new URL(baseURL).hostname);
  } catch {
    return false;
  }
}

/**
 * Cleans what the user typed into a base URL: trims (spaces inside too, a paste artefact),
 * adds `https://` when the scheme is missing (`http://` for the local machine), drops a
 * pasted `/chat/completions` or `/models` and trailing slashes. Null when it is no http(s) URL.
 */
export function normalizeBaseURL(input: string): string | null {
  let text = input.replace(/\s+/g, '').replace(/\/+$/, '');
  if (!text) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    const host = text.split(/[/:]/)[0]?.toLowerCase() ?? '';
    text = `${LOCAL_HOSTS.has(host) || host === '[' ? 'http' : 'https'}://${text}`;
  }
  text = text.replace(/\/(chat\/completions|completions|models)$/i, '').replace(/\/+$/, '');
  try {
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (!url.hostname || url.search || url.hash) return null;
    // URL lower-cases scheme and host; keep the path as typed (some gateways are case-sensitive).
    return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return null;
  }
}

/** The host to name in messages; never the full URL (it may carry a token in its path). */
export function hostOf(baseURL: string): string {
  try {
    return new URL(baseURL).host;
  } catch {
    return '';
  }
}

/** The origin pattern to ask host permission for, e.g. `https://api.deepseek.com/*`. */
export function originPattern(baseURL: string): string | null {
  try {
    const url = new URL(baseURL);
    return `${url.protocol}//${url.hostname}/*`;
  } catch {
    return null;
  }
}
