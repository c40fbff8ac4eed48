import { cleanup } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeDB } from '@/utils/history/db';

beforeEach(async () => {
  await closeDB();
  // A fresh, empty IndexedDB per test.
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
});

afterEach(() => {
  cleanup();
});
