// Whether the browser keeps Sidechat's history under disk pressure, and how much is stored.
import { browser } from 'wxt/browser';

/** What Settings → Data shows. */
export interface StorageStatus {
  /** The browser will not clear the history to free space. */
  persistent: boolean;
  /** Bytes the history takes (IndexedDB where the browser says, else all of our storage). */
  historyBytes: number;
}

/**
 * Asks the browser to keep our storage (it may say no, or decide by itself). With
 * unlimitedStorage, which both manifests ask for, the origin is exempt from eviction anyway.
 */
export async function requestPersistence(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}

/** Reads the current status; never throws (an unknown reads as not persistent, size 0). */
export async function readStorageStatus(): Promise<StorageStatus> {
  const [persisted, unlimited, estimate] = await Promise.all([
    safely(() => navigator.storage.persisted(), false),
    safely(() => browser.permissions.contains({ permissions: ['unlimitedStorage'] }), false),
    safely<StorageEstimate | undefined>(() => navigator.storage.estimate(), undefined),
  ]);
  const details = (estimate as { usageDetails?: { indexedDB?: number } } | undefined)?.usageDetails;
  return {
    persistent: persisted || unlimited,
    historyBytes: details?.indexedDB ?? estimate?.usage ?? 0,
  };
}

/** The value of a browser call that may be missing, throw, or reject; else `fallback`. */
async function safely<T>(call: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await call();
  } catch {
    return fallback;
  }
}

/** A size for people: "820 KB", "12.3 MB". */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit >= 2 && value < 100 ? 1 : 0;
  return `${value.toLocaleString(locale, { maximumFractionDigits: digits })} ${units[unit]}`;
}
