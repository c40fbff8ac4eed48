import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { IncomingImage } from '@/components/hooks/use-image-attachments';
import { IconButton } from '@/components/ui/IconButton';
import {
  AttachImageIcon,
  PageIcon,
  QuoteIcon,
  ScreenshotIcon,
  SendIcon,
  StopIcon,
  TabIcon,
} from '@/components/ui/icons';
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
  /** "Use this page": attach the tab's main content. */
  onUsePage?(): void;
  /** "Add a tab": open the tab picker. */
  onAddTab?(): void;
  /** Images pasted, dropped or picked with Attach image. */
  onAttachImages?(images: IncomingImage[]): void;
  /** "Screenshot this tab". */
  onScreenshot?(): void;
  /** The tab picker, shown over the message box while it is open. */
  picker?: ComponentChildren;
  /** Keys go to the open picker first; true when it took the key. */
  onPickerKey?(event: JSX.TargetedKeyboardEvent<HTMLTextAreaElement>): boolean;
  /** The open picker's list and its active option, for screen readers. */
  pickerId?: string;
  activeOption?: string;
  /** Changing it moves the focus to the message box. */
  focusToken?: number;
  /** Shown inside the composer above the text: the attached quote (later pages, images). */
  attachments?: ComponentChildren;
  /** Compact controls in the composer's bottom row: the chat's persona and model. */
  tools?: ComponentChildren;
}

/** The files a paste, drop or pick carries, named as the user knows them. */
function filesOf(source: { files?: FileList | null } | null): IncomingImage[] {
  return [...(source?.files ?? [])].map((file) => ({ file, name: file.name || 'image' }));
}

/** Lines the message box grows to before it scrolls. */
const MAX_ROWS = 8;

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
  onUsePage,
  onAddTab,
  onAttachImages,
  onScreenshot,
  picker,
  onPickerKey,
  pickerId,
  activeOption,
  focusToken = 0,
  attachments,
  tools,
}: ComposerProps) {
  const input = useRef<HTMLTextAreaElement>(null);
  const filePicker = useRef<HTMLInputElement>(null);
  const [dropping, setDropping] = useState(false);
  const canSend = (text.trim() !== '' || hasAttachment) && !streaming && !busy;

  useEffect(() => {
    input.current?.focus();
  }, [focusToken]);

  // The box grows with its text up to MAX_ROWS lines, then scrolls.
  useLayoutEffect(() => {
    const box = input.current;
    if (!box) return;
    box.style.height = 'auto';
    const line = Number.parseFloat(getComputedStyle(box).lineHeight) || 20;
    box.style.height = `${Math.min(box.scrollHeight, line * MAX_ROWS + 16)}px`;
  }, [text]);

  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLTextAreaElement>): void => {
    if (onPickerKey?.(event)) return;
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

  const onPaste = (event: JSX.TargetedClipboardEvent<HTMLTextAreaElement>): void => {
    const files = filesOf(event.clipboardData);
    if (!onAttachImages || files.length === 0) return;
    onAttachImages(files);
    // A copied picture may come with its alt text or file name as text: keep only the image.
    event.preventDefault();
  };

  const dragsFiles = (event: JSX.TargetedDragEvent<HTMLFormElement>): boolean =>
    onAttachImages !== undefined && [...(event.dataTransfer?.types ?? [])].includes('Files');

  return (
    <form
      class={dropping ? 'composer composer--dropping' : 'composer'}
      onSubmit={onSubmit}
      onDragOver={(event) => {
        if (!dragsFiles(event)) return;
        event.preventDefault();
        setDropping(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropping(false);
      }}
      onDrop={(event) => {
        setDropping(false);
        if (!dragsFiles(event)) return;
        event.preventDefault();
        onAttachImages?.(filesOf(event.dataTransfer));
      }}
    >
      {dropping && (
        <p class="composer__drop" aria-hidden="true">
          {t('dropImages')}
        </p>
      )}
      {attachments}
      {picker}
      <textarea
        ref={input}
        class="composer__input"
        aria-label={t('messageLabel')}
        placeholder={t('composerPlaceholder')}
        rows={1}
        value={text}
        onInput={(event) => onTextChange(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        aria-controls={activeOption ? pickerId : undefined}
        aria-activedescendant={activeOption}
      />
      <div class="composer__bar">
        {onQuoteSelection && (
          <IconButton label={t('quoteSelection')} icon={QuoteIcon} onClick={onQuoteSelection} />
        )}
        {onUsePage && <IconButton label={t('useThisPage')} icon={PageIcon} onClick={onUsePage} />}
        {onAddTab && <IconButton label={t('addTab')} icon={TabIcon} onClick={onAddTab} />}
        {onAttachImages && (
          <>
            <IconButton
              label={t('attachImage')}
              icon={AttachImageIcon}
              onClick={() => filePicker.current?.click()}
            />
            <input
              ref={filePicker}
              type="file"
              accept="image/*"
              multiple
              hidden
              aria-label={t('attachImage')}
              onChange={(event) => {
                const picked = filesOf({ files: event.currentTarget.files });
                // Cleared so picking the same file again is a change too.
                event.currentTarget.value = '';
                onAttachImages(picked);
              }}
            />
          </>
        )}
        {onScreenshot && (
          <IconButton label={t('screenshotTab')} icon={ScreenshotIcon} onClick={onScreenshot} />
        )}
        <div class="composer__tools">{tools}</div>
        <IconButton
          type={streaming ? 'button' : 'submit'}
          variant={streaming ? 'danger' : 'primary'}
          label={streaming ? t('stop') : t('send')}
          icon={streaming ? StopIcon : SendIcon}
          disabled={!streaming && !canSend}
          onPointerDown={() => (pressedAs.current = streaming ? 'stop' : 'send')}
          onClick={onSendOrStop}
        />
      </div>
    </form>
  );
}
