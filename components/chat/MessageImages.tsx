import { useEffect, useState } from 'preact/hooks';
import { IconButton } from '@/components/ui/IconButton';
import { CloseIcon } from '@/components/ui/icons';
import type { ImageAttachment } from '@/utils/history/types';
import { t } from '@/utils/i18n/translate';
import { imageUrl, knownImageUrl } from '@/utils/panel/image-urls';

/**
 * The images a message carried, as thumbnails that open the full image. While the message is
 * edited, each has Remove image instead: the new version goes without it.
 */
export function MessageImages({
  images,
  onRemove,
}: {
  images: readonly ImageAttachment[];
  onRemove?(id: string): void;
}) {
  return (
    <div class="message-images" data-attachments>
      {images.map((image) =>
        onRemove ? (
          <span key={image.id} class="message-images__editing" data-attachment>
            <MessageImage image={image} />
            <IconButton
              class="image-chip__remove"
              label={t('removeImage')}
              icon={CloseIcon}
              size="small"
              onClick={() => onRemove(image.id)}
            />
          </span>
        ) : (
          <MessageImage key={image.id} image={image} />
        ),
      )}
    </div>
  );
}

function MessageImage({ image }: { image: ImageAttachment }) {
  const [url, setUrl] = useState(() => knownImageUrl(image.id));
  const [gone, setGone] = useState(false);
  useEffect(() => {
    if (url) return;
    let live = true;
    void imageUrl(image.id).then((found) => {
      if (!live) return;
      if (found) setUrl(found);
      else setGone(true);
    });
    return () => {
      live = false;
    };
  }, [image.id]);
  const alt = t('imageAlt', { name: image.name });
  const box = { aspectRatio: `${image.width} / ${image.height}` };
  if (!url)
    return (
      <span
        class={gone ? 'message-images__item message-images__item--gone' : 'message-images__item'}
        style={box}
        role="img"
        aria-label={alt}
      />
    );
  return (
    <a class="message-images__item" href={url} target="_blank" rel="noreferrer" title={image.name}>
      <img src={url} alt={alt} width={image.width} height={image.height} style={box} />
    </a>
  );
}
