import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { tabsOfWindow, type TabChoice } from '@/utils/panel/target-tab';
import { listKey, triggerBefore } from './list-keys';

/** `@` at the start or after a space, then the words typed so far (no line break). */
const MENTION = /(^|\s)@([^\n@]{0,40})$/;
/** The most of the text a mention spans: a space, `@` and 40 characters. */
const MENTION_SPAN = 42;

/** The `@query` just before the caret, or null when the caret is not in one. */
export function mentionBefore(text: string): string | null {
  return triggerBefore(text, MENTION, MENTION_SPAN);
}

/** `text` without the `@query` at its end. */
export function withoutMention(text: string): string {
  return text.replace(MENTION, '$1');
}

/** Tabs whose title or address holds every word of `query`. */
export function matchTabs(tabs: readonly TabChoice[], query: string): TabChoice[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return tabs.filter((tab) => {
    const haystack = `${tab.title} ${tab.url}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/**
 * The tab picker's state: open while the text before the caret is an `@query` (or after
 * "Add a tab"), the window's tabs filtered by it, and the keys that move through them.
 */
export function useTabMention(draft: string, onPick: (tab: TabChoice, rest: string) => void) {
  const [forced, setForced] = useState(false);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [tabs, setTabs] = useState<TabChoice[]>([]);
  const [active, setActive] = useState(0);
  const typed = mentionBefore(draft);
  const query = typed ?? (forced ? '' : null);
  const open = query !== null && dismissed !== draft;
  const shown = open ? matchTabs(tabs, query ?? '') : [];

  useEffect(() => {
    if (!open) return;
    let live = true;
    tabsOfWindow()
      .then((list) => live && setTabs(list))
      .catch(() => live && setTabs([]));
    return () => {
      live = false;
    };
  }, [open]);

  useEffect(() => setActive(0), [query]);

  const close = (): void => {
    setForced(false);
    setDismissed(draft);
  };

  const pick = (tab: TabChoice): void => {
    setForced(false);
    onPick(tab, typed !== null ? withoutMention(draft) : draft);
  };

  /** Handles a key in the message box while the picker is open; true when it did. */
  const onKey = (event: JSX.TargetedKeyboardEvent<HTMLTextAreaElement>): boolean =>
    open &&
    listKey(event, {
      count: shown.length,
      active,
      setActive,
      pick: (index) => shown[index] && pick(shown[index]),
      close,
    });

  return {
    open,
    tabs: shown,
    active,
    pick,
    onKey,
    openPicker: () => {
      setDismissed(null);
      setForced(true);
    },
    close,
  };
}
