import { IconButton } from '@/components/ui/IconButton';
import { CopyIcon, DeleteIcon, EditIcon, MoveDownIcon, MoveUpIcon } from '@/components/ui/icons';
import { t } from '@/utils/i18n/translate';
import type { SavedPrompt } from '@/utils/prompts/library';

/** One prompt in the library: its command, name and where it appears, with its actions. */
export function PromptRow({
  prompt,
  first,
  last,
  onEdit,
  onDuplicate,
  onMove,
  onDelete,
}: {
  prompt: SavedPrompt;
  first: boolean;
  last: boolean;
  onEdit(): void;
  onDuplicate(): void;
  onMove(step: -1 | 1): void;
  onDelete(): void;
}) {
  const places = [
    prompt.sendAtOnce && t('badgeSendsAtOnce'),
    prompt.onSelection && t('badgeSelectionMenu'),
    prompt.onPage && t('badgePageMenu'),
  ].filter((place): place is string => Boolean(place));
  return (
    <li class="prompt-row" data-prompt-id={prompt.id}>
      <div class="prompt-row__text">
        <span class="prompt-row__name">{prompt.name}</span>
        <span class="prompt-row__command">/{prompt.command}</span>
        {places.length > 0 && (
          <span class="prompt-row__places">
            {places.map((place) => (
              <span key={place} class="prompt-row__place">
                {place}
              </span>
            ))}
          </span>
        )}
      </div>
      <div class="prompt-row__actions">
        <IconButton label={t('editPrompt')} icon={EditIcon} size="small" onClick={onEdit} />
        <IconButton
          label={t('duplicatePrompt')}
          icon={CopyIcon}
          size="small"
          onClick={onDuplicate}
        />
        <IconButton
          label={t('movePromptUp')}
          icon={MoveUpIcon}
          size="small"
          disabled={first}
          onClick={() => onMove(-1)}
        />
        <IconButton
          label={t('movePromptDown')}
          icon={MoveDownIcon}
          size="small"
          disabled={last}
          onClick={() => onMove(1)}
        />
        <IconButton label={t('deletePrompt')} icon={DeleteIcon} size="small" onClick={onDelete} />
      </div>
    </li>
  );
}
