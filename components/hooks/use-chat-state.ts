import { useEffect, useState } from 'preact/hooks';
import type { ChatSession } from '@/utils/chat-session';
import type { ChatState } from '@/utils/chat-store';

/** The session's state, re-rendering on every change. */
export function useChatState(session: ChatSession): ChatState {
  const [state, setState] = useState(() => session.getState());
  useEffect(() => {
    setState(session.getState());
    return session.subscribe(setState);
  }, [session]);
  return state;
}
