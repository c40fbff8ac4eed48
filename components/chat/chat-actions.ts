import { createContext } from 'preact';
import type { ChatSession } from '@/utils/panel/session';

/** What message actions need: the session to act through, and whether a reply streams. */
export interface ChatActions {
  session: ChatSession | null;
  /** A reply streams in this conversation: edits, versions and regeneration wait. */
  streaming: boolean;
}

/** Provided by the App so memoized messages can act without new props. */
export const ChatActionsContext = createContext<ChatActions>({ session: null, streaming: false });
