// `settings.json` in the sync folder: every settings unit with the clock of its last change.
// Units merge one by one, the later clock winning, like a conversation's fields; a deleted
// provider, persona or prompt travels as a null value so it does not come back.
import { z } from 'zod/mini';
import type { Clock } from '@/utils/history/clock';
import { canonicalJson } from './canonical-json';
import { isDefaultUnit, parseUnit, type Units } from './settings-units';

export const SETTINGS_FILE = 'settings.json';
const SETTINGS_FORMAT = 'sidechat-sync-settings';
const SETTINGS_VERSION = 1;
/** Older than every real clock: what a fresh install has not chosen loses to any choice. */
export const NEVER: Clock = '00000000000-00000-0';

export interface StampedUnit {
  value: unknown;
  at: Clock;
}
/** Unit key → its value and the clock of its last change. */
export type UnitTable = Record<string, StampedUnit>;

/**
 * The table after this computer's settings: a unit whose value changed gets a new clock, one
 * that is gone (and `deletable`) becomes null. On the first stamp, values a fresh install has
 * get the oldest clock, so a new computer does not undo the choices of the others.
 */
export function stampUnits(
  table: UnitTable,
  units: Units,
  deletable: (key: string) => boolean,
  tick: () => Clock,
): { table: UnitTable; changed: boolean } {
  const first = Object.keys(table).length === 0;
  const next: UnitTable = { ...table };
  let changed = false;
  for (const [key, value] of units) {
    const before = table[key];
    if (before && canonicalJson(before.value) === canonicalJson(value)) continue;
    next[key] = { value, at: !before && first && isDefaultUnit(key, value) ? NEVER : tick() };
    changed = true;
  }
  for (const [key, stamped] of Object.entries(table)) {
    if (units.has(key) || stamped.value === null || !deletable(key)) continue;
    next[key] = { value: null, at: tick() };
    changed = true;
  }
  return { table: next, changed };
}

/** Per unit, the later change; equal clocks pick by value, so every computer picks the same. */
export function mergeTables(a: UnitTable, b: UnitTable): UnitTable {
  const merged: UnitTable = { ...a };
  for (const [key, theirs] of Object.entries(b)) {
    const ours = merged[key];
    if (
      !ours ||
      theirs.at > ours.at ||
      (theirs.at === ours.at && canonicalJson(theirs.value) > canonicalJson(ours.value))
    )
      merged[key] = theirs;
  }
  return merged;
}

/** The values of a table, as the settings take them. */
export function unitValues(table: UnitTable): Units {
  return new Map(Object.entries(table).map(([key, unit]) => [key, unit.value]));
}

const fileSchema = z.object({
  format: z.literal(SETTINGS_FORMAT),
  version: z.literal(SETTINGS_VERSION),
  units: z.record(
    z.string().check(z.maxLength(300)),
    z.object({ value: z.unknown(), at: z.string().check(z.maxLength(64)) }),
  ),
});

/**
 * Reads `settings.json`. Units this version does not know or cannot use are left out (the
 * computer that wrote them keeps them); a file that is not one at all is corrupt.
 */
export function parseSettingsFile(
  text: string,
): { table: UnitTable } | { problem: 'corrupt' | 'newer_version' } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { problem: 'corrupt' };
  }
  const head = data as { format?: unknown; version?: unknown } | null;
  if (
    head?.format === SETTINGS_FORMAT &&
    typeof head.version === 'number' &&
    head.version > SETTINGS_VERSION
  )
    return { problem: 'newer_version' };
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) return { problem: 'corrupt' };
  const table: UnitTable = {};
  for (const [key, unit] of Object.entries(parsed.data.units)) {
    const usable = parseUnit(key, unit.value);
    if (usable) table[key] = { value: usable.value, at: unit.at };
  }
  return { table };
}

/** The text of `settings.json`; the same table always gives the same text. */
export function serializeSettingsFile(table: UnitTable): string {
  return canonicalJson({ format: SETTINGS_FORMAT, version: SETTINGS_VERSION, units: table });
}
