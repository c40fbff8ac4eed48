// The little the shared scenarios need from a browser, so one scenario runs in Chromium
// (playwright-core) and in Firefox ESR (puppeteer-core over WebDriver BiDi) alike. Elements
// are found as users find them: by role and accessible name, by label, or by the UI
// contract's data attributes.
import type { MockServer } from '../../mock-openai.mjs';
import type { SettingsPatch } from './settings-patch';

/** What a scenario waits for on an element (the last one matching, as a chat's newest). */
export interface Condition {
  /** It is gone from the page. */
  gone?: boolean;
  /** Its text contains this, or matches it. */
  text?: string | RegExp;
  /** One of its attributes has this value. */
  attribute?: readonly [name: string, value: string];
}

/** Elements matching one query; reads act on the last, as a chat's newest reply is last. */
export interface Target {
  click(): Promise<void>;
  fill(text: string): Promise<void>;
  /** Focuses the element, then presses a key ("Enter", "Escape"). */
  press(key: string): Promise<void>;
  /** Chooses an option of a select by its value. */
  select(value: string): Promise<void>;
  /** Gives a file input this file, as choosing it in the file dialog does. */
  upload(path: string): Promise<void>;
  text(): Promise<string>;
  value(): Promise<string>;
  attribute(name: string): Promise<string | null>;
  count(): Promise<number>;
  waitFor(condition?: Condition): Promise<void>;
}

/** The side panel (Chrome) or sidebar (Firefox) page, loaded in a tab. */
export interface Panel {
  role(
    role: 'button' | 'textbox' | 'searchbox' | 'alert' | 'heading' | 'link' | 'navigation',
    name?: string,
  ): Target;
  label(label: string): Target;
  css(selector: string): Target;
  reload(): Promise<void>;
  /** Sets the page's size, as a user drags the side panel wider or narrower. */
  resize(width: number, height: number): Promise<void>;
  /** Runs a function in the page (a measurement) and returns what it returns. */
  measure<T>(probe: () => T): Promise<T>;
}

/** A web page open in a tab of the browser, as a user reads it. */
export interface WebPage {
  /** The tab's id, for `sidepanel.html?tab=` (the UI contract's way to pin the page). */
  tabId: number;
  /** Selects the contents of the element matching a CSS selector, as a user would. */
  select(selector: string): Promise<void>;
}

/** One browser with the built extension, against the mock server. */
export interface Harness {
  readonly name: 'Chromium' | 'Firefox';
  readonly mock: MockServer;
  configure(settings: SettingsPatch): Promise<void>;
  /** Opens the panel page in a new tab; `query` as `?tab=12`. */
  openPanel(query?: string): Promise<Panel>;
  /** Opens a web page in a new tab. */
  openPage(url: string): Promise<WebPage>;
  close(): Promise<void>;
}

/** Selects an element's contents in a page (runs in the page). */
export function selectContents(selector: string): void {
  const element = document.querySelector(selector);
  if (!element) throw new Error(`Nothing matches ${selector}`);
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** Passes when `check` stops throwing; fails with its last error after `timeout`. */
export async function until(check: () => Promise<void>, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      // Re-check soon: the condition is what is awaited, this pause only paces the polling.
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** Whether a text meets a Condition's `text`. */
export function textMatches(text: string, expected: string | RegExp): boolean {
  return typeof expected === 'string' ? text.includes(expected) : expected.test(text);
}
