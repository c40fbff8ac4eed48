import { createContext } from 'preact';
import type { ChatSession } from '@/utils/panel/session';
import type { WriteMode } from '@/utils/page/page-write';

/** What message actions need: the session to act through, and whether a reply streams. */
export interface ChatActions {
  session: ChatSession | null;
  /** A reply streams in this conversation: edits, versions and regeneration wait. */
  streaming: boolean;
  /** "Insert into page" / "Replace selection": writes text into the page's focused editor. */
  writeToPage?(text: string, mode: Exclude<WriteMode, 'probe'>): void;
  /** The page's editor holds selected text, so "Replace selection" applies. */
  canReplace?: boolean;
}

/** Provided by the App so memoized messages can act without new props. */
export const ChatActionsContext = createContext<ChatActions>({ session: null, streaming: false });
