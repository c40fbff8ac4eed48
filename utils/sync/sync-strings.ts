// Adds the sync sentences to the dictionaries: the background when it syncs, Settings when it
// shows the Sync section.
import { addStrings } from '@/utils/i18n/translate';
import { enSync } from '@/utils/i18n/locales/en-sync';
import { zhCNSync } from '@/utils/i18n/locales/zh-CN-sync';

let added = false;

export function addSyncStrings(): void {
  if (added) return;
  added = true;
  addStrings({ en: enSync, zh_CN: zhCNSync });
}
