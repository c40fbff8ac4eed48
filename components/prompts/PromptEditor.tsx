import type { JSX } from 'preact';
import { SelectField } from '@/components/ui/SelectField';
import { TextField } from '@/components/ui/TextField';
import { Toggle } from '@/components/ui/Toggle';
import { t } from '@/utils/i18n/translate';
import type { PromptFormErrors, PromptFormValues } from '@/utils/panel/prompt-form';
import { variablesIn } from '@/utils/prompts/variables';
import type { Persona } from '@/utils/settings/model';

/**
 * One prompt's fields. It sits inside the settings form, so Enter in a one-line box saves the
 * prompt (and never submits the settings around it).
 */
export function PromptEditor({
  idPrefix,
  values,
  errors,
  personas,
  onChange,
  onSave,
  onCancel,
}: {
  idPrefix: string;
  values: PromptFormValues;
  errors: PromptFormErrors;
  personas: readonly Pick<Persona, 'id' | 'name'>[];
  onChange(values: PromptFormValues): void;
  onSave(): void;
  onCancel(): void;
}) {
  const patch = (change: Partial<PromptFormValues>) => onChange({ ...values, ...change });
  const unknown = variablesIn(values.text).unknown;
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLDivElement>): void => {
    const target = event.target as HTMLElement;
    if (event.key === 'Enter' && target instanceof HTMLInputElement && target.type === 'text') {
      event.preventDefault();
      onSave();
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <div class="prompt-editor" onKeyDown={onKeyDown}>
      <div class="field-grid">
        <TextField
          id={id('name')}
          label={t('promptName')}
          value={values.name}
          error={errors.name}
          onValue={(name) => patch({ name })}
        />
        <TextField
          id={id('command')}
          label={t('promptCommand')}
          hint={t('promptCommandHint')}
          value={values.command}
          error={errors.command}
          onValue={(command) => patch({ command })}
        />
      </div>
      <TextField
        id={id('text')}
        label={t('promptText')}
        rows={6}
        value={values.text}
        error={errors.text}
        hint={unknown.length > 0 ? t('unknownVariables', { list: unknown.join(', ') }) : undefined}
        onValue={(text) => patch({ text })}
      />
      <div class="field-grid">
        <SelectField
          id={id('persona')}
          label={t('promptPersona')}
          value={values.personaId ?? ''}
          options={[
            { value: '', label: t('promptPersonaKeep') },
            ...personas.map((persona) => ({ value: persona.id, label: persona.name })),
          ]}
          onChange={(personaId) => patch({ personaId: personaId || null })}
        />
        <TextField
          id={id('model')}
          label={t('promptModel')}
          hint={t('promptModelHint')}
          value={values.model}
          onValue={(model) => patch({ model })}
        />
      </div>
      <Toggle
        id={id('send')}
        label={t('promptSendAtOnce')}
        checked={values.sendAtOnce}
        onChange={(sendAtOnce) => patch({ sendAtOnce })}
      />
      <Toggle
        id={id('selection')}
        label={t('promptOnSelection')}
        checked={values.onSelection}
        onChange={(onSelection) => patch({ onSelection })}
      />
      <Toggle
        id={id('page')}
        label={t('promptOnPage')}
        checked={values.onPage}
        onChange={(onPage) => patch({ onPage })}
      />
      <div class="prompt-editor__actions">
        <button type="button" class="button" onClick={onCancel}>
          {t('cancel')}
        </button>
        <button type="button" class="button button--primary" onClick={onSave}>
          {t('savePrompt')}
        </button>
      </div>
    </div>
  );
}
