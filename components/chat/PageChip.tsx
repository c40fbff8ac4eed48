import { useState } from 'preact/hooks';
import { Chip } from '@/components/ui/Chip';
import { httpHost } from '@/utils/markdown/escape';
import { t } from '@/utils/i18n/translate';
import type { FittedPage } from '@/utils/page/page-budget';
import type { MessageKey } from '@/utils/i18n/locales/en';
import type { PageKind } from '@/utils/page/page-source';

const CAPTIONS: Record<PageKind, MessageKey> = {
  page: 'pageCaption',
  pdf: 'pdfCaption',
  video: 'videoCaption',
};

/**
 * A page attached to the next message: "Page · title · host · ≈N tokens", a sentence when
 * it was cut, and the exact text that will be sent behind a toggle.
 */
export function PageChip({
  fitted,
  readerNote,
  onRemove,
}: {
  fitted: FittedPage;
  readerNote: string | null;
  onRemove(): void;
}) {
  const [expanded, setExpanded] = useState(false);
  const { source, totalTokens, cutToFit } = fitted;
  const title = source.title || source.url;
  const caption = t(CAPTIONS[source.kind], {
    title,
    host: httpHost(source.url) || source.url.split(':')[0] || '',
    tokens: source.tokens.toLocaleString(),
  });
  return (
    <Chip
      data-page={source.kind}
      data-page-tokens={source.tokens}
      data-page-truncated={source.truncated}
      caption={<span title={caption}>{caption}</span>}
      removeLabel={t('removePage')}
      onRemove={onRemove}
      actions={
        <button
          type="button"
          class="button--quiet"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t('hidePageText') : t('showPageText')}
        </button>
      }
    >
      {cutToFit && (
        <p class="page-chip__note" data-page-cut>
          {t('pageCut', {
            kept: source.tokens.toLocaleString(),
            total: totalTokens.toLocaleString(),
            percent: Math.max(1, Math.floor((source.tokens / totalTokens) * 100)),
            title,
          })}
        </p>
      )}
      {readerNote && <p class="page-chip__note">{readerNote}</p>}
      {expanded && (
        // Plain text, exactly as sent: never rendered as markup.
        <pre class="page-chip__text" dir="auto" tabIndex={0} data-page-text>
          {source.text}
        </pre>
      )}
    </Chip>
  );
}
