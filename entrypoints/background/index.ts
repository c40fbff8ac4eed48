import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ConversationOps } from '@/utils/conversation-ops';
import { createMemoryStore, createRoutingStore, idbHistoryStore } from '@/utils/history-store';
import { ChatEngine } from '@/utils/engine';
import { EventHub } from '@/utils/event-hub';
import { createKeepAlive } from '@/utils/keepalive';
import { streamChatCompletion } from '@/utils/provider';
import { loadSettings } from '@/utils/settings';
import { onMenuClick, registerContextMenus } from './context-menu';
import { openPanelOnActionClick } from './panel-opener';
import { Importer } from './importer';
import { acceptPort } from './port-router';

export default defineBackground(() => {
  const keepAlive = createKeepAlive(() => browser.runtime.getPlatformInfo());
  // Temporary chats live in memory only; everything else in IndexedDB.
  const store = createRoutingStore(idbHistoryStore, createMemoryStore());
  const hub = new EventHub();
  const engine = new ChatEngine({
    store,
    hub,
    loadSettings,
    streamCompletion: streamChatCompletion,
    onActiveChange: (active) => keepAlive.update(active),
  });
  const ready = engine
    .recoverInterrupted()
    .catch((error: unknown) => console.error('Sidechat: startup recovery failed', error));

  const context = {
    engine,
    ops: new ConversationOps(store, hub, engine),
    importer: new Importer(() => hub.broadcast({ type: 'conversationsChanged' })),
    ready,
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
  };
  browser.runtime.onConnect.addListener((port) => acceptPort(port, context));
  openPanelOnActionClick();
  registerContextMenus();
  // Headless tests cannot click native menus; they call the handler through the worker.
  (globalThis as { sidechatMenuClick?: typeof onMenuClick }).sidechatMenuClick = onMenuClick;
});
