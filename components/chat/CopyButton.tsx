import { useState } from 'preact/hooks';
import { IconButton } from '@/components/ui/IconButton';
import { CopyIcon } from '@/components/ui/icons';
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
      <IconButton size="small" label={t('copy')} icon={CopyIcon} onClick={() => void copy()} />
      <span class="visually-hidden" role="status">
        {status}
      </span>
    </>
  );
}
