import { browser } from 'wxt/browser';
import { isLocalURL, originPattern } from '@/utils/providers/base-url';

/** Origins Sidechat must be allowed to reach for these base URLs (local ones are declared). */
export function originsToRequest(baseURLs: readonly string[]): string[] {
  const patterns = baseURLs
    .filter((url) => !isLocalURL(url))
    .map(originPattern)
    .filter((pattern): pattern is string => pattern !== null);
  return [...new Set(patterns)];
}

/**
 * Asks the browser for access to providers' origins, so their answers are not blocked by
 * CORS. Call it straight from a click (no await before it): browsers only prompt then.
 * Resolves false when refused or not possible.
 */
export function requestHostAccess(origins: readonly string[]): Promise<boolean> {
  if (origins.length === 0) return Promise.resolve(true);
  try {
    return browser.permissions.request({ origins: [...origins] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** The hosts of origin patterns, for the sentence that says why access is asked. */
export function hostsOf(origins: readonly string[]): string {
  return origins.map((origin) => origin.replace(/^\w+:\/\//, '').replace(/\/\*$/, '')).join(', ');
}
