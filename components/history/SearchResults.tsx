import type { SearchResult } from '@/utils/history/queries';
import { t } from '@/utils/i18n/translate';

/** Search hits, each with its conversation's title and the matching text marked. */
export function SearchResults({
  query,
  results,
  onOpen,
}: {
  query: string;
  results: SearchResult[] | null;
  onOpen(result: SearchResult): void;
}) {
  if (results === null) return null;
  if (results.length === 0) return <p class="history__empty">{t('noResults', { query })}</p>;
  return (
    <ul class="history__list" aria-label={t('searchConversations')}>
      {results.map((result) => (
        <li key={`${result.conversationId}:${result.messageId ?? 'title'}`}>
          <button type="button" class="history__result" onClick={() => onOpen(result)}>
            <span class="history__result-title">{result.title || t('untitled')}</span>
            <span class="history__snippet" dir="auto">
              {result.snippet.parts.map((part, index) =>
                part.match ? <mark key={index}>{part.text}</mark> : part.text,
              )}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
