import { cleanup } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeDB } from '@/utils/history/db';

// The panel's page has a doctype; happy-dom's document has none and so is in quirks mode,
// which KaTeX warns about when it loads lazily, sometimes after a file's last test, where the
// late log fails the run.
if (typeof document !== 'undefined' && document.compatMode !== 'CSS1Compat')
  Object.defineProperty(document, 'compatMode', { value: 'CSS1Compat', configurable: true });

beforeEach(async () => {
  await closeDB();
  // A fresh, empty IndexedDB per test.
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
  // WXT's fake browser has no context menus; the background builds them as it starts.
  vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation((_item, done) => {
    done?.();
    return '';
  });
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => {});
});

afterEach(() => {
  cleanup();
});
