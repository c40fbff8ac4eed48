import { describe, expect, it } from 'vitest';
import {
  blobToDataUrl,
  bytesToDataUrl,
  dataUrlBytes,
  parseAttachment,
  parseImageUploads,
} from '@/utils/images/image-upload';
import { IMAGE_LIMITS } from '@/utils/limits';
import { parseClientRequest } from '@/utils/protocol/requests';

const PIXEL = bytesToDataUrl(new Uint8Array([82, 73, 70, 70, 0, 1, 2, 255]), 'image/webp');
const upload = (extra: Record<string, unknown> = {}) => ({
  id: crypto.randomUUID(),
  name: 'chart.png',
  type: 'image/webp',
  width: 640,
  height: 480,
  dataUrl: PIXEL,
  ...extra,
});

describe('image uploads', () => {
  it('should carry bytes through a data URL unchanged, in pieces larger than one call takes', async () => {
    const bytes = new Uint8Array(300_000).map((_, index) => (index * 31) % 256);
    const url = bytesToDataUrl(bytes, 'image/png');
    expect(url.startsWith('data:image/png;base64,')).toBe(true);
    expect(dataUrlBytes(url)).toEqual(bytes);
    expect(await blobToDataUrl(new Blob([bytes], { type: 'image/png' }))).toBe(url);
  });

  it('should accept well-formed uploads and refuse every wrong field', () => {
    expect(parseImageUploads([upload()])).toHaveLength(1);
    for (const bad of [
      { type: 'image/svg+xml', dataUrl: PIXEL.replace('webp', 'svg+xml') },
      { type: 'image/png' }, // says png, carries webp
      { dataUrl: 'data:image/webp;base64,<script>' },
      { dataUrl: 'https://example.com/a.webp' },
      { width: IMAGE_LIMITS.maxSide + 1 },
      { height: 0 },
      { name: 'x'.repeat(IMAGE_LIMITS.name + 1) },
      { id: '' },
    ]) {
      expect(parseImageUploads([upload(bad)]), JSON.stringify(bad)).toBeNull();
    }
    const one = upload();
    expect(parseImageUploads([one, one])).toBeNull();
    expect(
      parseImageUploads(Array.from({ length: IMAGE_LIMITS.perMessage + 1 }, () => upload())),
    ).toBeNull();
  });

  it('should let a send carry only images, and refuse one whose images are malformed', () => {
    const base = { type: 'send', requestId: 'r1', conversationId: null, parentId: null, text: '' };
    expect(parseClientRequest({ ...base, images: [upload()] })).toMatchObject({
      images: [{ name: 'chart.png', width: 640 }],
    });
    expect(parseClientRequest({ ...base, images: [] })).toBeNull();
    expect(parseClientRequest({ ...base, images: [upload({ width: -1 })] })).toBeNull();
    expect(parseClientRequest({ ...base, text: 'hi', images: 'nope' })).toBeNull();
  });

  it('should read back only sound attachment records', () => {
    const record = { id: 'a', name: 'n', type: 'image/jpeg', width: 10, height: 20, bytes: 99 };
    expect(parseAttachment(record)).toEqual(record);
    expect(parseAttachment({ ...record, type: 'text/html' })).toBeNull();
    expect(parseAttachment({ ...record, bytes: -1 })).toBeNull();
  });
});
