import { DEFAULT_QUOTE_LIMIT } from '@/utils/limits';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Suspense } from 'preact/compat';
import { ChatView } from '@/components/chat/ChatView';
import { useChatState } from '@/components/hooks/use-chat-state';
import { useDraft } from '@/components/hooks/use-draft';
import { useImageAttachments } from '@/components/hooks/use-image-attachments';
import { useSettings } from '@/components/hooks/use-settings';
import { usePageQuote } from '@/components/hooks/use-page-quote';
import { usePageContext } from '@/components/hooks/use-page-context';
import { useFittedPages } from '@/components/hooks/use-fitted-pages';
import { usePendingAsk } from '@/components/hooks/use-pending-ask';
import { usePromptLibrary } from '@/components/hooks/use-prompt-library';
import { usePromptRunner } from '@/components/hooks/use-prompt-runner';
import { useUndoableDelete } from '@/components/hooks/use-undoable-delete';
import {
  LazyHistoryView,
  LazyOnboarding,
  LazyPromptInputs,
  LazySettingsForm,
  ViewLoading,
} from '@/components/ui/lazy-views';
import { useAppearance } from '@/components/hooks/use-appearance';
import { useConversationExport } from '@/components/hooks/use-conversation-export';
import { useShortcuts } from '@/components/hooks/use-shortcuts';
import { Toolbar } from '@/components/chat/Toolbar';
import { Toast } from '@/components/ui/Toast';
import { Dialog } from '@/components/ui/Dialog';
import { ShortcutList } from '@/components/settings/ShortcutsHelp';
import type { Attached, ChatSession, ConnectionChecks } from '@/utils/panel/session';
import { streamingMessageId } from '@/utils/panel/chat-state';
import { t } from '@/utils/i18n/translate';
import { parsePageReadResult } from '@/utils/page/page-source';
import { parseQuote } from '@/utils/page/quote';
import { lastConversationItem } from '@/utils/settings/storage';
import { isConfigured } from '@/utils/settings/model';

type View = 'chat' | 'settings' | 'history';

