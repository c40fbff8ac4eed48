import type { ComponentChildren } from 'preact';
import { t } from '@/utils/i18n/translate';
import type { FieldError } from '@/utils/panel/number-field';

/** What every labelled field takes: its id, label, hint and problem. */
export interface FieldFrame {
  id: string;
  label: string;
  hint?: ComponentChildren;
  error?: FieldError | undefined;
}

/** The ids a control points to with aria-describedby: its hint and its problem. */
export function describedBy({ id, hint, error }: FieldFrame): Record<string, unknown> {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return {
    ...(ids && { 'aria-describedby': ids }),
    ...(error && { 'aria-invalid': true }),
  };
}

/** A label above any control, with its hint and its problem below. */
export function FieldShell({
  frame,
  children,
}: {
  frame: FieldFrame;
  children: ComponentChildren;
}) {
  return (
    <div class="field">
      <label for={frame.id}>{frame.label}</label>
      {children}
      {frame.hint && (
        <p class="field__hint" id={`${frame.id}-hint`}>
          {frame.hint}
        </p>
      )}
      {frame.error && (
        <p class="field__error" id={`${frame.id}-error`}>
          {t(frame.error.key, frame.error.params)}
        </p>
      )}
    </div>
  );
}

/** A labelled text input or textarea. */
export function TextField({
  value,
  onValue,
  rows,
  type = 'text',
  inputMode,
  readOnly,
  list,
  placeholder,
  onCommit,
  ...frame
}: FieldFrame & {
  value: string;
  onValue(value: string): void;
  /** Called when the user is done with the field (it lost focus). */
  onCommit?(): void;
  /** A textarea of this many rows instead of an input. */
  rows?: number;
  type?: 'text' | 'url' | 'password';
  inputMode?: 'text' | 'url' | 'decimal' | 'numeric';
  readOnly?: boolean;
  list?: string;
  placeholder?: string;
}) {
  const common = {
    id: frame.id,
    value,
    placeholder,
    readOnly,
    spellcheck: false,
    onInput: (event: { currentTarget: { value: string } }) => onValue(event.currentTarget.value),
    // onBlur, not onChange: preact/compat (loaded for memo) turns a text field's onChange
    // into onInput, which would commit every keystroke.
    onBlur: onCommit,
    ...describedBy(frame),
  };
  return (
    <FieldShell frame={frame}>
      {rows ? (
        <textarea rows={rows} {...common} spellcheck />
      ) : (
        <input type={type} inputMode={inputMode} list={list} autocomplete="off" {...common} />
      )}
    </FieldShell>
  );
}
