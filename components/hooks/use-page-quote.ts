import { useState } from 'preact/hooks';
import { requestPageAccess } from '@/utils/panel/page-access';
import { targetTabId } from '@/utils/panel/target-tab';
import type { ChatSession } from '@/utils/panel/session';
import { t } from '@/utils/i18n/translate';
import type { MessageKey } from '@/utils/i18n/locales/en';
import { trimQuoteText, type Quote, type QuoteProblem } from '@/utils/page/quote';

/** What the panel says about the page context, and whether it can ask for access. */
export interface QuoteNotice {
  message: string;
  needsPermission: boolean;
}

const PROBLEM_TEXT: Record<QuoteProblem, MessageKey> = {
  empty_selection: 'quoteEmpty',
  needs_permission: 'quoteNeedsPermission',
  page_restricted: 'quoteRestricted',
  file_access: 'quoteFileAccess',
  tab_gone: 'quoteTabGone',
};

/** "Quote selection": the quote attached to the next message and what to tell the user. */
export function usePageQuote(session: ChatSession, limit: number) {
  const [quote, setQuote] = useState<Quote | null>(null);
  const [notice, setNotice] = useState<QuoteNotice | null>(null);

  /** Attaches a quote, trimmed to the limit (saying so when it had to). */
  const attach = (raw: Quote): void => {
    const { text, trimmed } = trimQuoteText(raw.text, limit);
    setQuote({ ...raw, text });
    setNotice(trimmed ? { message: t('quoteTrimmed', { limit }), needsPermission: false } : null);
  };

  /**
   * The page's selection, or null with the reason in the notice. `emptyText` says what to do
   * when nothing is selected, in the words of what asked (Quote selection, a prompt).
   */
  const readSelection = async (emptyText: MessageKey = 'quoteEmpty'): Promise<Quote | null> => {
    const tabId = await targetTabId();
    if (tabId === null) {
      setNotice({ message: t('quoteNoTab'), needsPermission: false });
      return null;
    }
    const answer = await session.page.readSelection(tabId);
    if ('quote' in answer) {
      setNotice(null);
      return answer.quote;
    }
    const { problem } = answer;
    setNotice({
      message: t(problem === 'empty_selection' ? emptyText : PROBLEM_TEXT[problem]),
      needsPermission: problem === 'needs_permission',
    });
    return null;
  };

  const quoteSelection = async (): Promise<void> => {
    const selected = await readSelection();
    if (selected) attach(selected);
  };

  /** Asks for host access (must run in the click), then tries again. */
  const allowAccess = async (): Promise<void> => {
    const granted = await requestPageAccess();
    if (granted) await quoteSelection();
  };

  const clear = (): void => {
    setQuote(null);
    setNotice(null);
  };

  return { quote, notice, attach, readSelection, quoteSelection, allowAccess, clear };
}
