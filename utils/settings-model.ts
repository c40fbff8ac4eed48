import type { Locale } from './i18n';
import { DEFAULT_QUOTE_LIMIT, DEFAULT_TEMPLATES, type QuickAction } from './quote';

/** What the user configures for talking to a model. */
export interface Settings {
  /** OpenAI-compatible base URL, e.g. https://api.openai.com/v1. */
  baseURL: string;
  /** Secret: lives only in browser.storage.local, never in IndexedDB, exports or messages. */
  apiKey: string;
  model: string;
  systemPrompt: string;
  /** null leaves the provider's default. */
  temperature: number | null;
  /** Abort a reply after this long without a byte (also before the first byte). */
  stallTimeoutMs: number;
  /** Show remote images in replies without a click (off: they can leak data in their URLs). */
  allowRemoteImages: boolean;
  /** Wraps a quote sent to the model; '' uses the default for the UI language. */
  quoteTemplate: string;
  /** Quick actions from the context menu; '' uses the defaults. */
  explainTemplate: string;
  summarizeTemplate: string;
  translateTemplate: string;
  /** Longest quote kept, in characters. */
  quoteLimit: number;
}

/** Settings of a fresh install: nothing configured. */
export const DEFAULT_SETTINGS: Settings = {
  baseURL: '',
  apiKey: '',
  model: '',
  systemPrompt: '',
  temperature: null,
  stallTimeoutMs: 60_000,
  allowRemoteImages: false,
  quoteTemplate: '',
  explainTemplate: '',
  summarizeTemplate: '',
  translateTemplate: '',
  quoteLimit: DEFAULT_QUOTE_LIMIT,
};

/** True when a model can be called: a base URL and a model (local servers need no key). */
export function isConfigured(settings: Settings): boolean {
  return settings.baseURL.trim() !== '' && settings.model.trim() !== '';
}

/**
 * Cleans what the user typed into a base URL: trims, drops a pasted `/chat/completions`
 * and trailing slashes. Returns null when it is not an http(s) URL.
 */
export function normalizeBaseURL(input: string): string | null {
  let text = input.trim().replace(/\/+$/, '');
  text = text.replace(/\/chat\/completions$/, '').replace(/\/+$/, '');
  try {
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return text;
  } catch {
    return null;
  }
}

/** The host to name in messages; never the full URL (it may carry a token in its query). */
export function hostOf(baseURL: string): string {
  try {
    return new URL(baseURL).host;
  } catch {
    return '';
  }
}

/** The template for a quote or a quick action: the user's, or the default for the language. */
export function templateFor(
  settings: Settings,
  kind: 'quote' | Exclude<QuickAction, 'ask'>,
  locale: Locale,
): string {
  const own = settings[`${kind}Template`].trim();
  return own || DEFAULT_TEMPLATES[locale][kind];
}

/** Coerces anything read from storage into complete Settings. */
export function withDefaults(stored: Partial<Settings> | null | undefined): Settings {
  return { ...DEFAULT_SETTINGS, ...stored };
}
