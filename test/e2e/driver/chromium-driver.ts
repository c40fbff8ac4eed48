import type { Locator, Page } from 'playwright-core';
import { launchWithExtension } from '../chromium';
import type { MockServer } from '../../mock-openai.mjs';
import {
  selectContents,
  textMatches,
  until,
  type Harness,
  type Panel,
  type Target,
} from './driver';

/** The tabs API as the service worker has it. */
interface TabsApi {
  tabs: { query(filter: { url: string }): Promise<{ id?: number }[]> };
}

function target(locator: Locator): Target {
  const last = locator.last();
  return {
    click: () => last.click(),
    fill: (text) => last.fill(text),
    press: (key) => last.press(key),
    select: async (value) => {
      await last.selectOption(value);
    },
    upload: (path) => last.setInputFiles(path),
    text: async () => ((await last.textContent()) ?? '').trim(),
    value: () => last.inputValue(),
    attribute: (name) => last.getAttribute(name),
    count: () => locator.count(),
    async waitFor(condition = {}) {
      if (condition.gone) return last.waitFor({ state: 'detached' });
      await last.waitFor();
      const { text, attribute } = condition;
      if (text !== undefined) {
        await until(async () => {
          const seen = (await last.textContent()) ?? '';
          if (!textMatches(seen, text))
            throw new Error(`Text is ${JSON.stringify(seen)}, not ${text}`);
        });
      }
      if (attribute) {
        await until(async () => {
          const seen = await last.getAttribute(attribute[0]);
          if (seen !== attribute[1])
            throw new Error(`${attribute[0]} is ${seen}, not ${attribute[1]}`);
        });
      }
    },
  };
}

function panel(page: Page): Panel {
  return {
    role: (role, name) => target(page.getByRole(role, name ? { name, exact: true } : {})),
    label: (label) => target(page.getByLabel(label, { exact: true })),
    css: (selector) => target(page.locator(selector)),
    reload: async () => {
      await page.reload();
    },
    resize: (width, height) => page.setViewportSize({ width, height }),
    measure: (probe) => page.evaluate(probe),
  };
}

/** Chromium with the built extension (see chromium.ts), driven through playwright-core. */
export async function chromiumHarness(mock: MockServer): Promise<Harness> {
  const browser = await launchWithExtension();
  return {
    name: 'Chromium',
    mock,
    configure: (settings) => browser.configure(settings),
    openPanel: async (query) => panel(await browser.openPanel(query)),
    async openPage(url) {
      const page = await browser.context.newPage();
      await page.goto(url);
      const worker = await browser.worker();
      const tabId = await worker.evaluate(async (address) => {
        const api = (globalThis as unknown as { chrome: TabsApi }).chrome;
        const [tab] = await api.tabs.query({ url: address });
        return tab?.id ?? -1;
      }, url);
      return { tabId, select: (selector) => page.evaluate(selectContents, selector) };
    },
    close: () => browser.close(),
  };
}
