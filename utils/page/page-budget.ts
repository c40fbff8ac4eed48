// Fitting attached pages to the model: each page's tokens are counted, and pages larger than
// the room left in the context window are cut at a line end, with a note of how much was
// kept. Never silently: the chip and the stored message both say a page was cut.
import { estimateTokens, tokensUpTo } from '@/utils/providers/context-window';
import type { PageRead, PageSource } from './page-source';

/** A page as the user sees it in the composer: what will be sent, and what was left out. */
export interface FittedPage {
  source: PageSource;
  /** Tokens of the whole page as read; more than `source.tokens` when it was cut to fit. */
  totalTokens: number;
  /** True when it was cut to fit the context window (not by the reader's own limit). */
  cutToFit: boolean;
}

/**
 * Tokens kept free for the reply and what the user types: a fifth of the window, at least
 * 512 and at most 8,192 tokens.
 */
export function replyReserve(window: number): number {
  return Math.min(8192, Math.max(512, Math.floor(window / 5)));
}

/** A page always keeps at least this much, so a full chat still sends the page's start. */
const MIN_KEPT_TOKENS = 256;

/** The start of `text` that holds at most `tokens` tokens, ending at a line end when one is near. */
export function cutToTokens(text: string, tokens: number): string {
  const end = tokensUpTo(text, tokens);
  if (end >= text.length) return text;
  const cut = text.slice(0, end);
  const lineEnd = cut.lastIndexOf('\n');
  return lineEnd > end * 0.8 ? cut.slice(0, lineEnd) : cut;
}

/**
 * Fits pages, in the order they were attached, into `room` tokens (null: the window is not
 * known, so nothing is cut here). The room is shared: an earlier page is served first.
 */
export function fitPages(pages: readonly PageRead[], room: number | null): FittedPage[] {
  let left = room ?? Number.POSITIVE_INFINITY;
  return pages.map((page) => {
    const totalTokens = estimateTokens(page.text);
    const allowed = Math.max(MIN_KEPT_TOKENS, left);
    const cutToFit = totalTokens > allowed;
    const text = cutToFit ? cutToTokens(page.text, allowed) : page.text;
    const tokens = cutToFit ? estimateTokens(text) : totalTokens;
    left = Math.max(0, left - tokens);
    return {
      source: {
        kind: page.kind,
        title: page.title,
        url: page.url,
        text,
        tokens,
        truncated: page.truncated || cutToFit,
      },
      totalTokens,
      cutToFit,
    };
  });
}

/** Room for pages: the window less the chat so far, the message, and the reply's reserve. */
export function roomForPages(
  window: number | null,
  chatTokens: number,
  draft: string,
): number | null {
  if (!window) return null;
  return Math.max(0, window - chatTokens - estimateTokens(draft) - replyReserve(window));
}
