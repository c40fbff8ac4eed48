import { t } from '@/utils/i18n/translate';
import type { SavedPrompt } from '@/utils/prompts/library';

export const PROMPT_PICKER_ID = 'prompt-picker';
/** The id of the list's option `index`, for the message box's aria-activedescendant. */
export const promptOptionId = (index: number): string => `prompt-option-${index}`;

/** First characters of a prompt's text shown under its name. */
const PREVIEW = 90;

/**
 * The saved prompts, offered when `/` starts a line of the message box. The focus stays in
 * the message box: arrows move the active option, Enter or Tab takes it, Escape closes.
 */
export function PromptPicker({
  prompts,
  active,
  onPick,
}: {
  prompts: readonly SavedPrompt[];
  active: number;
  onPick(prompt: SavedPrompt): void;
}) {
  return (
    <div class="tab-picker prompt-picker">
      {prompts.length === 0 ? (
        <p class="tab-picker__empty" role="status">
          {t('noPromptMatches')}
        </p>
      ) : (
        <ul id={PROMPT_PICKER_ID} role="listbox" aria-label={t('promptsListLabel')}>
          {prompts.map((prompt, index) => (
            <li
              key={prompt.id}
              id={promptOptionId(index)}
              role="option"
              aria-selected={index === active}
              class="tab-picker__option prompt-picker__option"
              // The message box keeps the focus: a press must not take it.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onPick(prompt)}
            >
              <span class="prompt-picker__command">/{prompt.command}</span>
              <span class="prompt-picker__name">{prompt.name}</span>
              <span class="prompt-picker__preview">
                {prompt.text.slice(0, PREVIEW).replace(/\s+/g, ' ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
