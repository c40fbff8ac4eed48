import { useEffect, useState } from 'preact/hooks';
import type { ChatSession } from '@/utils/panel/session';
import type { ChatState } from '@/utils/panel/chat-state';

/** The session's state, re-rendering on every change. */
export function useChatState(session: ChatSession): ChatState {
  const [state, setState] = useState(() => session.getState());
  useEffect(() => {
    setState(session.getState());
    return session.subscribe(setState);
  }, [session]);
  return state;
}
