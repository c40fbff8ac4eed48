import type { WriteNotice as Notice } from '@/components/hooks/use-page-writer';
import { t } from '@/utils/i18n/translate';

/** What writing into the page did: a sentence, with Copy and Allow access where they help. */
export function WriteNotice({
  notice,
  onAllowAccess,
  onDismiss,
}: {
  notice: Notice;
  onAllowAccess(): void;
  onDismiss(): void;
}) {
  const copy = notice.copy;
  return (
    <div class="quote-notice" role={notice.failed ? 'alert' : 'status'} data-write-notice>
      <span>{notice.message}</span>
      {notice.retry && (
        <button type="button" class="button" onClick={onAllowAccess}>
          {t('allowPageAccess')}
        </button>
      )}
      {copy !== null && (
        <button
          type="button"
          class="button"
          onClick={() =>
            void navigator.clipboard
              .writeText(copy)
              .then(onDismiss)
              .catch((error: unknown) => console.warn('Sidechat: copy failed', error))
          }
        >
          {t('copyInstead')}
        </button>
      )}
      <button type="button" class="button" onClick={onDismiss}>
        {t('dismiss')}
      </button>
    </div>
  );
}
