import { browser } from 'wxt/browser';
import { classify } from './selection';
import type { WriteMode, WriteResult } from './page-write';

/**
 * Runs in the page's top frame (self-contained: it is serialised into the tab). Finds the
 * element the user last focused, through same-origin frames and open shadow roots, and
 * writes `text` there as the user's own typing would: the browser's insertText command, so
 * the page sees input events and one Ctrl+Z takes it back. Never submits anything.
 */
export function writeInFrame(
  text: string,
  mode: WriteMode,
): {
  outcome: 'written' | 'ready' | 'no_target' | 'refused';
  hasSelection: boolean;
  undoable: boolean;
} {
  let doc: Document = document;
  let active: Element | null = document.activeElement;
  for (let depth = 0; depth < 20 && active; depth += 1) {
    if (active.tagName === 'IFRAME' || active.tagName === 'FRAME') {
      let inner: Document | null = null;
      try {
        inner = (active as HTMLIFrameElement).contentDocument;
      } catch {
        inner = null;
      }
      // A frame of another site keeps its focus to itself: not ours to write into.
      if (!inner) return { outcome: 'no_target', hasSelection: false, undoable: false };
      doc = inner;
      active = inner.activeElement;
    } else if (active.shadowRoot?.activeElement) {
      active = active.shadowRoot.activeElement;
    } else break;
  }
  const none = { outcome: 'no_target' as const, hasSelection: false, undoable: false };
  if (!active || active === doc.body || active === doc.documentElement) {
    // A rich editor may be the body of a design-mode document.
    if (doc.designMode !== 'on' || !doc.body) return none;
    active = doc.body;
  }
  const element = active as HTMLElement;
  const tag = element.tagName;
  const textTypes = ['text', 'search', 'email', 'url', 'tel', ''];
  const field =
    tag === 'TEXTAREA' ||
    (tag === 'INPUT' && textTypes.includes((element as HTMLInputElement).type));
  const control = element as HTMLInputElement;
  const editable = field
    ? !control.readOnly && !control.disabled
    : element.isContentEditable || doc.designMode === 'on';
  if (!editable) return none;
  const selection = doc.getSelection();
  const hasSelection = field
    ? control.selectionStart !== control.selectionEnd
    : !!selection &&
      !selection.isCollapsed &&
      !!selection.anchorNode &&
      element.contains(selection.anchorNode);
  if (mode === 'probe') return { outcome: 'ready', hasSelection, undoable: false };

  element.focus({ preventScroll: true });
  if (field) {
    const end = control.selectionEnd ?? control.value.length;
    if (mode === 'insert' || !hasSelection) control.setSelectionRange(end, end);
  } else if (selection) {
    const inside = selection.anchorNode && element.contains(selection.anchorNode);
    if (!inside) {
      // No caret in the editor: write at its end.
      const range = doc.createRange();
      range.selectNodeContents(element);
      range.collapse(false);
      selection.removeAllRanges();
      selection.addRange(range);
    } else if (mode === 'insert') selection.collapseToEnd();
  }
  let done = false;
  try {
    done = doc.execCommand('insertText', false, text);
  } catch {
    done = false;
  }
  if (done) return { outcome: 'written', hasSelection, undoable: true };
  if (!field) return { outcome: 'refused', hasSelection, undoable: false };
  // The command is off in this page: set the text as a script would, and tell the page.
  const start = control.selectionStart ?? control.value.length;
  const stop = control.selectionEnd ?? start;
  control.setRangeText(text, start, stop, 'end');
  control.dispatchEvent(new Event('input', { bubbles: true }));
  return { outcome: 'written', hasSelection, undoable: false };
}

/** Writes into (or looks at) the focused editor of a tab's page. */
export async function writeToPage(
  tabId: number,
  text: string,
  mode: WriteMode,
): Promise<WriteResult> {
  try {
    const [first] = await browser.scripting.executeScript({
      target: { tabId },
      func: writeInFrame,
      args: [text, mode],
    });
    const result = first?.result as ReturnType<typeof writeInFrame> | undefined;
    return result ?? { outcome: 'no_target', hasSelection: false, undoable: false };
  } catch (error) {
    return { problem: classify(error) };
  }
}
