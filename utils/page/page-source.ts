// A page (or tab, PDF, video transcript) attached to a user's message: exactly the text the
// model was sent, with where it came from. Shared by the panel (the chip), the protocol's
// validator, the engine (the prompt) and the history file.
import { PAGE_LIMITS } from '@/utils/limits';

/** What the text was read from. */
export const PAGE_KINDS = ['page', 'pdf', 'video'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** A page as attached to a message. */
export interface PageSource {
  kind: PageKind;
  title: string;
  url: string;
  /** Exactly what is sent to the model (markdown; a PDF's pages; a transcript's lines). */
  text: string;
  /** Its size in tokens, as counted when it was attached. */
  tokens: number;
  /** True when part of the page was left out (too long for the reader or the model). */
  truncated: boolean;
}

/** Why a page could not be read. */
export const PAGE_PROBLEMS = [
  'needs_permission',
  'page_restricted',
  'file_access',
  'tab_gone',
  'never_read',
  'no_text',
  'pdf_no_text',
  'pdf_unreadable',
  'pdf_login',
  'no_captions',
  'timed_out',
] as const;
export type PageProblem = (typeof PAGE_PROBLEMS)[number];

/** A page as the reader gives it, before it is fitted to the model. */
export interface PageRead {
  kind: PageKind;
  title: string;
  url: string;
  text: string;
  /** The reader itself had to stop (a huge page, a 500-page PDF). */
  truncated: boolean;
}

/**
 * What reading a tab gave: the page, a PDF the panel must fetch and read itself (the
 * browsers' PDF viewers cannot be scripted), or a reason it could not be read.
 */
export type PageReadResult =
  { page: PageRead } | { pdf: { url: string; title: string } } | { problem: PageProblem };

/** The host of a URL for display and the site lists ('' when it has none). */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max;

/** Checks a page received from elsewhere (the panel, a history file); null if it is not one. */
export function parsePageSource(raw: unknown): PageSource | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { kind, title, url, text, tokens, truncated } = raw as Record<string, unknown>;
  if (!PAGE_KINDS.some((known) => known === kind)) return null;
  if (!isText(title, PAGE_LIMITS.title) || !isText(url, PAGE_LIMITS.url)) return null;
  if (!isText(text, PAGE_LIMITS.text) || text.trim() === '') return null;
  if (typeof tokens !== 'number' || !Number.isInteger(tokens) || tokens < 0) return null;
  if (typeof truncated !== 'boolean') return null;
  return {
    kind: kind as PageKind,
    title,
    url: /^(https?|file):/i.test(url) ? url : '',
    text,
    tokens,
    truncated,
  };
}

/** Checks a list of pages; null if any is not a page or there are too many. */
export function parsePageSources(raw: unknown): PageSource[] | null {
  if (!Array.isArray(raw) || raw.length > PAGE_LIMITS.count) return null;
  const pages = raw.map(parsePageSource);
  return pages.every((page): page is PageSource => page !== null) ? pages : null;
}

/** How a page is put before the user's words for the model. */
export function pagePromptBlock(page: PageSource): string {
  const label = page.kind === 'pdf' ? 'PDF' : page.kind === 'video' ? 'Video transcript' : 'Page';
  const head = [`${label}: ${page.title || page.url}`, page.url && `URL: ${page.url}`]
    .filter(Boolean)
    .join('\n');
  const note = page.truncated ? '\n(Only part of it is included: the rest was cut to fit.)' : '';
  return `${head}${note}\n\n"""\n${page.text}\n"""`;
}

/** Checks what a tab's reading answered; null if it is not a reading's result. */
export function parsePageReadResult(raw: unknown): PageReadResult | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const value = raw as Record<string, unknown>;
  if ('problem' in value) {
    const problem = PAGE_PROBLEMS.find((known) => known === value.problem);
    return problem ? { problem } : null;
  }
  if ('pdf' in value) {
    const pdf = value.pdf as Record<string, unknown> | null;
    if (!pdf || !isText(pdf.url, PAGE_LIMITS.url) || !isText(pdf.title, PAGE_LIMITS.title)) {
      return null;
    }
    return /^(https?|file):/i.test(pdf.url) ? { pdf: { url: pdf.url, title: pdf.title } } : null;
  }
  const page = value.page as Record<string, unknown> | null;
  if (!page || !PAGE_KINDS.some((known) => known === page.kind)) return null;
  const { title, url, text, truncated } = page;
  if (!isText(title, PAGE_LIMITS.title) || !isText(url, PAGE_LIMITS.url)) return null;
  if (!isText(text, PAGE_LIMITS.text) || typeof truncated !== 'boolean') return null;
  return { page: { kind: page.kind as PageKind, title, url, text, truncated } };
}
