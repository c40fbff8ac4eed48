import { useState } from 'preact/hooks';
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
    <div class="quote-chip" data-quote>
      <div class="quote-chip__source">{source && t('quoteFrom', { source })}</div>
      <div class="quote-chip__text" dir="auto">
        {shown}
      </div>
      <div class="quote-chip__actions">
        {long && (
          <button type="button" class="button--quiet" onClick={() => setExpanded(!expanded)}>
            {expanded ? t('showLessQuote') : t('showFullQuote')}
          </button>
        )}
        <button type="button" class="button--quiet" onClick={onRemove}>
          {t('removeQuote')}
        </button>
      </div>
    </div>
  );
}
