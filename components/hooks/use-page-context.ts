import { useRef, useState } from 'preact/hooks';
import type { ChatSession } from '@/utils/panel/session';
import { t } from '@/utils/i18n/translate';
import type { MessageKey } from '@/utils/i18n/locales/en';
import { PAGE_LIMITS } from '@/utils/limits';
import type { PageProblem, PageRead, PageReadResult } from '@/utils/page/page-source';
import { mayFetch, requestPageAccess } from '@/utils/panel/page-access';
import { targetTabId } from '@/utils/panel/target-tab';

/** A page attached to the next message, as read (fitting to the model happens on render). */
export interface AttachedPage {
  /** Stable within the panel: the chip's key. */
  key: number;
  read: PageRead;
  /** Said in the chip: the reader itself stopped early (a huge page, a long PDF). */
  readerNote: string | null;
}

/** A sentence about the page context; `retry` when asking for access may help. */
export interface PageNotice {
  message: string;
  /** The tab to read again once access is granted. */
  retryTabId: number | null;
}

const PROBLEM_TEXT: Record<PageProblem, MessageKey> = {
  needs_permission: 'pageNeedsPermission',
  page_restricted: 'pageRestricted',
  file_access: 'pageFileAccess',
  tab_gone: 'pageTabGone',
  never_read: 'pageNeverRead',
  no_text: 'pageNoText',
  pdf_no_text: 'pdfNoText',
  pdf_unreadable: 'pdfUnreadable',
  pdf_login: 'pdfLogin',
  no_captions: 'noCaptions',
  timed_out: 'pageTimedOut',
};

/** "Use this page", the tab picker and "Ask about this page": the pages of the next message. */
export function usePageContext(session: ChatSession) {
  const [pages, setPages] = useState<AttachedPage[]>([]);
  const [notice, setNotice] = useState<PageNotice | null>(null);
  /** The title of a page being read, for a status line; null when none is. */
  const [reading, setReading] = useState<string | null>(null);
  const nextKey = useRef(1);
  // The latest list, for reads that finish after other changes.
  const current = useRef(pages);
  current.current = pages;

  const update = (next: AttachedPage[]): void => {
    current.current = next;
    setPages(next);
  };

  /** Attaches a page read; returns it, or null when it was refused (said in the notice). */
  const add = (read: PageRead, readerNote: string | null): PageRead | null => {
    // The status line goes in the same render the chip comes in: nothing jumps under a click.
    setReading(null);
    const list = current.current;
    if (list.some((page) => page.read.url && page.read.url === read.url)) {
      setNotice({ message: t('pageAlready'), retryTabId: null });
      return null;
    }
    if (list.length >= PAGE_LIMITS.count) {
      setNotice({ message: t('pageTooMany', { count: PAGE_LIMITS.count }), retryTabId: null });
      return null;
    }
    const note =
      readerNote ??
      (read.truncated
        ? t('pageReaderCut', { title: read.title || read.url, chars: read.text.length })
        : null);
    update([...list, { key: nextKey.current++, read, readerNote: note }]);
    return read;
  };

  /**
   * Takes a reading's result: attaches the page, reads a PDF, or says what went wrong.
   * Returns the page attached, or null when none was (the notice says why).
   */
  const take = async (result: PageReadResult, tabId: number | null): Promise<PageRead | null> => {
    if ('page' in result) return add(result.page, null);
    if ('problem' in result) {
      setReading(null);
      setNotice({
        message: t(PROBLEM_TEXT[result.problem]),
        retryTabId: result.problem === 'needs_permission' ? tabId : null,
      });
      return null;
    }
    // The file is fetched from the panel: it needs the same access to the site as a page.
    if (!(await mayFetch(result.pdf.url))) {
      setNotice({ message: t('pageNeedsPermission'), retryTabId: tabId });
      return null;
    }
    setReading(result.pdf.title || result.pdf.url);
    try {
      const { readPdfFrom } = await import('@/utils/page/pdf-text');
      const pdf = await readPdfFrom(result.pdf.url, result.pdf.title);
      if ('problem' in pdf) return await take(pdf, tabId);
      const note =
        pdf.pagesRead < pdf.pageCount
          ? t('pdfTooLong', { pages: pdf.pageCount, read: pdf.pagesRead })
          : null;
      return add(pdf.page, note);
    } finally {
      setReading(null);
    }
  };

  /** Reads a tab and attaches it. */
  const attachTab = async (tabId: number, title = ''): Promise<PageRead | null> => {
    setNotice(null);
    setReading(title || '…');
    try {
      return await take(await session.page.readPage(tabId), tabId);
    } finally {
      setReading(null);
    }
  };

  const useThisPage = async (): Promise<PageRead | null> => {
    const tabId = await targetTabId();
    if (tabId !== null) return attachTab(tabId);
    setNotice({ message: t('pageNoTab'), retryTabId: null });
    return null;
  };

  /** The page of the tab beside the panel: the one attached already, or read now. */
  const pageBeside = async (result?: PageReadResult): Promise<PageRead | null> => {
    const tabId = result ? null : await targetTabId();
    if (!result && tabId === null) {
      setNotice({ message: t('pageNoTab'), retryTabId: null });
      return null;
    }
    const read = result ?? (await session.page.readPage(tabId as number));
    if ('page' in read) {
      const already = current.current.find((page) => page.read.url === read.page.url);
      if (already) return already.read;
    }
    return take(read, tabId);
  };

  /** Asks for access to pages (inside the click), then reads the tab again. */
  const allowAccess = async (): Promise<void> => {
    const tabId = notice?.retryTabId ?? null;
    if ((await requestPageAccess()) && tabId !== null) await attachTab(tabId);
  };

  const remove = (key: number): void => {
    update(current.current.filter((page) => page.key !== key));
  };

  const clear = (): void => {
    update([]);
    setNotice(null);
  };

  return {
    pages,
    notice,
    reading,
    useThisPage,
    attachTab,
    take: (result: PageReadResult) => take(result, null),
    pageBeside,
    allowAccess,
    remove,
    clear,
    dismissNotice: () => setNotice(null),
  };
}

export type PageContext = ReturnType<typeof usePageContext>;
