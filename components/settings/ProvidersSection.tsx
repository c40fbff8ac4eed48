import { useState } from 'preact/hooks';
import type { ConnectionChecks } from '@/utils/panel/session';
import { t } from '@/utils/i18n/translate';
import { newProfileDraft, type ProfileDraft, type ProfileField } from '@/utils/panel/profile-form';
import { providerName } from '@/utils/providers/request';
import type { SettingsErrors } from '@/utils/panel/settings-form';
import { PickerChips } from '@/components/ui/PickerChips';
import { SelectField } from '@/components/ui/SelectField';
import { ProfileEditor } from './ProfileEditor';

/** The saved provider profiles: pick one to edit, add, delete, choose the default. */
export function ProvidersSection({
  profiles,
  activeProfileId,
  editingId,
  errors,
  onEdit,
  onChange,
  checks,
}: {
  profiles: ProfileDraft[];
  activeProfileId: string | null;
  editingId: string | null;
  errors: SettingsErrors;
  onEdit(id: string): void;
  onChange(profiles: ProfileDraft[], activeProfileId: string | null): void;
  /** Test connection's requests to the background. */
  checks: ConnectionChecks;
}) {
  const [defaultId] = useState(() => `default-${crypto.randomUUID()}`);
  const editing = profiles.find((profile) => profile.id === editingId) ?? profiles[0];
  const profileErrors = (id: string) => {
    const found: Partial<Record<ProfileField, SettingsErrors[string]>> = {};
    for (const [key, error] of Object.entries(errors)) {
      const [kind, owner, field] = key.split(':');
      if (kind === 'profile' && owner === id && field) found[field as ProfileField] = error;
    }
    return found;
  };
  const add = () => {
    const draft = newProfileDraft(crypto.randomUUID(), 'openai');
    onChange([...profiles, draft], activeProfileId ?? draft.id);
    onEdit(draft.id);
  };
  const remove = (id: string) => {
    const rest = profiles.filter((profile) => profile.id !== id);
    onChange(rest, activeProfileId === id ? (rest[0]?.id ?? null) : activeProfileId);
    if (rest[0]) onEdit(rest[0].id);
  };

  return (
    <fieldset class="settings__group">
      <legend>{t('providers')}</legend>
      <PickerChips
        label={t('savedProviders')}
        items={profiles}
        selectedId={editing?.id}
        nameOf={(profile) => providerName(profile) || t('presetCustom')}
        onPick={onEdit}
        addLabel={t('addProvider')}
        onAdd={add}
      />
      {editing && (
        <>
          <ProfileEditor
            key={editing.id}
            draft={editing}
            errors={profileErrors(editing.id)}
            checks={checks}
            onChange={(draft) =>
              onChange(
                profiles.map((profile) => (profile.id === draft.id ? draft : profile)),
                activeProfileId,
              )
            }
          />
          {profiles.length > 1 && (
            <button type="button" class="button button--danger" onClick={() => remove(editing.id)}>
              {t('deleteProvider')}
            </button>
          )}
        </>
      )}
      {profiles.length > 1 && (
        <SelectField
          id={defaultId}
          label={t('defaultForNewChats')}
          value={activeProfileId ?? ''}
          options={profiles.map((profile) => ({
            value: profile.id,
            label: providerName(profile) || t('presetCustom'),
          }))}
          onChange={(id) => onChange(profiles, id)}
        />
      )}
    </fieldset>
  );
}
