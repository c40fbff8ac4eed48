import { Suspense } from 'preact/compat';
import { useMemo, useRef } from 'preact/hooks';
import type { QuoteNotice } from '@/components/hooks/use-page-quote';
import type { PageContext } from '@/components/hooks/use-page-context';
import type { ImageAttachments } from '@/components/hooks/use-image-attachments';
import type { ChatContext } from '@/components/hooks/use-fitted-pages';
import { useTabMention } from '@/components/hooks/use-tab-mention';
import { usePromptCommand } from '@/components/hooks/use-prompt-command';
import type { PromptRunner } from '@/components/hooks/use-prompt-runner';
import type { SavedPrompt } from '@/utils/prompts/library';
import { usePageChatOffer } from '@/components/hooks/use-page-chat-offer';
import { usePageWriter } from '@/components/hooks/use-page-writer';
import type { FittedPage } from '@/utils/page/page-budget';
import type { ChatSession } from '@/utils/panel/session';
import type { Quote } from '@/utils/page/quote';
import { optionsInView, streamingMessageId, type ChatState } from '@/utils/panel/chat-state';
import { contextFill } from '@/utils/providers/context-window';
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
import { PageChatOffer } from './PageChatOffer';
import { PageChip } from './PageChip';
import { QuoteChip } from './QuoteChip';
import { LazyImageChips } from '@/components/ui/lazy-views';
import { TabPicker, TAB_PICKER_ID, tabOptionId } from './TabPicker';
import { PromptPicker, PROMPT_PICKER_ID, promptOptionId } from './PromptPicker';
import { SetupNotice } from './SetupNotice';
import { WriteNotice } from './WriteNotice';

