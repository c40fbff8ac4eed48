import { useMemo } from 'preact/hooks';
import { optionsInView, type ChatState } from '@/utils/panel/chat-state';
import { fitPages, roomForPages, type FittedPage } from '@/utils/page/page-budget';
import { contextTokensOf } from '@/utils/providers/context-window';
import type { Settings } from '@/utils/settings/model';
import type { AttachedPage } from './use-page-context';
import { useContextWindow } from './use-context-window';

/** What the chat in view holds: its model's window (null: unknown) and the tokens used. */
export interface ChatContext {
  window: number | null;
  tokens: number;
}

/**
 * The attached pages fitted to what is left of the model's window, refitted when the chat,
 * the model or the pages change (not on every keystroke: the reply's reserve covers typing).
 */
export function useFittedPages(
  pages: readonly AttachedPage[],
  settings: Settings | null,
  state: ChatState,
): { fitted: FittedPage[]; context: ChatContext } {
  const window = useContextWindow(settings, optionsInView(state));
  // Once per change of the messages, not per keystroke in the composer.
  const tokens = useMemo(() => contextTokensOf(state.messages), [state.messages]);
  const fitted = useMemo(
    () =>
      fitPages(
        pages.map((page) => page.read),
        roomForPages(window, tokens, ''),
      ),
    [pages, window, tokens],
  );
  return { fitted, context: { window, tokens } };
}
