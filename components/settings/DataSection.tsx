import { useEffect, useState } from 'preact/hooks';
import { getLocale, t } from '@/utils/i18n/translate';
import { formatBytes, readStorageStatus, type StorageStatus } from '@/utils/panel/storage-status';

/** Settings → Data: how much history is stored, and whether the browser keeps it. */
export function DataSection() {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  useEffect(() => {
    void readStorageStatus().then(setStatus);
  }, []);
  return (
    <section
      class="settings__group"
      aria-labelledby="data-title"
      data-storage-persistent={status ? String(status.persistent) : undefined}
    >
      <h3 id="data-title">{t('dataTitle')}</h3>
      {status ? (
        <>
          <p>
            {t('dataStored', {
              size: formatBytes(status.historyBytes, getLocale() === 'zh_CN' ? 'zh-CN' : 'en'),
            })}
          </p>
          <p class="field__hint">
            {status.persistent ? t('dataPersistent') : t('dataNotPersistent')}
          </p>
        </>
      ) : (
        <p class="field__hint" role="status">
          {t('dataReading')}
        </p>
      )}
    </section>
  );
}
