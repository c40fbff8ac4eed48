import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, type ElementHandle, type KeyInput, type Page } from 'puppeteer-core';
import type { Settings } from '@/utils/settings/model';
import { GECKO_ID } from '../../../wxt.config';
import type { MockServer } from '../../mock-openai.mjs';
import { applySettingsPatch, type SettingsPatch } from './settings-patch';
import {
  checkCondition,
  selectContents,
  textMatches,
  until,
  type Harness,
  type Panel,
  type Query,
  type Target,
} from './driver';

const FIREFOX_EXTENSION = fileURLToPath(new URL('../../../.output/firefox-mv2', import.meta.url));
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The part of puppeteer's BiDi frame used here (public, but missing from its Frame type). */
interface BidiFrame {
  browsingContext: { navigate(url: string, wait: 'none'): Promise<unknown> };
}

/** The WebExtension global inside an extension page. */
interface PageBrowser {
  tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> };
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
}

/** A role query for puppeteer's ARIA selector: exact accessible name, as playwright's. */
function aria(role: string | null, name?: string): string {
  const parts = [
    name === undefined ? '' : `[name=${JSON.stringify(name)}]`,
    role ? `[role="${role}"]` : '',
  ];
  return `::-p-aria(${parts.join('')})`;
}

/** The elements a query finds now (empty while there are none). */
type Resolve = () => Promise<ElementHandle<Element>[]>;

/** Queries inside a page or inside the elements `scope` finds. */
function query(page: Page, scope: Resolve | null, scopeName = 'the page'): Query {
  const within =
    (selector: string): Resolve =>
    async () => {
      if (!scope) return page.$$(selector);
      const found: ElementHandle<Element>[] = [];
      for (const parent of await scope()) found.push(...(await parent.$$(selector)));
      return found;
    };
  return {
    role: (role, name) =>
      target(page, within(aria(role, name)), `${aria(role, name)} in ${scopeName}`),
    label: (label) =>
      target(page, within(aria(null, label)), `${aria(null, label)} in ${scopeName}`),
    css: (selector) => target(page, within(selector), `${selector} in ${scopeName}`),
    text: (text) => {
      const selector = `::-p-text(${JSON.stringify(text)})`;
      return target(page, within(selector), `${selector} in ${scopeName}`);
    },
  };
}

/** A Target over what `all` finds; `pick` chooses the element actions and reads act on. */
function target(
  page: Page,
  all: Resolve,
  /** The query in words, for the error when nothing matches. */
  description: string,
  pick: (found: ElementHandle<Element>[]) => ElementHandle<Element> | undefined = (found) =>
    found.at(-1),
): Target {
  const one = async (): Promise<ElementHandle<Element>> => {
    let chosen: ElementHandle<Element> | undefined;
    await until(async () => {
      chosen = pick(await all());
      if (!chosen) throw new Error(`Nothing matches ${description}`);
    }, 20_000);
    return chosen as ElementHandle<Element>;
  };
  // puppeteer clicks at the element's centre once it is barely in view, where a sticky bar
  // (the welcome screen's Start chatting) may cover it; playwright waits for a clear spot.
  const centered = async (): Promise<ElementHandle<Element>> => {
    const element = await one();
    await element.evaluate((e) => e.scrollIntoView({ block: 'center', inline: 'nearest' }));
    return element;
  };
  const read = async <T>(reader: (element: Element) => T): Promise<T> =>
    (await one()).evaluate(reader);
  const narrowed =
    (choose: typeof pick): Resolve =>
    async () => {
      const chosen = choose(await all());
      return chosen ? [chosen] : [];
    };
  return {
    // Inside the one element reads act on, as "the buttons of the newest reply".
    ...query(
      page,
      async () => {
        const chosen = pick(await all());
        return chosen ? [chosen] : [];
      },
      description,
    ),
    withText: (text) =>
      target(
        page,
        async () => {
          const kept: ElementHandle<Element>[] = [];
          for (const element of await all()) {
            const seen = await element.evaluate((e) => e.textContent ?? '');
            if (textMatches(seen, text)) kept.push(element);
          }
          return kept;
        },
        `${description} with text ${String(text)}`,
      ),
    first: () =>
      target(
        page,
        narrowed((found) => found[0]),
        `first of ${description}`,
      ),
    nth: (index) =>
      target(
        page,
        narrowed((found) => found[index]),
        `#${index} of ${description}`,
      ),
    click: async () => (await centered()).click(),
    hover: async () => (await centered()).hover(),
    focus: async () => (await one()).focus(),
    // As playwright's fill: the value set at once and one input event, as typing ends in.
    async fill(text) {
      const element = await one();
      await element.focus();
      await element.evaluate((field, value) => {
        (field as HTMLInputElement).value = value;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }, text);
    },
    async press(key) {
      await (await one()).focus();
      await page.keyboard.press(key as KeyInput);
    },
    async select(value) {
      await (await one()).select(value);
    },
    async upload(path) {
      await ((await one()) as ElementHandle<HTMLInputElement>).uploadFile(path);
    },
    scrollIntoView: async () => (await one()).scrollIntoView(),
    read: () => read((element) => (element.textContent ?? '').trim()),
    shownText: () => read((element) => (element as HTMLElement).innerText.trim()),
    async texts() {
      const found = await all();
      return Promise.all(found.map((e) => e.evaluate((x) => (x.textContent ?? '').trim())));
    },
    async htmls() {
      return Promise.all((await all()).map((e) => e.evaluate((x) => x.outerHTML)));
    },
    value: () => read((element) => (element as HTMLInputElement).value),
    attribute: async (name) => (await one()).evaluate((e, n) => e.getAttribute(n), name),
    count: async () => (await all()).length,
    async waitFor(condition = {}) {
      if (condition.gone) {
        await until(async () => {
          if (pick(await all())) throw new Error(`Still there: ${description}`);
        }, 20_000);
        return;
      }
      const attributeName = condition.attribute?.[0] ?? null;
      await until(async () => {
        const chosen = pick(await all());
        if (!chosen) throw new Error(`Nothing matches ${description}`);
        const seen = await chosen.evaluate(
          (e, n) => ({
            text: e.textContent ?? '',
            attribute: n === null ? null : e.getAttribute(n),
          }),
          attributeName,
        );
        checkCondition(seen, condition);
      }, 20_000);
    },
  };
}

