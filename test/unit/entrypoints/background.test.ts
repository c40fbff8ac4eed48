import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ChatPort } from '@/entrypoints/background/port-router';
import { idbHistoryStore } from '@/utils/history/store';
import { PORT_NAME, type ServerMessage } from '@/utils/protocol/ports';
import { settingsItem } from '@/utils/settings/storage';
import { makeMessage, settingsWithEndpoint } from '../fixtures';

type ConnectListener = (port: ChatPort) => void;
let dynamicRules: ReturnType<typeof vi.fn> | undefined;

/** Runs the background's main() with the APIs fakeBrowser lacks stubbed; returns its onConnect listener. */
async function startBackground(): Promise<ConnectListener> {
  let listener: ConnectListener | undefined;
  vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation((fn) => {
    listener = fn as unknown as ConnectListener;
  });
  // fakeBrowser does not implement these listeners (see e2e-recipe.md).
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => undefined);
  dynamicRules = vi
    .spyOn(fakeBrowser.declarativeNetRequest, 'updateDynamicRules')
    .mockResolvedValue(undefined);
  const { default: background } = await import('@/entrypoints/background/index');
  background.main();
  if (!listener) throw new Error('background registered no onConnect listener');
  return listener;
}

function port(url: string, id = fakeBrowser.runtime.id) {
  const posted: ServerMessage[] = [];
  let onMessage: ((message: unknown) => void) | undefined;
  const chatPort: ChatPort = {
    name: PORT_NAME,
    sender: { id, url },
    postMessage: (message) => posted.push(message as ServerMessage),
    disconnect: vi.fn(),
    onMessage: { addListener: (fn) => (onMessage = fn) },
    onDisconnect: { addListener: () => undefined },
  };
  return { chatPort, posted, send: (message: unknown) => onMessage?.(message) };
}

describe('local-origin rule', () => {
  it('should drop Origin only on the extension’s own requests to the local machine', async () => {
    await startBackground();
    await vi.waitFor(() => expect(dynamicRules).toHaveBeenCalled());
    const [options] = dynamicRules?.mock.calls[0] ?? [];
    expect(options).toMatchObject({
      removeRuleIds: [1],
      addRules: [
        {
          id: 1,
          action: {
            type: 'modifyHeaders',
            requestHeaders: [{ header: 'origin', operation: 'remove' }],
          },
          condition: {
            requestDomains: ['localhost', '127.0.0.1', '[::1]'],
            initiatorDomains: [new URL(fakeBrowser.runtime.getURL('/')).hostname],
          },
        },
      ],
    });
  });
});

describe('background', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  it('should refuse ports from web pages and other extensions', async () => {
    const accept = await startBackground();
    const fromPage = port('https://evil.example/');
    accept(fromPage.chatPort);
    expect(fromPage.chatPort.disconnect).toHaveBeenCalled();
    const fromOther = port(fakeBrowser.runtime.getURL('/sidepanel.html'), 'someone-else');
    accept(fromOther.chatPort);
    expect(fromOther.chatPort.disconnect).toHaveBeenCalled();
  });

  it('should answer a subscribe from the panel with a snapshot, then its answer', async () => {
    const accept = await startBackground();
    const panel = port(fakeBrowser.runtime.getURL('/sidepanel.html'));
    accept(panel.chatPort);
    panel.send({ type: 'subscribe', requestId: 's1', conversationId: 'missing' });
    panel.send({ type: 'bogus' });
    await vi.waitFor(() => expect(panel.posted).toHaveLength(2));
    expect(panel.posted).toEqual([
      { type: 'snapshot', conversationId: 'missing', snapshot: null },
      { type: 'answer', requestId: 's1', ok: true, value: null },
    ]);
  });

  it('should answer a malformed request that has a request id with an error', async () => {
    const accept = await startBackground();
    const panel = port(fakeBrowser.runtime.getURL('/sidepanel.html'));
    accept(panel.chatPort);
    panel.send({ type: 'rename', requestId: 'bad1', conversationId: 'c1', title: 42 });
    await vi.waitFor(() => expect(panel.posted).toHaveLength(1));
    expect(panel.posted[0]).toMatchObject({
      type: 'answer',
      requestId: 'bad1',
      ok: false,
      error: { code: 'invalid_request', message: expect.stringMatching(/Close the panel/) },
    });
  });

  it('should answer a send whose database write fails (disk full) with a sentence', async () => {
    await settingsItem.setValue(
      settingsWithEndpoint({ baseURL: 'http://127.0.0.1:9/v1', apiKey: 'k', model: 'm' }),
    );
    const accept = await startBackground();
    const panel = port(fakeBrowser.runtime.getURL('/sidepanel.html'));
    accept(panel.chatPort);
    // Every write fails, as on a full disk.
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      panel.send({
        type: 'send',
        requestId: 'send1',
        conversationId: null,
        parentId: null,
        text: 'hello',
      });
      await vi.waitFor(() =>
        expect(panel.posted.find((message) => message.type === 'answer')).toBeDefined(),
      );
    } finally {
      put.mockRestore();
    }
    const answer = panel.posted.find((message) => message.type === 'answer');
    expect(answer).toMatchObject({
      requestId: 'send1',
      ok: false,
      error: { code: 'storage_full', message: expect.stringMatching(/^Your disk is full/) },
    });
  });

  it('should mark replies left streaming as interrupted when it starts', async () => {
    await idbHistoryStore.saveMessage(
      makeMessage('left', null, { role: 'assistant', content: 'partial', status: 'streaming' }),
    );
    await startBackground();
    await vi.waitFor(async () =>
      expect((await idbHistoryStore.getMessage('left'))?.status).toBe('interrupted'),
    );
  });
});
