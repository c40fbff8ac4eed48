import { describe, expect, it } from 'vitest';
import { fittedSize, isAnimatedGif, isOpaquePhoto, sniffImage } from '@/utils/images/prepare-image';

const bytes = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

describe('sniffImage', () => {
  it('tells files by their first bytes, not their names', () => {
    expect(sniffImage(bytes('<?xml version="1.0"?><svg'))).toBe('svg');
    expect(sniffImage(bytes('  <svg xmlns="http://www.w3.org/2000/svg">'))).toBe('svg');
    expect(sniffImage(bytes('\0\0\0\x18ftypheic\0\0\0\0'))).toBe('heic');
    expect(sniffImage(bytes('GIF89a\x01\0'))).toBe('gif');
    expect(sniffImage(bytes('\x89PNG\r\n\x1a\n'))).toBe('bitmap');
    expect(sniffImage(bytes('\xFF\xD8\xFF\xE0\0\x10JFIF'))).toBe('bitmap');
    expect(sniffImage(bytes('RIFF\0\0\0\0WEBPVP8 '))).toBe('bitmap');
    expect(sniffImage(bytes('\0\0\0\x1cftypavif'))).toBe('bitmap');
    expect(sniffImage(bytes('<html><script>'))).toBe('unknown');
  });
});

describe('isOpaquePhoto', () => {
  it('sends JPEGs and simple lossy WebPs as JPEG, everything that may be transparent as WebP', () => {
    expect(isOpaquePhoto(bytes('\xFF\xD8\xFF\xE1\0\x10Exif'))).toBe(true);
    expect(isOpaquePhoto(bytes('RIFF\0\0\0\0WEBPVP8 \0\0'))).toBe(true);
    expect(isOpaquePhoto(bytes('RIFF\0\0\0\0WEBPVP8X\0\0'))).toBe(false);
    expect(isOpaquePhoto(bytes('RIFF\0\0\0\0WEBPVP8L\0\0'))).toBe(false);
    expect(isOpaquePhoto(bytes('\x89PNG\r\n\x1a\n\0\0\0\rIHDR'))).toBe(false);
    expect(isOpaquePhoto(bytes('GIF89a'))).toBe(false);
  });
});

describe('isAnimatedGif', () => {
  it('counts graphic control extensions: one is a still, two an animation', () => {
    const frame = '\x21\xF9\x04\0\0\0\0\0,';
    expect(isAnimatedGif(bytes(`GIF89a${frame}`))).toBe(false);
    expect(isAnimatedGif(bytes(`GIF89a${frame}${frame}`))).toBe(true);
  });
});

describe('fittedSize', () => {
  it('keeps small images and scales the longest side of large ones to the limit', () => {
    expect(fittedSize(640, 480)).toEqual({ width: 640, height: 480 });
    expect(fittedSize(4000, 3000)).toEqual({ width: 2048, height: 1536 });
    expect(fittedSize(1500, 3000)).toEqual({ width: 1024, height: 2048 });
    expect(fittedSize(10_000, 1)).toEqual({ width: 2048, height: 1 });
  });
});
