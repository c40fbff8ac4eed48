import { memo, Suspense } from 'preact/compat';
import { useContext, useRef, useState } from 'preact/hooks';
import { useNearViewport } from '@/components/hooks/use-near-viewport';
import type { ChatMessage, ImageAttachment } from '@/utils/history/types';
import { getLocale, t } from '@/utils/i18n/translate';
import type { MessageKey } from '@/utils/i18n/locales/en';
import { ChatActionsContext } from './chat-actions';
import { EditBox } from './EditBox';
import { MessageActions } from './MessageActions';
import { LazyMessageImages } from '@/components/ui/lazy-views';
import { PageSourceBlock } from './PageSourceBlock';
import { QuoteBlock } from './QuoteBlock';
import { MarkdownView } from './MarkdownView';
import { ReasoningBlock } from './ReasoningBlock';
import { RenderOptionsContext } from './render-options';

const ROLE_LABEL: Record<ChatMessage['role'], MessageKey> = {
  user: 'roleUser',
  assistant: 'roleAssistant',
  system: 'roleSystem',
};

const STATUS_NOTE: Partial<Record<ChatMessage['status'], MessageKey>> = {
  stopped: 'statusStopped',
  interrupted: 'statusInterrupted',
  error: 'statusError',
};

/**
 * One message. Replies render as sanitized markdown once they come near the viewport
 * (plain text until then); the user's own text is shown as typed.
 */
export const MessageItem = memo(function MessageItem({
  message,
  versions,
}: {
  message: ChatMessage;
  /** Ids of this message's versions, itself included (absent when it has no siblings). */
  versions?: readonly string[];
}) {
  const { role, status, content, reasoning } = message;
  const { session } = useContext(ChatActionsContext);
  /** While editing: the images the new version keeps (Remove image takes one out). */
  const [editing, setEditing] = useState<readonly ImageAttachment[] | null>(null);
  const streaming = status === 'streaming';
  const note = STATUS_NOTE[status];
  const { allowRemoteImages } = useContext(RenderOptionsContext);
  const ref = useRef<HTMLElement>(null);
  const near = useNearViewport(ref, streaming);
  const markdown = role === 'assistant' && near;
  return (
    <article
      ref={ref}
      class={`message message--${role}`}
      data-message-id={message.id}
      data-message-role={role}
      data-message-status={status}
      aria-busy={streaming}
    >
      <div class={role === 'user' ? 'message__role visually-hidden' : 'message__role'}>
        {t(ROLE_LABEL[role])}
        {message.usage && message.usage.totalTokens > 0 && (
          <span
            class="message__usage"
            data-usage
            title={t('usageReplyDetail', {
              prompt: message.usage.promptTokens.toLocaleString(),
              completion: message.usage.completionTokens.toLocaleString(),
            })}
          >
            {' · '}
            {message.model && `${message.model} · `}
            {t('usageReply', { total: message.usage.totalTokens.toLocaleString() })}
          </span>
        )}
        {role === 'assistant' && !streaming && (
          <time class="message__time" dateTime={new Date(message.createdAt).toISOString()}>
            {' · '}
            {formatTime(message.createdAt)}
          </time>
        )}
      </div>
      {message.pages?.map((page, index) => (
        <PageSourceBlock key={index} page={page} />
      ))}
      {message.quote && <QuoteBlock quote={message.quote} />}
      {editing?.length ? (
        <Suspense fallback={null}>
          <LazyMessageImages
            images={editing}
            onRemove={(id) => setEditing(editing.filter((image) => image.id !== id))}
          />
        </Suspense>
      ) : !editing && message.attachments?.length ? (
        <Suspense fallback={null}>
          <LazyMessageImages images={message.attachments} />
        </Suspense>
      ) : null}
      {reasoning && (
        <ReasoningBlock
          reasoning={reasoning}
          thinking={streaming && content === ''}
          thinkingMs={message.thinkingMs}
        />
      )}
      {editing ? (
        <EditBox
          initial={content}
          // A message may be images alone, as when it was sent.
          allowEmpty={editing.length > 0}
          onCancel={() => setEditing(null)}
          onSubmit={(text) => {
            const kept = editing;
            setEditing(null);
            void session?.edit(message.id, text, () =>
              import('@/utils/panel/image-intake').then((intake) =>
                intake.resendImages({ attachments: [...kept] }),
              ),
            );
          }}
        />
      ) : (
        <div
          class={markdown ? 'message__content' : 'message__content message__content--plain'}
          data-message-content
          dir="auto"
        >
          {markdown ? (
            <MarkdownView
              source={content}
              streaming={streaming}
              allowRemoteImages={allowRemoteImages}
            />
          ) : (
            content
          )}
          {streaming && <span class="message__cursor" aria-hidden="true" />}
        </div>
      )}
      {streaming && content === '' && !reasoning && (
        <div class="message__note">{t('statusStreaming')}</div>
      )}
      {note && <div class="message__note">{t(note)}</div>}
      {!streaming && !editing && (
        <MessageActions
          message={message}
          versions={versions}
          onEdit={() => setEditing(message.attachments ?? [])}
        />
      )}
    </article>
  );
});

/** A message's time for its metadata: the hour today, the date before. */
function formatTime(at: number): string {
  const date = new Date(at);
  const sameDay = date.toDateString() === new Date().toDateString();
  return date.toLocaleString(getLocale() === 'zh_CN' ? 'zh-CN' : 'en', {
    ...(sameDay ? {} : { month: 'short', day: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
  });
}
