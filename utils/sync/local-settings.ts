// This computer's side of settings sync: the table of units and clocks in storage.local, kept
// up to date as the settings change, and the merged table written back into the settings.
// One step at a time, so a change stamped while a sync applies its merge is not lost.
import { storage } from 'wxt/utils/storage';
import { localClock, type Clock } from '@/utils/history/clock';
import type { PromptLibrary } from '@/utils/prompts/library';
import type { Settings } from '@/utils/settings/model';
import { promptLibraryItem, usableLibrary } from '@/utils/prompts/storage';
import { loadSettings, settingsItem } from '@/utils/settings/storage';
import { canonicalJson } from './canonical-json';
import { stampUnits, unitValues, type UnitTable } from './settings-file';
import { isDeletable, unitsOf, withUnits } from './settings-units';

/** The units as last stamped or merged (no secrets: units never hold keys). */
export const settingsUnitsItem = storage.defineItem<UnitTable>('local:syncSettingsUnits', {
  fallback: {},
});

/** Where a computer keeps its settings, its prompt library and its units table. */
export interface SettingsPlace {
  read(): Promise<{ settings: Settings; library: PromptLibrary | null }>;
  writeSettings(settings: Settings): Promise<void>;
  writeLibrary(library: PromptLibrary): Promise<void>;
  readTable(): Promise<UnitTable>;
  writeTable(table: UnitTable): Promise<void>;
}

/** The settings of this browser: storage.local. */
export const browserSettingsPlace: SettingsPlace = {
  read: async () => {
    const [settings, library] = await Promise.all([
      loadSettings(),
      promptLibraryItem.getValue().then(usableLibrary),
    ]);
    return { settings, library };
  },
  writeSettings: (settings) => settingsItem.setValue(settings),
  writeLibrary: (library) => promptLibraryItem.setValue(library),
  readTable: () => settingsUnitsItem.getValue(),
  writeTable: (table) => settingsUnitsItem.setValue(table),
};

export interface LocalSettings {
  /** Gives the units changed since the last stamp a new clock; answers the current table. */
  stamp(): Promise<{ table: UnitTable; changed: boolean }>;
  /**
   * Takes a merged table: writes what changed into the settings and the prompt library, each
   * provider keeping this computer's key. The table is saved first, so the change it makes is
   * not stamped again as this computer's own.
   */
  apply(merged: UnitTable): Promise<boolean>;
}

export function localSettingsOf(
  place: SettingsPlace,
  tick: () => Clock = () => localClock.tick(),
): LocalSettings {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    stamp: () =>
      serial(async () => {
        const { settings, library } = await place.read();
        const { table, changed } = stampUnits(
          await place.readTable(),
          unitsOf(settings, library),
          (key) => isDeletable(key, library),
          tick,
        );
        if (changed) await place.writeTable(table);
        return { table, changed };
      }),
    apply: (merged) =>
      serial(async () => {
        const local = await place.read();
        const next = withUnits(local.settings, local.library, unitValues(merged));
        await place.writeTable(merged);
        let changed = false;
        if (canonicalJson(next.settings) !== canonicalJson(local.settings)) {
          await place.writeSettings(next.settings);
          changed = true;
        }
        if (next.library && canonicalJson(next.library) !== canonicalJson(local.library)) {
          await place.writeLibrary(next.library);
          changed = true;
        }
        return changed;
      }),
  };
}
