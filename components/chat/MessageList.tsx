import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ChatMessage } from '@/utils/history-types';
import { t } from '@/utils/i18n';
import { MessageItem } from './MessageItem';

/** How close to the bottom (px) still counts as "following the stream". */
const FOLLOW_SLACK_PX = 48;

/** The conversation log; follows new text unless the user scrolled up to read. */
export function MessageList({
  messages,
  showEmptyHint = true,
}: {
  messages: readonly ChatMessage[];
  /** False while another notice (e.g. setup) already tells the user what to do. */
  showEmptyHint?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const following = useRef(true);

  useLayoutEffect(() => {
    const element = ref.current;
    if (element && following.current) element.scrollTop = element.scrollHeight;
  });

  const onScroll = (): void => {
    const element = ref.current;
    if (!element) return;
    following.current =
      element.scrollHeight - element.scrollTop - element.clientHeight < FOLLOW_SLACK_PX;
  };

  return (
    <div
      ref={ref}
      class="message-list"
      role="log"
      aria-label={t('conversationLabel')}
      onScroll={onScroll}
    >
      {messages.length === 0 && showEmptyHint && (
        <p class="message-list__empty">{t('emptyChat')}</p>
      )}
      {messages.map((message) => (
        <MessageItem key={message.id} message={message} />
      ))}
    </div>
  );
}
