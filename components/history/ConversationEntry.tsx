import { useState } from 'preact/hooks';
import type { Conversation } from '@/utils/history/types';
import { IconButton } from '@/components/ui/IconButton';
import {
  CloseIcon,
  ConfirmIcon,
  DeleteIcon,
  PinIcon,
  RenameIcon,
  UnpinIcon,
} from '@/components/ui/icons';
import { t } from '@/utils/i18n/translate';

/** One conversation in the list: open it, rename, pin or delete it. */
export function ConversationEntry({
  conversation,
  current,
  onOpen,
  onRename,
  onPin,
  onDelete,
}: {
  conversation: Conversation;
  current: boolean;
  onOpen(): void;
  onRename(title: string): void;
  onPin(pinned: boolean): void;
  onDelete(): void;
}) {
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(conversation.title);
  const pinned = Boolean(conversation.pinnedAt);
  if (renaming) {
    return (
      <li class="history__entry">
        <form
          class="history__rename"
          onSubmit={(event) => {
            event.preventDefault();
            onRename(title);
            setRenaming(false);
          }}
        >
          <input
            aria-label={t('renameTitle')}
            value={title}
            maxLength={10_000}
            onInput={(event) => setTitle(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setRenaming(false);
            }}
            // eslint-disable-next-line jsx-a11y/no-autofocus -- the user just asked to rename
            autoFocus
          />
          <IconButton size="small" type="submit" label={t('saveTitle')} icon={ConfirmIcon} />
          <IconButton
            size="small"
            label={t('cancel')}
            icon={CloseIcon}
            onClick={() => setRenaming(false)}
          />
        </form>
      </li>
    );
  }
  return (
    <li class="history__entry">
      <button
        type="button"
        class="history__open"
        aria-current={current ? 'page' : undefined}
        onClick={onOpen}
      >
        {conversation.title || t('untitled')}
      </button>
      <span class="history__tools">
        <IconButton
          size="small"
          label={t('rename')}
          icon={RenameIcon}
          onClick={() => {
            setTitle(conversation.title);
            setRenaming(true);
          }}
        />
        <IconButton
          size="small"
          label={pinned ? t('unpin') : t('pin')}
          icon={pinned ? UnpinIcon : PinIcon}
          onClick={() => onPin(!pinned)}
        />
        <IconButton size="small" label={t('delete')} icon={DeleteIcon} onClick={onDelete} />
      </span>
    </li>
  );
}
