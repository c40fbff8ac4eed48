import type { JSX } from 'preact';

/** A suggestion list shown over the message box (tabs after `@`, prompts after `/`). */
interface ListKeys {
  count: number;
  active: number;
  setActive(index: number): void;
  /** Takes the option at `index`. */
  pick(index: number): void;
  close(): void;
}

/**
 * The keys a suggestion list takes from the message box while it is open: arrows move,
 * Enter or Tab take the active option, Escape closes. An IME's keys (composition, or
 * keyCode 229 in some Chinese and Japanese IMEs) are the IME's. True when the list took it.
 */
export function listKey(
  event: JSX.TargetedKeyboardEvent<HTMLTextAreaElement>,
  list: ListKeys,
): boolean {
  if (event.isComposing || event.keyCode === 229) return false;
  const { count, active } = list;
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    if (count === 0) return false;
    event.preventDefault();
    const step = event.key === 'ArrowDown' ? 1 : -1;
    list.setActive((active + step + count) % count);
    return true;
  }
  if ((event.key === 'Enter' || event.key === 'Tab') && !event.shiftKey) {
    if (active >= count) return false;
    event.preventDefault();
    list.pick(active);
    return true;
  }
  if (event.key === 'Escape') {
    event.preventDefault();
    event.stopPropagation();
    list.close();
    return true;
  }
  return false;
}
