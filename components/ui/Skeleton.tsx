import { t } from '@/utils/i18n/translate';

/** A place held while content loads: grey bars, announced once as loading. */
export function Skeleton() {
  return (
    <div class="view-loading" role="status" aria-busy="true">
      <span class="visually-hidden">{t('loading')}</span>
      <div class="skeleton" />
      <div class="skeleton skeleton--short" />
      <div class="skeleton" />
    </div>
  );
}
