import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch, type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../wxt.config';
import { startMockServer, type MockServer } from '../mock-openai.mjs';

const FIREFOX_EXTENSION = fileURLToPath(new URL('../../.output/firefox-mv2', import.meta.url));
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
// Pinning the moz-extension UUID lets the test address the panel page directly.
const UUID = randomUUID();

/** The part of puppeteer's BiDi frame the test uses. */
interface BidiFrame {
  browsingContext: { navigate(url: string, wait: 'none'): Promise<unknown> };
}

let mock: MockServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(`${FIREFOX_EXTENSION}/manifest.json`)) {
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION}: run npm run build first.`);
  }
  mock = await startMockServer();
  browser = await launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Without it Firefox refuses navigation to moz-extension:// pages from automation.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'intl.locale.requested': 'en-US',
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION);
});

afterAll(async () => {
  await browser?.close();
  await mock?.close();
});

/** Loads the sidebar page in a tab (a new one unless given). */
async function openSidebarPage(reuse?: Page): Promise<Page> {
  const page = reuse ?? (await browser.newPage());
  // page.goto and reload never resolve for moz-extension:// over BiDi; a raw navigate does.
  // browsingContext is public on puppeteer's BiDi frames but missing from its Frame type.
  const frame = page.mainFrame() as unknown as BidiFrame;
  await frame.browsingContext.navigate(`moz-extension://${UUID}/sidepanel.html`, 'none');
  await page.waitForSelector('textarea[aria-label="Message"]');
  return page;
}

describe('Firefox sidebar (smoke)', () => {
  it('should stream a reply from the background page and keep it after a reload', async () => {
    let page = await openSidebarPage();
    await page.evaluate(async (baseURL) => {
      // An extension page: the WebExtension `browser` global is there.
      const api = (
        globalThis as unknown as {
          browser: { storage: { local: { set(items: object): Promise<void> } } };
        }
      ).browser;
      await api.storage.local.set({ settings: { baseURL, apiKey: 'k', model: 'mock-model' } });
    }, mock.url);
    page = await openSidebarPage(page);
    await page.type('textarea[aria-label="Message"]', 'hello from firefox @mock(slow=10)');
    await page.keyboard.press('Enter');
    const done =
      '[data-message-role="assistant"][data-message-status="done"] [data-message-content]';
    await page.waitForSelector(done, { timeout: 15_000 });
    const text = await page.$eval(done, (element) => element.textContent?.trim());
    expect(text).toBe('Echo (turn 1): hello from firefox');

    await page.close();
    page = await openSidebarPage();
    await page.waitForSelector(done, { timeout: 15_000 });
    expect(await page.$eval(done, (element) => element.textContent?.trim())).toBe(text);
  });
});
