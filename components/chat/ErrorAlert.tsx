import type { ChatAlert } from '@/utils/panel/chat-state';
import { t } from '@/utils/i18n/translate';

/** A failure in words, with the one action that helps most (Retry, Open settings, Dismiss). */
export function ErrorAlert({
  alert,
  onRetry,
  onOpenSettings,
  onDismiss,
}: {
  alert: ChatAlert;
  onRetry(): void;
  onOpenSettings(): void;
  onDismiss(): void;
}) {
  const needsSettings = alert.code === 'not_configured';
  if (alert.retryable === false && !needsSettings) {
    return (
      <div class="alert" role="alert">
        <p class="alert__text">{alert.message}</p>
        <button type="button" class="button" onClick={onDismiss}>
          {t('dismiss')}
        </button>
      </div>
    );
  }
  return (
    <div class="alert" role="alert">
      <p class="alert__text">{alert.message}</p>
      {needsSettings ? (
        <button type="button" class="button" onClick={onOpenSettings}>
          {t('openSettings')}
        </button>
      ) : (
        <button type="button" class="button" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}
