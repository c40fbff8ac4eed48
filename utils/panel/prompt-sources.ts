// Where a prompt's variables come from in the panel, read only when the prompt uses them.
import { browser } from 'wxt/browser';
import { targetTabId } from './target-tab';

/** The title and address of the page beside the panel; '' for what the panel may not see. */
export async function pageFacts(): Promise<{ title: string; url: string }> {
  const tabId = await targetTabId();
  const tab = tabId === null ? null : await browser.tabs.get(tabId).catch(() => null);
  return { title: tab?.title ?? '', url: tab?.url ?? '' };
}

/**
 * Asks for the clipboard permission; must be called inside the user's click or key press (the
 * browser asks only then), before any await. Resolves to the clipboard's text, or null when
 * the user refused or the clipboard holds no text.
 */
export function readClipboard(): Promise<string | null> {
  const asked = browser.permissions.request({ permissions: ['clipboardRead'] }).catch(() => false);
  return asked.then(async (granted) => {
    if (!granted) return null;
    const text = await navigator.clipboard.readText().catch(() => '');
    return text.trim() ? text : null;
  });
}
