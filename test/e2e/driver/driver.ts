// The little the shared scenarios need from a browser, so one scenario runs in Chromium
// (playwright-core) and in Firefox ESR (puppeteer-core over WebDriver BiDi) alike. Elements
// are found as users find them: by role and accessible name, by label, by visible text, or
// by the UI contract's data attributes.
import type { MockServer } from '../../mock-openai.mjs';
import type { SettingsPatch } from './settings-patch';

/** What a scenario waits for on an element (the last one matching, as a chat's newest). */
export interface Condition {
  /** It is gone from the page. */
  gone?: boolean;
  /** Its text contains this, or matches it. */
  text?: string | RegExp;
  /** One of its attributes has this value (null: the attribute is absent). */
  attribute?: readonly [name: string, value: string | null];
}

/** The roles scenarios look for; names are matched exactly, as users read them. */
export type Role =
  | 'alert'
  | 'button'
  | 'cell'
  | 'dialog'
  | 'group'
  | 'heading'
  | 'link'
  | 'listbox'
  | 'log'
  | 'menuitem'
  | 'menuitemcheckbox'
  | 'navigation'
  | 'option'
  | 'radio'
  | 'region'
  | 'searchbox'
  | 'status'
  | 'table'
  | 'textbox';

/** Ways to find elements, in the whole panel or inside the elements a Target matched. */
export interface Query {
  role(role: Role, name?: string): Target;
  label(label: string): Target;
  css(selector: string): Target;
  /** The innermost elements whose visible text contains `text`. */
  text(text: string): Target;
}

/**
 * Elements matching one query. Actions, reads and further queries act on the last match (a
 * chat's newest reply is last) unless narrowed with first() or nth(); count, texts and
 * htmls cover every match.
 */
export interface Target extends Query {
  /** Only the matches whose text contains this, or matches it. */
  withText(text: string | RegExp): Target;
  first(): Target;
  nth(index: number): Target;
  click(): Promise<void>;
  hover(): Promise<void>;
  focus(): Promise<void>;
  fill(text: string): Promise<void>;
  /** Focuses the element, then presses a key ("Enter", "Escape", "Tab"). */
  press(key: string): Promise<void>;
  /** Chooses an option of a select by its value. */
  select(value: string): Promise<void>;
  /** Gives a file input this file, as choosing it in the file dialog does. */
  upload(path: string): Promise<void>;
  scrollIntoView(): Promise<void>;
  /** The element's text, trimmed, hidden parts included (textContent). */
  read(): Promise<string>;
  /** The text as rendered for the eye, block breaks as line breaks (innerText). */
  shownText(): Promise<string>;
  /** The text of every match, in order. */
  texts(): Promise<string[]>;
  /** The markup of every match, in order (to compare two renderings). */
  htmls(): Promise<string[]>;
  value(): Promise<string>;
  attribute(name: string): Promise<string | null>;
  count(): Promise<number>;
  waitFor(condition?: Condition): Promise<void>;
}

/** What a page did that nobody asked for: dialogs it opened, requests outside the extension. */
export interface PageWatch {
  dialogs: string[];
  outsideRequests: string[];
  /** Resolves once the network has been quiet for a while. */
  quiet(): Promise<void>;
}

/** The side panel (Chrome) or sidebar (Firefox) page, loaded in a tab. */
export interface Panel extends Query {
  /** Errors the page logged or threw since it opened: told with a failure, to find its cause. */
  readonly errors: readonly string[];
  reload(): Promise<void>;
  /** Presses a key wherever the focus is. */
  press(key: string): Promise<void>;
  /** Sets the page's size, as a user drags the side panel wider or narrower. */
  resize(width: number, height: number): Promise<void>;
  /** Runs a function in the page (a measurement) and returns what it returns. */
  measure<T>(probe: () => T): Promise<Awaited<T>>;
  /** Runs a function in the page with a value (serialised) and returns what it returns. */
  run<T, A>(action: (arg: A) => T, arg: A): Promise<Awaited<T>>;
  /** Starts recording dialogs and requests that leave the extension. */
  watch(): PageWatch;
  /** Waits for the download a click starts; returns its file name and where it was saved. */
  download(click: () => Promise<void>): Promise<{ name: string; path: string }>;
  close(): Promise<void>;
}

/** A web page open in a tab of the browser, as a user reads it. */
export interface WebPage {
  /** The tab's id, for `sidepanel.html?tab=` (the UI contract's way to pin the page). */
  tabId: number;
  /** Selects the contents of the element matching a CSS selector, as a user would. */
  select(selector: string): Promise<void>;
  /** Runs a self-contained function in the page (to focus a field, read a value). */
  run<T>(action: () => T): Promise<T>;
}

/** How the browsers of a set of scenarios are launched. */
export interface HarnessOptions {
  /**
   * Chromium's extension is installed with screenshots (`<all_urls>`) already allowed: its
   * permission prompt is browser UI automation cannot answer. Firefox grants the permission
   * when asked (a pref, firefox-driver.ts), so the asking is tested there.
   */
  chromiumCaptureGranted?: boolean;
}

/** One browser with the built extension, against the mock server. */
export interface Harness {
  readonly name: 'Chromium' | 'Firefox';
  readonly mock: MockServer;
  configure(settings: SettingsPatch): Promise<void>;
  /** Opens the panel page in a new tab; `query` as `?tab=12`. */
  openPanel(query?: string): Promise<Panel>;
  /**
   * Opens a web page in a new tab of the panel's window, or in a window of its own, where it
   * is the tab in view (what "Screenshot this tab" captures) while the panel is a tab too.
   */
  openPage(url: string, where?: 'tab' | 'window'): Promise<WebPage>;
  /** Runs a self-contained function in the extension's origin (its IndexedDB, its storage). */
  inExtension<T>(run: (arg: string) => Promise<T>, arg?: string): Promise<T>;
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

/** Throws unless an element's text and attribute meet the condition (for until()). */
export function checkCondition(
  seen: { text: string; attribute: string | null },
  { text, attribute }: Condition,
): void {
  if (text !== undefined && !textMatches(seen.text, text)) {
    throw new Error(`Text is ${JSON.stringify(seen.text)}, not ${text}`);
  }
  if (attribute && seen.attribute !== attribute[1]) {
    throw new Error(`${attribute[0]} is ${seen.attribute}, not ${attribute[1]}`);
  }
}
