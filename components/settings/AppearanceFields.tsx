import { t } from '@/utils/i18n/translate';
import type { LanguageChoice, ThemeChoice } from '@/utils/settings/model';
import { SegmentedControl } from '@/components/ui/SegmentedControl';
import { SelectField } from '@/components/ui/SelectField';
import { Toggle } from '@/components/ui/Toggle';

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
      <SegmentedControl
        name="settings-theme"
        label={t('theme')}
        value={theme}
        segments={[
          { value: 'auto', label: t('themeAuto') },
          { value: 'light', label: t('themeLight') },
          { value: 'dark', label: t('themeDark') },
        ]}
        onChange={(value) => onChange({ theme: value })}
      />
      <Toggle
        id="settings-allowRemoteImages"
        label={t('allowRemoteImages')}
        hint={t('allowRemoteImagesHint')}
        checked={allowRemoteImages}
        onChange={(checked) => onChange({ allowRemoteImages: checked })}
      />
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
    <SelectField
      id={id}
      label={t('language')}
      value={value}
      options={[
        { value: 'auto', label: t('languageAuto') },
        { value: 'en', label: 'English', lang: 'en' },
        { value: 'zh_CN', label: '简体中文', lang: 'zh-CN' },
      ]}
      onChange={onChange}
    />
  );
}
