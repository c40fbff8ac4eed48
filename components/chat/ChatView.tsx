import type { ChatSession } from '@/utils/chat-session';
import { streamingMessageId, type ChatState } from '@/utils/chat-store';
import { t } from '@/utils/i18n';
import type { Settings } from '@/utils/settings-model';
import { ChatActionsContext } from './chat-actions';
import { Composer } from './Composer';
import { ErrorAlert } from './ErrorAlert';
import { MessageList } from './MessageList';
import { RenderOptionsContext } from './render-options';
import { SetupNotice } from './SetupNotice';

/** The conversation, its alert and the composer. */
export function ChatView({
  session,
  state,
  settings,
  configured,
  draft,
  focusMessageId,
  onDraftChange,
  onSend,
  onRetry,
  onOpenSettings,
}: {
  session: ChatSession;
  state: ChatState;
  settings: Settings | null;
  configured: boolean;
  draft: string;
  /** A message to scroll to (a search result). */
  focusMessageId: string | null;
  onDraftChange(text: string): void;
  onSend(): void;
  onRetry(): void;
  onOpenSettings(): void;
}) {
  const streaming = streamingMessageId(state) !== null;
  return (
    <main class="chat">
      {settings && !configured && <SetupNotice onOpenSettings={onOpenSettings} />}
      {state.temporary && <p class="chat__temporary">{t('temporaryNotice')}</p>}
      <ChatActionsContext.Provider value={{ session, streaming }}>
        <RenderOptionsContext.Provider
          value={{ allowRemoteImages: settings?.allowRemoteImages ?? false }}
        >
          <MessageList
            messages={state.messages}
            versions={state.versions}
            focusMessageId={focusMessageId}
            showEmptyHint={configured}
          />
        </RenderOptionsContext.Provider>
      </ChatActionsContext.Provider>
      {!state.connected && <p class="chat__status">{t('connectionLost')}</p>}
      {state.alert && (
        <ErrorAlert alert={state.alert} onRetry={onRetry} onOpenSettings={onOpenSettings} />
      )}
      <Composer
        text={draft}
        onTextChange={onDraftChange}
        onSend={onSend}
        onStop={() => session.stop()}
        streaming={streaming}
        busy={state.pendingRequestId !== null}
      />
    </main>
  );
}
