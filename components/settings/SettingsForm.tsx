import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { MessageKey } from '@/utils/locales/en';
import { settingsItem } from '@/utils/settings';
import { normalizeBaseURL, type Settings } from '@/utils/settings-model';

type Field = 'baseURL' | 'model' | 'temperature';

/** Checks the form; returns the settings to save or the first problem per field. */
export function validateSettingsForm(
  form: {
    baseURL: string;
    apiKey: string;
    model: string;
    systemPrompt: string;
    temperature: string;
    allowRemoteImages: boolean;
  },
  current: Settings,
): { settings: Settings } | { errors: Partial<Record<Field, MessageKey>> } {
  const errors: Partial<Record<Field, MessageKey>> = {};
  const baseURL = normalizeBaseURL(form.baseURL);
  if (!baseURL) errors.baseURL = 'invalidBaseUrl';
  const model = form.model.trim();
  if (!model) errors.model = 'modelRequired';
  const temperatureText = form.temperature.trim();
  const temperature = temperatureText === '' ? null : Number(temperatureText);
  if (temperature !== null && !(temperature >= 0 && temperature <= 2)) {
    errors.temperature = 'invalidTemperature';
  }
  if (Object.keys(errors).length > 0 || !baseURL) return { errors };
  return {
    settings: {
      ...current,
      baseURL,
      apiKey: form.apiKey.trim(),
      model,
      systemPrompt: form.systemPrompt,
      temperature,
      allowRemoteImages: form.allowRemoteImages,
    },
  };
}

/** Provider and chat settings, saved to browser.storage.local. */
export function SettingsForm({ settings, onSaved }: { settings: Settings; onSaved(): void }) {
  const [form, setForm] = useState({
    baseURL: settings.baseURL,
    apiKey: settings.apiKey,
    model: settings.model,
    systemPrompt: settings.systemPrompt,
    temperature: settings.temperature === null ? '' : String(settings.temperature),
    allowRemoteImages: settings.allowRemoteImages,
  });
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
      <div class="settings__actions">
        <button type="submit" class="button button--primary">
          {t('save')}
        </button>
        <p role="status" class="settings__status">
          {saved ? t('saved') : ''}
        </p>
      </div>
    </form>
  );
}
