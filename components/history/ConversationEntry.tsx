import { useState } from 'preact/hooks';
import type { Conversation } from '@/utils/history/types';
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
          <button type="submit" class="button--quiet">
            {t('saveTitle')}
          </button>
          <button type="button" class="button--quiet" onClick={() => setRenaming(false)}>
            {t('cancel')}
          </button>
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
        <button
          type="button"
          class="button--quiet"
          onClick={() => {
            setTitle(conversation.title);
            setRenaming(true);
          }}
        >
          {t('rename')}
        </button>
        <button type="button" class="button--quiet" onClick={() => onPin(!pinned)}>
          {pinned ? t('unpin') : t('pin')}
        </button>
        <button type="button" class="button--quiet" onClick={onDelete}>
          {t('delete')}
        </button>
      </span>
    </li>
  );
}
