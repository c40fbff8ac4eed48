import type { ComposerImage } from '@/components/hooks/use-image-attachments';
import { IconButton } from '@/components/ui/IconButton';
import { CloseIcon } from '@/components/ui/icons';
import { t } from '@/utils/i18n/translate';

/** The images attached to the next message: thumbnails, each with Remove image. */
export function ImageChips({
  images,
  onRemove,
}: {
  images: readonly ComposerImage[];
  onRemove(key: string): void;
}) {
  if (images.length === 0) return null;
  return (
    <ul class="image-chips" aria-label={t('attachImage')}>
      {images.map((item) => (
        <li
          key={item.key}
          class="image-chip"
          data-attachment
          data-attachment-status={item.ready ? 'ready' : 'preparing'}
          title={item.name}
        >
          {item.ready ? (
            <img
              class="image-chip__thumb"
              src={item.ready.url}
              alt={t('imageAlt', { name: item.name })}
              width={item.ready.image.width}
              height={item.ready.image.height}
            />
          ) : (
            <span class="image-chip__thumb image-chip__thumb--busy" role="status">
              <span class="visually-hidden">{t('preparingImage', { name: item.name })}</span>
            </span>
          )}
          {item.ready?.image.firstFrameOnly && (
            <span class="image-chip__note">{t('firstFrameOnly')}</span>
          )}
          <IconButton
            class="image-chip__remove"
            label={t('removeImage')}
            icon={CloseIcon}
            size="small"
            onClick={() => onRemove(item.key)}
          />
        </li>
      ))}
    </ul>
  );
}
