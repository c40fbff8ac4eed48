import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ConversationOps } from '@/utils/engine/conversation-ops';
import { ChatEngine } from '@/utils/engine/engine';
import { EventHub } from '@/utils/engine/event-hub';
import { createKeepAlive } from '@/utils/engine/keepalive';
import { createMemoryStore, createRoutingStore } from '@/utils/history/memory-store';
import { idbHistoryStore } from '@/utils/history/store';
import { getLocale, localeForChoice, setLocale } from '@/utils/i18n/translate';
import { readTab } from '@/utils/page/read-tab';
import { readSelection } from '@/utils/page/selection';
import { writeToPage } from '@/utils/page/write-page';
import { captureTab } from '@/utils/images/capture-tab';
import { answerListModels } from '@/utils/providers/list-models';
import { streamChatCompletion } from '@/utils/providers/stream';
import { answerProbeChat } from '@/utils/providers/probe-chat';
import { builtinCompletion, routeCompletion } from '@/utils/providers/builtin-model';
import { adaptiveCompletion } from '@/utils/providers/adaptive-stream';
import { storedAdaptations } from '@/utils/providers/adaptation-memory';
import { withDefaults, type Settings } from '@/utils/settings/model';
import { loadSettings, settingsItem } from '@/utils/settings/storage';
import { Importer } from '@/utils/transfer/importer';
import { createSearchIndexing } from '@/utils/engine/search-indexing';
import { withWriteHook } from '@/utils/history/write-hook';
import { createSyncService } from '@/utils/sync/sync-service';
import { createMenus, onMenuClick, registerContextMenus } from './context-menu';
import { installLocalOriginRule } from './local-origin';
import { openPanelOnActionClick } from './panel-opener';
import { acceptPort, type RequestHandlers } from './port-router';

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

/** The answer of a request that reports only that it was done. */
const done = (): null => null;

export default defineBackground(() => {
  const keepAlive = createKeepAlive(() => browser.runtime.getPlatformInfo());
  // The worker stays up while a reply streams, imported history is indexed, or a sync runs.
  let liveGenerations = 0;
  let indexing = 0;
  let syncing = 0;
  const keepAliveForWork = () => keepAlive.update(liveGenerations + indexing + syncing);
  const hub = new EventHub();
  // Temporary chats live in memory only; everything else in IndexedDB, synced shortly after.
  const store = createRoutingStore(
    // `sync` is made below, with the parts it tells; writes only start after that.
    withWriteHook(idbHistoryStore, () => sync.changed()),
    createMemoryStore(),
  );
  const engine = new ChatEngine({
    store,
    hub,
    loadSettings: settingsForRequest,
    // Learns per profile which fields its server refuses, and stops sending them.
    streamCompletion: adaptiveCompletion(
      routeCompletion(builtinCompletion(), streamChatCompletion),
      storedAdaptations,
    ),
    onActiveChange: (active) => {
      liveGenerations = active;
      keepAliveForWork();
    },
  });
  const { live, snapshots } = engine;
  const ops = new ConversationOps({ store, hub, live, snapshots });
  const indexSearch = createSearchIndexing(hub, (runs) => {
    indexing = runs;
    keepAliveForWork();
  });
  const importer = new Importer(() => {
    hub.broadcast({ type: 'conversationsChanged' });
    void indexSearch();
    sync.changed();
  });
  const sync = createSyncService({
    onReceived: (conversationIds) => {
      hub.broadcast({ type: 'conversationsChanged' });
      // Only open chats are read again: a first sync may bring thousands.
      for (const id of conversationIds) if (hub.followers(id).length) void snapshots.republish(id);
      void indexSearch();
    },
    onBusy: (runs) => {
      syncing = runs;
      keepAliveForWork();
    },
  });
  const ready = engine
    .recoverInterrupted()
    .catch((error: unknown) => console.error('Sidechat: startup recovery failed', error));
  // What a worker stopped halfway through indexing is finished on its next start.
  void ready.then(indexSearch);
  browser.alarms.onAlarm.addListener((alarm) => sync.onAlarm(alarm.name));
  void ready.then(() => sync.start());

  const handlers: RequestHandlers = {
    send: (request, sink) => engine.send(request, sink).then(done),
    retry: (request, sink) => engine.retry(request, sink).then(done),
    continue: (request, sink) => engine.continueReply(request, sink).then(done),
    stop: async ({ conversationId }) => (live.stop(conversationId), null),
    subscribe: ({ conversationId }, sink) => snapshots.subscribe(sink, conversationId).then(done),
    switchBranch: ({ messageId }) => ops.switchBranch(messageId).then(done),
    deleteBranch: ({ messageId }) => ops.deleteBranch(messageId).then(done),
    feedback: ({ messageId, value }) => ops.setFeedback(messageId, value).then(done),
    rename: ({ conversationId, title }) => ops.rename(conversationId, title).then(done),
    pin: ({ conversationId, pinned }) => ops.pin(conversationId, pinned).then(done),
    deleteConversation: ({ conversationId }) => ops.deleteConversation(conversationId).then(done),
    setOptions: ({ conversationId, options }) => ops.setOptions(conversationId, options).then(done),
    resetConversation: ({ conversationId }) => ops.reset(conversationId).then(done),
    listModels: (request) => answerListModels(request, settingsForRequest),
    probeChat: (request) =>
      answerProbeChat(request, settingsForRequest, streamChatCompletion, storedAdaptations),
    importChunk: (request, sink) => importer.receive(request, sink),
    readSelection: ({ tabId }) => readSelection(tabId),
    writeToPage: ({ tabId, text, mode }) => writeToPage(tabId, text, mode),
    captureTab: ({ tabId }) => captureTab(tabId),
    readPage: ({ tabId }) =>
      loadSettings().then((settings) => readTab(tabId, settings.neverReadSites)),
    syncNow: () => settingsForRequest().then(() => sync.syncNow()),
    syncTest: () => settingsForRequest().then(() => sync.test()),
  };
  const context = {
    handlers,
    detach: (sink: Parameters<typeof importer.drop>[0]) => {
      snapshots.detach(sink);
      importer.drop(sink);
    },
    ready,
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
  };
  browser.runtime.onConnect.addListener((port) => acceptPort(port, context));
  openPanelOnActionClick();
  registerContextMenus();
  // Made on every start, in the chosen language, from the prompt library as it is now.
  void settingsForRequest().then(() => createMenus());
  settingsItem.watch((value) => {
    if (applyLanguage(withDefaults(value))) void createMenus();
  });
  installLocalOriginRule().catch((error: unknown) =>
    console.error('Sidechat: could not install the local-server rule', error),
  );
  // Headless tests cannot click native menus; they call the handler through the worker.
  (globalThis as { sidechatMenuClick?: typeof onMenuClick }).sidechatMenuClick = onMenuClick;
});