/** The conversation, its alert and the composer. */
export function ChatView({
  session,
  state,
  settings,
  configured,
  draft,
  focusMessageId,
  pageQuote,
  pageContext,
  images,
  fittedPages,
  context,
  composerFocus,
  onDraftChange,
  prompts,
  promptRunner,
  onPickExample,
  onSend,
  onRetry,
  onOpenSettings,
  onOpenConversation,
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
  /** "Use this page" and the tab picker: the pages attached, as read and as fitted. */
  pageContext: PageContext;
  /** Images pasted, dropped, picked or captured for the next message. */
  images: ImageAttachments;
  fittedPages: readonly FittedPage[];
  context: ChatContext;
  composerFocus: number;
  onDraftChange(text: string): void;
  /** The saved prompts `/` offers, and what runs the one chosen. */
  prompts: readonly SavedPrompt[];
  promptRunner: Pick<PromptRunner, 'run' | 'notice' | 'dismissNotice'>;
  /** An example prompt on the empty chat was clicked. */
  onPickExample(prompt: string): void;
  onSend(): void;
  onRetry(): void;
  onOpenSettings(): void;
  /** Opens an earlier conversation (an offer to continue a chat about this page). */
  onOpenConversation(conversationId: string): void;
}) {
  const streaming = streamingMessageId(state) !== null;
  const options = optionsInView(state);
  const pageTokens = fittedPages.reduce((sum, page) => sum + page.source.tokens, 0);
  const fill = contextFill(context.tokens + pageTokens, draft, context.window);
  // Offered in an empty chat, or in the one the panel reopened until the user sends.
  const pageChat = usePageChatOffer(
    state.loaded && !state.temporary && (state.messages.length === 0 || !state.acceptedRequestId),
    state.conversationId,
  );
  const mention = useTabMention(draft, (tab, rest) => {
    onDraftChange(rest);
    void pageContext.attachTab(tab.id, tab.title);
  });
  const command = usePromptCommand(draft, prompts, (prompt, before) =>
    promptRunner.run(prompt, before),
  );
  const picker = command.open
    ? {
        id: PROMPT_PICKER_ID,
        active: command.prompts.length > 0 ? promptOptionId(command.active) : undefined,
        view: (
          <PromptPicker prompts={command.prompts} active={command.active} onPick={command.pick} />
        ),
      }
    : mention.open
      ? {
          id: TAB_PICKER_ID,
          active: mention.tabs.length > 0 ? tabOptionId(mention.active) : undefined,
          view: <TabPicker tabs={mention.tabs} active={mention.active} onPick={mention.pick} />,
        }
      : null;
  const writer = usePageWriter(session);
  const write = useRef(writer.write);
  write.current = writer.write;
  // One value while nothing it holds changes: typing in the composer must not redraw replies.
  const actions = useMemo(
    () => ({
      session,
      streaming,
      writeToPage: (text: string, mode: 'insert' | 'replace') => write.current(text, mode),
      canReplace: writer.canReplace,
    }),
    [session, streaming, writer.canReplace],
  );
  const resolved = settings && resolveRequest(settings, options);
  const model = resolved && typeof resolved !== 'string' ? resolved.model : '';
  return (
    <main class="chat">
      {settings && !configured && <SetupNotice onOpenSettings={onOpenSettings} />}
      {state.temporary && <p class="chat__temporary">{t('temporaryNotice')}</p>}
      <ChatActionsContext.Provider value={actions}>
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
      {pageChat.offer && (
        <PageChatOffer
          title={pageChat.offer.title}
          onContinue={() => pageChat.offer && onOpenConversation(pageChat.offer.id)}
          onDismiss={pageChat.dismiss}
        />
      )}
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
      {writer.notice && (
        <WriteNotice
          notice={writer.notice}
          onAllowAccess={() => void writer.allowAccess()}
          onDismiss={writer.dismiss}
        />
      )}
      {promptRunner.notice && (
        <div class="quote-notice" role="alert">
          <span>{promptRunner.notice}</span>
          <button type="button" class="button" onClick={promptRunner.dismissNotice}>
            {t('dismiss')}
          </button>
        </div>
      )}
      {pageContext.notice && (
        <div class="quote-notice" role="alert">
          <span>{pageContext.notice.message}</span>
          {pageContext.notice.retryTabId !== null && (
            <button type="button" class="button" onClick={() => void pageContext.allowAccess()}>
              {t('allowPageAccess')}
            </button>
          )}
        </div>
      )}
      {images.notice && (
        <div class="quote-notice" role="alert">
          <span>{images.notice.message}</span>
          {images.notice.askCapture && (
            <button type="button" class="button" onClick={() => void images.allowCapture()}>
              {images.notice.allowLabel}
            </button>
          )}
          <button type="button" class="button" onClick={images.dismissNotice}>
            {t('dismiss')}
          </button>
        </div>
      )}
      {fill && fill.ratio >= 0.9 && (
        <ContextWarning tokens={fill.tokens} contextWindow={fill.window} model={model} />
      )}
      <Composer
        attachments={
          <>
            {fittedPages.map((fitted, index) => {
              const attached = pageContext.pages[index];
              return (
                attached && (
                  <PageChip
                    key={attached.key}
                    fitted={fitted}
                    readerNote={attached.readerNote}
                    onRemove={() => pageContext.remove(attached.key)}
                  />
                )
              );
            })}
            {pageContext.reading !== null && (
              <p class="composer__reading" role="status">
                {t('readingPage', { title: pageContext.reading })}
              </p>
            )}
            {pageQuote.quote && <QuoteChip quote={pageQuote.quote} onRemove={pageQuote.clear} />}
            {images.images.length > 0 && (
              <Suspense fallback={null}>
                <LazyImageChips images={images.images} onRemove={images.remove} />
              </Suspense>
            )}
          </>
        }
        picker={picker?.view}
        onPickerKey={(event) => command.onKey(event) || mention.onKey(event)}
        pickerId={picker?.id}
        activeOption={picker?.active}
        onUsePage={() => void pageContext.useThisPage()}
        onAddTab={mention.openPicker}
        onAttachImages={(files) => void images.add(files)}
        onScreenshot={() => void images.screenshot()}
        tools={
          settings &&
          configured && (
            <ChatOptionsBar
              session={session}
              state={state}
              settings={settings}
              context={{ tokens: context.tokens + pageTokens, window: context.window }}
            />
          )
        }
        hasAttachment={
          pageQuote.quote !== null || fittedPages.length > 0 || images.images.length > 0
        }
        onQuoteSelection={pageQuote.quoteSelection}
        focusToken={composerFocus}
        text={draft}
        onTextChange={onDraftChange}
        onSend={onSend}
        onStop={() => session.stop()}
        streaming={streaming}
        busy={state.pendingRequestId !== null || images.preparing}
      />
    </main>
  );
}
