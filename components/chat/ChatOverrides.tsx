import { type ConversationOptions } from '@/utils/history/types';
import { useState } from 'preact/hooks';
import { TextField } from '@/components/ui/TextField';
import { InlineConfirm } from '@/components/ui/InlineConfirm';
import { t } from '@/utils/i18n/translate';
import type { SamplingKey } from '@/utils/limits';
import type { FieldError } from '@/utils/panel/number-field';
import { parseSamplingField, samplingTexts } from '@/utils/panel/sampling';

const NUMBER_FIELDS: {
  key: SamplingKey;
  label: 'chatTemperature' | 'chatMaxTokens' | 'chatTopP';
}[] = [
  { key: 'temperature', label: 'chatTemperature' },
  { key: 'maxTokens', label: 'chatMaxTokens' },
  { key: 'topP', label: 'chatTopP' },
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
    ...samplingTexts(options),
  }));
  const [errors, setErrors] = useState<Partial<Record<SamplingKey, FieldError>>>({});
  const [confirming, setConfirming] = useState(false);

  const without = (key: keyof ConversationOptions): ConversationOptions => {
    const next = { ...options };
    delete next[key];
    return next;
  };
  const commitNumber = (key: SamplingKey): void => {
    const result = parseSamplingField(key, texts[key]);
    if ('error' in result) {
      setErrors({ ...errors, [key]: result.error });
      return;
    }
    const { value } = result;
    setErrors({ ...errors, [key]: undefined });
    if ((options[key] ?? null) === value) return;
    onChange(value === null ? without(key) : { ...options, [key]: value });
  };

  return (
    <div class="chat-overrides__fields">
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
        {NUMBER_FIELDS.map(({ key, label }) => (
          <TextField
            key={key}
            id={`chat-${key}`}
            label={t(label)}
            inputMode={key === 'maxTokens' ? 'numeric' : 'decimal'}
            error={errors[key]}
            value={texts[key]}
            onValue={(value) => setTexts({ ...texts, [key]: value })}
            onCommit={() => commitNumber(key)}
          />
        ))}
      </div>
      <p class="field__hint">{t('chatInheritHint')}</p>
      {canReset &&
        (confirming ? (
          <InlineConfirm
            label={t('resetConversation')}
            question={t('confirmReset')}
            confirmLabel={t('confirmResetButton')}
            onConfirm={() => {
              setConfirming(false);
              onReset();
            }}
            onCancel={() => setConfirming(false)}
          />
        ) : (
          <button type="button" class="button" onClick={() => setConfirming(true)}>
            {t('resetConversation')}
          </button>
        ))}
    </div>
  );
}
