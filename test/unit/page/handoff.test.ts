import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { classify } from '@/utils/page/selection';
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
    onMenuClick({ menuItemId: 'other', editable: false, pageUrl: '' });
    onMenuClick({ menuItemId: 'sidechat-ask', selectionText: '  ', editable: false, pageUrl: '' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await pendingAskItem.getValue()).toBeNull();
  });
});

describe('page reading failures', () => {
  it.each([
    ['Cannot access a chrome:// URL', 'page_restricted'],
    ['The extensions gallery cannot be scripted.', 'page_restricted'],
    ['Cannot access contents of url "file:///home/a.txt".', 'file_access'],
    [
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      'needs_permission',
    ],
    ['No tab with id: 42.', 'tab_gone'],
  ])('should explain %j as %s', (message, problem) => {
    expect(classify(new Error(message))).toBe(problem);
  });
});
