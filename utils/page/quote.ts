import { QUOTE_LIMITS } from '@/utils/limits';
import type { Locale } from '@/utils/i18n/translate';

/** Text the user quoted from a page, kept as data on their message. */
export interface Quote {
  text: string;
  title: string;
  url: string;
}

/** Why a page's selection could not be read. */
export const QUOTE_PROBLEMS = [
  'empty_selection',
  'needs_permission',
  'page_restricted',
  'file_access',
  'tab_gone',
] as const;
export type QuoteProblem = (typeof QUOTE_PROBLEMS)[number];

/** What reading a tab's selection gave. */
export type SelectionResult = { quote: Quote } | { problem: QuoteProblem };

/**
 * The default quote template; `{quote}`, `{title}`, `{url}`, `{message}` are filled in. (The
 * old Explain / Summarize / Translate templates are now prompts: utils/prompts/defaults.ts.)
 */
export const DEFAULT_TEMPLATES: Record<Locale, { quote: string }> = {
  en: { quote: 'From "{title}" ({url}):\n\n"""\n{quote}\n"""\n\n{message}' },
  zh_CN: { quote: '摘自《{title}》（{url}）：\n\n"""\n{quote}\n"""\n\n{message}' },
};

/** Fills a template; a template without `{quote}` still gets the quote, before the message. */
export function applyQuoteTemplate(template: string, quote: Quote, message: string): string {
  const filled = template.replace(/\{(quote|title|url|message)\}/g, (_, name: string) => {
    if (name === 'quote') return quote.text;
    if (name === 'title') return quote.title || quote.url;
    if (name === 'url') return quote.url;
    return message;
  });
  if (template.includes('{quote}')) return filled.trim();
  return `"""\n${quote.text}\n"""\n\n${filled}`.trim();
}

/** Cuts a selection to `limit` characters; says whether it had to. */
export function trimQuoteText(text: string, limit: number): { text: string; trimmed: boolean } {
  const clean = text
    .replace(/\r\n?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (clean.length <= limit) return { text: clean, trimmed: false };
  return { text: `${clean.slice(0, limit)}…`, trimmed: true };
}

/** Checks a quote received from elsewhere; null if it is not one. */
export function parseQuote(raw: unknown, limit: number = QUOTE_LIMITS.text): Quote | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { text, title, url } = raw as Record<string, unknown>;
  if (typeof text !== 'string' || text.trim() === '' || text.length > limit + 1) return null;
  if (typeof title !== 'string' || title.length > QUOTE_LIMITS.title) return null;
  if (typeof url !== 'string' || url.length > QUOTE_LIMITS.url) return null;
  return { text, title, url: /^(https?|file):/i.test(url) ? url : '' };
}
