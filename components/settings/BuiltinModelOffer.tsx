import { useState } from 'preact/hooks';
import { builtinModelApi, type BuiltinAvailability } from '@/utils/providers/builtin-api';
import { t } from '@/utils/i18n/translate';

/**
 * The welcome screen's first choice where the browser has a model of its own: no key,
 * nothing leaves the computer. Downloads the model inside the click when it must (the
 * browser requires a user's gesture for that), showing how far it got.
 */
export function BuiltinModelOffer({
  availability,
  onReady,
}: {
  /** From useBuiltinAvailability: null where the browser has no model. */
  availability: BuiltinAvailability | null;
  onReady(): void;
}) {
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState('');
  if (!availability || availability === 'unavailable') return null;

  const use = async (): Promise<void> => {
    const api = builtinModelApi();
    if (!api) return;
    if (availability === 'available') return onReady();
    setProblem('');
    setProgress(0);
    try {
      const session = await api.create({
        monitor: (monitor) =>
          monitor.addEventListener('downloadprogress', (event) => setProgress(event.loaded)),
      });
      session.destroy();
      onReady();
    } catch (error) {
      console.warn('Sidechat: the built-in model did not download', error);
      setProgress(null);
      setProblem(t('builtinDownloadFailed'));
    }
  };

  const percent = Math.round((progress ?? 0) * 100);
  return (
    <section class="settings__group builtin-offer" aria-labelledby="builtin-offer-title">
      <h3 id="builtin-offer-title">{t('builtinOfferTitle')}</h3>
      <p class="field__hint">{t('builtinOfferBody')}</p>
      {availability !== 'available' && <p class="field__hint">{t('builtinOfferDownload')}</p>}
      {progress === null ? (
        <button type="button" class="button button--primary" onClick={() => void use()}>
          {t('useBuiltinModel')}
        </button>
      ) : (
        <div class="builtin-offer__progress">
          <progress max={100} value={percent} aria-label={t('builtinDownloading')} />
          <span aria-hidden="true">{percent}%</span>
        </div>
      )}
      {problem && (
        <p role="alert" class="field__error">
          {problem}
        </p>
      )}
    </section>
  );
}
