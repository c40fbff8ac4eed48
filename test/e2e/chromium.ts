import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { Settings } from '@/utils/settings/model';
import { startMockServer, type MockServer } from '../mock-openai.mjs';
import { applySettingsPatch, type SettingsPatch } from './driver/settings-patch';
import { countStored, storedReplyLength, wipeHistory } from './driver/stored-history';

export type { SettingsPatch };

/** The slice of the `chrome` global that tests call inside the service worker. */
export interface WorkerChrome {
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
}

/** The built Chrome extension under test (npm run build makes it). */
export const CHROME_EXTENSION = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A Chromium with Sidechat loaded, in a fresh temporary profile. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The current service worker (replaced after the worker restarts). */
  worker(): Promise<Worker>;
  /** Opens the side panel page as a tab. */
  openPanel(query?: string): Promise<Page>;
  configure(settings: SettingsPatch): Promise<void>;
  /** Records in one of the history stores, read inside the service worker. */
  countStored(store: 'conversations' | 'messages' | 'search'): Promise<number>;
  /** Empties the history, as a new install would have it. */
  wipeHistory(): Promise<void>;
  /** How many characters of the newest reply IndexedDB holds (what survives a worker death). */
  storedReplyLength(): Promise<number>;
  /**
   * Makes the worker's IndexedDB writes fail as a full disk does (QuotaExceededError), or
   * work again. With unlimitedStorage the origin is exempt from quota, so the DevTools quota
   * override has no effect; only a full disk fails writes, and this is its error.
   */
  fillDisk(full: boolean): Promise<void>;
  /**
   * Makes the worker's next settings read take `ms` (as a busy machine might), and resolves
   * once that read has begun: a send is then claimed but not yet visible to other panels.
   */
  slowNextSettingsRead(ms: number): { started: Promise<void> };
  close(): Promise<void>;
}

/**
 * A copy of the build whose manifest grants `<all_urls>` at install: Chromium's prompt for an
 * optional permission is browser UI that automation cannot answer, so a test of what follows
 * the user's Allow (a screenshot) loads this copy. Only that one line of the manifest differs.
 */
export function extensionWithAllUrls(): string {
  const copy = join(mkdtempSync(join(tmpdir(), 'sidechat-all-urls-')), 'chrome-mv3');
  cpSync(CHROME_EXTENSION, copy, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8'));
  manifest.host_permissions = [...manifest.host_permissions, '<all_urls>'];
  writeFileSync(join(copy, 'manifest.json'), JSON.stringify(manifest));
  return copy;
}

/** Launches Chromium with the built extension; see ../shared/e2e-recipe.md. */
export async function launchWithExtension(
  userDataDir = '',
  extension = CHROME_EXTENSION,
): Promise<ExtensionBrowser> {
  if (!existsSync(`${extension}/manifest.json`)) {
    throw new Error(`No built extension at ${extension}: run npm run build first.`);
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'en-US',
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--lang=en-US',
    ],
  });
  // A wait that cannot succeed fails naming what it waited for, before the test's own timeout.
  context.setDefaultTimeout(20_000);
  const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(first.url()).host;

  const worker = async (): Promise<Worker> => {
    const live = context.serviceWorkers().filter((sw) => sw.url().includes(extensionId));
    return live.at(-1) ?? (await context.waitForEvent('serviceworker'));
  };

  return {
    context,
    extensionId,
    worker,
    async openPanel(query = '') {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html${query}`);
      return page;
    },
    async configure(settings) {
      const sw = await worker();
      // Read and written inside the worker; merged here, as the Firefox harness does.
      const stored = await sw.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
        return ((await api.storage.local.get('settings')).settings ?? {}) as Partial<Settings>;
      });
      await sw.evaluate(
        async (next) => {
          const api = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
          await api.storage.local.set({ settings: next });
        },
        applySettingsPatch(stored, settings),
      );
    },
    async countStored(store) {
      return (await worker()).evaluate(countStored, store);
    },
    async wipeHistory() {
      await (await worker()).evaluate(wipeHistory);
    },
    async storedReplyLength() {
      return (await worker()).evaluate(storedReplyLength);
    },
    slowNextSettingsRead(ms) {
      const started = (async () => {
        const sw = await worker();
        await sw.evaluate((delay) => {
          const api = (globalThis as unknown as { chrome: { storage: { local: object } } }).chrome;
          const area = api.storage.local as { get: (...args: unknown[]) => Promise<unknown> };
          const real = area.get.bind(area);
          const scope = globalThis as unknown as { sidechatSlowReadBegun?: boolean };
          scope.sidechatSlowReadBegun = false;
          area.get = async (...args: unknown[]) => {
            area.get = real;
            scope.sidechatSlowReadBegun = true;
            await new Promise((resolve) => setTimeout(resolve, delay));
            return real(...args);
          };
        }, ms);
      })();
      return {
        started: (async () => {
          await started;
          const sw = await worker();
          await sw.evaluate(
            () =>
              new Promise<void>((resolve) => {
                const scope = globalThis as unknown as { sidechatSlowReadBegun?: boolean };
                const check = () =>
                  scope.sidechatSlowReadBegun ? resolve() : setTimeout(check, 10);
                check();
              }),
          );
        })(),
      };
    },
    async fillDisk(full) {
      const sw = await worker();
      await sw.evaluate((on) => {
        const scope = globalThis as unknown as {
          sidechatDiskFull?: boolean;
          sidechatRealPut?: IDBObjectStore['put'];
        };
        scope.sidechatRealPut ??= IDBObjectStore.prototype.put;
        scope.sidechatDiskFull = on;
        const real = scope.sidechatRealPut;
        IDBObjectStore.prototype.put = function put(this: IDBObjectStore, ...args) {
          if (scope.sidechatDiskFull) {
            throw new DOMException('The disk is full.', 'QuotaExceededError');
          }
          return real.apply(this, args);
        } as IDBObjectStore['put'];
      }, full);
    },
    close: () => context.close(),
  };
}

/** Stops the extension's service worker through CDP, as Chrome does when it is idle or crashes. */
export async function stopServiceWorker(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const versions = new Set<string>();
  // Resolves when CDP has reported a running worker (it does so right after enable).
  const reported = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions: updated }) => {
      for (const version of updated) {
        if (version.runningStatus === 'running') versions.add(version.versionId);
      }
      if (versions.size > 0) resolve();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await reported;
  for (const versionId of versions) await cdp.send('ServiceWorker.stopWorker', { versionId });
  await cdp.detach();
}

/** What a test file gets from `useExtensionAgainstMock`: read them inside tests only. */
export interface E2EEnvironment {
  mock: MockServer;
  browser: ExtensionBrowser;
}

/**
 * Registers hooks that start one mock server for the file and a fresh Chromium with the
 * extension, configured against the mock, for each test.
 */
export function useExtensionAgainstMock(
  settings: SettingsPatch = {},
  /** A profile folder to keep between runs (benchmarks); a fresh temporary one by default. */
  userDataDir = '',
): E2EEnvironment {
  const environment = {} as E2EEnvironment;
  beforeAll(async () => {
    environment.mock = await startMockServer();
  });
  afterAll(() => environment.mock.close());
  beforeEach(async () => {
    environment.browser = await launchWithExtension(userDataDir);
    const { provider, ...rest } = settings;
    await environment.browser.configure({
      provider: {
        baseURL: environment.mock.url,
        apiKey: 'sk-e2e-secret-123456',
        model: 'mock-model',
        ...provider,
      },
      ...rest,
    });
  });
  afterEach(() => environment.browser.close());
  return environment;
}
