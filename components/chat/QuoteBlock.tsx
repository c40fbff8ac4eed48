import { httpHost } from '@/utils/markdown/escape';
import type { Quote } from '@/utils/page/quote';

/** A quote shown in the history above the message it came with, linking to its page. */
export function QuoteBlock({ quote }: { quote: Quote }) {
  const host = httpHost(quote.url);
  const label = quote.title || host || quote.url;
  return (
    <figure class="message__quote">
      <blockquote dir="auto">{quote.text}</blockquote>
      {label && (
        <figcaption>
          {host ? (
            <a href={quote.url} target="_blank" rel="noopener noreferrer" title={quote.url}>
              {label}
            </a>
          ) : (
            label
          )}
        </figcaption>
      )}
    </figure>
  );
}
