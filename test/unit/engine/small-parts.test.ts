import { afterEach, describe, expect, it, vi } from 'vitest';
import { titleFrom } from '@/utils/engine/turns';
import { localeFor, t } from '@/utils/i18n/translate';
import { createKeepAlive } from '@/utils/engine/keepalive';
import { en } from '@/utils/i18n/locales/en';
import { zhCN } from '@/utils/i18n/locales/zh-CN';
import { Throttle } from '@/utils/engine/throttle';

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
