// An image on its way from the panel to the background: prepared (scaled, re-encoded) in the
// panel, carried as a data URL because a port message is JSON in Chrome, and turned back
// into bytes by the background before it is stored. Shared by both sides and the importer.
import { IMAGE_LIMITS } from '@/utils/limits';
import type { ImageAttachment } from '@/utils/history/types';
import { isId, isShape, isWholeNumber } from '@/utils/protocol/shape';

/** The formats the panel prepares images in; nothing else is stored or sent. */
export const IMAGE_TYPES = ['image/webp', 'image/jpeg', 'image/png'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

/** True for one of the formats the panel prepares. */
export function isImageType(value: unknown): value is ImageType {
  return IMAGE_TYPES.some((type) => type === value);
}

/** One image as a request carries it. */
export interface ImageUpload {
  id: string;
  name: string;
  type: ImageType;
  width: number;
  height: number;
  /** `data:<type>;base64,…` */
  dataUrl: string;
}

/** The longest data URL one prepared image may be (base64 grows 4/3, plus the prefix). */
const MAX_DATA_URL = Math.ceil((IMAGE_LIMITS.preparedBytes * 4) / 3) + 64;

/** The type a `data:` URL declares, if it is one of ours in base64; else null. */
export function dataUrlType(dataUrl: string): ImageType | null {
  const match = /^data:([a-z/]+);base64,/.exec(dataUrl.slice(0, 40));
  return IMAGE_TYPES.find((type) => type === match?.[1]) ?? null;
}

/** Checks one upload; null when any field is missing, wrong or too large. */
export function parseImageUpload(raw: unknown): ImageUpload | null {
  if (!isShape(raw) || !isId(raw.id)) return null;
  const { name, width, height, dataUrl } = raw;
  if (typeof name !== 'string' || name.length > IMAGE_LIMITS.name) return null;
  if (!isWholeNumber(width, 1, IMAGE_LIMITS.maxSide)) return null;
  if (!isWholeNumber(height, 1, IMAGE_LIMITS.maxSide)) return null;
  if (typeof dataUrl !== 'string' || dataUrl.length > MAX_DATA_URL) return null;
  const type = dataUrlType(dataUrl);
  if (!type || type !== raw.type) return null;
  // The base64 body: its alphabet only, so decoding cannot fail later.
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(dataUrl.slice(dataUrl.indexOf(',') + 1))) return null;
  return { id: raw.id, name, type, width, height, dataUrl };
}

/** Checks a list of uploads: all good, distinct and within the count, or null. */
export function parseImageUploads(raw: unknown): ImageUpload[] | null {
  if (!Array.isArray(raw) || raw.length > IMAGE_LIMITS.perMessage) return null;
  const uploads: ImageUpload[] = [];
  for (const entry of raw) {
    const upload = parseImageUpload(entry);
    if (!upload || uploads.some((seen) => seen.id === upload.id)) return null;
    uploads.push(upload);
  }
  return uploads;
}

/** The bytes of a base64 `data:` URL. */
export function dataUrlBytes(dataUrl: string): Uint8Array<ArrayBuffer> {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** Bytes as a base64 `data:` URL (no FileReader: the service worker has none). */
export function bytesToDataUrl(bytes: Uint8Array, type: string): string {
  let binary = '';
  // In pieces: one String.fromCharCode call with a million arguments overflows the stack.
  const PIECE = 0x8000;
  for (let start = 0; start < bytes.length; start += PIECE) {
    binary += String.fromCharCode(...bytes.subarray(start, start + PIECE));
  }
  return `data:${type};base64,${btoa(binary)}`;
}

/** A Blob as a base64 `data:` URL. */
export async function blobToDataUrl(blob: Blob): Promise<string> {
  return bytesToDataUrl(new Uint8Array(await blob.arrayBuffer()), blob.type);
}

/** What a message record keeps of an upload, its bytes counted. */
export function attachmentOf(upload: ImageUpload, bytes: number): ImageAttachment {
  const { id, name, type, width, height } = upload;
  return { id, name, type, width, height, bytes };
}

/** Checks an attachment record read from storage or a file; null when it is not one. */
export function parseAttachment(raw: unknown): ImageAttachment | null {
  if (!isShape(raw) || !isId(raw.id)) return null;
  const { name, type, width, height, bytes } = raw;
  if (typeof name !== 'string' || name.length > IMAGE_LIMITS.name) return null;
  if (!IMAGE_TYPES.some((known) => known === type)) return null;
  if (!isWholeNumber(width, 1, IMAGE_LIMITS.maxSide)) return null;
  if (!isWholeNumber(height, 1, IMAGE_LIMITS.maxSide)) return null;
  if (!isWholeNumber(bytes, 0, IMAGE_LIMITS.preparedBytes)) return null;
  return { id: raw.id, name, type: type as string, width, height, bytes };
}
