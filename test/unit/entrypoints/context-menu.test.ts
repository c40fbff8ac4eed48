import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pendingAskItem } from '@/utils/settings/storage';

describe('context menu hand-over', () => {
  it('should hand the selection to the panel through storage.session', async () => {
    const { onMenuClick } = await import('@/entrypoints/background/context-menu');
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('no access'));
    onMenuClick(
      {
        menuItemId: 'sidechat-prompt:explain',
        selectionText: 'some text',
        editable: false,
        pageUrl: '',
      },
      { id: 3, windowId: 1, title: 'Page', url: 'https://example.com/' } as never,
    );
    await vi.waitFor(async () => expect(await pendingAskItem.getValue()).not.toBeNull());
    expect(await pendingAskItem.getValue()).toMatchObject({
      prompt: 'explain',
      quote: { text: 'some text', title: 'Page', url: 'https://example.com/' },
      tab: { title: 'Page', url: 'https://example.com/' },
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

/** The ids of the items the background made last. */
const made = () =>
  (globalThis as unknown as { sidechatMenuItems: () => { id: string; title: string }[] })
    .sidechatMenuItems()
    .map((item) => item.id);

describe('context menu items', () => {
  it('should list the chosen prompts in the library’s order and rebuild when it changes', async () => {
    const { createMenus, registerContextMenus } =
      await import('@/entrypoints/background/context-menu');
    const { promptLibraryItem, loadPromptLibrary } = await import('@/utils/prompts/storage');
    const create = vi.mocked(fakeBrowser.contextMenus.create);
    registerContextMenus();
    await createMenus();
    expect(made()).toEqual([
      'sidechat-ask',
      'sidechat-prompt:explain',
      'sidechat-prompt:summarize',
      'sidechat-prompt:translate',
      'sidechat-ask-page',
      'sidechat-page-prompt:summarize-page',
    ]);

    // Translate moves to the top and Explain leaves the menu: the menu follows.
    const library = await loadPromptLibrary('en');
    const [explain, summarize, translate, ...rest] = library.prompts;
    await promptLibraryItem.setValue({
      ...library,
      prompts: [translate!, summarize!, { ...explain!, onSelection: false }, ...rest],
    });
    await vi.waitFor(() =>
      expect(made().slice(0, 3)).toEqual([
        'sidechat-ask',
        'sidechat-prompt:translate',
        'sidechat-prompt:summarize',
      ]),
    );
    expect(made()).not.toContain('sidechat-prompt:explain');
    expect(create).toHaveBeenCalled();
  });
});
