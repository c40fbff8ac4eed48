import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ChatMessage } from '@/utils/history/types';
import { t } from '@/utils/i18n/translate';
import { ExamplePrompts } from './ExamplePrompts';
import { MessageItem } from './MessageItem';

/** How close to the bottom (px) still counts as "following the stream". */
const FOLLOW_SLACK_PX = 48;
/** Messages drawn at first; scrolling to the top draws this many more. */
const WINDOW_STEP = 80;

/**
 * The conversation log. Follows new text unless the user scrolled up to read; draws only
 * the latest messages of a long conversation and more as the user scrolls back.
 */
export function MessageList({
  messages,
  versions = {},
  focusMessageId = null,
  showEmptyHint = true,
  onPickExample,
}: {
  messages: readonly ChatMessage[];
  /** Sibling ids by parent id ('' for the first message). */
  versions?: Record<string, string[]>;
  /** Scroll this message into view once it is in the path (a search result). */
  focusMessageId?: string | null;
  /** False while another notice (e.g. setup) already tells the user what to do. */
  showEmptyHint?: boolean;
  /** Fills the composer with an example prompt; without it the empty chat shows no examples. */
  onPickExample?(prompt: string): void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const itemsRef = useRef<HTMLDivElement>(null);
  const following = useRef(true);
  const [away, setAway] = useState(false);
  const [windowSize, setWindowSize] = useState(WINDOW_STEP);
  const anchor = useRef<{ height: number; top: number } | null>(null);

  const focusIndex = focusMessageId ? messages.findIndex((m) => m.id === focusMessageId) : -1;
  const start = Math.max(
    0,
    Math.min(messages.length - windowSize, focusIndex >= 0 ? focusIndex - 5 : Infinity),
  );
  const shown = messages.slice(start);

  const toBottom = (): void => {
    const element = ref.current;
    if (element) element.scrollTop = element.scrollHeight;
  };

  useLayoutEffect(() => {
    const element = ref.current;
    // After drawing earlier messages, keep the view where it was.
    if (element && anchor.current) {
      element.scrollTop = element.scrollHeight - anchor.current.height + anchor.current.top;
      anchor.current = null;
      return;
    }
    if (following.current && focusIndex < 0) toBottom();
  });

  useEffect(() => {
    if (!focusMessageId || focusIndex < 0) return;
    following.current = false;
    const target = ref.current?.querySelector(`[data-message-id="${CSS.escape(focusMessageId)}"]`);
    target?.scrollIntoView({ block: 'center' });
    target?.classList.add('message--found');
  }, [focusMessageId, focusIndex]);

  // Markdown paints after Preact renders (at the next frame): keep following its growth.
  // One observer on the wrapper of all messages, set up once, not per streamed delta.
  useLayoutEffect(() => {
    const items = itemsRef.current;
    if (!items || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (following.current) toBottom();
    });
    observer.observe(items);
    return () => observer.disconnect();
  }, []);

  const onScroll = (): void => {
    const element = ref.current;
    if (!element) return;
    following.current =
      element.scrollHeight - element.scrollTop - element.clientHeight < FOLLOW_SLACK_PX;
    setAway(!following.current);
    if (element.scrollTop < 200 && start > 0) {
      anchor.current = { height: element.scrollHeight, top: element.scrollTop };
      setWindowSize((size) => Math.max(size, messages.length - start) + WINDOW_STEP);
    }
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
        <div ref={itemsRef} class="message-list__items">
          {messages.length === 0 &&
            showEmptyHint &&
            (onPickExample ? (
              <ExamplePrompts onPick={onPickExample} />
            ) : (
              <p class="message-list__empty">{t('emptyChat')}</p>
            ))}
          {shown.map((message) => (
            <MessageItem
              key={message.id}
              message={message}
              versions={versions[message.parentId ?? '']}
            />
          ))}
        </div>
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
