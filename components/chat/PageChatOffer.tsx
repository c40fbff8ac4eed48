import { IconButton } from '@/components/ui/IconButton';
import { CloseIcon, ConversationsIcon } from '@/components/ui/icons';
import { t } from '@/utils/i18n/translate';

/** "You talked about this page in …": continue that chat, or dismiss the offer. */
export function PageChatOffer({
  title,
  onContinue,
  onDismiss,
}: {
  title: string;
  onContinue(): void;
  onDismiss(): void;
}) {
  return (
    <div class="page-offer" role="status" data-page-offer>
      <ConversationsIcon size={16} aria-hidden="true" />
      <span class="page-offer__text">{t('continuePageChat', { title })}</span>
      <button type="button" class="button" onClick={onContinue}>
        {t('continueChat')}
      </button>
      <IconButton label={t('dismiss')} icon={CloseIcon} size="small" onClick={onDismiss} />
    </div>
  );
}
