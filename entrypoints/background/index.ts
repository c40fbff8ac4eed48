import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { idbHistoryStore } from '@/utils/history-store';
import { ChatEngine } from '@/utils/engine';
import { EventHub } from '@/utils/event-hub';
import { createKeepAlive } from '@/utils/keepalive';
import { streamChatCompletion } from '@/utils/provider';
import { loadSettings } from '@/utils/settings';
import { openPanelOnActionClick } from './panel-opener';
import { acceptPort } from './port-router';

export default defineBackground(() => {
  const keepAlive = createKeepAlive(() => browser.runtime.getPlatformInfo());
  const engine = new ChatEngine({
    store: idbHistoryStore,
    hub: new EventHub(),
    loadSettings,
    streamCompletion: streamChatCompletion,
    onActiveChange: (active) => keepAlive.update(active),
  });
  const ready = engine
    .recoverInterrupted()
    .catch((error: unknown) => console.error('Sidechat: startup recovery failed', error));

  const context = {
    engine,
    ready,
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
  };
  browser.runtime.onConnect.addListener((port) => acceptPort(port, context));
  openPanelOnActionClick();
});
