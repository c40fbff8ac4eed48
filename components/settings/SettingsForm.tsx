import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ConnectionChecks } from '@/utils/panel/session';
import { hostsOf, originsToRequest, requestHostAccess } from '@/utils/page/host-access';
import { getLocale, t } from '@/utils/i18n/translate';
import { settingsItem } from '@/utils/settings/storage';
import { canonicalJson } from '@/utils/sync/canonical-json';
import { savedOver } from '@/utils/sync/settings-units';
import {
  formFromSettings,
  validateSettingsForm,
  type SettingsErrors,
  type SettingsFormValues,
} from '@/utils/panel/settings-form';
import { quoteTemplateFor, type Settings } from '@/utils/settings/model';
import { AppearanceFields } from './AppearanceFields';
import { PersonasSection } from './PersonasSection';
import { PromptsSection } from '@/components/prompts/PromptsSection';
import { ProvidersSection } from './ProvidersSection';
import { SectionNav } from '@/components/ui/SectionNav';
import { DataSection } from './DataSection';
import { SyncSection } from './SyncSection';
import { ShortcutsHelp } from './ShortcutsHelp';
import { TextField } from '@/components/ui/TextField';

type TextKey = {
  [K in keyof SettingsFormValues]: SettingsFormValues[K] extends string ? K : never;
}[keyof SettingsFormValues];

