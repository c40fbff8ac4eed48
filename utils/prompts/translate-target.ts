import type { Locale } from '@/utils/i18n/translate';

/** What `{{translate_to}}` says when no target is set: the UI language, or English from it. */
export const TRANSLATE_TO_AUTO: Record<Locale, string> = {
  en: 'English (or into Simplified Chinese if it is already English)',
  zh_CN: '简体中文（如果已经是中文，则翻译成英文）',
};

/** The targets offered in Settings (any other can be typed). */
export const TRANSLATE_TARGETS = [
  'English',
  '简体中文',
  '繁體中文',
  '日本語',
  '한국어',
  'Español',
  'Français',
  'Deutsch',
] as const;
