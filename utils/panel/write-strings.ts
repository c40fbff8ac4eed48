// What the panel says after writing into a page: loaded the first time it writes.
import { enWrite } from '@/utils/i18n/locales/en-write';
import { zhCNWrite } from '@/utils/i18n/locales/zh-CN-write';
import { addStrings } from '@/utils/i18n/translate';

export function addWriteStrings(): void {
  addStrings({ en: enWrite, zh_CN: zhCNWrite });
}
