import { useState } from 'preact/hooks';
import { TextField } from '@/components/ui/TextField';
import { t } from '@/utils/i18n/translate';
import {
  MAX_TOKENS_RANGE,
  numberText,
  parseOptionalNumber,
  TEMPERATURE_RANGE,
  TOP_P_RANGE,
  type NumberRange,
} from '@/utils/panel/number-input';
import type { FieldError } from '@/utils/panel/profile-form';
import type { ConversationOptions } from '@/utils/providers/request';

type NumberKey = 'temperature' | 'maxTokens' | 'topP';

const NUMBER_FIELDS: {
  key: NumberKey;
  label: 'chatTemperature' | 'chatMaxTokens' | 'chatTopP';
  range: NumberRange;
}[] = [
  { key: 'temperature', label: 'chatTemperature', range: TEMPERATURE_RANGE },
  { key: 'maxTokens', label: 'chatMaxTokens', range: MAX_TOKENS_RANGE },
  { key: 'topP', label: 'chatTopP', range: TOP_P_RANGE },
];

/** Inside "Chat settings": this conversation's own system prompt and sampling, and Reset conversation. */
export function ChatOverrides({
  options,
  canReset,
  onChange,
  onReset,
}: {
  options: ConversationOptions;
  canReset: boolean;
  onChange(options: ConversationOptions): void;
  onReset(): void;
}) {
  const [texts, setTexts] = useState(() => ({
    systemPrompt: options.systemPrompt ?? '',
    temperature: numberText(options.temperature),
    maxTokens: numberText(options.maxTokens),
    topP: numberText(options.topP),
  }));
  const [errors, setErrors] = useState<Partial<Record<NumberKey, FieldError>>>({});
  const [confirming, setConfirming] = useState(false);

  const without = (key: keyof ConversationOptions): ConversationOptions => {
    const next = { ...options };
    delete next[key];
    return next;
  };
  const commitNumber = (key: NumberKey, range: NumberRange): void => {
    const value = parseOptionalNumber(texts[key], range);
    if (value === 'invalid') {
      setErrors({
        ...errors,
        [key]: {
          key: 'invalidNumber',
          params: { min: range.min, max: range.max.toLocaleString() },
        },
      });
      return;
    }
    setErrors({ ...errors, [key]: undefined });
    if ((options[key] ?? null) === value) return;
    onChange(value === null ? without(key) : { ...options, [key]: value });
  };

  return (
    <div class="chat-overrides__body">
      <TextField
        id="chat-systemPrompt"
        label={t('chatSystemPrompt')}
        hint={t('chatSystemPromptHint')}
        rows={3}
        value={texts.systemPrompt}
        onValue={(systemPrompt) => setTexts({ ...texts, systemPrompt })}
        onCommit={() => {
          const own = texts.systemPrompt.trim() ? texts.systemPrompt : undefined;
          if (own === options.systemPrompt) return;
          onChange(own === undefined ? without('systemPrompt') : { ...options, systemPrompt: own });
        }}
      />
      <div class="field-grid">
        {NUMBER_FIELDS.map(({ key, label, range }) => (
          <TextField
            key={key}
            id={`chat-${key}`}
            label={t(label)}
            inputMode={key === 'maxTokens' ? 'numeric' : 'decimal'}
            error={errors[key]}
            value={texts[key]}
            onValue={(value) => setTexts({ ...texts, [key]: value })}
            onCommit={() => commitNumber(key, range)}
          />
        ))}
      </div>
      <p class="field__hint">{t('chatInheritHint')}</p>
      {canReset &&
        (confirming ? (
          <div class="confirm" role="group" aria-label={t('resetConversation')}>
            <p>{t('confirmReset')}</p>
            <button
              type="button"
              class="button button--danger"
              onClick={() => {
                setConfirming(false);
                onReset();
              }}
            >
              {t('confirmResetButton')}
            </button>
            <button type="button" class="button" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </div>
        ) : (
          <button type="button" class="button" onClick={() => setConfirming(true)}>
            {t('resetConversation')}
          </button>
        ))}
    </div>
  );
}
