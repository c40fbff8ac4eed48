import { useLayoutEffect, useRef, useState } from 'preact/hooks';
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
  const [away, setAway] = useState(false);

  const toBottom = (): void => {
    const element = ref.current;
    if (element) element.scrollTop = element.scrollHeight;
  };

  useLayoutEffect(() => {
    if (following.current) toBottom();
  });

  // Markdown paints after Preact renders (at the next frame): keep following its growth.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (following.current) toBottom();
    });
    for (const child of element.children) observer.observe(child);
    return () => observer.disconnect();
  }, [messages]);

  const onScroll = (): void => {
    const element = ref.current;
    if (!element) return;
    following.current =
      element.scrollHeight - element.scrollTop - element.clientHeight < FOLLOW_SLACK_PX;
    setAway(!following.current);
  };

  return (
    <div class="message-list-frame">
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
      {away && (
        <button
          type="button"
          class="button jump-to-latest"
          onClick={() => {
            following.current = true;
            setAway(false);
            toBottom();
          }}
        >
          {t('jumpToLatest')}
        </button>
      )}
    </div>
  );
}
