import { t } from '@/utils/i18n/translate';

/** Tokens as people say them: 8K, 128K, 1M. */
export function compactTokens(tokens: number): string {
  if (tokens >= 1_000_000) return `${Number((tokens / 1_000_000).toFixed(1))}M`;
  if (tokens >= 1000) return `${Math.round(tokens / 1000)}K`;
  return String(tokens);
}

/**
 * The chat's tokens: what its replies used, and how full the model's window is when the
 * window is known. Carries the numbers as data for tests and tools.
 */
export function ContextMeter({
  totalTokens,
  contextTokens,
  contextWindow,
}: {
  /** Every reply's tokens added up, as providers reported them. */
  totalTokens: number;
  /** What the next request starts from (the last reply's prompt and answer). */
  contextTokens: number;
  contextWindow: number | null;
}) {
  if (totalTokens <= 0 && !contextWindow) return null;
  const percent = contextWindow
    ? Math.min(999, Math.round((contextTokens / contextWindow) * 100))
    : 0;
  return (
    <span
      class={`chat-options__usage${percent >= 90 ? ' chat-options__usage--full' : ''}`}
      data-usage={totalTokens}
      {...(contextWindow && { 'data-context-window': contextWindow })}
      title={
        contextWindow
          ? t('contextDetail', {
              used: contextTokens.toLocaleString(),
              window: contextWindow.toLocaleString(),
            })
          : undefined
      }
    >
      {totalTokens > 0 && t('usageConversation', { total: totalTokens.toLocaleString() })}
      {totalTokens > 0 && contextWindow ? ' · ' : ''}
      {contextWindow && t('contextPercent', { percent, window: compactTokens(contextWindow) })}
    </span>
  );
}

/** Said above the composer when the next message would fill or overflow the window. */
export function ContextWarning({
  tokens,
  contextWindow,
  model,
}: {
  tokens: number;
  contextWindow: number;
  model: string;
}) {
  const params = {
    model,
    used: compactTokens(tokens),
    window: compactTokens(contextWindow),
  };
  return (
    <p class="context-warning" role="status" data-context-warning>
      {tokens > contextWindow ? t('contextOver', params) : t('contextNear', params)}
    </p>
  );
}
