import { browser } from 'wxt/browser';

/** Host access asked for on first use of a page feature, for pages outside localhost. */
const PAGE_ORIGINS = ['http://*/*', 'https://*/*'];

/** Asks for access to pages (must run inside the user's click); true when granted. */
export function requestPageAccess(): Promise<boolean> {
  return browser.permissions.request({ origins: PAGE_ORIGINS });
}

/** True when the panel may fetch `url` (its site's access was granted, or it is local). */
export async function mayFetch(url: string): Promise<boolean> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // file: addresses follow the browser's own "Allow access to file URLs" switch.
  if (!/^https?:$/.test(parsed.protocol)) return true;
  // Without the port: a match pattern's host covers every port (Firefox refuses ports).
  const pattern = `${parsed.protocol}//${parsed.hostname}/*`;
  return browser.permissions.contains({ origins: [pattern] }).catch(() => false);
}
