import type { JSX } from 'preact';

/**
 * What a trigger (`@query`, `/command`) ending the draft has typed after its mark, or null.
 * `pattern` ends in `$` and captures the line start or space in group 1 and the query in
 * group 2. Checked on every keystroke, so only the draft's last `span` characters are read;
 * in that cut tail `^` is the middle of the text, so a match there needs its space or break.
 */
export function triggerBefore(text: string, pattern: RegExp, span: number): string | null {
  const cut = text.length > span;
  const match = pattern.exec(cut ? text.slice(-span) : text);
  if (!match || (cut && match[1] === '')) return null;
  return match[2] ?? '';
}

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
