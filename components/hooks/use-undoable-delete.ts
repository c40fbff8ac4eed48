import { useEffect, useRef, useState } from 'preact/hooks';
import type { Conversation } from '@/utils/history/types';

const UNDO_WINDOW_MS = 5000;

/**
 * Deletes a conversation after a few seconds unless undone. Until then it is only hidden;
 * if the panel closes first, nothing is deleted.
 */
export function useUndoableDelete(commit: (conversationId: string) => void) {
  const [pending, setPending] = useState<Conversation | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const pendingRef = useRef<Conversation | null>(null);

  const finish = (): void => {
    clearTimeout(timer.current);
    const doomed = pendingRef.current;
    pendingRef.current = null;
    setPending(null);
    if (doomed) commit(doomed.id);
  };

  const remove = (conversation: Conversation): void => {
    // A second delete commits the first at once.
    if (pendingRef.current) finish();
    pendingRef.current = conversation;
    setPending(conversation);
    timer.current = setTimeout(finish, UNDO_WINDOW_MS);
  };

  const undo = (): void => {
    clearTimeout(timer.current);
    pendingRef.current = null;
    setPending(null);
  };

  useEffect(() => () => clearTimeout(timer.current), []);
  return { pending, remove, undo };
}
