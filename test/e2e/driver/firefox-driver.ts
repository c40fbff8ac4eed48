import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch, type ElementHandle, type Page } from 'puppeteer-core';
import type { Settings } from '@/utils/settings/model';
import { GECKO_ID } from '../../../wxt.config';
import type { MockServer } from '../../mock-openai.mjs';
import { applySettingsPatch, type SettingsPatch } from './settings-patch';
import {
  selectContents,
  textMatches,
  until,
  type Harness,
  type Panel,
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

function target(page: Page, selector: string): Target {
  const all = () => page.$$(selector);
  const last = async (): Promise<ElementHandle<Element>> => {
    let found: ElementHandle<Element> | undefined;
    await until(async () => {
      found = (await all()).at(-1);
      if (!found) throw new Error(`Nothing matches ${selector}`);
    }, 20_000);
    return found as ElementHandle<Element>;
  };
  const read = async <T>(pick: (element: Element) => T): Promise<T> =>
    (await last()).evaluate(pick);
  return {
    click: async () => (await last()).click(),
    // As playwright's fill: the value set at once and one input event, as typing ends in.
    async fill(text) {
      const element = await last();
      await element.focus();
      await element.evaluate((field, value) => {
        (field as HTMLInputElement).value = value;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }, text);
    },
    async press(key) {
      await (await last()).focus();
      await page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]);
    },
    async select(value) {
      await (await last()).select(value);
    },
    async upload(path) {
      await ((await last()) as ElementHandle<HTMLInputElement>).uploadFile(path);
    },
    text: () => read((element) => (element.textContent ?? '').trim()),
    value: () => read((element) => (element as HTMLInputElement).value),
    attribute: (name) =>
      last().then((element) => element.evaluate((e, n) => e.getAttribute(n), name)),
    count: async () => (await all()).length,
    async waitFor(condition = {}) {
      if (condition.gone) {
        await until(async () => {
          if ((await all()).length > 0) throw new Error(`${selector} is still there`);
        }, 20_000);
        return;
      }
      const { text, attribute } = condition;
      await until(async () => {
        const element = await last();
        if (text !== undefined) {
          const seen = await element.evaluate((e) => e.textContent ?? '');
          if (!textMatches(seen, text))
            throw new Error(`Text is ${JSON.stringify(seen)}, not ${text}`);
        }
        if (attribute) {
          const seen = await element.evaluate((e, n) => e.getAttribute(n), attribute[0]);
          if (seen !== attribute[1])
            throw new Error(`${attribute[0]} is ${seen}, not ${attribute[1]}`);
        }
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
  const browser = await launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Without it Firefox refuses navigation to moz-extension:// pages from automation.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      'intl.locale.requested': 'en-US',
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION);
  const url = `moz-extension://${uuid}/sidepanel.html`;

  const load = async (page: Page, query = ''): Promise<void> => {
    // page.goto and reload never resolve for moz-extension:// over BiDi; a raw navigate does.
    const frame = page.mainFrame() as unknown as BidiFrame;
    await frame.browsingContext.navigate(`${url}${query}`, 'none');
    await page.waitForSelector('main, form', { timeout: 20_000 });
  };

  const panel = (page: Page, query: string): Panel => ({
    role: (role, name) => target(page, aria(role, name)),
    label: (label) => target(page, aria(null, label)),
    css: (selector) => target(page, selector),
    reload: () => load(page, query),
    resize: (width, height) => page.setViewport({ width, height }),
    measure: (probe) => page.evaluate(probe),
  });

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
    async openPanel(query = '') {
      const page = await browser.newPage();
      await load(page, query);
      return panel(page, query);
    },
    async openPage(address) {
      const page = await browser.newPage();
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
      return { tabId, select: (selector) => page.evaluate(selectContents, selector) };
    },
    close: () => browser.close(),
  };
}
