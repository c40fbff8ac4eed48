import { DEFAULT_QUOTE_LIMIT } from '@/utils/limits';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ChatView } from '@/components/chat/ChatView';
import { HistoryView } from '@/components/history/HistoryView';
import { useChatState } from '@/components/hooks/use-chat-state';
import { useDraft } from '@/components/hooks/use-draft';
import { useSettings } from '@/components/hooks/use-settings';
import { usePageQuote } from '@/components/hooks/use-page-quote';
import { usePendingAsk } from '@/components/hooks/use-pending-ask';
import { useUndoableDelete } from '@/components/hooks/use-undoable-delete';
import { Onboarding } from '@/components/settings/Onboarding';
import { SettingsForm } from '@/components/settings/SettingsForm';
import { useAppearance } from '@/components/hooks/use-appearance';
import type { ChatSession } from '@/utils/panel/session';
import { streamingMessageId } from '@/utils/panel/chat-state';
import { getLocale, t } from '@/utils/i18n/translate';
import { trimQuoteText } from '@/utils/page/quote';
import { lastConversationItem } from '@/utils/settings/storage';
import { isConfigured, templateFor } from '@/utils/settings/model';
import { downloadBlob } from '@/utils/transfer/download';
import {
  exportConversationFile,
  exportFileName,
  readConversationForExport,
} from '@/utils/transfer/export';
import { transcriptMarkdown } from '@/utils/transfer/transcript';

type View = 'chat' | 'settings' | 'history';

