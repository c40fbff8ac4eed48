import { useEffect, useRef, useState } from 'preact/hooks';
import { Composer } from '@/components/chat/Composer';
import { ErrorAlert } from '@/components/chat/ErrorAlert';
import { MessageList } from '@/components/chat/MessageList';
import { RenderOptionsContext } from '@/components/chat/render-options';
import { SetupNotice } from '@/components/chat/SetupNotice';
import { useChatState } from '@/components/hooks/use-chat-state';
import { useDraft } from '@/components/hooks/use-draft';
import { useSettings } from '@/components/hooks/use-settings';
import { SettingsForm } from '@/components/settings/SettingsForm';
import type { ChatSession } from '@/utils/chat-session';
import { streamingMessageId } from '@/utils/chat-store';
import { t } from '@/utils/i18n';
import { lastConversationItem } from '@/utils/settings';
import { isConfigured } from '@/utils/settings-model';

/** The side panel: header, conversation, alert and composer, or the settings. */
export function App({ session }: { session: ChatSession }) {
  const state = useChatState(session);
  const settings = useSettings();
  const [draft, setDraft] = useDraft();
  const [view, setView] = useState<'chat' | 'settings'>('chat');
  const sentRequest = useRef<string | null>(null);
  const streaming = streamingMessageId(state) !== null;
  const configured = settings !== null && isConfigured(settings);

  useEffect(() => {
    session.start();
    return () => session.close();
  }, [session]);

  useEffect(() => {
    if (state.loaded) void lastConversationItem.setValue(state.conversationId);
  }, [state.conversationId, state.loaded]);

  // The composer empties only once the background has saved the message.
  useEffect(() => {
    if (state.acceptedRequestId && state.acceptedRequestId === sentRequest.current) {
      sentRequest.current = null;
      setDraft('');
    }
  }, [state.acceptedRequestId]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key === 'Escape' && streaming) session.stop();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [session, streaming]);

  const send = (): void => {
    if (!configured) {
      session.showAlert({
        code: 'not_configured',
        message: t('errNotConfigured'),
        retryMessageId: null,
      });
      return;
    }
    sentRequest.current = session.send(draft.trim());
  };

  const retry = (): void => {
    const target = state.alert?.retryMessageId;
    if (target) session.retry(target);
    else if (draft.trim()) send();
  };

  return (
    <div class="app">
      <header class="toolbar">
        <h1 class="toolbar__title">{t('extName')}</h1>
        <button
          type="button"
          class="button"
          onClick={() => {
            setView('chat');
            session.open(null);
          }}
        >
          {t('newChat')}
        </button>
        <button
          type="button"
          class="button"
          aria-pressed={view === 'settings'}
          onClick={() => setView(view === 'settings' ? 'chat' : 'settings')}
        >
          {t('settings')}
        </button>
      </header>
      {view === 'settings' && settings ? (
        <SettingsForm settings={settings} onSaved={() => setView('chat')} />
      ) : (
        <main class="chat">
          {settings && !configured && <SetupNotice onOpenSettings={() => setView('settings')} />}
          <RenderOptionsContext.Provider
            value={{ allowRemoteImages: settings?.allowRemoteImages ?? false }}
          >
            <MessageList messages={state.messages} showEmptyHint={configured} />
          </RenderOptionsContext.Provider>
          {!state.connected && <p class="chat__status">{t('connectionLost')}</p>}
          {state.alert && (
            <ErrorAlert
              alert={state.alert}
              onRetry={retry}
              onOpenSettings={() => setView('settings')}
            />
          )}
          <Composer
            text={draft}
            onTextChange={setDraft}
            onSend={send}
            onStop={() => session.stop()}
            streaming={streaming}
            busy={state.pendingRequestId !== null}
          />
        </main>
      )}
    </div>
  );
}
