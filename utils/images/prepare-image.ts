// Makes a file the user attached into what is stored and sent: decoded by the browser (never
// rendered as a document), scaled so its longest side is at most IMAGE_LIMITS.maxSide, and
// re-encoded: a photo (JPEG, lossy WebP) as JPEG, anything else as WebP (JPEG where WebP
// cannot be written). Re-encoding also drops the file's metadata (a photo's GPS position).
// Loaded on the first image, not with the panel.
import { IMAGE_LIMITS } from '@/utils/limits';
import type { ImageType } from './image-upload';

/** Why a file cannot be attached. */
export type ImageProblem = 'too_large' | 'svg' | 'heic' | 'not_image' | 'corrupt';

/** An image ready to send: its bytes and what the chip and the message show. */
export interface PreparedImage {
  name: string;
  type: ImageType;
  width: number;
  height: number;
  blob: Blob;
  /** Only the first frame of an animation was kept. */
  firstFrameOnly: boolean;
}

const WEBP_QUALITY = 0.9;
const JPEG_QUALITY = 0.9;

/** What a file's first bytes say it is (its name and declared type can lie). */
export function sniffImage(head: Uint8Array): 'svg' | 'heic' | 'gif' | 'bitmap' | 'unknown' {
  const ascii = String.fromCharCode(...head.subarray(0, 64));
  if (/^\s*(?:<\?xml|<svg|<!DOCTYPE svg)/i.test(ascii)) return 'svg';
  if (
    ascii.slice(4, 8) === 'ftyp' &&
    /^(?:heic|heix|hevc|hevx|heim|heis|mif1|msf1)/.test(ascii.slice(8, 12))
  )
    return 'heic';
  if (ascii.startsWith('GIF8')) return 'gif';
  if (
    ascii.startsWith('\x89PNG') ||
    ascii.startsWith('\xFF\xD8\xFF') ||
    (ascii.startsWith('RIFF') && ascii.slice(8, 12) === 'WEBP') ||
    ascii.startsWith('BM') ||
    (ascii.slice(4, 8) === 'ftyp' && /^avi[fs]/.test(ascii.slice(8, 12))) ||
    ascii.startsWith('\0\0\x01\0')
  )
    return 'bitmap';
  return 'unknown';
}

/**
 * True for a photo format that has no transparency: a JPEG, or a simple lossy WebP (`VP8 `;
 * one with alpha is `VP8X`). Photos are sent as JPEG, whose encoder is about ten times as
 * fast as WebP's at the same size (25 against 300 ms for 2048×1536 in Chromium), and which
 * every provider reads. Screenshots and drawings stay WebP: sharp text, and alpha kept.
 */
export function isOpaquePhoto(head: Uint8Array): boolean {
  const ascii = String.fromCharCode(...head.subarray(0, 16));
  return (
    ascii.startsWith('\xFF\xD8\xFF') ||
    (ascii.startsWith('RIFF') && ascii.slice(8, 16) === 'WEBPVP8 ')
  );
}

/** True when a GIF holds more than one frame (the browser would decode only the first). */
export function isAnimatedGif(bytes: Uint8Array): boolean {
  // Each frame starts with a graphic control extension (21 F9 04); two mean an animation.
  let found = 0;
  for (let index = 0; index + 2 < bytes.length; index++) {
    if (bytes[index] === 0x21 && bytes[index + 1] === 0xf9 && bytes[index + 2] === 0x04) {
      if (++found > 1) return true;
    }
  }
  return false;
}

/** The size an image is sent at: its own, or scaled so the longest side is `maxSide`. */
export function fittedSize(width: number, height: number, maxSide = IMAGE_LIMITS.maxSide) {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/** Prepares one file, or says why it cannot be attached. */
export async function prepareImage(
  file: Blob,
  name: string,
): Promise<PreparedImage | { problem: ImageProblem }> {
  if (file.size > IMAGE_LIMITS.fileBytes) return { problem: 'too_large' };
  const head = new Uint8Array(await file.slice(0, 64).arrayBuffer());
  const kind = sniffImage(head);
  if (kind === 'svg' || file.type === 'image/svg+xml') return { problem: 'svg' };
  if (kind === 'heic' || /^image\/hei[cf]/.test(file.type)) return { problem: 'heic' };
  if (kind === 'unknown' && !file.type.startsWith('image/')) return { problem: 'not_image' };
  const start = performance.now();
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { problem: 'corrupt' };
  }
  try {
    const size = fittedSize(bitmap.width, bitmap.height);
    const blob = await encode(bitmap, size, isOpaquePhoto(head) ? 'image/jpeg' : 'image/webp');
    if (!blob) return { problem: 'corrupt' };
    const firstFrameOnly =
      kind === 'gif' && isAnimatedGif(new Uint8Array(await file.arrayBuffer()));
    // Seen by the image benchmark through the standard Performance API.
    performance.measure('sidechat:image-prepare', { start });
    return {
      name: name.slice(0, IMAGE_LIMITS.name),
      type: blob.type as ImageType,
      ...size,
      blob,
      firstFrameOnly,
    };
  } finally {
    bitmap.close();
  }
}

/**
 * Draws the image at its sent size and encodes it as `preferred`. WebP falls back to JPEG on
 * white when the browser cannot write it (it answers with PNG) or the result is too large.
 */
async function encode(
  bitmap: ImageBitmap,
  size: { width: number; height: number },
  preferred: 'image/webp' | 'image/jpeg',
): Promise<Blob | null> {
  const canvas = new OffscreenCanvas(size.width, size.height);
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, size.width, size.height);
  if (preferred === 'image/webp') {
    const webp = await canvas.convertToBlob({ type: 'image/webp', quality: WEBP_QUALITY });
    if (webp.type === 'image/webp' && webp.size <= IMAGE_LIMITS.preparedBytes) return webp;
  }
  context.globalCompositeOperation = 'destination-over';
  context.fillStyle = '#fff';
  context.fillRect(0, 0, size.width, size.height);
  const jpeg = await canvas.convertToBlob({ type: 'image/jpeg', quality: JPEG_QUALITY });
  return jpeg.size <= IMAGE_LIMITS.preparedBytes ? jpeg : null;
}
