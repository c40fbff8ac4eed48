import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n/translate';
import type { PersonaDraft, PersonaField } from '@/utils/panel/persona-form';
import type { SettingsErrors } from '@/utils/panel/settings-form';
import { PickerChips } from '@/components/ui/PickerChips';
import { TextField } from '@/components/ui/TextField';
import { SelectField } from '@/components/ui/SelectField';

/** The persona library: pick one to edit (its fields appear only then), add, delete, default. */
export function PersonasSection({
  personas,
  defaultPersonaId,
  errors,
  onChange,
}: {
  personas: PersonaDraft[];
  defaultPersonaId: string | null;
  errors: SettingsErrors;
  onChange(personas: PersonaDraft[], defaultPersonaId: string | null): void;
}) {
  const [editingId, setEditingId] = useState<string | null>(null);
  const [defaultFieldId] = useState(() => `persona-default-${crypto.randomUUID()}`);
  // A persona with a problem opens by itself, so Save never fails silently.
  const faulty = Object.keys(errors)
    .find((key) => key.startsWith('persona:'))
    ?.split(':')[1];
  const editing = personas.find((persona) => persona.id === (editingId ?? faulty));
  const error = (field: PersonaField) => editing && errors[`persona:${editing.id}:${field}`];
  const update = (patch: Partial<PersonaDraft>) => {
    if (!editing) return;
    onChange(
      personas.map((persona) => (persona.id === editing.id ? { ...persona, ...patch } : persona)),
      defaultPersonaId,
    );
  };
  const add = () => {
    const draft: PersonaDraft = {
      id: crypto.randomUUID(),
      name: t('newPersonaName'),
      prompt: '',
      model: '',
      temperature: '',
      maxTokens: '',
      topP: '',
    };
    onChange([...personas, draft], defaultPersonaId);
    setEditingId(draft.id);
  };
  const remove = (id: string) => {
    onChange(
      personas.filter((persona) => persona.id !== id),
      defaultPersonaId === id ? null : defaultPersonaId,
    );
    setEditingId(null);
  };
  const field = (name: string) => `persona-${editing?.id ?? ''}-${name}`;

  return (
    <fieldset class="settings__group">
      <legend>{t('personas')}</legend>
      <p class="field__hint">{t('personasHint')}</p>
      <PickerChips
        label={t('savedPersonas')}
        items={personas}
        selectedId={editing?.id}
        nameOf={(persona) => persona.name || t('newPersonaName')}
        onPick={(id) => setEditingId(id === editing?.id ? null : id)}
        addLabel={t('addPersona')}
        onAdd={add}
      />
      {editing && (
        <div class="persona-editor">
          <TextField
            id={field('name')}
            label={t('personaName')}
            error={error('name')}
            value={editing.name}
            onValue={(name) => update({ name })}
          />
          <TextField
            id={field('prompt')}
            label={t('personaPrompt')}
            rows={4}
            value={editing.prompt}
            onValue={(prompt) => update({ prompt })}
          />
          <TextField
            id={field('model')}
            label={t('personaModel')}
            hint={t('personaModelHint')}
            value={editing.model}
            onValue={(model) => update({ model })}
          />
          <div class="field-grid">
            <TextField
              id={field('temperature')}
              label={t('personaTemperature')}
              inputMode="decimal"
              error={error('temperature')}
              value={editing.temperature}
              onValue={(temperature) => update({ temperature })}
            />
            <TextField
              id={field('maxTokens')}
              label={t('personaMaxTokens')}
              inputMode="numeric"
              error={error('maxTokens')}
              value={editing.maxTokens}
              onValue={(maxTokens) => update({ maxTokens })}
            />
            <TextField
              id={field('topP')}
              label={t('personaTopP')}
              inputMode="decimal"
              error={error('topP')}
              value={editing.topP}
              onValue={(topP) => update({ topP })}
            />
          </div>
          <div class="settings__actions">
            <button type="button" class="button" onClick={() => setEditingId(null)}>
              {t('doneEditing')}
            </button>
            <button type="button" class="button button--danger" onClick={() => remove(editing.id)}>
              {t('deletePersona')}
            </button>
          </div>
        </div>
      )}
      <SelectField
        id={defaultFieldId}
        label={t('defaultPersona')}
        value={defaultPersonaId ?? ''}
        options={[
          { value: '', label: t('noPersona') },
          ...personas.map((persona) => ({ value: persona.id, label: persona.name })),
        ]}
        onChange={(id) => onChange(personas, id || null)}
      />
    </fieldset>
  );
}
