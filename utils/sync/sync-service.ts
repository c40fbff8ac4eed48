// Sync as the background runs it: Sync now and Test connection from Settings, an alarm every
// few minutes, and one shortly after the history changes. One sync at a time (a second asks
// join it); its status and progress go to storage.local, where Settings reads them.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { localClock } from '@/utils/history/clock';
import { HistoryWriteError } from '@/utils/history/write-error';
import { t } from '@/utils/i18n/translate';
import type { MessageKey } from '@/utils/i18n/locales/en';
import { isLocalURL, originPattern } from '@/utils/providers/base-url';
import {
  isSyncConfigured,
  syncConfigItem,
  syncStatusItem,
  withSyncDefaults,
  type SyncConfig,
  type SyncErrorCode,
  type SyncOutcome,
} from './config';
import { folderKey, MANIFEST_FILE, parseManifest } from './manifest';
import { EMPTY_MEMORY, runSync, type SyncMemory } from './run-sync';
import { addSyncStrings } from './sync-strings';
import { browserSettingsPlace, localSettingsOf } from './local-settings';
import { promptLibraryItem } from '@/utils/prompts/storage';
import { settingsItem } from '@/utils/settings/storage';
import { openRemoteFolder, SyncError } from './webdav-folder';

export const SYNC_ALARM = 'sidechat-sync';
export const SYNC_SOON_ALARM = 'sidechat-sync-soon';
/** How long after the last change the history is synced (the alarms API's shortest wait). */
const SOON_MINUTES = 0.5;
/** How often progress is written while a sync runs. */
const PROGRESS_EVERY_MS = 250;

const memoryItem = storage.defineItem<SyncMemory>('local:syncMemory', { fallback: EMPTY_MEMORY });

/** The sentence of a sync failure, in the current language. */
export function syncErrorSentence(code: SyncErrorCode): string {
  addSyncStrings();
  return t(`syncError_${code}` as MessageKey);
}

function failure(error: unknown): { code: SyncErrorCode; message: string } {
  let code: SyncErrorCode;
  if (error instanceof SyncError) code = error.code;
  else if (error instanceof HistoryWriteError) code = 'storage_failed';
  else {
    console.error('Sidechat: sync failed', error);
    code = 'server';
  }
  return { code, message: syncErrorSentence(code) };
}

