import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Dialog } from '@/components/ui/Dialog';
import { TextField } from '@/components/ui/TextField';
import { t } from '@/utils/i18n/translate';

/**
 * The small form a prompt with `{{input:Label}}` fields opens before it runs: one box per
 * label, in the order the prompt uses them. Enter in the last box runs the prompt.
 */
export function PromptInputs({
  name,
  labels,
  onSubmit,
  onCancel,
}: {
  name: string;
  labels: readonly string[];
  onSubmit(answers: Record<string, string>): void;
  onCancel(): void;
}) {
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  // The dialog would focus its Close button first; the first box is what the user wants.
  useEffect(() => form.current?.querySelector('input')?.focus(), []);
  const submit = (event: JSX.TargetedEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (labels.some((label) => !(answers[label] ?? '').trim())) {
      setMissing(true);
      return;
    }
    onSubmit(answers);
  };
  return (
    <Dialog title={name} onClose={onCancel}>
      <form class="prompt-inputs" onSubmit={submit} noValidate ref={form}>
        {labels.map((label, index) => (
          <TextField
            key={label}
            id={`prompt-input-${index}`}
            label={label}
            value={answers[label] ?? ''}
            onValue={(value) => {
              setAnswers({ ...answers, [label]: value });
              setMissing(false);
            }}
          />
        ))}
        {missing && (
          <p role="alert" class="field__error">
            {t('promptInputsMissing')}
          </p>
        )}
        <div class="dialog__actions">
          <button type="button" class="button" onClick={onCancel}>
            {t('cancel')}
          </button>
          <button type="submit" class="button button--primary">
            {t('runPrompt')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
