import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/utils/i18n/translate';

/** What the composer shows and reports. */
export interface ComposerProps {
  text: string;
  onTextChange(text: string): void;
  onSend(): void;
  onStop(): void;
  /** A reply streams in this conversation: Send becomes Stop. */
  streaming: boolean;
  /** A send is waiting for the background to confirm it. */
  busy: boolean;
  /** A quote is attached: the message may be sent without words. */
  hasAttachment?: boolean;
  onQuoteSelection?(): void;
  /** Changing it moves the focus to the message box. */
  focusToken?: number;
}

/** The prompt box: Enter sends, Shift+Enter breaks the line, an IME's Enter composes. */
export function Composer({
  text,
  onTextChange,
  onSend,
  onStop,
  streaming,
  busy,
  hasAttachment = false,
  onQuoteSelection,
  focusToken = 0,
}: ComposerProps) {
  const input = useRef<HTMLTextAreaElement>(null);
  const canSend = (text.trim() !== '' || hasAttachment) && !streaming && !busy;

  useEffect(() => {
    input.current?.focus();
  }, [focusToken]);

  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLTextAreaElement>): void => {
    // keyCode 229: some IMEs (Chinese, Japanese) report the confirming Enter this way.
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === 229) {
      return;
    }
    event.preventDefault();
    if (canSend) onSend();
  };

  /** What the button was when the pointer went down on it; a click of the other role is dropped. */
  const pressedAs = useRef<'send' | 'stop' | null>(null);
  const onSendOrStop = (event: JSX.TargetedMouseEvent<HTMLButtonElement>): void => {
    const role = streaming ? 'stop' : 'send';
    const pressed = pressedAs.current;
    pressedAs.current = null;
    // Send turned into Stop (another panel's reply began) or Stop into Send (the reply ended)
    // between pressing and releasing: the click meant the other thing, so it does nothing.
    if (pressed !== null && pressed !== role) {
      event.preventDefault();
      return;
    }
    if (streaming) onStop();
  };

  const onSubmit = (event: JSX.TargetedEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (canSend) onSend();
  };

  return (
    <form class="composer" onSubmit={onSubmit}>
      <textarea
        ref={input}
        class="composer__input"
        aria-label={t('messageLabel')}
        placeholder={t('composerPlaceholder')}
        rows={3}
        value={text}
        onInput={(event) => onTextChange(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <div class="composer__actions">
        {onQuoteSelection && (
          <button type="button" class="button composer__quote" onClick={onQuoteSelection}>
            {t('quoteSelection')}
          </button>
        )}
        <button
          type={streaming ? 'button' : 'submit'}
          class={`button ${streaming ? 'button--danger' : 'button--primary'}`}
          disabled={!streaming && !canSend}
          onPointerDown={() => (pressedAs.current = streaming ? 'stop' : 'send')}
          onClick={onSendOrStop}
        >
          {streaming ? t('stop') : t('send')}
        </button>
      </div>
    </form>
  );
}
