import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** Firefox's sidebar API, which WXT's fake (Chrome-shaped) browser does not have. */
function fakeSidebar() {
  const calls: string[] = [];
  const api = {
    open: vi.fn(async () => void calls.push('open')),
    toggle: vi.fn(async () => void calls.push('toggle')),
  };
  // Chrome's panel, to show it is left alone.
  const sidePanel = {
    open: vi.fn(async () => undefined),
    setPanelBehavior: vi.fn(async () => undefined),
  };
  Object.assign(fakeBrowser, { sidebarAction: api, sidePanel });
  return { api, calls, sidePanel };
}

/** The Firefox build's flag; vitest stubs env values as strings, and the code tests truth. */
const asFirefox = () => vi.stubEnv('FIREFOX', 'true');

afterEach(() => {
  vi.unstubAllEnvs();
  delete (fakeBrowser as { sidebarAction?: unknown }).sidebarAction;
  delete (fakeBrowser as { sidePanel?: unknown }).sidePanel;
});

describe('the Firefox sidebar', () => {
  it('should open from the context menu inside the click, before the selection is handed over', async () => {
    asFirefox();
    const { api, calls, sidePanel } = fakeSidebar();
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async () => {
      calls.push('read the page');
      throw new Error('no access');
    });
    const { onMenuClick } = await import('@/entrypoints/background/context-menu');
    const handedOver = onMenuClick(
      { menuItemId: 'sidechat-ask', selectionText: 'some text', editable: false, pageUrl: '' },
      { id: 3, windowId: 1, title: 'Page', url: 'https://example.com/' } as never,
    );
    // Called before anything is awaited: Firefox opens the sidebar only inside the gesture.
    expect(api.open).toHaveBeenCalledTimes(1);
    await handedOver;
    expect(calls[0]).toBe('open');
    expect(sidePanel.open).not.toHaveBeenCalled();
  });

  it('should toggle from the toolbar button, and leave Chrome’s panel behaviour alone', async () => {
    asFirefox();
    const { api, sidePanel } = fakeSidebar();
    // MV2's toolbar button, which WXT's fake does not implement.
    const clicks: (() => void)[] = [];
    const real = fakeBrowser.browserAction;
    Object.assign(fakeBrowser, {
      browserAction: {
        onClicked: { addListener: (listener: () => void) => clicks.push(listener) },
      },
    });
    const { openPanelOnActionClick } = await import('@/entrypoints/background/panel-opener');
    openPanelOnActionClick();
    Object.assign(fakeBrowser, { browserAction: real });
    expect(clicks).toHaveLength(1);
    clicks[0]?.();
    expect(api.toggle).toHaveBeenCalledTimes(1);
    expect(sidePanel.setPanelBehavior).not.toHaveBeenCalled();
  });
});
