// Turns what the user pasted, dropped, picked or captured into images ready to send, with a
// sentence for each one that cannot be: loaded with the first image, not with the panel.
import { IMAGE_LIMITS } from '@/utils/limits';
import { enImages } from '@/utils/i18n/locales/en-images';
import { zhCNImages } from '@/utils/i18n/locales/zh-CN-images';
import { addStrings, t } from '@/utils/i18n/translate';
import type { ImageAttachment } from '@/utils/history/types';
import {
  blobToDataUrl,
  dataUrlBytes,
  isImageType,
  type ImageUpload,
} from '@/utils/images/image-upload';
import { imageBlob } from '@/utils/history/queries';
import { rememberImage } from './image-urls';
import type { CaptureProblem } from '@/utils/images/capture-result';
import { prepareImage, type ImageProblem, type PreparedImage } from '@/utils/images/prepare-image';
import type { MessageKey } from '@/utils/i18n/locales/en';

addStrings({ en: enImages, zh_CN: zhCNImages });

const PROBLEM_TEXT: Record<Exclude<ImageProblem, 'too_large'>, MessageKey> = {
  svg: 'imageSvg',
  heic: 'imageHeic',
  not_image: 'imageNotImage',
  corrupt: 'imageCorrupt',
};

const CAPTURE_TEXT: Record<CaptureProblem, MessageKey> = {
  page_restricted: 'captureRestricted',
  needs_permission: 'captureNeedsPermission',
  tab_gone: 'captureTabGone',
};

const MB = 1024 * 1024;

/** One file prepared, or the sentence saying why it was not. */
export async function intakeFile(
  file: Blob,
  name: string,
): Promise<{ image: PreparedImage } | { problem: string }> {
  const prepared = await prepareImage(file, name);
  if (!('problem' in prepared)) return { image: prepared };
  if (prepared.problem === 'too_large') {
    const size = (file.size / MB).toFixed(0);
    return { problem: t('imageTooLarge', { name, size, max: IMAGE_LIMITS.fileBytes / MB }) };
  }
  return { problem: t(PROBLEM_TEXT[prepared.problem], { name }) };
}

/** The sentence for images left out because a message holds at most `perMessage`. */
export function tooManySentence(leftOut: number): string {
  return t('imageTooMany', { max: IMAGE_LIMITS.perMessage, count: leftOut });
}

/** A capture's PNG as a file to prepare, named after the tab. */
export function captureFile(dataUrl: string, title: string): { file: Blob; name: string } {
  return {
    file: new Blob([dataUrlBytes(dataUrl)], { type: 'image/png' }),
    name: t('screenshotName', { title: title || 'tab' }).slice(0, IMAGE_LIMITS.name),
  };
}

/** What to tell the user when a tab could not be captured. */
export function captureSentence(problem: CaptureProblem): string {
  return t(CAPTURE_TEXT[problem]);
}

/** The "Allow screenshots" button's label (its strings live here, with the sentence). */
export function allowScreenshotsLabel(): string {
  return t('allowScreenshots');
}

/**
 * Prepared images as a send carries them, under the ids the panel shows them by (their
 * bytes are remembered, so the message shows them before the history is read).
 */
export function toUploads(
  items: readonly { id: string; image: PreparedImage }[],
): Promise<ImageUpload[]> {
  return Promise.all(
    items.map(async ({ id, image }) => {
      rememberImage(id, image.blob);
      const { name, type, width, height } = image;
      return { id, name, type, width, height, dataUrl: await blobToDataUrl(image.blob) };
    }),
  );
}

/**
 * A sent message's images as a new send carries them (Edit keeps them): the stored bytes
 * under fresh ids. Images whose bytes are gone are left out.
 */
export async function resendImages(message: {
  attachments?: ImageAttachment[] | null;
}): Promise<ImageUpload[]> {
  const found = await Promise.all(
    (message.attachments ?? []).map(async (attachment) => {
      const blob = await imageBlob(attachment.id).catch(() => null);
      if (!blob || !isImageType(blob.type)) return null;
      const id = crypto.randomUUID();
      rememberImage(id, blob);
      const { name, width, height } = attachment;
      return { id, name, type: blob.type, width, height, dataUrl: await blobToDataUrl(blob) };
    }),
  );
  return found.filter((upload) => upload !== null);
}
