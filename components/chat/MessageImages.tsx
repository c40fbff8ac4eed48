import { useEffect, useState } from 'preact/hooks';
import type { ImageAttachment } from '@/utils/history/types';
import { t } from '@/utils/i18n/translate';
import { imageUrl, knownImageUrl } from '@/utils/panel/image-urls';

/** The images a message carried, as thumbnails that open the full image. */
export function MessageImages({ images }: { images: readonly ImageAttachment[] }) {
  return (
    <div class="message-images" data-attachments>
      {images.map((image) => (
        <MessageImage key={image.id} image={image} />
      ))}
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
