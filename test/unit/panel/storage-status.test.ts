import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatBytes, readStorageStatus } from '@/utils/panel/storage-status';

describe('storage status', () => {
  it('should write sizes for people', () => {
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(840 * 1024, 'en')).toBe('840 KB');
    expect(formatBytes(12.34 * 1024 * 1024, 'en')).toBe('12.3 MB');
    expect(formatBytes(3 * 1024 ** 3, 'en')).toBe('3 GB');
  });

  it('should count the history’s own bytes and treat unlimitedStorage as kept', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    vi.stubGlobal('navigator', {
      storage: {
        persisted: async () => false,
        estimate: async () => ({ usage: 500_000, usageDetails: { indexedDB: 120_000 } }),
      },
    });
    try {
      expect(await readStorageStatus()).toEqual({ persistent: true, historyBytes: 120_000 });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('should never throw where the browser has none of it', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(() => {
      throw new Error('not implemented');
    });
    vi.stubGlobal('navigator', {});
    try {
      expect(await readStorageStatus()).toEqual({ persistent: false, historyBytes: 0 });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
