import { useAdaptations } from '@/components/hooks/use-adaptations';
import { adaptationItems, type AdaptationItem } from '@/utils/providers/adaptation';
import { t } from '@/utils/i18n/translate';

/** One adaptation as a sentence. */
export function describeAdaptation(item: AdaptationItem): string {
  switch (item.kind) {
    case 'noStreamUsage':
      return t('adaptNoStreamUsage');
    case 'lengthField':
      return item.field === 'none' ? t('adaptLengthNone') : t('adaptLengthCompletion');
    case 'refused':
      return t('adaptRefused', { param: item.param, model: item.model });
  }
}

/**
 * What Sidechat changed in its requests because this server refused a field, and a way
 * back to the defaults (a server upgrade may accept them again). Nothing when nothing changed.
 */
export function AdaptationsNote({
  profileId,
  baseURL,
}: {
  profileId: string;
  baseURL: string | null;
}) {
  const { adaptations, reset } = useAdaptations(profileId, baseURL);
  const items = adaptationItems(adaptations);
  if (items.length === 0) return null;
  const titleId = `adaptations-${profileId}`;
  return (
    <section class="adaptations" aria-labelledby={titleId} data-adaptations>
      <h4 id={titleId}>{t('adaptationsTitle')}</h4>
      <ul>
        {items.map((item) => (
          <li key={JSON.stringify(item)}>{describeAdaptation(item)}</li>
        ))}
      </ul>
      <p class="field__hint">{t('adaptationsHint')}</p>
      <button type="button" class="button" onClick={() => void reset()}>
        {t('resetAdaptations')}
      </button>
    </section>
  );
}
