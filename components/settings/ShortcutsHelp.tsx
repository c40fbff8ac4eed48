import { t } from '@/utils/i18n/translate';
import type { MessageKey } from '@/utils/i18n/locales/en';

const SHORTCUTS: MessageKey[] = [
  'shortcutOpen',
  'shortcutNewChat',
  'shortcutSend',
  'shortcutStop',
  'shortcutFocus',
  'shortcutUsePage',
  'shortcutPrompts',
  'shortcutHelp',
];

/** The keyboard shortcuts, one per line. */
export function ShortcutList() {
  return (
    <ul class="shortcuts">
      {SHORTCUTS.map((key) => (
        <li key={key}>{t(key)}</li>
      ))}
    </ul>
  );
}

/** The shortcuts as a section of Settings, where users look for help. */
export function ShortcutsHelp() {
  return (
    <section class="settings__group" aria-labelledby="shortcuts-title">
      <h3 id="shortcuts-title">{t('shortcuts')}</h3>
      <ShortcutList />
    </section>
  );
}
