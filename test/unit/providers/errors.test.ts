import { APIConnectionError, APIError } from 'openai';
import { describe, expect, it } from 'vitest';
import {
  ChatError,
  describeError,
  parseRetryAfter,
  redactDetail,
  toChatError,
} from '@/utils/providers/errors';
import { setLocale } from '@/utils/i18n/translate';

const context = {
  provider: 'api.example.com',
  keyPage: '',
  local: false,
  host: 'api.example.com',
  model: 'gpt-x',
  apiKey: 'sk-secret-abcdef123',
  stallSeconds: 60,
};

function apiError(status: number, headers: Record<string, string> = {}, message = 'bad') {
  return APIError.generate(status, { error: { message } }, message, new Headers(headers));
}

describe('toChatError', () => {
  it.each([
    [401, 'auth'],
    [403, 'auth'],
    [404, 'not_found'],
    [429, 'rate_limit'],
    [500, 'server'],
    [503, 'server'],
    [400, 'bad_request'],
    [422, 'bad_request'],
  ])('should classify HTTP %i as %s', (status, code) => {
    expect(toChatError(apiError(status)).code).toBe(code);
  });

  it('should classify connection failures as network errors', () => {
    expect(toChatError(new APIConnectionError({ message: 'x' })).code).toBe('network');
    expect(toChatError(new TypeError('Failed to fetch')).code).toBe('network');
  });

  it('should read retry-after on 429', () => {
    expect(toChatError(apiError(429, { 'retry-after': '12' })).retryAfterSeconds).toBe(12);
  });
});

describe('parseRetryAfter', () => {
  it('should accept seconds and HTTP dates', () => {
    expect(parseRetryAfter('3')).toBe(3);
    expect(parseRetryAfter('2.2')).toBe(3);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 1_000)).toBe(9);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});

describe('describeError', () => {
  it('should name the host and what to do, never the key', () => {
    const sentence = describeError(new ChatError('auth'), context).message;
    expect(sentence).toBe(
      'api.example.com rejected the API key. Check the key in Settings, then retry.',
    );
    const echoed = new ChatError('bad_request', { detail: 'Key sk-secret-abcdef123 is invalid' });
    expect(describeError(echoed, context).message).not.toContain('sk-secret');
  });

  it('should speak Chinese when the locale is zh_CN', () => {
    setLocale('zh_CN');
    try {
      expect(
        describeError(new ChatError('rate_limit', { retryAfterSeconds: 5 }), context).message,
      ).toBe('api.example.com 正在限制请求频率。请等待 5 秒后重试。');
    } finally {
      setLocale('en');
    }
  });
});

describe('redactDetail', () => {
  it('should remove key-shaped text and cap the length', () => {
    expect(redactDetail('Incorrect API key provided: sk-proj-abc***xyz.', '')).toBe(
      'Incorrect API key provided: [key].',
    );
    expect(redactDetail('x'.repeat(1000), '').length).toBeLessThanOrEqual(302);
  });
});
