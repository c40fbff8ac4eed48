import { t } from '@/utils/i18n/translate';

/** What an inline confirmation asks, and what it does. */
export interface InlineConfirmProps {
  /** The question, in a sentence ("Delete this message and what follows?"). */
  question: string;
  /** The label of the button that does it ("Delete"). */
  confirmLabel: string;
  /** The group's accessible name (what is being confirmed). */
  label?: string;
  /** Extra classes for where it stands (a message's actions, a form). */
  class?: string;
  onConfirm(): void;
  onCancel(): void;
}

/** A destructive action's second step, in place: the question, the danger button, Cancel. */
export function InlineConfirm(props: InlineConfirmProps) {
  return (
    <div class={`confirm ${props.class ?? ''}`.trim()} role="group" aria-label={props.label}>
      <p class="confirm__question">{props.question}</p>
      <button type="button" class="button button--danger" onClick={props.onConfirm}>
        {props.confirmLabel}
      </button>
      <button type="button" class="button" onClick={props.onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
}
