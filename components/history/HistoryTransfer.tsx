import { MAX_IMPORT_BYTES } from '@/utils/limits';
import { useState } from 'preact/hooks';
import type { ChatSession } from '@/utils/panel/session';
import { downloadBlob } from '@/utils/transfer/download';
import { exportFileName, exportHistory } from '@/utils/transfer/export';
import { ExportIcon, ImportIcon } from '@/components/ui/icons';
import { t } from '@/utils/i18n/translate';

/** "Export history" and "Import history", with progress and the result in words. */
export function HistoryTransfer({ session }: { session: ChatSession }) {
  const [status, setStatus] = useState<{ text: string; failed: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [withImages, setWithImages] = useState(true);

  const runExport = async (): Promise<void> => {
    setBusy(true);
    try {
      const blob = await exportHistory(
        (done, total) => setStatus({ text: t('exporting', { done, total }), failed: false }),
        new Date(),
        withImages,
      );
      downloadBlob(blob, exportFileName('sidechat-history', 'json'));
      setStatus(null);
    } catch (error) {
      console.error('Sidechat: export failed', error);
      setStatus({ text: t('exportFailed'), failed: true });
    } finally {
      setBusy(false);
    }
  };

  const runImport = async (file: File): Promise<void> => {
    if (file.size > MAX_IMPORT_BYTES) {
      setStatus({
        text: t('importTooLarge', { size: Math.round(file.size / 1024 / 1024) }),
        failed: true,
      });
      return;
    }
    setBusy(true);
    try {
      let text: string;
      try {
        text = await file.text();
      } catch (error) {
        console.error('Sidechat: could not read the import file', error);
        setStatus({ text: t('importReadFailed'), failed: true });
        return;
      }
      const result = await session.importHistory(text, (phase, done, total) =>
        setStatus({
          text:
            phase === 'validating' ? t('importValidating') : t('importWriting', { done, total }),
          failed: false,
        }),
      );
      setStatus({ text: result.message, failed: !result.ok });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="history__transfer">
      <button
        type="button"
        class="button--quiet history__transfer-button"
        disabled={busy}
        onClick={() => void runExport()}
      >
        <ExportIcon size={14} aria-hidden="true" />
        {t('exportHistory')}
      </button>
      <label class="history__transfer-option">
        <input
          type="checkbox"
          checked={withImages}
          onChange={(event) => setWithImages(event.currentTarget.checked)}
        />
        {t('exportWithImages')}
      </label>
      <label class="button--quiet history__transfer-button history__import">
        <ImportIcon size={14} aria-hidden="true" />
        {t('importHistory')}
        <input
          type="file"
          accept="application/json,.json"
          class="visually-hidden"
          aria-label={t('importHistory')}
          disabled={busy}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void runImport(file);
          }}
        />
      </label>
      {status && (
        <p class="history__transfer-status" role={status.failed ? 'alert' : 'status'}>
          {status.text}
        </p>
      )}
    </div>
  );
}
