import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en as enBase } from '@/utils/i18n/locales/en';
import { enErrors } from '@/utils/i18n/locales/en-errors';
import { zhCN as zhCNBase } from '@/utils/i18n/locales/zh-CN';
import { zhCNErrors } from '@/utils/i18n/locales/zh-CN-errors';
import { enPromptLibrary } from '@/utils/i18n/locales/en-prompt-library';
import { zhCNPromptLibrary } from '@/utils/i18n/locales/zh-CN-prompt-library';
import { enWrite } from '@/utils/i18n/locales/en-write';
import { zhCNWrite } from '@/utils/i18n/locales/zh-CN-write';
import { enImages } from '@/utils/i18n/locales/en-images';
import { zhCNImages } from '@/utils/i18n/locales/zh-CN-images';
import { addStrings, localeFor, t } from '@/utils/i18n/translate';

// As the background does: its error sentences are added where errors are described.
addStrings({ en: enErrors, zh_CN: zhCNErrors });

const en: Record<string, string> = {
  ...enBase,
  ...enErrors,
  ...enPromptLibrary,
  ...enWrite,
  ...enImages,
};
const zhCN: Record<string, string> = {
  ...zhCNBase,
  ...zhCNErrors,
  ...zhCNPromptLibrary,
  ...zhCNWrite,
  ...zhCNImages,
};

/** The `{name}` parameters of a message, sorted. */
function params(text: string): (string | undefined)[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).toSorted();
}

describe('i18n', () => {
  it('should follow the browser language and fill parameters', () => {
    expect(localeFor('zh-CN')).toBe('zh_CN');
    expect(localeFor('zh-TW')).toBe('zh_CN');
    expect(localeFor('en-GB')).toBe('en');
    expect(localeFor(undefined)).toBe('en');
    expect(t('errAuth', { provider: 'DeepSeek' })).toBe(
      'DeepSeek rejected the API key. Check the key in Settings, then retry.',
    );
  });

  it('should translate every key with the same parameters', () => {
    for (const key of Object.keys(en)) {
      expect(params(zhCN[key] ?? ''), key).toEqual(params(en[key] ?? ''));
      expect(zhCN[key]?.trim(), key).not.toBe('');
    }
  });

  it('should use every key somewhere in the code (no dead strings to translate)', () => {
    const files = ['utils', 'components', 'entrypoints']
      .flatMap((dir) =>
        readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f)),
      )
      .concat('wxt.config.ts')
      .filter((file) => /\.tsx?$/.test(file) && !file.includes('locales'));
    const code = files.map((file) => readFileSync(file, 'utf8')).join('\n');
    // A key is used when the code names it: t('key'), a key in a table, dict.key.
    const unused = Object.keys(en).filter(
      (key) => !new RegExp(`['"\`]${key}['"\`]|\\.${key}\\b`).test(code),
    );
    expect(unused).toEqual([]);
  });
});
