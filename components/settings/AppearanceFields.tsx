import { t } from '@/utils/i18n/translate';
import type { LanguageChoice, ThemeChoice } from '@/utils/settings/model';
import { FieldShell } from '@/components/ui/TextField';

/** Language and theme overrides, and whether remote images load by themselves. */
export function AppearanceFields({
  language,
  theme,
  allowRemoteImages,
  onChange,
}: {
  language: LanguageChoice;
  theme: ThemeChoice;
  allowRemoteImages: boolean;
  onChange(values: {
    language?: LanguageChoice;
    theme?: ThemeChoice;
    allowRemoteImages?: boolean;
  }): void;
}) {
  return (
    <fieldset class="settings__group">
      <legend>{t('appearance')}</legend>
      <LanguageSelect
        id="settings-language"
        value={language}
        onChange={(value) => onChange({ language: value })}
      />
      <FieldShell frame={{ id: 'settings-theme', label: t('theme') }}>
        <select
          id="settings-theme"
          value={theme}
          onChange={(event) => onChange({ theme: event.currentTarget.value as ThemeChoice })}
        >
          <option value="auto">{t('themeAuto')}</option>
          <option value="light">{t('themeLight')}</option>
          <option value="dark">{t('themeDark')}</option>
        </select>
      </FieldShell>
      <div class="field field--checkbox">
        <input
          id="settings-allowRemoteImages"
          type="checkbox"
          checked={allowRemoteImages}
          aria-describedby="settings-allowRemoteImages-hint"
          onChange={(event) => onChange({ allowRemoteImages: event.currentTarget.checked })}
        />
        <label for="settings-allowRemoteImages">{t('allowRemoteImages')}</label>
        <p class="field__hint" id="settings-allowRemoteImages-hint">
          {t('allowRemoteImagesHint')}
        </p>
      </div>
    </fieldset>
  );
}

/** The Language field; language names are written in their own language, as users look for them. */
export function LanguageSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: LanguageChoice;
  onChange(value: LanguageChoice): void;
}) {
  return (
    <FieldShell frame={{ id, label: t('language') }}>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value as LanguageChoice)}
      >
        <option value="auto">{t('languageAuto')}</option>
        <option value="en" lang="en">
          English
        </option>
        <option value="zh_CN" lang="zh-CN">
          简体中文
        </option>
      </select>
    </FieldShell>
  );
}
