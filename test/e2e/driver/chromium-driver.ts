import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { extensionWithAllUrls, launchWithExtension } from '../chromium';
import type { MockServer } from '../../mock-openai.mjs';
import {
  checkCondition,
  selectContents,
  until,
  type Harness,
  type HarnessOptions,
  type Panel,
  type Query,
  type Target,
} from './driver';

/** The tabs API as the service worker has it. */
interface TabsApi {
  tabs: { query(filter: { url: string }): Promise<{ id?: number }[]> };
}

interface WindowsApi {
  windows: { create(options: { url: string; focused: boolean }): Promise<unknown> };
}

/** Queries inside a page or inside the elements a locator matched. */
function query(scope: Page | Locator): Query {
  return {
    role: (role, name) =>
      target(scope.getByRole(role, name === undefined ? {} : { name, exact: true })),
    label: (label) => target(scope.getByLabel(label, { exact: true })),
    css: (selector) => target(scope.locator(selector)),
    text: (text) => target(scope.getByText(text)),
  };
}

/** A Target over a playwright locator; `one` is the element actions and reads act on. */
function target(locator: Locator, one: Locator = locator.last()): Target {
  return {
    // Inside the one element reads act on, as "the buttons of the newest reply".
    ...query(one),
    withText: (text) => target(locator.filter({ hasText: text })),
    first: () => target(locator.first(), locator.first()),
    nth: (index) => target(locator.nth(index), locator.nth(index)),
    click: () => one.click(),
    hover: () => one.hover(),
    focus: () => one.focus(),
    fill: (text) => one.fill(text),
    press: (key) => one.press(key),
    select: async (value) => {
      await one.selectOption(value);
    },
    upload: (path) => one.setInputFiles(path),
    scrollIntoView: () => one.scrollIntoViewIfNeeded(),
    read: async () => ((await one.textContent()) ?? '').trim(),
    shownText: async () => (await one.innerText()).trim(),
    texts: async () => (await locator.allTextContents()).map((text) => text.trim()),
    htmls: () => locator.evaluateAll((elements) => elements.map((element) => element.outerHTML)),
    value: () => one.inputValue(),
    attribute: (name) => one.getAttribute(name),
    count: () => locator.count(),
    async waitFor(condition = {}) {
      if (condition.gone) return one.waitFor({ state: 'detached' });
      await one.waitFor();
      const name = condition.attribute?.[0];
      await until(async () =>
        checkCondition(
          {
            text: (await one.textContent()) ?? '',
            attribute: name === undefined ? null : await one.getAttribute(name),
          },
          condition,
        ),
      );
    },
  };
}

function panel(page: Page): Panel {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return {
    ...query(page),
    errors,
    reload: async () => {
      await page.reload();
    },
    press: (key) => page.keyboard.press(key),
    resize: (width, height) => page.setViewportSize({ width, height }),
    // Playwright's own types cannot follow a generic through evaluate: the value is the same.
    measure: (probe) => page.evaluate(probe) as never,
    run: (action, arg) => page.evaluate(action as never, arg) as never,
    watch() {
      const dialogs: string[] = [];
      const outsideRequests: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      page.on('request', (request) => {
        if (!request.url().startsWith('chrome-extension://')) outsideRequests.push(request.url());
      });
      return { dialogs, outsideRequests, quiet: () => page.waitForLoadState('networkidle') };
    },
    async download(click) {
      const [download] = await Promise.all([page.waitForEvent('download'), click()]);
      const path = join(
        tmpdir(),
        `sidechat-download-${Date.now()}-${download.suggestedFilename()}`,
      );
      await download.saveAs(path);
      return { name: download.suggestedFilename(), path };
    },
    close: () => page.close(),
  };
}

/** Chromium with the built extension (see chromium.ts), driven through playwright-core. */
export async function chromiumHarness(
  mock: MockServer,
  options: HarnessOptions = {},
): Promise<Harness> {
  const browser = await launchWithExtension(
    '',
    options.chromiumCaptureGranted ? extensionWithAllUrls() : undefined,
  );
  return {
    name: 'Chromium',
    mock,
    configure: (settings) => browser.configure(settings),
    openPanel: async (search) => panel(await browser.openPanel(search)),
    async openPage(url, where = 'tab') {
      let page: Page;
      if (where === 'window') {
        // Playwright opens tabs only: the browser's own API opens the window, unfocused so
        // that the next panel opens as a tab of the first window, and the context hands
        // over its page.
        const opened = browser.context.waitForEvent('page', (candidate) => candidate.url() === url);
        await (
          await browser.worker()
        ).evaluate(async (address) => {
          const api = (globalThis as unknown as { chrome: WindowsApi }).chrome;
          await api.windows.create({ url: address, focused: false });
        }, url);
        page = await opened;
        await page.waitForLoadState();
      } else {
        page = await browser.context.newPage();
        await page.goto(url);
      }
      const worker = await browser.worker();
      const tabId = await worker.evaluate(async (address) => {
        const api = (globalThis as unknown as { chrome: TabsApi }).chrome;
        const [tab] = await api.tabs.query({ url: address });
        return tab?.id ?? -1;
      }, url);
      return {
        tabId,
        select: (selector) => page.evaluate(selectContents, selector),
        run: (action) => page.evaluate(action),
      };
    },
    inExtension: async (run, arg = '') => (await browser.worker()).evaluate(run, arg),
    close: () => browser.close(),
  };
}
