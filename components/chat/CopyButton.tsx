import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n/translate';

/** "Copy": puts `text` (a message's markdown source) on the clipboard and says so. */
export function CopyButton({ text }: { text: string }) {
  const [status, setStatus] = useState('');
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('copied'));
    } catch {
      setStatus(t('copyFailed'));
    }
    setTimeout(() => setStatus(''), 2000);
  };
  return (
    <>
      <button type="button" class="message__action" onClick={() => void copy()}>
        {t('copy')}
      </button>
      <span class="visually-hidden" role="status">
        {status}
      </span>
    </>
  );
}
