import { IconButton } from '@/components/ui/IconButton';
import { NextIcon, PreviousIcon } from '@/components/ui/icons';
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
      <IconButton
        size="small"
        label={t('previousVersion')}
        icon={PreviousIcon}
        disabled={disabled || !previous}
        onClick={() => previous && onSwitch(previous)}
      />
      <span class="versions__count">{t('versionOf', { index: index + 1, count: ids.length })}</span>
      <IconButton
        size="small"
        label={t('nextVersion')}
        icon={NextIcon}
        disabled={disabled || !next}
        onClick={() => next && onSwitch(next)}
      />
    </span>
  );
}
