import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ConversationOps } from '@/utils/engine/conversation-ops';
import { createMemoryStore, createRoutingStore, idbHistoryStore } from '@/utils/history/store';
import { ChatEngine } from '@/utils/engine/engine';
import { EventHub } from '@/utils/engine/event-hub';
import { createKeepAlive } from '@/utils/engine/keepalive';
import { streamChatCompletion } from '@/utils/providers/stream';
import { getLocale, localeForChoice, setLocale } from '@/utils/i18n/translate';
import { loadSettings, settingsItem } from '@/utils/settings/storage';
import { withDefaults, type Settings } from '@/utils/settings/model';
import { createMenus, onMenuClick, registerContextMenus } from './context-menu';
import { installLocalOriginRule } from './local-origin';
import { openPanelOnActionClick } from './panel-opener';
import { Importer } from '@/utils/transfer/importer';
import { answerListModels } from '@/utils/providers/list-models';
import { acceptPort } from './port-router';

/** Error sentences and menus follow the Language setting, like the panel. */
function applyLanguage(settings: Settings): boolean {
  const before = getLocale();
  setLocale(localeForChoice(settings.language));
  return getLocale() !== before;
}

/** Settings for a request, with the language applied first (errors are written in it). */
async function settingsForRequest(): Promise<Settings> {
  const settings = await loadSettings();
  applyLanguage(settings);
  return settings;
}

export default defineBackground(() => {
  const keepAlive = createKeepAlive(() => browser.runtime.getPlatformInfo());
  // Temporary chats live in memory only; everything else in IndexedDB.
  const store = createRoutingStore(idbHistoryStore, createMemoryStore());
  const hub = new EventHub();
  const engine = new ChatEngine({
    store,
    hub,
    loadSettings: settingsForRequest,
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
    listModels: (request: Parameters<typeof answerListModels>[0]) =>
      answerListModels(request, settingsForRequest),
    ready,
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
  };
  browser.runtime.onConnect.addListener((port) => acceptPort(port, context));
  openPanelOnActionClick();
  registerContextMenus();
  void settingsForRequest().then((settings) => {
    // Menus made at install time used the browser's language; redo them in the chosen one.
    if (settings.language !== 'auto') createMenus();
  });
  settingsItem.watch((value) => {
    if (applyLanguage(withDefaults(value))) createMenus();
  });
  installLocalOriginRule().catch((error: unknown) =>
    console.error('Sidechat: could not install the local-server rule', error),
  );
  // Headless tests cannot click native menus; they call the handler through the worker.
  (globalThis as { sidechatMenuClick?: typeof onMenuClick }).sidechatMenuClick = onMenuClick;
});
