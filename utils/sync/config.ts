// What the user set for sync and what the last sync did: both in browser.storage.local, read
// by the panel (Settings → Sync) and the background. The password and passphrase live only
// here, like API keys: never in IndexedDB, history files, logs or sentences.
import { storage } from 'wxt/utils/storage';

/** The user's sync settings. */
export interface SyncConfig {
  /** The WebDAV server's address, e.g. https://cloud.example.com/remote.php/dav/files/me/ */
  url: string;
  username: string;
  password: string;
  /** The folder on the server that holds Sidechat's files. */
  folder: string;
  /** Empty: files are stored as they are. Otherwise everything is encrypted with it. */
  passphrase: string;
  /** Minutes between automatic syncs; 0 turns them off (Sync now still works). */
  intervalMinutes: number;
}

export const SYNC_INTERVALS = [0, 5, 15, 60] as const;

export const DEFAULT_SYNC_CONFIG: SyncConfig = {
  url: '',
  username: '',
  password: '',
  folder: 'Sidechat',
  passphrase: '',
  intervalMinutes: 15,
};

/** Why a sync or a connection test failed: each has a sentence in both languages. */
export const SYNC_ERROR_CODES = [
  'not_configured',
  'bad_url',
  'no_access',
  'offline',
  'auth',
  'not_found',
  'quota',
  'server',
  'busy',
  'corrupt',
  'newer_version',
  'passphrase_needed',
  'wrong_passphrase',
  'not_encrypted',
  'storage_failed',
] as const;
export type SyncErrorCode = (typeof SYNC_ERROR_CODES)[number];

/** What the last sync did, or the one running now. */
export type SyncStatus =
  | { state: 'never' }
  | { state: 'running'; startedAt: number; done: number; total: number }
  | {
      state: 'ok';
      at: number;
      /** Conversations that came in changed, and shards written to the server. */
      received: number;
      sent: number;
      requests: number;
    }
  | { state: 'error'; at: number; code: SyncErrorCode; message: string };

/** What Sync now or Test connection came to: a sentence either way. */
export type SyncOutcome =
  { ok: true; message: string } | { ok: false; code: SyncErrorCode; message: string };

/** Checks an outcome received from the background. */
export function isSyncOutcome(value: unknown): value is SyncOutcome {
  if (value === null || typeof value !== 'object') return false;
  const { ok, message, code } = value as Record<string, unknown>;
  if (typeof message !== 'string') return false;
  if (ok === true) return true;
  return ok === false && SYNC_ERROR_CODES.some((known) => known === code);
}

export const syncConfigItem = storage.defineItem<SyncConfig>('local:syncConfig', {
  fallback: DEFAULT_SYNC_CONFIG,
});

export const syncStatusItem = storage.defineItem<SyncStatus>('local:syncStatus', {
  fallback: { state: 'never' },
});

/** A stored config with every field present and sane (older or hand-edited values). */
export function withSyncDefaults(stored: Partial<SyncConfig> | null | undefined): SyncConfig {
  const config = { ...DEFAULT_SYNC_CONFIG, ...stored };
  const interval = SYNC_INTERVALS.find((minutes) => minutes === config.intervalMinutes);
  return { ...config, intervalMinutes: interval ?? DEFAULT_SYNC_CONFIG.intervalMinutes };
}

/** True once the server address and user are set: sync can be tried. */
export function isSyncConfigured(config: SyncConfig): boolean {
  return config.url.trim() !== '' && config.username.trim() !== '';
}
