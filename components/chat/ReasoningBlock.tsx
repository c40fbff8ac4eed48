import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n/translate';

/**
 * The model's reasoning, apart from the answer: open while it thinks, folded away once the
 * answer starts (the user can open it again).
 */
export function ReasoningBlock({
  reasoning,
  thinking,
  thinkingMs,
}: {
  reasoning: string;
  thinking: boolean;
  thinkingMs: number | null | undefined;
}) {
  const [open, setOpen] = useState(thinking);
  useEffect(() => {
    if (!thinking) setOpen(false);
  }, [thinking]);
  const summary = thinking
    ? t('thinking')
    : thinkingMs != null
      ? t('thoughtFor', { seconds: Math.max(1, Math.round(thinkingMs / 1000)) })
      : t('reasoningLabel');
  return (
    <details
      class="reasoning"
      data-reasoning
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{summary}</summary>
      <div class="reasoning__text" dir="auto">
        {reasoning}
      </div>
    </details>
  );
}
