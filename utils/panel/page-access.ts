import { browser } from 'wxt/browser';

/** Host access asked for on first use of a page feature, for pages outside localhost. */
const PAGE_ORIGINS = ['http://*/*', 'https://*/*'];

/** Asks for access to pages (must run inside the user's click); true when granted. */
export function requestPageAccess(): Promise<boolean> {
  return browser.permissions.request({ origins: PAGE_ORIGINS });
}