/** The side panel: a toolbar over the chat, the conversation list, or the settings. */
export function App({ session }: { session: ChatSession }) {
  const state = useChatState(session);
  const settings = useSettings();
  const [draft, setDraft] = useDraft();
  const [view, setView] = useState<View>('chat');
  const [focusMessageId, setFocusMessageId] = useState<string | null>(null);
  const sentRequest = useRef<string | null>(null);
  const streaming = streamingMessageId(state) !== null;
  const configured = settings !== null && isConfigured(settings);
  const deletion = useUndoableDelete((id) => session.deleteConversation(id));
  const pageQuote = usePageQuote(session, settings?.quoteLimit ?? DEFAULT_QUOTE_LIMIT);
  const [composerFocus, setComposerFocus] = useState(0);
  const focusComposer = () => setComposerFocus((n) => n + 1);
  const locale = useAppearance(settings);
  const listModels: ChatSession['listModels'] = (target) => session.listModels(target);

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
    }
  }, [state.acceptedRequestId]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const typing =
        event.target instanceof HTMLElement &&
        event.target.closest('input, textarea, [contenteditable]');
      if (event.key === 'Escape' && streaming) session.stop();
      else if (
        (event.ctrlKey || event.metaKey) &&
        event.shiftKey &&
        event.key.toLowerCase() === 'o'
      ) {
        event.preventDefault();
        newChat(false);
        focusComposer();
      } else if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        setView('chat');
        focusComposer();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [session, streaming]);

  // "Ask about selection" and the quick actions from the page's context menu.
  usePendingAsk(settings !== null, ({ quote, action }) => {
    newChat(false);
    pageQuote.attach(quote);
    if (action === 'ask' || !settings) {
      focusComposer();
      return;
    }
    const prompt = templateFor(settings, action, getLocale());
    if (!isConfigured(settings)) {
      setDraft(prompt);
      session.showAlert({
        code: 'not_configured',
        message: t('errNotConfigured'),
        retryMessageId: null,
      });
      return;
    }
    const { text } = trimQuoteText(quote.text, settings.quoteLimit);
    sentRequest.current = session.send(prompt, { ...quote, text });
  });

  // A search result on another branch: switch to the branch that holds it.
  useEffect(() => {
    if (!focusMessageId || !state.loaded) return;
    if (!state.messages.some((message) => message.id === focusMessageId)) {
      session.switchVersion(focusMessageId);
    }
  }, [focusMessageId, state.loaded, state.conversationId]);

  const send = (): void => {
    if (!configured) {
      session.showAlert({
        code: 'not_configured',
        message: t('errNotConfigured'),
        retryMessageId: null,
      });
      return;
    }
    sentRequest.current = session.send(draft.trim(), pageQuote.quote ?? undefined);
  };

  const retry = (): void => {
    const target = state.alert?.retryMessageId;
    if (target) session.retry(target);
    else if (draft.trim() || pageQuote.quote) send();
  };

  const openConversation = (conversationId: string, messageId: string | null): void => {
    setFocusMessageId(messageId);
    if (conversationId !== state.conversationId) session.open(conversationId);
    setView('chat');
  };

  const newChat = (temporary: boolean): void => {
    setView('chat');
    setFocusMessageId(null);
    session.newChat(temporary);
  };

  const transcript = (): string =>
    transcriptMarkdown(state.conversation?.title ?? '', state.messages, {
      user: t('roleUser'),
      assistant: t('roleAssistant'),
      system: t('roleSystem'),
      reasoning: t('reasoningLabel'),
    });

  const exportConversation = async (format: 'json' | 'md'): Promise<void> => {
    const title = state.conversation?.title ?? '';
    if (format === 'md') {
      downloadBlob(
        new Blob([transcript()], { type: 'text/markdown' }),
        exportFileName(title, 'md'),
      );
      return;
    }
    const exported =
      state.conversationId && (await readConversationForExport(state.conversationId));
    if (exported) downloadBlob(exportConversationFile(exported), exportFileName(title, 'json'));
  };

  const copyConversation = (): void => {
    const text = transcript();
    navigator.clipboard
      .writeText(text)
      .catch((error: unknown) => console.warn('Sidechat: copy failed', error));
  };

  const toggle = (target: View) => setView(view === target ? 'chat' : target);

  if (settings && settings.profiles.length === 0) {
    return (
      <div class="app" key={locale}>
        <Onboarding settings={settings} listModels={listModels} />
      </div>
    );
  }

  return (
    // Keyed by language: switching it redraws every string at once.
    <div class="app" key={locale}>
      <header class="toolbar">
        <h1 class="toolbar__title">{state.conversation?.title || t('extName')}</h1>
        <button
          type="button"
          class="button"
          aria-pressed={view === 'history'}
          onClick={() => toggle('history')}
        >
          {t('conversations')}
        </button>
        <button type="button" class="button" onClick={() => newChat(false)}>
          {t('newChat')}
        </button>
        <details class="toolbar__more">
          <summary class="button">⋯</summary>
          <div class="toolbar__menu">
            <button
              type="button"
              class="button"
              aria-pressed={state.temporary}
              onClick={() => newChat(true)}
            >
              {t('temporaryChat')}
            </button>
            <button
              type="button"
              class="button"
              disabled={state.messages.length === 0}
              onClick={copyConversation}
            >
              {t('copyConversation')}
            </button>
            <button
              type="button"
              class="button"
              disabled={state.messages.length === 0 || state.temporary}
              onClick={() => void exportConversation('json')}
            >
              {t('exportConversation')}
            </button>
            <button
              type="button"
              class="button"
              disabled={state.messages.length === 0}
              onClick={() => void exportConversation('md')}
            >
              {t('exportMarkdown')}
            </button>
          </div>
        </details>
        <button
          type="button"
          class="button"
          aria-pressed={view === 'settings'}
          onClick={() => toggle('settings')}
        >
          {t('settings')}
        </button>
      </header>
      {view === 'settings' && settings ? (
        <SettingsForm settings={settings} onSaved={() => setView('chat')} listModels={listModels} />
      ) : view === 'history' ? (
        <HistoryView
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
          composerFocus={composerFocus}
          onDraftChange={setDraft}
          onPickExample={(prompt) => {
            setDraft(prompt);
            focusComposer();
          }}
          onSend={send}
          onRetry={retry}
          onOpenSettings={() => setView('settings')}
        />
      )}
      {deletion.pending && (
        <div class="toast" role="status">
          <span>{t('deletedConversation', { title: deletion.pending.title })}</span>
          <button type="button" class="button" onClick={deletion.undo}>
            {t('undo')}
          </button>
        </div>
      )}
    </div>
  );
}
