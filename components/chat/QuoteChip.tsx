import { useState } from 'preact/hooks';
import { Chip } from '@/components/ui/Chip';
import { httpHost } from '@/utils/markdown/escape';
import { t } from '@/utils/i18n/translate';
import type { Quote } from '@/utils/page/quote';

const PREVIEW_LENGTH = 280;

/** The quote attached to the next message: its text (shortened), source, and a way to drop it. */
export function QuoteChip({ quote, onRemove }: { quote: Quote; onRemove(): void }) {
  const [expanded, setExpanded] = useState(false);
  const long = quote.text.length > PREVIEW_LENGTH;
  const shown = expanded || !long ? quote.text : `${quote.text.slice(0, PREVIEW_LENGTH)}…`;
  const source = [quote.title, httpHost(quote.url)].filter(Boolean).join(' · ');
  return (
    <Chip
      data-quote
      caption={source ? t('quoteFrom', { source }) : t('quoteCaption')}
      removeLabel={t('removeQuote')}
      onRemove={onRemove}
      actions={
        long && (
          <button
            type="button"
            class="button--quiet"
            aria-expanded={expanded}
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? t('showLessQuote') : t('showFullQuote')}
          </button>
        )
      }
    >
      <div class="quote-chip__text" dir="auto">
        {shown}
      </div>
    </Chip>
  );
}
