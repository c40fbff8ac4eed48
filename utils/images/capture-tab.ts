// "Screenshot this tab", in the background: the visible area of the tab beside the panel,
// as the browser renders it (a PNG data URL the panel then prepares like any image).
import { browser, type Browser } from 'wxt/browser';
import type { CaptureProblem, CaptureResult } from './capture-result';

/** Addresses no extension may capture without the user invoking it there. */
const RESTRICTED =
  /^(?:chrome|edge|about|chrome-extension|moz-extension|view-source|devtools|resource):|^https:\/\/(?:chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org)/i;

/** Captures the visible part of a tab; it must be the one showing in its window. */
export async function captureTab(tabId: number): Promise<CaptureResult> {
  const tab: Browser.tabs.Tab | undefined = await browser.tabs.get(tabId).catch(() => undefined);
  // Only what the window shows can be captured; another tab would be captured instead.
  if (!tab?.active || tab.windowId === undefined) return { problem: 'tab_gone' };
  if (tab.url && RESTRICTED.test(tab.url)) return { problem: 'page_restricted' };
  try {
    const dataUrl = await browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
    return { dataUrl, title: tab.title ?? '' };
  } catch (error) {
    const granted = await browser.permissions
      .contains({ origins: ['<all_urls>'] })
      .catch(() => false);
    return { problem: captureProblem(error, granted) };
  }
}

/**
 * Maps the browser's refusal to one the user can act on: without the permission, asking for
 * it is the way on; with it, the page is one the browser keeps from every extension.
 */
export function captureProblem(error: unknown, granted: boolean): CaptureProblem {
  const message = error instanceof Error ? error.message : String(error);
  if (/no tab|no window|closed/i.test(message)) return 'tab_gone';
  return granted ? 'page_restricted' : 'needs_permission';
}
