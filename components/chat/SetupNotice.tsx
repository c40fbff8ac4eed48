import { t } from '@/utils/i18n/translate';

/** Shown until a provider is configured: what to do, and the button that does it. */
export function SetupNotice({ onOpenSettings }: { onOpenSettings(): void }) {
  return (
    <section class="setup" aria-labelledby="setup-title">
      <h2 id="setup-title">{t('setupTitle')}</h2>
      <p>{t('setupBody')}</p>
      <button type="button" class="button button--primary" onClick={onOpenSettings}>
        {t('openSettings')}
      </button>
    </section>
  );
}
