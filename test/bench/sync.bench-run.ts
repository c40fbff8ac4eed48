// npm run bench:sync: the first sync of a large history through a real WebDAV server (Apache
// httpd with mod_dav). Device A imports the history and syncs it up; a fresh device B syncs it
// down. Prints the time and requests of each, for 1,000 and 10,000 conversations (10 messages
// each; SYNC_CONVERSATIONS=n runs one size). A's sync starts once search has indexed the
// import, as on a computer whose history has been in use. Prints numbers; asserts nothing.
import { afterAll, beforeAll, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../e2e/chromium';
import { startMockServer, type MockServer } from '../mock-openai.mjs';
import { startWebDav, type WebDavServer } from '../webdav/apache.mjs';
import { historyFile, PER_CONVERSATION } from './history-file';

const SIZES = process.env.SYNC_CONVERSATIONS
  ? [Number(process.env.SYNC_CONVERSATIONS)]
  : [1_000, 10_000];
const USER = 'bench';
const PASSWORD = 'bench password';

let dav: WebDavServer;
let mock: MockServer;
beforeAll(async () => {
  dav = await startWebDav({ users: { [USER]: PASSWORD } });
  mock = await startMockServer();
});
afterAll(async () => {
  await dav?.stop();
  await mock?.close();
});

/** A profile past onboarding, so the panel opens on the chat. */
async function device(): Promise<ExtensionBrowser> {
  const browser = await launchWithExtension();
  await browser.configure({
    provider: { baseURL: mock.url, apiKey: 'sk-bench-secret-123456', model: 'mock-model' },
  });
  return browser;
}

interface StorageApi {
  local: { get(key: string): Promise<Record<string, unknown>> };
}

/** Fills Settings → Sync, presses Sync now, and times it until the status says it ended. */
async function firstSync(page: Page, folder: string) {
  await page.getByRole('button', { name: 'Settings' }).click();
  const sync = page.getByRole('group', { name: 'Sync' });
  await sync.getByLabel('WebDAV URL').fill(dav.url);
  await sync.getByLabel('Username').fill(USER);
  await sync.getByLabel('Password').fill(PASSWORD);
  await sync.getByLabel('Folder').fill(folder);
  await sync.getByLabel('Folder').blur();
  const started = Date.now();
  await sync.getByRole('button', { name: 'Sync now' }).click();
  await sync.locator('[data-sync-outcome]').waitFor({ timeout: 900_000 });
  const ms = Date.now() - started;
  // The panel page runs as the extension, so it may read the status the background stored.
  const status = (await page.evaluate(async () => {
    const { storage } = (globalThis as unknown as { chrome: { storage: StorageApi } }).chrome;
    return (await storage.local.get('syncStatus')).syncStatus;
  })) as { state: string; requests?: number; received?: number; sent?: number };
  return { ms, status, outcome: await sync.locator('[data-sync-outcome]').innerText() };
}

for (const size of SIZES) {
  it(`first sync of ${size} conversations`, { timeout: 1_800_000 }, async () => {
    const folder = `bench-${size}-${Date.now()}`;
    const a = await device();
    const b = await device();
    try {
      const pageA = await a.openPanel();
      await pageA.getByRole('button', { name: 'Conversations' }).click();
      const nav = pageA.getByRole('navigation', { name: 'Conversations' });
      await nav.getByLabel('Import history').setInputFiles(historyFile(size));
      await nav
        .locator('.history__transfer-status')
        .filter({ hasText: /^Imported/ })
        .waitFor({ timeout: 900_000 });
      // A history that has been in use is indexed: sync does not race the import's indexing.
      const rows = size * (PER_CONVERSATION + 1);
      while ((await a.countStored('search')) < rows) await pageA.waitForTimeout(250);
      await pageA.getByRole('button', { name: 'Conversations' }).click();
      const up = await firstSync(pageA, folder);
      const pageB = await b.openPanel();
      const down = await firstSync(pageB, folder);
      const stored = await b.countStored('messages');
      const line = (what: string, run: Awaited<ReturnType<typeof firstSync>>) =>
        `  ${what}: ${(run.ms / 1000).toFixed(1)} s, ${run.status.requests ?? '?'} requests ` +
        `(${run.status.state}; ${run.outcome})`;
      console.log(
        `\nFirst sync, ${size.toLocaleString('en')} conversations / ` +
          `${(size * PER_CONVERSATION).toLocaleString('en')} messages:\n` +
          `${line('device A, up', up)}\n${line('device B, down', down)}\n` +
          `  device B holds ${stored.toLocaleString('en')} messages`,
      );
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
}
