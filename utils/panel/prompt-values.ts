// The values of a prompt's variables, read from where each comes from. Loaded when a prompt
// first runs, not with the panel.
import type { MessageKey } from '@/utils/i18n/locales/en';
import { t, type Locale } from '@/utils/i18n/translate';
import { DEFAULT_QUOTE_LIMIT } from '@/utils/limits';
import type { PageRead, PageReadResult } from '@/utils/page/page-source';
import { trimQuoteText, type Quote } from '@/utils/page/quote';
import type { SavedPrompt } from '@/utils/prompts/library';
import { TRANSLATE_TO_AUTO } from '@/utils/prompts/translate-target';
import {
  dateAndTime,
  fillPrompt,
  variablesIn,
  type VariableValues,
} from '@/utils/prompts/variables';

/** What the context menu handed over with a prompt: the selection, the page, the tab. */
export interface PromptSources {
  quote?: Quote;
  page?: PageReadResult;
  tab?: { title: string; url: string };
}

/** Where the sources are read when the menu did not hand them over. */
export interface SourceReaders {
  /** The page's selection; null when there is none (the reader says why). */
  selection(): Promise<Quote | null>;
  /** The page beside the panel attached to the message; null when it cannot be (said). */
  page(handed?: PageReadResult): Promise<PageRead | null>;
  /** The title and address of the page beside the panel. */
  facts(): Promise<{ title: string; url: string }>;
  /** Attaches the selection as the message's quote. */
  attachQuote(quote: Quote): void;
}

interface Context {
  locale: Locale;
  quoteLimit: number | undefined;
  translateTo: string;
  now: Date;
}

/**
 * The prompt's text with its variables filled, or the sentence saying which source is missing
 * (`null` when a reader has already said it). Only the sources the text uses are read.
 */
export async function expandPrompt(
  prompt: SavedPrompt,
  sources: PromptSources,
  readers: SourceReaders,
  extra: { clipboard: Promise<string | null> | null; inputs: Record<string, string> },
  context: Context,
): Promise<{ text: string } | { problem: MessageKey | null }> {
  const used = variablesIn(prompt.text).names;
  const values: VariableValues = { inputs: extra.inputs };
  if (used.has('selection')) {
    const quote = sources.quote ?? (await readers.selection());
    if (!quote) return { problem: null };
    values.selection = trimQuoteText(quote.text, context.quoteLimit ?? DEFAULT_QUOTE_LIMIT).text;
  } else if (sources.quote) {
    // A prompt that does not place the selection gets it as the message's quote.
    readers.attachQuote(sources.quote);
  }
  if (used.has('page')) {
    const page = await readers.page(sources.page);
    if (!page) return { problem: null };
    values.page = t('promptPageRef', { title: page.title || page.url });
  }
  if (used.has('url') || used.has('title')) {
    const facts = sources.tab ?? (await readers.facts());
    if ((used.has('url') && !facts.url) || (used.has('title') && !facts.title))
      return { problem: 'promptNoPageFacts' };
    values.url = facts.url;
    values.title = facts.title;
  }
  if (extra.clipboard) {
    const text = await extra.clipboard;
    if (text === null) return { problem: 'promptNoClipboard' };
    values.clipboard = text;
  }
  Object.assign(values, dateAndTime(context.now, context.locale));
  values.language = t('languageName');
  values.translate_to = context.translateTo.trim() || TRANSLATE_TO_AUTO[context.locale];
  return { text: fillPrompt(prompt.text, values).trim() };
}
