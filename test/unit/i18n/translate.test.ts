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
import { addStrings, getLocale, localeFor, setLocale, t } from '@/utils/i18n/translate';

// As the background does: its error sentences are added where errors are described.
addStrings({ en: enErrors, zh_CN: zhCNErrors });
addStrings({ en: enImages, zh_CN: zhCNImages });

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

  it('should say one and many as each language does', () => {
    const before = getLocale();
    setLocale('en');
    expect(t('importDone', { conversations: 1, messages: 2 })).toBe(
      'Imported 1 conversation (2 messages).',
    );
    expect(t('importDoneSkipped', { conversations: 3, messages: 1, skipped: 1 })).toBe(
      'Imported 3 conversations (1 message), skipped 1 duplicate.',
    );
    expect(t('imageTooMany', { max: 10, count: 1 })).toBe(
      'One message can carry 10 images, so 1 was left out.',
    );
    setLocale('zh_CN');
    expect(t('importDone', { conversations: 1, messages: 2 })).toBe(
      '已导入 1 个对话（2 条消息）。',
    );
    setLocale(before);
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
