import { useMemo } from 'preact/hooks';
import type { QuoteNotice } from '@/components/hooks/use-page-quote';
import type { ChatSession } from '@/utils/panel/session';
import type { Quote } from '@/utils/page/quote';
import { optionsInView, streamingMessageId, type ChatState } from '@/utils/panel/chat-state';
import { useContextWindow } from '@/components/hooks/use-context-window';
import { contextFill, contextTokensOf } from '@/utils/providers/context-window';
import { resolveRequest } from '@/utils/providers/request';
import { t } from '@/utils/i18n/translate';
import type { Settings } from '@/utils/settings/model';
import { ChatActionsContext } from './chat-actions';
import { ChatOptionsBar } from './ChatOptionsBar';
import { ContextWarning } from './ContextMeter';
import { Composer } from './Composer';
import { ErrorAlert } from './ErrorAlert';
import { MessageList } from './MessageList';
import { RenderOptionsContext } from './render-options';
import { QuoteChip } from './QuoteChip';
import { SetupNotice } from './SetupNotice';

/** The conversation, its alert and the composer. */
export function ChatView({
  session,
  state,
  settings,
  configured,
  draft,
  focusMessageId,
  pageQuote,
  composerFocus,
  onDraftChange,
  onPickExample,
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
  /** "Quote selection": the attached quote and what to say about the page. */
  pageQuote: {
    quote: Quote | null;
    notice: QuoteNotice | null;
    quoteSelection(): void;
    allowAccess(): void;
    clear(): void;
  };
  composerFocus: number;
  onDraftChange(text: string): void;
  /** An example prompt on the empty chat was clicked. */
  onPickExample(prompt: string): void;
  onSend(): void;
  onRetry(): void;
  onOpenSettings(): void;
}) {
  const streaming = streamingMessageId(state) !== null;
  const options = optionsInView(state);
  const contextWindow = useContextWindow(settings, options);
  // Once per change of the messages, not per keystroke in the composer.
  const contextTokens = useMemo(() => contextTokensOf(state.messages), [state.messages]);
  const fill = contextFill(contextTokens, draft, contextWindow);
  const resolved = settings && resolveRequest(settings, options);
  const model = resolved && typeof resolved !== 'string' ? resolved.model : '';
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
            onPickExample={onPickExample}
          />
        </RenderOptionsContext.Provider>
      </ChatActionsContext.Provider>
      {!state.connected && <p class="chat__status">{t('connectionLost')}</p>}
      {state.alert && (
        <ErrorAlert
          alert={state.alert}
          onRetry={onRetry}
          onOpenSettings={onOpenSettings}
          onDismiss={() => session.showAlert(null)}
        />
      )}
      {pageQuote.notice && (
        <div class="quote-notice" role="status">
          <span>{pageQuote.notice.message}</span>
          {pageQuote.notice.needsPermission && (
            <button type="button" class="button" onClick={pageQuote.allowAccess}>
              {t('allowPageAccess')}
            </button>
          )}
        </div>
      )}
      {fill && fill.ratio >= 0.9 && (
        <ContextWarning tokens={fill.tokens} contextWindow={fill.window} model={model} />
      )}
      <Composer
        attachments={
          pageQuote.quote && <QuoteChip quote={pageQuote.quote} onRemove={pageQuote.clear} />
        }
        tools={
          settings &&
          configured && (
            <ChatOptionsBar
              session={session}
              state={state}
              settings={settings}
              context={{ tokens: contextTokens, window: contextWindow }}
            />
          )
        }
        hasAttachment={pageQuote.quote !== null}
        onQuoteSelection={pageQuote.quoteSelection}
        focusToken={composerFocus}
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