/** The side panel: a toolbar over the chat, the conversation list, or the settings. */
export function App({ session }: { session: ChatSession }) {
  const state = useChatState(session);
  const settings = useSettings();
  const [draft, setDraft] = useDraft();
  const [view, setView] = useState<View>('chat');
  const [focusMessageId, setFocusMessageId] = useState<string | null>(null);
  const sentRequest = useRef<string | null>(null);
  const encoding = useRef(false);
  const streaming = streamingMessageId(state) !== null;
  const configured = settings !== null && isConfigured(settings);
  const deletion = useUndoableDelete((id) => session.deleteConversation(id));
  const pageQuote = usePageQuote(session, settings?.quoteLimit ?? DEFAULT_QUOTE_LIMIT);
  const pageContext = usePageContext(session);
  const images = useImageAttachments(session);
  const { fitted, context } = useFittedPages(pageContext.pages, settings, state);
  const attached = (): Attached => ({
    ...(pageQuote.quote && { quote: pageQuote.quote }),
    ...(fitted.length > 0 && { pages: fitted.map((page) => page.source) }),
  });
  const [composerFocus, setComposerFocus] = useState(0);
  const [shortcutsShown, setShortcutsShown] = useState(false);
  const focusComposer = () => setComposerFocus((n) => n + 1);
  const locale = useAppearance(settings);
  const library = usePromptLibrary(locale);
  /** A prompt that sends at once: sent when its text (and any page) is in the composer. */
  const [sendSoon, setSendSoon] = useState(false);
  const runner = usePromptRunner({
    session,
    state,
    settings,
    library,
    locale,
    pageQuote,
    pageContext,
    fill: (text, andSend) => {
      setDraft(text);
      if (andSend) setSendSoon(true);
      else focusComposer();
    },
  });
  const checks: ConnectionChecks = session.checks;
  const { exportConversation, copyConversation } = useConversationExport(state);

  useEffect(() => {
    session.start();
    // Seen by the history benchmark: when the panel first became interactive.
    performance.mark('sidechat:ready');
    return () => session.close();
  }, [session]);

  useEffect(() => {
    // Temporary chats are not reopened: they are not kept.
    if (state.loaded && !state.temporary) void lastConversationItem.setValue(state.conversationId);
  }, [state.conversationId, state.loaded]);

  // The composer empties only once the background has saved the message.
  useEffect(() => {
    if (state.acceptedRequestId && state.acceptedRequestId === sentRequest.current) {
      sentRequest.current = null;
      setDraft('');
      pageQuote.clear();
      pageContext.clear();
      images.clear();
    }
  }, [state.acceptedRequestId]);

  useShortcuts(streaming, {
    stop: () => session.stop(),
    newChat: () => {
      newChat(false);
      focusComposer();
    },
    focusComposer: () => {
      setView('chat');
      focusComposer();
    },
    showShortcuts: () => setShortcutsShown(true),
    usePage: () => {
      setView('chat');
      void pageContext.useThisPage();
    },
  });

  useEffect(() => {
    if (!sendSoon || pageContext.reading !== null) return;
    setSendSoon(false);
    send();
  }, [sendSoon, draft, fitted, pageContext.reading]);

  // "Ask about selection", "Ask about this page" and the prompts on the page's context menu.
  // Written by our own worker, but storage is still checked before it is trusted.
  usePendingAsk(settings !== null && library !== null, (ask) => {
    newChat(false);
    pageContext.clear();
    pageQuote.clear();
    const quote = 'quote' in ask ? parseQuote(ask.quote) : null;
    const page = 'page' in ask && ask.page ? parsePageReadResult(ask.page) : null;
    if ('prompt' in ask) {
      const prompt = library?.prompts.find((entry) => entry.id === ask.prompt);
      if (prompt)
        runner.run(prompt, '', {
          ...(quote && { quote }),
          ...(page && { page }),
          tab: { title: String(ask.tab?.title ?? ''), url: String(ask.tab?.url ?? '') },
        });
      return;
    }
    if (quote) pageQuote.attach(quote);
    if (page) void pageContext.take(page);
    focusComposer();
  });

  const send = (): void => {
    if (!configured) {
      session.showAlert({
        code: 'not_configured',
        message: t('errNotConfigured'),
        retryMessageId: null,
      });
      return;
    }
    // A second Enter while the images are being encoded must not send the message twice.
    if (images.preparing || encoding.current) return;
    encoding.current = true;
    const text = draft.trim();
    const rest = attached();
    void images
      .uploads()
      .then((uploads) => {
        sentRequest.current = session.send(text, {
          ...rest,
          ...(uploads.length > 0 && { images: uploads }),
        });
      })
      .finally(() => (encoding.current = false));
  };

  const retry = (): void => {
    const target = state.alert?.retryMessageId;
    if (target) session.retry(target);
    else if (draft.trim() || pageQuote.quote || fitted.length > 0 || images.images.length) send();
  };

  const openConversation = (conversationId: string, messageId: string | null): void => {
    setFocusMessageId(messageId);
    if (messageId !== null) session.showMessage(conversationId, messageId);
    else if (conversationId !== state.conversationId) session.open(conversationId);
    setView('chat');
  };

  const newChat = (temporary: boolean): void => {
    setView('chat');
    setFocusMessageId(null);
    session.newChat(temporary);
  };

  const toggle = (target: 'settings' | 'history') => setView(view === target ? 'chat' : target);

  if (settings && settings.profiles.length === 0) {
    return (
      <div class="app" key={locale}>
        <ViewLoading>
          <LazyOnboarding settings={settings} checks={checks} />
        </ViewLoading>
      </div>
    );
  }

  return (
    // Keyed by language: switching it redraws every string at once.
    <div class="app" key={locale}>
      <Toolbar
        title={state.conversation?.title ?? ''}
        view={view}
        temporary={state.temporary}
        hasMessages={state.messages.length > 0}
        onToggle={toggle}
        onNewChat={newChat}
        onCopyConversation={copyConversation}
        onExportConversation={(format) => void exportConversation(format)}
        onShowShortcuts={() => setShortcutsShown(true)}
        onRename={
          state.conversationId && !state.temporary
            ? (title) => state.conversationId && session.rename(state.conversationId, title)
            : undefined
        }
      />
      {view === 'settings' && settings ? (
        <ViewLoading>
          <LazySettingsForm settings={settings} onSaved={() => setView('chat')} checks={checks} />
        </ViewLoading>
      ) : view === 'history' ? (
        <ViewLoading>
          <LazyHistoryView
            session={session}
            listVersion={state.listVersion}
            currentId={state.conversationId}
            hiddenId={deletion.pending?.id ?? null}
            actions={{
              open: openConversation,
              rename: (id, title) => session.rename(id, title),
              pin: (id, pinned) => session.pin(id, pinned),
              remove: (conversation) => {
                if (conversation.id === state.conversationId) session.newChat();
                deletion.remove(conversation);
              },
            }}
          />
        </ViewLoading>
      ) : (
        <ChatView
          session={session}
          state={state}
          settings={settings}
          configured={configured}
          draft={draft}
          focusMessageId={focusMessageId}
          pageQuote={{
            quote: pageQuote.quote,
            notice: pageQuote.notice,
            quoteSelection: () => void pageQuote.quoteSelection(),
            allowAccess: () => void pageQuote.allowAccess(),
            clear: pageQuote.clear,
          }}
          pageContext={pageContext}
          images={images}
          fittedPages={fitted}
          context={context}
          composerFocus={composerFocus}
          onDraftChange={setDraft}
          prompts={library?.prompts ?? []}
          promptRunner={runner}
          onPickExample={(prompt) => {
            setDraft(prompt);
            focusComposer();
          }}
          onSend={send}
          onRetry={retry}
          onOpenSettings={() => setView('settings')}
          onOpenConversation={(id) => openConversation(id, null)}
        />
      )}
      {deletion.pending && (
        <Toast actionLabel={t('undo')} onAction={deletion.undo}>
          {t('deletedConversation', { title: deletion.pending.title })}
        </Toast>
      )}
      {runner.form && (
        <Suspense fallback={null}>
          <LazyPromptInputs
            name={runner.form.prompt.name}
            labels={runner.form.labels}
            onSubmit={runner.submitForm}
            onCancel={runner.cancelForm}
          />
        </Suspense>
      )}
      {shortcutsShown && (
        <Dialog title={t('shortcuts')} onClose={() => setShortcutsShown(false)}>
          <ShortcutList />
        </Dialog>
      )}
    </div>
  );
}
