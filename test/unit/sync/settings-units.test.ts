import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { HybridClock } from '@/utils/history/clock';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/model';
import {
  mergeTables,
  NEVER,
  parseSettingsFile,
  serializeSettingsFile,
  stampUnits,
  unitValues,
  type UnitTable,
} from '@/utils/sync/settings-file';
import { isDeletable, unitsOf, withUnits } from '@/utils/sync/settings-units';

const profile = {
  id: 'p1',
  preset: 'deepseek' as const,
  name: 'DeepSeek',
  baseURL: 'https://api.deepseek.com/v1',
  apiKey: 'sk-secret-key-123456',
  model: 'deepseek-chat',
  headers: { 'X-Token': 'header-secret' },
};
const prompt = {
  id: 'q1',
  name: '总结',
  command: 'zj',
  text: '用三句话总结：{{selection}}',
  personaId: null,
  model: '',
  sendAtOnce: true,
  onSelection: true,
  onPage: false,
};

/** One device's clock, stopped: each stamp still sorts after the one before. */
const stoppedClock = () => new HybridClock('a', () => 1_000);

function stamp(table: UnitTable, settings: Settings, clock: HybridClock) {
  return stampUnits(
    table,
    unitsOf(settings, null),
    (key) => isDeletable(key, null),
    () => clock.tick(),
  );
}

describe('settings as sync units', () => {
  it('should never put a key or a header into a unit', () => {
    const units = unitsOf({ ...DEFAULT_SETTINGS, profiles: [profile] }, null);
    const text = JSON.stringify([...units]);
    expect(text).toContain('DeepSeek');
    expect(text).not.toContain('secret');
  });

  it('should stamp a fresh install’s defaults as older than any choice, and changes as new', () => {
    const clock = stoppedClock();
    const first = stamp({}, { ...DEFAULT_SETTINGS, theme: 'dark' }, clock);
    expect(first.table['setting:language']?.at).toBe(NEVER);
    expect(first.table['profiles.order']?.at).toBe(NEVER);
    expect(first.table['setting:theme']?.at).not.toBe(NEVER);

    const same = stamp(first.table, { ...DEFAULT_SETTINGS, theme: 'dark' }, clock);
    expect(same.changed).toBe(false);
    const withProfile = stamp(first.table, { ...DEFAULT_SETTINGS, profiles: [profile] }, clock);
    expect(withProfile.table['setting:theme']?.value).toBe('auto');
    expect(withProfile.table['setting:theme']!.at > first.table['setting:theme']!.at).toBe(true);
    const removed = stamp(withProfile.table, DEFAULT_SETTINGS, clock);
    expect(removed.table['profile:p1']?.value).toBeNull();
  });

  it('should not delete other computers’ prompts when this library is back on its defaults', () => {
    const clock = new HybridClock('a');
    const library = { prompts: [prompt], translateTo: '' };
    const { table } = stampUnits(
      {},
      unitsOf(DEFAULT_SETTINGS, library),
      (key) => isDeletable(key, library),
      () => clock.tick(),
    );
    const reset = stampUnits(
      table,
      unitsOf(DEFAULT_SETTINGS, null),
      (key) => isDeletable(key, null),
      () => clock.tick(),
    );
    expect(reset.table['prompt:q1']?.value).toEqual(prompt);
  });

  it('should keep this computer’s keys and active provider when merged units come in', () => {
    const local = { ...DEFAULT_SETTINGS, profiles: [profile], activeProfileId: 'p1' };
    const other = { ...profile, id: 'p2', name: 'Other', apiKey: '' };
    const units = unitsOf({ ...DEFAULT_SETTINGS, profiles: [other, profile] }, null);
    const { settings, library } = withUnits(local, null, units);
    expect(settings.profiles.map((item) => [item.id, item.apiKey, item.headers])).toEqual([
      ['p2', '', {}],
      ['p1', 'sk-secret-key-123456', { 'X-Token': 'header-secret' }],
    ]);
    expect(settings.activeProfileId).toBe('p1');
    expect(library).toBeNull();
  });
});

describe('settings.json', () => {
  it('should drop units it cannot use, and any key a file slips into a provider', () => {
    const text = JSON.stringify({
      format: 'sidechat-sync-settings',
      version: 1,
      units: {
        'setting:theme': { value: 'neon', at: 'x' },
        'setting:language': { value: 'zh_CN', at: 'x' },
        'setting:unknown': { value: 1, at: 'x' },
        'profile:p1': { value: profile, at: 'x' },
        'profile:p9': { value: profile, at: 'x' },
        'prompt:q1': { value: prompt, at: 'x' },
      },
    });
    const parsed = parseSettingsFile(text);
    if (!('table' in parsed)) throw new Error('expected a table');
    expect(Object.keys(parsed.table).toSorted()).toEqual([
      'profile:p1',
      'prompt:q1',
      'setting:language',
    ]);
    expect(JSON.stringify(parsed.table)).not.toContain('secret');
    expect(parseSettingsFile('{"format":"sidechat-sync-settings","version":2}')).toEqual({
      problem: 'newer_version',
    });
    expect(parseSettingsFile('{"units":')).toEqual({ problem: 'corrupt' });
  });

  it('should merge the same whatever the order, and read back what it writes', () => {
    const unit = fc.record({
      value: fc.oneof(fc.constant(null), fc.constantFrom('auto', 'light', 'dark')),
      at: fc.constantFrom(
        NEVER,
        '0000000000a-00000-a',
        '0000000000a-00000-b',
        '0000000000b-00001-a',
      ),
    });
    const table = fc.dictionary(fc.constantFrom('setting:theme', 'profile:p1', 'persona:r1'), unit);
    fc.assert(
      fc.property(table, table, table, (a, b, c) => {
        expect(serializeSettingsFile(mergeTables(a, b))).toBe(
          serializeSettingsFile(mergeTables(b, a)),
        );
        expect(serializeSettingsFile(mergeTables(mergeTables(a, b), c))).toBe(
          serializeSettingsFile(mergeTables(a, mergeTables(b, c))),
        );
        expect(serializeSettingsFile(mergeTables(a, a))).toBe(serializeSettingsFile(a));
      }),
      { numRuns: 300 },
    );
    const { table: stamped } = stamp({}, { ...DEFAULT_SETTINGS, theme: 'dark' }, stoppedClock());
    const back = parseSettingsFile(serializeSettingsFile(stamped));
    expect('table' in back && unitValues(back.table)).toEqual(unitValues(stamped));
  });
});
