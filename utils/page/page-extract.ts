// Runs in the tab (injected by the background on the user's request): the page's main
// content as markdown. Readability finds the article without navigation, ads, cookie banners
// and footers; turndown writes it as markdown with headings, lists, tables, code and links.
import { Readability } from '@mozilla/readability';
import { gfm } from '@joplin/turndown-plugin-gfm';
import TurndownService from 'turndown';
import { PAGE_READ_LIMITS } from '@/utils/limits';

/** What was read of a page. */
export interface PageExtract {
  title: string;
  url: string;
  markdown: string;
  /** 'article' when Readability found the main content; 'text' for the page's whole text. */
  method: 'article' | 'text';
  /** True when the page was longer than `maxChars` and its end was left out. */
  truncated: boolean;
}

export interface ExtractLimits {
  /** The most characters of markdown returned. */
  maxChars: number;
  /**
   * Pages with more elements than this skip Readability, whose time grows with the DOM, and
   * give their visible text instead: a 10 MB page answers in well under two seconds.
   */
  maxElements: number;
}

export const DEFAULT_EXTRACT_LIMITS: ExtractLimits = PAGE_READ_LIMITS;

/**
 * Never read: what the user typed into the page's fields (passwords above all) and hidden
 * inputs, which often hold tokens. Scripts and styles are not content.
 */
const NEVER_READ = 'input, textarea, select, script, style, noscript, template, iframe';

/** Reads `doc` (the live page) without changing it. */
export function extractPage(
  doc: Document,
  limits: ExtractLimits = DEFAULT_EXTRACT_LIMITS,
): PageExtract {
  const url = doc.location?.href ?? doc.URL;
  const title = doc.title.trim();
  const elements = doc.getElementsByTagName('*').length;
  const article = elements <= limits.maxElements ? readArticle(doc, limits) : null;
  const markdown = article?.markdown ?? visibleText(doc, limits.maxChars + 1);
  const truncated = markdown.length > limits.maxChars;
  return {
    title: article?.title || title,
    url,
    markdown: truncated ? cutAtLineEnd(markdown, limits.maxChars) : markdown,
    method: article ? 'article' : 'text',
    truncated,
  };
}

function readArticle(doc: Document, limits: ExtractLimits) {
  // Readability changes the document it reads: it gets a copy without the fields.
  const copy = doc.cloneNode(true) as Document;
  for (const element of copy.querySelectorAll(NEVER_READ)) element.remove();
  let parsed: ReturnType<Readability<string>['parse']>;
  try {
    parsed = new Readability(copy, {
      maxElemsToParse: limits.maxElements,
      keepClasses: true,
    }).parse();
  } catch {
    return null;
  }
  if (!parsed?.content) return null;
  // Parsed in an inert document: nothing in the article runs or loads.
  const inert = new DOMParser().parseFromString(parsed.content, 'text/html');
  const markdown = markdownOf(inert.body, doc.baseURI).trim();
  return markdown ? { title: parsed.title?.trim() ?? '', markdown } : null;
}

/** HTML to markdown, links made absolute against the page's address. */
function markdownOf(root: HTMLElement, base: string): string {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const href = absolute(link.getAttribute('href') ?? '', base);
    if (href) link.setAttribute('href', href);
    else link.removeAttribute('href');
  }
  const service = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '*',
  });
  service.use(gfm);
  // Images are not sent as text: their alt text is.
  service.addRule('imageAsAlt', {
    filter: 'img',
    replacement: (_content, node) => (node as HTMLImageElement).alt ?? '',
  });
  return service.turndown(root);
}

/** A link target as an absolute http(s) or mailto URL; '' for anything else. */
function absolute(href: string, base: string): string {
  try {
    const url = new URL(href, base);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : '';
  } catch {
    return '';
  }
}

/** The page's text when no article is found or the page is too large to analyse. */
function visibleText(doc: Document, maxChars: number): string {
  const body = doc.body;
  if (!body) return '';
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(NEVER_READ) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const parts: string[] = [];
  let length = 0;
  // Bounded as it goes: an endless page stops at the limit, not at its end.
  for (let node = walker.nextNode(); node && length <= maxChars; node = walker.nextNode()) {
    const text = node.textContent?.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    parts.push(text);
    length += text.length + 1;
  }
  return parts.join('\n');
}

/** Cuts text to at most `max` characters, at the last line break when there is one near. */
function cutAtLineEnd(text: string, max: number): string {
  const cut = text.slice(0, max);
  const lineEnd = cut.lastIndexOf('\n');
  return lineEnd > max * 0.8 ? cut.slice(0, lineEnd) : cut;
}