/** The server may be reached: local servers are declared, others need the user's grant. */
async function checkAccess(config: SyncConfig): Promise<void> {
  let pattern: string | null;
  try {
    pattern = originPattern(config.url.trim());
  } catch {
    pattern = null;
  }
  if (!pattern || !/^https?:\/\//i.test(config.url.trim())) throw new SyncError('bad_url');
  if (isLocalURL(config.url.trim())) return;
  const granted = await browser.permissions.contains({ origins: [pattern] }).catch(() => false);
  if (!granted) throw new SyncError('no_access');
}

export interface SyncServiceDeps {
  /** Conversations a sync changed here: lists, open chats and search follow. */
  onReceived(conversationIds: string[]): void;
  /** How many syncs run (for the keep-alive). */
  onBusy(runs: number): void;
}

export interface SyncService {
  syncNow(): Promise<SyncOutcome>;
  test(): Promise<SyncOutcome>;
  /** The history changed here: sync shortly. */
  changed(): void;
  onAlarm(name: string): void;
  /** Sets the automatic interval from the settings; resumes a sync a stopped worker cut short. */
  start(): Promise<void>;
}

export function createSyncService(deps: SyncServiceDeps): SyncService {
  let config: SyncConfig | null = null;
  let running: Promise<SyncOutcome> | null = null;
  const localSettings = localSettingsOf(browserSettingsPlace);

  const loadConfig = async () => (config = withSyncDefaults(await syncConfigItem.getValue()));

  const schedule = async (current: SyncConfig) => {
    if (isSyncConfigured(current) && current.intervalMinutes > 0)
      await browser.alarms.create(SYNC_ALARM, {
        delayInMinutes: current.intervalMinutes,
        periodInMinutes: current.intervalMinutes,
      });
    else await browser.alarms.clear(SYNC_ALARM);
  };

  const run = async (): Promise<SyncOutcome> => {
    addSyncStrings();
    const current = await loadConfig();
    if (!isSyncConfigured(current)) {
      const code = 'not_configured';
      return { ok: false, code, message: syncErrorSentence(code) };
    }
    const startedAt = Date.now();
    let lastProgress = 0;
    await syncStatusItem.setValue({ state: 'running', startedAt, done: 0, total: 0 });
    deps.onBusy(1);
    try {
      await checkAccess(current);
      const report = await runSync({
        config: current,
        folder: openRemoteFolder(current),
        loadMemory: () => memoryItem.getValue(),
        saveMemory: (memory) => memoryItem.setValue(memory),
        onProgress: (done, total) => {
          const now = Date.now();
          if (now - lastProgress < PROGRESS_EVERY_MS && done !== total) return;
          lastProgress = now;
          void syncStatusItem.setValue({ state: 'running', startedAt, done, total });
        },
        receiveClock: (clock) => localClock.receive(clock),
        wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        localSettings: () => localSettings.stamp().then(({ table }) => table),
        applySettings: (merged) => localSettings.apply(merged).then(() => undefined),
      });
      if (report.received.length) deps.onReceived(report.received);
      await syncStatusItem.setValue({
        state: 'ok',
        at: Date.now(),
        received: report.received.length,
        sent: report.sent,
        requests: report.requests,
      });
      const done = t('syncDone', { received: report.received.length, sent: report.sent });
      return {
        ok: true,
        message: report.repaired.length ? `${done} ${t('syncRepaired')}` : done,
      };
    } catch (error) {
      const { code, message } = failure(error);
      await syncStatusItem.setValue({ state: 'error', at: Date.now(), code, message });
      return { ok: false, code, message };
    } finally {
      deps.onBusy(0);
    }
  };

  const syncNow = () => {
    running ??= run().finally(() => {
      running = null;
    });
    return running;
  };

  const changed = () => {
    const soon = (current: SyncConfig) => {
      if (isSyncConfigured(current))
        void browser.alarms.create(SYNC_SOON_ALARM, { delayInMinutes: SOON_MINUTES });
    };
    if (config) soon(config);
    else void loadConfig().then(soon);
  };

  return {
    syncNow,
    async test() {
      addSyncStrings();
      const current = await loadConfig();
      try {
        if (!isSyncConfigured(current)) throw new SyncError('not_configured');
        await checkAccess(current);
        const folder = openRemoteFolder(current);
        const listing = await folder.list();
        if (!listing) {
          // No folder yet: the address itself must answer, or it is the address that is wrong.
          if (!(await openRemoteFolder({ ...current, folder: '' }).list()))
            throw new SyncError('not_found');
          return { ok: true, message: t('syncTestNew', { folder: current.folder }) };
        }
        const manifest = listing.has(MANIFEST_FILE) ? await folder.read(MANIFEST_FILE) : null;
        if (manifest) await folderKey(parseManifest(manifest.text), current.passphrase);
        return { ok: true, message: t('syncTestOk', { folder: current.folder }) };
      } catch (error) {
        return { ok: false, ...failure(error) };
      }
    },
    changed,
    onAlarm(name) {
      if (name === SYNC_ALARM || name === SYNC_SOON_ALARM) void syncNow();
    },
    async start() {
      const current = await loadConfig();
      await schedule(current);
      syncConfigItem.watch((value) => {
        config = withSyncDefaults(value);
        void schedule(config);
      });
      // A setting changed here gets its clock now, not at the next sync: the later change
      // wins across computers. (A sync's own writes match the table and stamp nothing.)
      const settingsChanged = () => {
        void localSettings
          .stamp()
          .then((stamped) => {
            if (stamped.changed) changed();
          })
          .catch((error: unknown) => console.error('Sidechat: could not note a setting', error));
      };
      settingsItem.watch(settingsChanged);
      promptLibraryItem.watch(settingsChanged);
      // A worker stopped in the middle of a sync: finish it now.
      const status = await syncStatusItem.getValue();
      if (status.state === 'running' && isSyncConfigured(current)) void syncNow();
    },
  };
}
