import { useEffect } from 'preact/hooks';
import { localeForChoice, setLocale, type Locale } from '@/utils/i18n/translate';
import type { Settings } from '@/utils/settings/model';

/**
 * Applies the language and theme settings to the page. The language is set during render,
 * before any child translates a string; returns it so the app can redraw when it changes.
 */
export function useAppearance(settings: Settings | null): Locale {
  const locale = localeForChoice(settings?.language);
  setLocale(locale);
  const theme = settings?.theme ?? 'auto';
  useEffect(() => {
    const root = document.documentElement;
    root.lang = locale === 'zh_CN' ? 'zh-CN' : 'en';
    if (theme === 'auto') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [locale, theme]);
  return locale;
}
