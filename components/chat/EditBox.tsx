import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n/translate';

/** Edits a user message in place; submitting sends the new text as a new version. */
export function EditBox({
  initial,
  allowEmpty = false,
  onSubmit,
  onCancel,
}: {
  initial: string;
  /** The new version may have no text (it keeps images). */
  allowEmpty?: boolean;
  onSubmit(text: string): void;
  onCancel(): void;
}) {
  const [text, setText] = useState(initial);
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, []);
  const submit = (): void => {
    if (text.trim() || allowEmpty) onSubmit(text.trim());
  };
  return (
    <div class="edit-box">
      <textarea
        ref={box}
        class="composer__input"
        aria-label={t('editMessage')}
        value={text}
        rows={3}
        onInput={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onCancel();
          }
          if (
            event.key === 'Enter' &&
            !event.shiftKey &&
            !event.isComposing &&
            event.keyCode !== 229
          ) {
            event.preventDefault();
            submit();
          }
        }}
      />
      <div class="edit-box__actions">
        <button type="button" class="button" onClick={onCancel}>
          {t('cancelEdit')}
        </button>
        <button
          type="button"
          class="button button--primary"
          disabled={!text.trim() && !allowEmpty}
          onClick={submit}
        >
          {t('submitEdit')}
        </button>
      </div>
    </div>
  );
}