/** Firefox ESR with the built add-on, driven through puppeteer-core over WebDriver BiDi. */
export async function firefoxHarness(mock: MockServer): Promise<Harness> {
  if (!existsSync(`${FIREFOX_EXTENSION}/manifest.json`)) {
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION}: run npm run build first.`);
  }
  // Pinning the moz-extension UUID lets the tests address the sidebar page directly.
  const uuid = randomUUID();
  const downloads = mkdtempSync(join(tmpdir(), 'sidechat-firefox-downloads-'));
  const browser = await launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Without it Firefox refuses navigation to moz-extension:// pages from automation.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      'intl.locale.requested': 'en-US',
      // Downloads land in a folder of the test's, without asking.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      // An optional permission the add-on asks for is granted as if the user clicked Allow:
      // the prompt is the browser's, outside any page the tests can reach.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION);
  // The first window's first tab: new tabs open in the focused window, so focusing this one
  // keeps the panel out of a page's own window (see openPage).
  const [home] = await browser.pages();
  const url = `moz-extension://${uuid}/sidepanel.html`;

  const load = async (page: Page, search = ''): Promise<void> => {
    // page.goto and reload never resolve for moz-extension:// over BiDi; a raw navigate does.
    const frame = page.mainFrame() as unknown as BidiFrame;
    await frame.browsingContext.navigate(`${url}${search}`, 'none');
    await page.waitForSelector('main, form', { timeout: 20_000 });
  };

  const panel = (page: Page, search: string, errors: string[]): Panel => ({
    ...query(page, null),
    errors,
    reload: () => load(page, search),
    press: (key) => page.keyboard.press(key as KeyInput),
    resize: (width, height) => page.setViewport({ width, height }),
    measure: (probe) => page.evaluate(probe),
    // Puppeteer's own types cannot follow a generic through evaluate: the value is the same.
    run: (action, arg) => page.evaluate(action as never, arg) as never,
    watch() {
      const dialogs: string[] = [];
      const outsideRequests: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      page.on('request', (request) => {
        if (!request.url().startsWith('moz-extension://')) outsideRequests.push(request.url());
      });
      return { dialogs, outsideRequests, quiet: () => page.waitForNetworkIdle({ idleTime: 500 }) };
    },
    async download(click) {
      const before = new Set(readdirSync(downloads));
      await click();
      let name = '';
      // Firefox writes a .part file and renames it when the download is complete; the
      // final name may show as an empty placeholder before the .part file does.
      await until(async () => {
        const files = readdirSync(downloads).filter((file) => !before.has(file));
        const done = files.find((file) => !file.endsWith('.part'));
        if (
          !done ||
          files.some((file) => file.endsWith('.part')) ||
          statSync(join(downloads, done)).size === 0
        )
          throw new Error('No download yet');
        name = done;
      });
      return { name, path: join(downloads, name) };
    },
    close: () => page.close(),
  });

  /** An extension page that runs one function, then closes. */
  const inExtension: Harness['inExtension'] = async (run, arg = '') => {
    const probe = await browser.newPage();
    try {
      await load(probe);
      return await probe.evaluate(run, arg);
    } finally {
      await probe.close();
    }
  };

  return {
    name: 'Firefox',
    mock,
    async configure(settings: SettingsPatch) {
      const page = await browser.newPage();
      await load(page);
      // Read and written in an extension page; merged here, as the Chromium harness does.
      const stored = await page.evaluate(async () => {
        const api = (globalThis as unknown as { browser: PageBrowser }).browser;
        return ((await api.storage.local.get('settings')).settings ?? {}) as Partial<Settings>;
      });
      await page.evaluate(
        async (next) => {
          const api = (globalThis as unknown as { browser: PageBrowser }).browser;
          await api.storage.local.set({ settings: next });
        },
        applySettingsPatch(stored, settings),
      );
      await page.close();
    },
    async openPanel(search = '') {
      await home?.bringToFront();
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(String(error)));
      await load(page, search);
      return panel(page, search, errors);
    },
    inExtension,
    async openPage(address, where = 'tab') {
      const page = await browser.newPage(where === 'window' ? { type: 'window' } : {});
      await page.goto(address);
      // Tab ids are the extension's to tell: ask from one of its pages.
      const probe = await browser.newPage();
      await load(probe);
      const tabId = await probe.evaluate(async (wanted) => {
        const api = (globalThis as unknown as { browser: PageBrowser }).browser;
        // Firefox's url filter is a match pattern, which has no port: compare URLs instead.
        const tabs = await api.tabs.query({});
        return tabs.find((tab) => tab.url === wanted)?.id ?? -1;
      }, address);
      await probe.close();
      return {
        tabId,
        select: (selector) => page.evaluate(selectContents, selector),
        run: (action) => page.evaluate(action),
      };
    },
    close: () => browser.close(),
  };
}