/** Everything the user configures, saved to browser.storage.local with one Save. */
export function SettingsForm({
  settings,
  onSaved,
  checks,
}: {
  settings: Settings;
  onSaved(): void;
  /** Test connection's requests to the background. */
  checks: ConnectionChecks;
}) {
  const [form, setForm] = useState(() => formFromSettings(settings));
  /** The settings the form started from: Save writes the user's edits over newer ones. */
  const [base, setBase] = useState(settings);
  useEffect(() => {
    if (settings === base) return;
    // Changed elsewhere (a sync, another window): a form the user has not touched shows it.
    if (canonicalJson(form) === canonicalJson(formFromSettings(base))) {
      setForm(formFromSettings(settings));
      setBase(settings);
    }
    // Runs on a change of the stored settings only, not on each keystroke.
  }, [settings]);
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [status, setStatus] = useState<{ text: string; failed: boolean } | null>(null);
  const [editingProfile, setEditingProfile] = useState<string | null>(
    settings.activeProfileId ?? settings.profiles[0]?.id ?? null,
  );

  const patch = (values: Partial<SettingsFormValues>) => {
    setForm({ ...form, ...values });
    setStatus(null);
  };
  const text = (name: TextKey) => ({
    id: `settings-${name}`,
    value: form[name],
    onValue: (value: string) => patch({ [name]: value }),
    error: errors[name],
  });
  const remoteOrigins = originsToRequest(form.profiles.map((profile) => profile.baseURL));

  const onSubmit = (event: JSX.TargetedEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const result = validateSettingsForm(form, settings);
    if ('errors' in result) {
      setErrors(result.errors);
      // Show the provider whose fields are wrong.
      const faulty = Object.keys(result.errors).find((key) => key.startsWith('profile:'));
      if (faulty) setEditingProfile(faulty.split(':')[1] ?? null);
      return;
    }
    setErrors({});
    // Asked before any await: the browser prompts only inside the click.
    const origins = originsToRequest(result.settings.profiles.map((profile) => profile.baseURL));
    const access = requestHostAccess(origins);
    const next = savedOver(base, result.settings, settings);
    void (async () => {
      const granted = await access;
      try {
        await settingsItem.setValue(next);
      } catch (error) {
        // The form keeps what was typed, so Save can simply be pressed again.
        console.error('Sidechat: could not save the settings', error);
        setStatus({ text: t('settingsSaveFailed'), failed: true });
        return;
      }
      setForm(formFromSettings(next));
      setBase(next);
      if (granted) {
        setStatus({ text: t('saved'), failed: false });
        onSaved();
      } else {
        setStatus({ text: t('accessDenied', { hosts: hostsOf(origins) }), failed: false });
      }
    })();
  };

  return (
    <form class="settings" onSubmit={onSubmit} noValidate>
      <h2>{t('settingsTitle')}</h2>
      <SectionNav
        label={t('settingsSections')}
        sections={[
          { id: 'settings-section-providers', label: t('providers') },
          { id: 'settings-section-defaults', label: t('chatDefaults') },
          { id: 'settings-section-personas', label: t('personas') },
          { id: 'settings-section-prompts', label: t('promptsTitle') },
          { id: 'settings-section-appearance', label: t('navAppearance') },
          { id: 'settings-section-templates', label: t('navTemplates') },
          { id: 'settings-section-pages', label: t('pagesTitle') },
          { id: 'settings-section-data', label: t('dataTitle') },
          { id: 'settings-section-sync', label: t('syncTitle') },
          { id: 'settings-section-shortcuts', label: t('navShortcuts') },
        ]}
      />
      <div id="settings-section-providers">
        <ProvidersSection
          profiles={form.profiles}
          activeProfileId={form.activeProfileId}
          editingId={editingProfile}
          errors={errors}
          onEdit={setEditingProfile}
          onChange={(profiles, activeProfileId) => patch({ profiles, activeProfileId })}
          checks={checks}
        />
      </div>
      <fieldset class="settings__group" id="settings-section-defaults">
        <legend>{t('chatDefaults')}</legend>
        <TextField label={t('systemPrompt')} rows={4} {...text('systemPrompt')} />
        <div class="field-grid">
          <TextField
            label={t('temperature')}
            inputMode="decimal"
            hint={t('defaultHint')}
            {...text('temperature')}
          />
          <TextField label={t('maxTokens')} inputMode="numeric" {...text('maxTokens')} />
          <TextField label={t('topP')} inputMode="decimal" {...text('topP')} />
        </div>
        <TextField
          label={t('stallTimeout')}
          inputMode="numeric"
          hint={t('stallTimeoutHint')}
          {...text('stallTimeout')}
        />
      </fieldset>
      <div id="settings-section-personas">
        <PersonasSection
          personas={form.personas}
          defaultPersonaId={form.defaultPersonaId}
          errors={errors}
          onChange={(personas, defaultPersonaId) => patch({ personas, defaultPersonaId })}
        />
      </div>
      <div id="settings-section-prompts">
        <PromptsSection personas={form.personas} />
      </div>
      <div id="settings-section-appearance">
        <AppearanceFields
          language={form.language}
          theme={form.theme}
          allowRemoteImages={form.allowRemoteImages}
          onChange={patch}
        />
      </div>
      <fieldset class="settings__group" id="settings-section-templates">
        <legend>{t('promptTemplates')}</legend>
        <TextField
          label={t('quoteTemplate')}
          rows={4}
          hint={t('quoteTemplateHint')}
          placeholder={quoteTemplateFor({ ...settings, quoteTemplate: '' }, getLocale())}
          {...text('quoteTemplate')}
        />
        <TextField label={t('quoteLimit')} inputMode="numeric" {...text('quoteLimit')} />
      </fieldset>
      <fieldset class="settings__group" id="settings-section-pages">
        <legend>{t('pagesTitle')}</legend>
        <TextField
          label={t('neverReadSites')}
          rows={3}
          hint={t('neverReadSitesHint')}
          placeholder="mail.example.com"
          {...text('neverReadSites')}
        />
      </fieldset>
      <div class="settings__actions settings__actions--sticky">
        <button type="submit" class="button button--primary">
          {t('save')}
        </button>
        {status?.failed ? (
          <p role="alert" class="settings__status field__error">
            {status.text}
          </p>
        ) : (
          <p role="status" class="settings__status">
            {status?.text}
          </p>
        )}
      </div>
      {remoteOrigins.length > 0 && (
        <p class="field__hint">{t('accessWhy', { hosts: hostsOf(remoteOrigins) })}</p>
      )}
      <div id="settings-section-data">
        <DataSection />
      </div>
      <div id="settings-section-sync">
        <SyncSection checks={checks} />
      </div>
      <div id="settings-section-shortcuts">
        <ShortcutsHelp />
      </div>
    </form>
  );
}
