import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { captureProblem, captureTab } from '@/utils/images/capture-tab';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';

let nextId = 1;

/** A tab as the browser describes it; tabs.get answers for it (and rejects other ids). */
function openTab(url: string, active = true): number {
  const id = nextId++;
  const tabs = { [id]: { id, url, active, windowId: 7, title: `Tab ${id}` } };
  const get = vi.spyOn(fakeBrowser.tabs, 'get');
  const earlier = get.getMockImplementation();
  get.mockImplementation(async (wanted) => {
    const tab = tabs[wanted];
    if (tab) return tab as Awaited<ReturnType<typeof fakeBrowser.tabs.get>>;
    if (earlier) return earlier(wanted);
    throw new Error(`No tab with id: ${wanted}.`);
  });
  return id;
}

describe('captureTab', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('captures the tab in view and names it', async () => {
    const tabId = openTab('https://example.com/chart');
    const capture = vi.spyOn(fakeBrowser.tabs, 'captureVisibleTab').mockResolvedValue(PNG);
    await expect(captureTab(tabId)).resolves.toEqual({ dataUrl: PNG, title: `Tab ${tabId}` });
    expect(capture).toHaveBeenCalledWith(7, { format: 'png' });
  });

  it('refuses browser pages and stores by their address, before asking the browser', async () => {
    const capture = vi.spyOn(fakeBrowser.tabs, 'captureVisibleTab').mockResolvedValue(PNG);
    for (const url of [
      'chrome://settings',
      'about:preferences',
      'https://chromewebstore.google.com/detail/x',
      'https://addons.mozilla.org/en-US/firefox/',
    ]) {
      await expect(captureTab(openTab(url))).resolves.toEqual({
        problem: 'page_restricted',
      });
    }
    expect(capture).not.toHaveBeenCalled();
  });

  it('says the tab is gone when it closed or is not the one showing', async () => {
    await expect(captureTab(987_654)).resolves.toEqual({ problem: 'tab_gone' });
    const background = openTab('https://example.com/a', false);
    await expect(captureTab(background)).resolves.toEqual({ problem: 'tab_gone' });
  });

  it('asks for the permission when the browser refuses without it', async () => {
    const tabId = openTab('https://example.com/');
    vi.spyOn(fakeBrowser.tabs, 'captureVisibleTab').mockRejectedValue(
      new Error("Either the '<all_urls>' or 'activeTab' permission is required."),
    );
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    await expect(captureTab(tabId)).resolves.toEqual({ problem: 'needs_permission' });
  });
});

describe('captureProblem', () => {
  it('tells a closed window from a refusal, and a refusal with the permission from one without', () => {
    expect(captureProblem(new Error('No window with id: 3.'), true)).toBe('tab_gone');
    expect(captureProblem(new Error('Cannot access contents of the page'), true)).toBe(
      'page_restricted',
    );
    expect(captureProblem(new Error('Cannot access contents of the page'), false)).toBe(
      'needs_permission',
    );
  });
});
