// Object URLs for the images the panel shows: those it just prepared (known before the
// background has stored them, and the only copy of a Temporary chat's) and those read back
// from the history. Blob URLs of our own WebP/JPEG/PNG bytes, never a document.
import { imageBlob } from '@/utils/history/queries';

/** Images kept ready; the oldest URL is revoked beyond this. */
const KEPT = 300;
const urls = new Map<string, string>();
const reading = new Map<string, Promise<string | null>>();

function keep(id: string, blob: Blob): string {
  const url = URL.createObjectURL(blob);
  urls.set(id, url);
  if (urls.size > KEPT) {
    const [oldest, old] = urls.entries().next().value ?? [];
    if (oldest !== undefined && old !== undefined) {
      urls.delete(oldest);
      URL.revokeObjectURL(old);
    }
  }
  return url;
}

/** Remembers the bytes of an image the panel is sending under `id`. */
export function rememberImage(id: string, blob: Blob): string {
  return urls.get(id) ?? keep(id, blob);
}

/** The URL an image is shown from, if it is known already (no read). */
export function knownImageUrl(id: string): string | null {
  return urls.get(id) ?? null;
}

/** The URL an image is shown from, reading its bytes from the history once; null if gone. */
export function imageUrl(id: string): Promise<string | null> {
  const known = urls.get(id);
  if (known) return Promise.resolve(known);
  let pending = reading.get(id);
  if (!pending) {
    pending = imageBlob(id)
      .then((blob) => (blob ? keep(id, blob) : null))
      .catch(() => null)
      .finally(() => reading.delete(id));
    reading.set(id, pending);
  }
  return pending;
}
