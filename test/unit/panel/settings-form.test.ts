import { describe, expect, it } from 'vitest';
import { SAMPLING_RANGES } from '@/utils/limits';
import { parseOptionalNumber } from '@/utils/panel/number-field';
import { formFromSettings, validateSettingsForm } from '@/utils/panel/settings-form';
import {
  DEFAULT_SETTINGS,
  isConfigured,
  withDefaults,
  type Settings,
} from '@/utils/settings/model';
import { settingsWithEndpoint } from '../fixtures';

describe('settings', () => {
  it('should turn version-1 settings (one endpoint) into a profile of the right preset', () => {
    const migrated = withDefaults({
      baseURL: 'https://api.deepseek.com/v1/chat/completions',
      apiKey: 'sk-old',
      model: 'deepseek-chat',
      systemPrompt: 'Be brief.',
    } as Partial<Settings>);
    expect(migrated.profiles).toEqual([
      expect.objectContaining({
        preset: 'deepseek',
        baseURL: 'https://api.deepseek.com/v1',
        apiKey: 'sk-old',
        model: 'deepseek-chat',
      }),
    ]);
    expect(migrated.activeProfileId).toBe(migrated.profiles[0]?.id);
    expect(migrated.systemPrompt).toBe('Be brief.');
    expect('baseURL' in migrated).toBe(false);
    expect(isConfigured(migrated)).toBe(true);
    expect(isConfigured(DEFAULT_SETTINGS)).toBe(false);
  });

  it('should keep the never-read sites as hosts, one per line in the form', () => {
    const settings = settingsWithEndpoint({ baseURL: 'http://localhost:1234/v1' });
    const form = formFromSettings({ ...settings, neverReadSites: ['bank.test'] });
    expect(form.neverReadSites).toBe('bank.test');
    const saved = validateSettingsForm(
      { ...form, neverReadSites: 'bank.test\nhttps://mail.example.com/inbox\n*.hr.test' },
      settings,
    );
    expect('settings' in saved && saved.settings.neverReadSites).toEqual([
      'bank.test',
      'mail.example.com',
      'hr.test',
    ]);
    expect(withDefaults({ neverReadSites: 'oops' } as unknown as Settings).neverReadSites).toEqual(
      [],
    );
  });

  it('should validate the whole form and say which profile is wrong', () => {
    const settings = settingsWithEndpoint({ baseURL: 'http://localhost:1234/v1' });
    const form = formFromSettings(settings);
    const bad = validateSettingsForm(
      {
        ...form,
        topP: '1.5',
        maxTokens: '4,096',
        profiles: form.profiles.map((p) => ({ ...p, baseURL: 'nope://x' })),
      },
      settings,
    );
    expect(bad).toEqual({
      errors: {
        'profile:p1:baseURL': { key: 'invalidBaseUrl' },
        topP: { key: 'invalidNumber', params: { min: '0', max: '1' } },
      },
    });
    const good = validateSettingsForm(
      { ...form, maxTokens: '4,096', stallTimeout: '300' },
      settings,
    );
    expect('settings' in good && good.settings).toMatchObject({
      maxTokens: 4096,
      stallTimeoutMs: 300_000,
    });
  });

  it('should read optional numbers as typed', () => {
    expect(parseOptionalNumber('', SAMPLING_RANGES.temperature)).toBeNull();
    expect(parseOptionalNumber('0,7', SAMPLING_RANGES.temperature)).toBe(0.7);
    expect(parseOptionalNumber('3', SAMPLING_RANGES.temperature)).toBe('invalid');
    expect(parseOptionalNumber('1.5', SAMPLING_RANGES.maxTokens)).toBe('invalid');
    expect(parseOptionalNumber('8 192', SAMPLING_RANGES.maxTokens)).toBe(8192);
  });
});
