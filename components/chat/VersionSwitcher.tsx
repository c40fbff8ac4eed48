import { t } from '@/utils/i18n/translate';

/** "‹ 2 / 3 ›": moves between versions of a message (edits, regenerations). */
export function VersionSwitcher({
  ids,
  current,
  disabled,
  onSwitch,
}: {
  ids: readonly string[];
  current: string;
  disabled: boolean;
  onSwitch(messageId: string): void;
}) {
  const index = ids.indexOf(current);
  const previous = ids[index - 1];
  const next = ids[index + 1];
  return (
    <span class="versions">
      <button
        type="button"
        class="message__action"
        aria-label={t('previousVersion')}
        disabled={disabled || !previous}
        onClick={() => previous && onSwitch(previous)}
      >
        ‹
      </button>
      <span class="versions__count">{t('versionOf', { index: index + 1, count: ids.length })}</span>
      <button
        type="button"
        class="message__action"
        aria-label={t('nextVersion')}
        disabled={disabled || !next}
        onClick={() => next && onSwitch(next)}
      >
        ›
      </button>
    </span>
  );
}
