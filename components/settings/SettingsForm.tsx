import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { MessageKey } from '@/utils/locales/en';
import { settingsItem } from '@/utils/settings';
import {
  formFromSettings,
  validateSettingsForm,
  type SettingsField as Field,
} from '@/utils/settings-form';
import { templateFor, type Settings } from '@/utils/settings-model';
import { getLocale } from '@/utils/i18n';
import { ShortcutsHelp } from './ShortcutsHelp';

/** Provider and chat settings, saved to browser.storage.local. */
export function SettingsForm({ settings, onSaved }: { settings: Settings; onSaved(): void }) {
  const [form, setForm] = useState(() => formFromSettings(settings));
  const [errors, setErrors] = useState<Partial<Record<Field, MessageKey>>>({});
  const [saved, setSaved] = useState(false);

  const bind = (name: Exclude<keyof typeof form, 'allowRemoteImages'>) => ({
    id: `settings-${name}`,
    value: form[name],
    onInput: (event: JSX.TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      setForm({ ...form, [name]: event.currentTarget.value });
      setSaved(false);
    },
  });
  const invalid = (name: Field) =>
    errors[name]
      ? { 'aria-invalid': true as const, 'aria-describedby': `settings-${name}-error` }
      : {};
  const problem = (name: Field) =>
    errors[name] && (
      <p class="field__error" id={`settings-${name}-error`}>
        {t(errors[name])}
      </p>
    );

  const onSubmit = async (event: JSX.TargetedEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const result = validateSettingsForm(form, settings);
    if ('errors' in result) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    await settingsItem.setValue(result.settings);
    setForm({ ...form, baseURL: result.settings.baseURL });
    setSaved(true);
    onSaved();
  };

  return (
    <form class="settings" onSubmit={(event) => void onSubmit(event)} noValidate>
      <h2>{t('settingsTitle')}</h2>
      <div class="field">
        <label for="settings-baseURL">{t('baseUrl')}</label>
        <input
          type="url"
          inputMode="url"
          spellcheck={false}
          {...bind('baseURL')}
          {...invalid('baseURL')}
        />
        <p class="field__hint">{t('baseUrlHint')}</p>
        {problem('baseURL')}
      </div>
      <div class="field">
        <label for="settings-apiKey">{t('apiKey')}</label>
        <input type="password" autocomplete="off" spellcheck={false} {...bind('apiKey')} />
        <p class="field__hint">{t('apiKeyHint')}</p>
      </div>
      <div class="field">
        <label for="settings-model">{t('model')}</label>
        <input type="text" spellcheck={false} {...bind('model')} {...invalid('model')} />
        {problem('model')}
      </div>
      <div class="field">
        <label for="settings-systemPrompt">{t('systemPrompt')}</label>
        <textarea rows={4} {...bind('systemPrompt')} />
      </div>
      <div class="field">
        <label for="settings-temperature">{t('temperature')}</label>
        <input
          type="text"
          inputMode="decimal"
          {...bind('temperature')}
          {...invalid('temperature')}
        />
        <p class="field__hint">{t('temperatureHint')}</p>
        {problem('temperature')}
      </div>
      <div class="field">
        <label for="settings-stallTimeout">{t('stallTimeout')}</label>
        <input
          type="text"
          inputMode="numeric"
          {...bind('stallTimeout')}
          {...invalid('stallTimeout')}
        />
        <p class="field__hint">{t('stallTimeoutHint')}</p>
        {problem('stallTimeout')}
      </div>
      <div class="field field--checkbox">
        <input
          id="settings-allowRemoteImages"
          type="checkbox"
          checked={form.allowRemoteImages}
          aria-describedby="settings-allowRemoteImages-hint"
          onChange={(event) => {
            setForm({ ...form, allowRemoteImages: event.currentTarget.checked });
            setSaved(false);
          }}
        />
        <label for="settings-allowRemoteImages">{t('allowRemoteImages')}</label>
        <p class="field__hint" id="settings-allowRemoteImages-hint">
          {t('allowRemoteImagesHint')}
        </p>
      </div>
      <fieldset class="settings__group">
        <legend>{t('promptTemplates')}</legend>
        <div class="field">
          <label for="settings-quoteTemplate">{t('quoteTemplate')}</label>
          <textarea
            rows={4}
            placeholder={templateFor({ ...settings, quoteTemplate: '' }, 'quote', getLocale())}
            aria-describedby="settings-quoteTemplate-hint"
            {...bind('quoteTemplate')}
          />
          <p class="field__hint" id="settings-quoteTemplate-hint">
            {t('quoteTemplateHint')}
          </p>
        </div>
        {(['explain', 'summarize', 'translate'] as const).map((kind) => (
          <div class="field" key={kind}>
            <label for={`settings-${kind}Template`}>{t(`${kind}Template`)}</label>
            <textarea
              rows={2}
              placeholder={templateFor({ ...settings, [`${kind}Template`]: '' }, kind, getLocale())}
              {...bind(`${kind}Template`)}
            />
          </div>
        ))}
        <div class="field">
          <label for="settings-quoteLimit">{t('quoteLimit')}</label>
          <input
            type="text"
            inputMode="numeric"
            {...bind('quoteLimit')}
            {...invalid('quoteLimit')}
          />
          {problem('quoteLimit')}
        </div>
      </fieldset>
      <div class="settings__actions">
        <button type="submit" class="button button--primary">
          {t('save')}
        </button>
        <p role="status" class="settings__status">
          {saved ? t('saved') : ''}
        </p>
      </div>
      <ShortcutsHelp />
    </form>
  );
}
