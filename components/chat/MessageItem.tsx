import { memo } from 'preact/compat';
import type { ChatMessage } from '@/utils/history-types';
import { t } from '@/utils/i18n';
import type { MessageKey } from '@/utils/locales/en';

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
 * One message. Model output is shown as plain text (a text node), never as HTML; the
 * sanitizing markdown renderer replaces this body later.
 */
export const MessageItem = memo(function MessageItem({ message }: { message: ChatMessage }) {
  const { role, status, content, reasoning } = message;
  const streaming = status === 'streaming';
  const note = STATUS_NOTE[status];
  return (
    <article
      class={`message message--${role}`}
      data-message-id={message.id}
      data-message-role={role}
      data-message-status={status}
      aria-busy={streaming}
    >
      <div class="message__role">{t(ROLE_LABEL[role])}</div>
      {reasoning && (
        <details data-reasoning open={streaming && content === ''}>
          <summary>{t('reasoningLabel')}</summary>
          <div class="message__reasoning" dir="auto">
            {reasoning}
          </div>
        </details>
      )}
      <div class="message__content" data-message-content dir="auto">
        {content}
        {streaming && <span class="message__cursor" aria-hidden="true" />}
      </div>
      {streaming && content === '' && !reasoning && (
        <div class="message__note">{t('statusStreaming')}</div>
      )}
      {note && <div class="message__note">{t(note)}</div>}
    </article>
  );
});
