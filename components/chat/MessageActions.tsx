import { useContext, useState } from 'preact/hooks';
import type { ChatMessage } from '@/utils/history/types';
import { IconButton } from '@/components/ui/IconButton';
import {
  ContinueIcon,
  DeleteIcon,
  DislikeIcon,
  EditIcon,
  InsertIcon,
  LikeIcon,
  RegenerateIcon,
  ReplaceIcon,
} from '@/components/ui/icons';
import { InlineConfirm } from '@/components/ui/InlineConfirm';
import { t } from '@/utils/i18n/translate';
import { ChatActionsContext } from './chat-actions';
import { CopyButton } from './CopyButton';
import { VersionSwitcher } from './VersionSwitcher';

const FEEDBACK = [
  { verdict: 'like', icon: LikeIcon },
  { verdict: 'dislike', icon: DislikeIcon },
] as const;

/** The buttons under a message: versions, copy, edit or regenerate, continue, feedback, delete. */
export function MessageActions({
  message,
  versions,
  onEdit,
}: {
  message: ChatMessage;
  versions: readonly string[] | undefined;
  onEdit(): void;
}) {
  const { session, streaming, writeToPage, canReplace } = useContext(ChatActionsContext);
  const [confirming, setConfirming] = useState(false);
  const { id, role, status, feedback } = message;
  const assistant = role === 'assistant';
  if (confirming) {
    return (
      <InlineConfirm
        class="message__actions message__actions--confirm"
        question={t('confirmDeleteBranch')}
        confirmLabel={t('confirmDelete')}
        onConfirm={() => session?.deleteBranch(id)}
        onCancel={() => setConfirming(false)}
      />
    );
  }
  return (
    <div class="message__actions">
      {versions && versions.length > 1 && (
        <VersionSwitcher
          ids={versions}
          current={id}
          disabled={streaming}
          onSwitch={(target) => session?.switchVersion(target)}
        />
      )}
      {message.content !== '' && <CopyButton text={message.content} />}
      {assistant && writeToPage && message.content !== '' && status !== 'streaming' && (
        <IconButton
          size="small"
          label={t('insertIntoPage')}
          icon={InsertIcon}
          onClick={() => writeToPage(message.content, 'insert')}
        />
      )}
      {assistant &&
        writeToPage &&
        canReplace &&
        message.content !== '' &&
        status !== 'streaming' && (
          <IconButton
            size="small"
            label={t('replaceSelection')}
            icon={ReplaceIcon}
            onClick={() => writeToPage(message.content, 'replace')}
          />
        )}
      {role === 'user' && (
        <IconButton
          size="small"
          label={t('edit')}
          icon={EditIcon}
          disabled={streaming}
          onClick={onEdit}
        />
      )}
      {assistant && (
        <IconButton
          size="small"
          label={t('regenerate')}
          icon={RegenerateIcon}
          disabled={streaming}
          onClick={() => session?.retry(id)}
        />
      )}
      {assistant && (status === 'stopped' || status === 'interrupted') && (
        <IconButton
          size="small"
          label={t('continueReply')}
          icon={ContinueIcon}
          disabled={streaming}
          onClick={() => session?.continueReply(id)}
        />
      )}
      {assistant &&
        FEEDBACK.map(({ verdict, icon }) => (
          <IconButton
            key={verdict}
            size="small"
            label={t(verdict)}
            icon={icon}
            aria-pressed={feedback === verdict}
            // Pressing the active verdict again clears it.
            onClick={() => session?.setFeedback(id, feedback === verdict ? null : verdict)}
          />
        ))}
      <IconButton
        size="small"
        label={t('deleteBranch')}
        icon={DeleteIcon}
        disabled={streaming}
        onClick={() => setConfirming(true)}
      />
    </div>
  );
}
