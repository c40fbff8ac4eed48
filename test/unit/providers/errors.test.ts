import { APIConnectionError, APIError } from 'openai';
import { describe, expect, it } from 'vitest';
import {
  ChatError,
  describeError,
  errorContext,
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

describe('error mapping', () => {
  const deepseek = errorContext({
    name: '',
    preset: 'deepseek',
    baseURL: 'https://api.deepseek.com/v1',
    apiKey: 'sk-secret-deepseek-123',
    model: 'deepseek-chat',
  });
  const ollama = errorContext({
    name: '',
    preset: 'ollama',
    baseURL: 'http://localhost:11434/v1',
    apiKey: '',
    model: 'llama3.2',
  });

  it.each([
    [
      new ChatError('auth', { status: 401 }),
      deepseek,
      'DeepSeek rejected the API key. Check the key in Settings (you can make a new one at https://platform.deepseek.com/api_keys), then retry.',
    ],
    [
      new ChatError('missing_key'),
      deepseek,
      'DeepSeek needs an API key. Get one at https://platform.deepseek.com/api_keys, paste it in Settings, then send again.',
    ],
    [
      new ChatError('rate_limit', { retryAfterSeconds: 12 }),
      deepseek,
      'DeepSeek is rate-limiting requests. Wait 12 s, then retry.',
    ],
    [
      new ChatError('not_found', { status: 404 }),
      deepseek,
      'DeepSeek has no model “deepseek-chat”, or the base URL is wrong. Pick a model from the list (Model for this chat, or Settings), then retry.',
    ],
    [
      new ChatError('network'),
      deepseek,
      'Could not reach DeepSeek (api.deepseek.com). Check your connection and the base URL in Settings, then retry.',
    ],
    [
      new ChatError('network'),
      ollama,
      'Could not reach Ollama (localhost:11434). Make sure it is running on this computer, then retry.',
    ],
    [
      new ChatError('not_api', { status: 200 }),
      deepseek,
      'DeepSeek (api.deepseek.com) answered with a web page instead of the API. Check the base URL in Settings (it usually ends in /v1), then retry.',
    ],
  ])('should explain %s', (error, where, sentence) => {
    expect(describeError(error, where).message).toBe(sentence);
  });

  it('should point a local 403 at the server’s origin setting, not at a key', () => {
    const message = describeError(new ChatError('auth', { status: 403 }), ollama).message;
    expect(message).toMatch(/^Ollama refused the request \(403\)/);
    expect(message).toContain('OLLAMA_ORIGINS');
  });

  it('should speak Chinese when asked', () => {
    setLocale('zh_CN');
    try {
      expect(describeError(new ChatError('missing_key'), deepseek).message).toBe(
        'DeepSeek 需要 API 密钥。请到 https://platform.deepseek.com/api_keys 获取，粘贴到设置中，然后重新发送。',
      );
    } finally {
      setLocale('en');
    }
  });

  it('should unwrap our own verdict from the SDK’s connection error', () => {
    const wrapped = new Error('Connection error.', { cause: new ChatError('not_api') });
    expect(toChatError(wrapped).code).toBe('not_api');
  });
});
