import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { PROMPT_LIMITS } from '@/utils/limits';
import { matchPrompts, type SavedPrompt } from '@/utils/prompts/library';
import { listKey, triggerBefore } from './list-keys';

/** `/` at the start of the text or of a line, then the command typed so far. */
const COMMAND = /(^|\n)\/([^\s/]*)$/;
/** The most of the text a command spans: a line break, `/` and the longest command. */
const COMMAND_SPAN = PROMPT_LIMITS.command + 2;

/** The `/query` just before the caret, or null when the caret is not in one. */
export function commandBefore(text: string): string | null {
  return triggerBefore(text, COMMAND, COMMAND_SPAN);
}

/** `text` without the `/query` at its end (what goes before the prompt's text). */
export function withoutCommand(text: string): string {
  return text.replace(COMMAND, '$1');
}

/** The most prompts listed at once; typing narrows the rest. */
const SHOWN = 50;

/**
 * The prompt list's state: open while the text before the caret is a `/query`, the prompts
 * matching it, and the keys that move through them. The focus stays in the message box.
 */
export function usePromptCommand(
  draft: string,
  prompts: readonly SavedPrompt[],
  onPick: (prompt: SavedPrompt, before: string) => void,
) {
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const query = commandBefore(draft);
  const open = query !== null && dismissed !== draft;
  const shown = open ? matchPrompts(prompts, query ?? '').slice(0, SHOWN) : [];

  useEffect(() => setActive(0), [query]);

  // The list stays open until the text changes: if a source is missing, the same prompt can
  // be chosen again once it is there (Enter never sends the bare `/command`).
  const pick = (prompt: SavedPrompt): void => onPick(prompt, withoutCommand(draft));

  /** Handles a key in the message box while the list is open; true when it did. */
  const onKey = (event: JSX.TargetedKeyboardEvent<HTMLTextAreaElement>): boolean =>
    open &&
    listKey(event, {
      count: shown.length,
      active,
      setActive,
      pick: (index) => shown[index] && pick(shown[index]),
      close: () => setDismissed(draft),
    });

  return { open, prompts: shown, active, pick, onKey };
}
