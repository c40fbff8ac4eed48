import { browser } from 'wxt/browser';
import type { QuoteProblem, SelectionResult } from './quote';

interface FrameSelection {
  text: string;
  focused: boolean;
  title: string;
  url: string;
}

/**
 * Runs in each frame of the page: the selected text, including inside text fields
 * (whose selection window.getSelection() does not report).
 */
function selectionInFrame(): FrameSelection {
  const active = document.activeElement;
  let text = '';
  if (active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement) {
    const { selectionStart, selectionEnd, value } = active;
    if (selectionStart !== null && selectionEnd !== null)
      text = value.slice(selectionStart, selectionEnd);
  }
  if (!text) text = window.getSelection()?.toString() ?? '';
  return { text, focused: document.hasFocus(), title: document.title, url: location.href };
}

/** Reads what the user selected in a tab (all its frames we may read), with its title and URL. */
export async function readSelection(tabId: number): Promise<SelectionResult> {
  let frames: FrameSelection[];
  try {
    const results = await browser.scripting.executeScript({
      target: { tabId, allFrames: true },
      func: selectionInFrame,
    });
    frames = results.map((result) => result.result as FrameSelection).filter(Boolean);
  } catch (error) {
    return { problem: classify(error) };
  }
  const top = frames[0];
  const chosen =
    frames.find((frame) => frame.focused && frame.text.trim()) ??
    frames.find((frame) => frame.text.trim());
  if (!chosen || !top) return { problem: 'empty_selection' };
  return { quote: { text: chosen.text, title: top.title, url: top.url } };
}

/** Maps the browser's refusal to one the user can act on. */
export function classify(error: unknown): QuoteProblem {
  const message = error instanceof Error ? error.message : String(error);
  if (/no tab with id|tab was closed|frame .* was removed|no frame/i.test(message))
    return 'tab_gone';
  if (/file:/i.test(message)) return 'file_access';
  if (
    /cannot be scripted|chrome:|edge:|about:|chrome-extension:|moz-extension:|extensions gallery|webstore|pdf/i.test(
      message,
    )
  ) {
    return 'page_restricted';
  }
  if (/permission|cannot access/i.test(message)) return 'needs_permission';
  return 'page_restricted';
}
