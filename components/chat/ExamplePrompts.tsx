import { ConversationsIcon } from '@/components/ui/icons';
import { t } from '@/utils/i18n/translate';

const EXAMPLES = ['examplePrompt1', 'examplePrompt2', 'examplePrompt3', 'examplePrompt4'] as const;

/** The empty chat: what to do, and example prompts that fill the composer when clicked. */
export function ExamplePrompts({ onPick }: { onPick(prompt: string): void }) {
  return (
    <section class="examples" aria-labelledby="examples-title">
      <div class="app-mark" aria-hidden="true">
        <ConversationsIcon size={28} strokeWidth={1.5} />
      </div>
      <p class="message-list__empty">{t('emptyChat')}</p>
      <h2 id="examples-title" class="examples__title">
        {t('examplePromptsTitle')}
      </h2>
      <ul class="examples__list">
        {EXAMPLES.map((key) => (
          <li key={key}>
            <button type="button" class="examples__prompt" onClick={() => onPick(t(key))}>
              {t(key)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
