import { TabIcon } from '@/components/ui/icons';
import { t } from '@/utils/i18n/translate';
import type { TabChoice } from '@/utils/panel/target-tab';

/** The id of the picker's option `index`, for the message box's aria-activedescendant. */
export const tabOptionId = (index: number): string => `tab-option-${index}`;
export const TAB_PICKER_ID = 'tab-picker';

/**
 * The window's tabs, offered when `@` is typed in the message box (or "Add a tab" is
 * clicked). The focus stays in the message box: arrows move the active option, Enter takes it.
 */
export function TabPicker({
  tabs,
  active,
  onPick,
}: {
  tabs: readonly TabChoice[];
  active: number;
  onPick(tab: TabChoice): void;
}) {
  return (
    <div class="tab-picker">
      {tabs.length === 0 ? (
        <p class="tab-picker__empty" role="status">
          {t('noOtherTabs')}
        </p>
      ) : (
        <ul id={TAB_PICKER_ID} role="listbox" aria-label={t('tabsListLabel')}>
          {tabs.map((tab, index) => (
            <li
              key={tab.id}
              id={tabOptionId(index)}
              role="option"
              aria-selected={index === active}
              class="tab-picker__option"
              // The message box keeps the focus: a press must not take it.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onPick(tab)}
            >
              {tab.favicon ? (
                <img src={tab.favicon} alt="" width={16} height={16} referrerpolicy="no-referrer" />
              ) : (
                <TabIcon size={16} aria-hidden="true" />
              )}
              <span class="tab-picker__title">{tab.title}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
