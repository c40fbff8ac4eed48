import { describe, expect, it } from 'vitest';
import { redactSecrets, secretsOf } from '@/utils/providers/redact';
import { settingsWithEndpoint } from '../fixtures';

const KEY = 'sk-abcdefghijklmnopWXYZ';

describe('redactSecrets', () => {
  it.each([
    ['the whole key', `Bad key ${KEY}.`, 'Bad key [key].'],
    [
      'a masked echo (OpenAI)',
      'Incorrect API key provided: sk-abc…****WXYZ.',
      'Incorrect API key provided: [key].',
    ],
    [
      'the last characters',
      'The key ending in klmnopWXYZ is revoked.',
      'The key ending in [key] is revoked.',
    ],
    ['a run in the middle, masked around', 'key ****fghijk**** rejected', 'key [key] rejected'],
    ['a run inside JSON', '{"key":"defghij"}', '{"key":"[key]"}'],
  ])('should take out %s', (_, text, clean) => {
    expect(redactSecrets(text, [KEY])).toBe(clean);
  });

  it('should take out key-shaped text even without knowing the key', () => {
    expect(redactSecrets('provided: sk-proj-abc***xyz', [])).toBe('provided: [key]');
  });

  it('should leave ordinary text alone, and short runs of the key', () => {
    const text = 'The model gpt-4o does not exist (abc is fine).';
    expect(redactSecrets(text, [KEY])).toBe(text);
    expect(redactSecrets('sk-abc', ['sk'])).toBe('sk-abc');
  });

  it('should know every secret of the settings: keys and header values', () => {
    const settings = settingsWithEndpoint({ baseURL: 'https://x/v1', apiKey: 'k1-secret' });
    const profile = settings.profiles[0]!;
    profile.headers = { 'x-gateway-token': 'gw-token-1234' };
    expect(secretsOf(settings)).toEqual(['k1-secret', 'gw-token-1234']);
  });
});
