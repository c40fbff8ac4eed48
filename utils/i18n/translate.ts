import { en, type MessageKey } from '@/utils/i18n/locales/en';
import { zhCN } from '@/utils/i18n/locales/zh-CN';

/** The UI languages Sidechat ships. */
export type Locale = 'en' | 'zh_CN';

const dictionaries: Record<Locale, Partial<Record<MessageKey, string>>> = {
  en: { ...en },
  zh_CN: { ...zhCN },
};

/**
 * Adds strings that only one side of the extension says (the background's error
 * sentences), so the other side's bundle does not carry them.
 */
export function addStrings(strings: Record<Locale, Partial<Record<MessageKey, string>>>): void {
  Object.assign(dictionaries.en, strings.en);
  Object.assign(dictionaries.zh_CN, strings.zh_CN);
}

/** Picks our locale for a BCP 47 tag such as `navigator.language`. */
export function localeFor(languageTag: string | undefined): Locale {
  return languageTag?.toLowerCase().startsWith('zh') ? 'zh_CN' : 'en';
}

/** The locale for the Language setting: the chosen one, or the browser's for 'auto'. */
export function localeForChoice(choice: 'auto' | Locale | undefined): Locale {
  return !choice || choice === 'auto' ? localeFor(globalThis.navigator?.language) : choice;
}

let current: Locale = localeFor(globalThis.navigator?.language);

/** Overrides the language that `t` uses (the browser's language by default). */
export function setLocale(locale: Locale): void {
  current = locale;
}

/** The language `t` currently uses. */
export function getLocale(): Locale {
  return current;
}

const pluralRules: Partial<Record<Locale, Intl.PluralRules>> = {};

/** The CLDR plural category of a count in the current language ('one', 'other', …). */
function pluralOf(count: number): Intl.LDMLPluralRule {
  const rules = (pluralRules[current] ??= new Intl.PluralRules(current.replace('_', '-')));
  return rules.select(count);
}

/**
 * Translates a key, filling `{name}` parameters. `{name:one|other}` picks a word by the
 * count in `name` ("1 conversation", "2 conversations"); Chinese strings need no such form.
 * Unknown parameters stay visible, never blank.
 */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  // A key whose strings were never added shows as itself: visible, never blank.
  const text = dictionaries[current][key] ?? dictionaries.en[key] ?? key;
  return text.replace(
    /\{(\w+)(?::([^|}]*)\|([^}]*))?\}/g,
    (whole, name: string, one: string | undefined, other: string | undefined) => {
      if (!(name in params)) return whole;
      if (one === undefined || other === undefined) return String(params[name]);
      // A count may come formatted for reading ("1,234"): its digits decide.
      const count = Number(String(params[name]).replace(/[^\d.-]/g, ''));
      return pluralOf(count) === 'one' ? one : other;
    },
  );
}
