import { useEffect, useRef } from 'preact/hooks';

/** What the panel's keyboard shortcuts do. */
export interface ShortcutActions {
  /** Escape: stop the reply streaming in view. */
  stop(): void;
  /** Ctrl/⌘+Shift+O: a new chat, cursor in the message box. */
  newChat(): void;
  /** `/` outside a text field: the cursor in the message box. */
  focusComposer(): void;
  /** `?` outside a text field: the list of shortcuts. */
  showShortcuts(): void;
  /** Alt+P: "Use this page". */
  usePage(): void;
}

/** The panel's keyboard shortcuts (listed in Settings → Shortcuts). */
export function useShortcuts(streaming: boolean, actions: ShortcutActions): void {
  // The listener is added once per streaming change; it always calls the latest actions.
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const typing =
        event.target instanceof HTMLElement &&
        event.target.closest('input, textarea, [contenteditable]');
      if (event.key === 'Escape' && streaming) latest.current.stop();
      else if (
        (event.ctrlKey || event.metaKey) &&
        event.shiftKey &&
        event.key.toLowerCase() === 'o'
      ) {
        event.preventDefault();
        latest.current.newChat();
      } else if (event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyP') {
        event.preventDefault();
        latest.current.usePage();
      } else if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        latest.current.focusComposer();
      } else if (event.key === '?' && !typing && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        latest.current.showShortcuts();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [streaming]);
}
