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

/**
 * Cookie and consent banners. Readability retries a short article with its clutter rules
 * relaxed, and then keeps them; they are dropped first (only short ones: a long element whose
 * class mentions cookies is more likely a recipe than a banner).
 */
const CONSENT =
  '[id*="cookie" i], [class*="cookie" i], [id*="consent" i], [class*="consent" i], [id*="gdpr" i], [class*="gdpr" i]';
const BANNER_MAX_CHARS = 600;

function dropConsentBanners(root: ParentNode): void {
  for (const banner of root.querySelectorAll(CONSENT)) {
    if ((banner.textContent?.length ?? 0) <= BANNER_MAX_CHARS) banner.remove();
  }
}

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
  const truncated = markdown.length > limits.maxChars || article?.cut === true;
  return {
    title: article?.title || title,
    url,
    markdown: truncated ? cutAtLineEnd(markdown, limits.maxChars) : markdown,
    method: article ? 'article' : 'text',
    truncated,
  };
}

/**
 * Boilerplate inside a page's own article element that Readability would drop as well:
 * navigation, asides, footers, forms and what the page hides.
 */
const ARTICLE_CLUTTER =
  'nav, aside, footer, form, button, [role="navigation"], [role="complementary"], [hidden], [aria-hidden="true"]';

/**
 * The content a page marks up itself: its one `<article>` (else its one `<main>`) when that
 * holds most of the page's text. Taking it directly skips Readability's scoring of every
 * node, which on a 1 MB article costs more than the rest of the reading together.
 */
function markedArticle(doc: Document): HTMLElement | null {
  const articles = doc.querySelectorAll<HTMLElement>('article, [role="article"]');
  const mains = doc.querySelectorAll<HTMLElement>('main, [role="main"]');
  const element = articles.length === 1 ? articles[0] : mains.length === 1 ? mains[0] : null;
  if (!element) return null;
  const own = element.textContent?.length ?? 0;
  return own >= 200 && own >= (doc.body?.textContent?.length ?? 0) * 0.5 ? element : null;
}

/** The element holding the blocks of `root`: wrappers with nearly all its text are entered. */
function blockContainer(root: Element, maxChars: number): Element {
  let container = root;
  for (;;) {
    const total = container.textContent?.length ?? 0;
    const main = [...container.children].find(
      (child) => (child.textContent?.length ?? 0) > total * 0.9,
    );
    if (!main || total <= maxChars) return container;
    container = main;
  }
}

/**
 * Copies the page's own article into an inert document (nothing in it loads or runs), only
 * its blocks up to about `maxChars` of text: the rest is never copied, and the markdown
 * converter, whose time grows with its input, never sees it. Fields and clutter are dropped.
 */
function copyMarkedArticle(
  article: Element,
  maxChars: number,
): { element: HTMLElement; cut: boolean } {
  const inert = article.ownerDocument.implementation.createHTMLDocument('');
  const container = blockContainer(article, maxChars);
  const shell = inert.importNode(container, false) as HTMLElement;
  let length = 0;
  let cut = false;
  for (const child of container.childNodes) {
    if (length > maxChars) {
      cut = true;
      break;
    }
    shell.append(inert.importNode(child, true));
    length += child.textContent?.length ?? 0;
  }
  inert.body.append(shell);
  for (const dropped of shell.querySelectorAll(`${NEVER_READ}, ${ARTICLE_CLUTTER}`)) {
    dropped.remove();
  }
  dropConsentBanners(shell);
  return { element: shell, cut };
}

/**
 * Drops the blocks of `root` past about `maxChars` of text, so the markdown converter works
 * on what will be kept (its time grows with the input) and not on what would be cut.
 */
function keepFirstChars(root: HTMLElement, maxChars: number): boolean {
  const container = blockContainer(root, maxChars);
  let length = 0;
  let dropped = false;
  // A copy: removing from the live collection while walking it would skip children.
  for (const child of Array.from(container.children)) {
    if (length > maxChars) {
      child.remove();
      dropped = true;
    } else length += child.textContent?.length ?? 0;
  }
  return dropped;
}

function readArticle(doc: Document, limits: ExtractLimits) {
  const marked = markedArticle(doc);
  if (marked) {
    // Markdown is longer than its text: cutting the text at the limit keeps enough.
    const { element, cut } = copyMarkedArticle(marked, limits.maxChars);
    const markdown = markdownOf(element, doc.baseURI).trim();
    if (markdown) return { title: '', markdown, cut };
  }
  // Readability changes the document it reads: it gets a copy without the fields.
  const copy = doc.cloneNode(true) as Document;
  for (const element of copy.querySelectorAll(NEVER_READ)) element.remove();
  dropConsentBanners(copy);
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
  const cut = keepFirstChars(inert.body, limits.maxChars);
  const markdown = markdownOf(inert.body, doc.baseURI).trim();
  return markdown ? { title: parsed.title?.trim() ?? '', markdown, cut } : null;
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
  // The text goes to a model, which reads `*` and `_` as the page meant them: escaping them
  // for a markdown renderer would only add backslashes (and a dozen regexes per text node).
  service.escape = (text: string) => text;
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
