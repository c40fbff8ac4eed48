import { afterEach, describe, expect, it, vi } from 'vitest';
import { titleFrom } from '@/utils/turns';
import { localeFor, t } from '@/utils/i18n';
import { createKeepAlive } from '@/utils/keepalive';
import { en } from '@/utils/locales/en';
import { zhCN } from '@/utils/locales/zh-CN';
import { normalizeBaseURL, isConfigured, DEFAULT_SETTINGS, hostOf } from '@/utils/settings-model';
import { formFromSettings, validateSettingsForm } from '@/utils/settings-form';
import { Throttle } from '@/utils/throttle';

afterEach(() => {
  vi.useRealTimers();
});

describe('Throttle', () => {
  it('should run at once, then at most once per interval', () => {
    vi.useFakeTimers();
    const action = vi.fn();
    const throttle = new Throttle(300, action, () => Date.now());
    throttle.request();
    expect(action).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 10; i += 1) throttle.request();
    expect(action).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(300);
    expect(action).toHaveBeenCalledTimes(2);
    throttle.request();
    throttle.flush();
    expect(action).toHaveBeenCalledTimes(3);
  });
});

describe('keep-alive', () => {
  it('should ping only while generations are live', () => {
    vi.useFakeTimers();
    const ping = vi.fn(() => Promise.resolve());
    const keepAlive = createKeepAlive(ping, 20_000);
    keepAlive.update(1);
    vi.advanceTimersByTime(45_000);
    expect(ping).toHaveBeenCalledTimes(2);
    keepAlive.update(0);
    vi.advanceTimersByTime(60_000);
    expect(ping).toHaveBeenCalledTimes(2);
  });
});

describe('settings', () => {
  it.each([
    ['https://api.openai.com/v1', 'https://api.openai.com/v1'],
    ['  https://api.deepseek.com/v1/  ', 'https://api.deepseek.com/v1'],
    ['https://api.moonshot.cn/v1/chat/completions', 'https://api.moonshot.cn/v1'],
    ['http://localhost:11434/v1', 'http://localhost:11434/v1'],
    ['api.openai.com/v1', null],
    ['javascript:alert(1)', null],
    ['', null],
  ])('should normalize the base URL %j', (input, expected) => {
    expect(normalizeBaseURL(input)).toBe(expected);
  });

  it('should need a base URL and a model, not a key', () => {
    expect(isConfigured(DEFAULT_SETTINGS)).toBe(false);
    expect(
      isConfigured({ ...DEFAULT_SETTINGS, baseURL: 'http://localhost:1234/v1', model: 'm' }),
    ).toBe(true);
  });

  it('should name only the host', () => {
    expect(hostOf('https://gw.example.com/v1?token=secret')).toBe('gw.example.com');
  });
});

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
    expect(t('errAuth', { host: 'h' })).toBe(
      'h rejected the API key. Check the key in Settings, then retry.',
    );
  });

  it('should translate every key with the same parameters', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(params(zhCN[key]), key).toEqual(params(en[key]));
      expect(zhCN[key].trim(), key).not.toBe('');
    }
  });
});

describe('titleFrom', () => {
  it('should use the first line, shortened', () => {
    expect(titleFrom('  Hello\nworld')).toBe('Hello');
    expect(titleFrom('x'.repeat(200))).toHaveLength(80);
  });
});

describe('settings form', () => {
  const form = {
    ...formFromSettings(DEFAULT_SETTINGS),
    baseURL: 'http://localhost:11434/v1',
    model: 'llama3',
  };

  it('should let a slow local model be given longer before a reply counts as stalled', () => {
    expect(formFromSettings(DEFAULT_SETTINGS).stallTimeout).toBe('60');
    const result = validateSettingsForm({ ...form, stallTimeout: '300' }, DEFAULT_SETTINGS);
    expect('settings' in result && result.settings.stallTimeoutMs).toBe(300_000);
  });

  it('should refuse a stall timeout that is not a sane number of seconds', () => {
    for (const stallTimeout of ['0', 'soon', '99999']) {
      expect(validateSettingsForm({ ...form, stallTimeout }, DEFAULT_SETTINGS)).toEqual({
        errors: { stallTimeout: 'invalidStallTimeout' },
      });
    }
  });
});
