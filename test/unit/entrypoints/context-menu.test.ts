import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pendingAskItem } from '@/utils/settings/storage';

describe('context menu hand-over', () => {
  it('should hand the selection to the panel through storage.session', async () => {
    const { onMenuClick } = await import('@/entrypoints/background/context-menu');
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('no access'));
    onMenuClick(
      { menuItemId: 'sidechat-explain', selectionText: 'some text', editable: false, pageUrl: '' },
      { id: 3, windowId: 1, title: 'Page', url: 'https://example.com/' } as never,
    );
    await vi.waitFor(async () => expect(await pendingAskItem.getValue()).not.toBeNull());
    expect(await pendingAskItem.getValue()).toMatchObject({
      action: 'explain',
      quote: { text: 'some text', title: 'Page', url: 'https://example.com/' },
    });
    expect(await fakeBrowser.storage.local.get('pendingAsk')).toEqual({});
  });

  it('should ignore other menu items and empty selections', async () => {
    const { onMenuClick } = await import('@/entrypoints/background/context-menu');
    await onMenuClick({ menuItemId: 'other', editable: false, pageUrl: '' });
    await onMenuClick({
      menuItemId: 'sidechat-ask',
      selectionText: '  ',
      editable: false,
      pageUrl: '',
    });
    expect(await pendingAskItem.getValue()).toBeNull();
  });
});
