import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '@/utils/i18n/locales/en';
import { t } from '@/utils/i18n/translate';
import type { WriteMode, WriteResult } from '@/utils/page/page-write';
import type { QuoteProblem } from '@/utils/page/quote';
import { requestPageAccess } from '@/utils/panel/page-access';
import type { ChatSession } from '@/utils/panel/session';
import { targetTabId } from '@/utils/panel/target-tab';

/** What the panel says after writing into the page; `copy` offers the text to copy instead. */
export interface WriteNotice {
  message: string;
  failed: boolean;
  copy: string | null;
  /** Asking for the site's access may help: the text and mode to try again with. */
  retry: { text: string; mode: Exclude<WriteMode, 'probe'> } | null;
}

const PROBLEM_TEXT: Record<QuoteProblem, MessageKey> = {
  empty_selection: 'insertNoTarget',
  needs_permission: 'insertNeedsPermission',
  page_restricted: 'insertRestricted',
  file_access: 'insertRestricted',
  tab_gone: 'insertTabGone',
};

/**
 * "Insert into page" and "Replace selection": writes a reply (or a code block) into the
 * editor the user last focused on the page beside the panel. Whether that editor holds a
 * selection is looked at each time the panel gets the focus back from the page.
 */
export function usePageWriter(session: ChatSession) {
  const [canReplace, setCanReplace] = useState(false);
  const [notice, setNotice] = useState<WriteNotice | null>(null);

  useEffect(() => {
    let live = true;
    const probe = async (): Promise<void> => {
      const tabId = await targetTabId().catch(() => null);
      if (tabId === null) return;
      const result = await session.page.writeToPage(tabId, '', 'probe');
      if (live)
        setCanReplace('outcome' in result && result.outcome === 'ready' && result.hasSelection);
    };
    const onFocus = () => void probe();
    void probe();
    window.addEventListener('focus', onFocus);
    return () => {
      live = false;
      window.removeEventListener('focus', onFocus);
    };
  }, [session]);

  const say = (result: WriteResult, text: string, mode: Exclude<WriteMode, 'probe'>): void => {
    if ('problem' in result) {
      const retry = result.problem === 'needs_permission' ? { text, mode } : null;
      setNotice({ message: t(PROBLEM_TEXT[result.problem]), failed: true, copy: text, retry });
      return;
    }
    if (result.outcome === 'written') {
      setCanReplace(false);
      setNotice({
        message: t(result.undoable ? 'insertDone' : 'insertDoneNoUndo'),
        failed: false,
        copy: null,
        retry: null,
      });
      return;
    }
    const key = result.outcome === 'refused' ? 'insertRefused' : 'insertNoTarget';
    setNotice({ message: t(key), failed: true, copy: text, retry: null });
  };

  const write = async (text: string, mode: Exclude<WriteMode, 'probe'>): Promise<void> => {
    setNotice(null);
    // The sentences come with the first write, not with the panel.
    (await import('@/utils/panel/write-strings')).addWriteStrings();
    const tabId = await targetTabId().catch(() => null);
    if (tabId === null) {
      setNotice({ message: t('insertNoTarget'), failed: true, copy: text, retry: null });
      return;
    }
    say(await session.page.writeToPage(tabId, text, mode), text, mode);
  };

  return {
    canReplace,
    notice,
    write: (text: string, mode: Exclude<WriteMode, 'probe'>) => void write(text, mode),
    /** Asks for the site's access (inside the click), then writes again. */
    allowAccess: async (): Promise<void> => {
      const retry = notice?.retry;
      if (retry && (await requestPageAccess())) await write(retry.text, retry.mode);
    },
    dismiss: () => setNotice(null),
  };
}

export type PageWriter = ReturnType<typeof usePageWriter>;
