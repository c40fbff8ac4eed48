// npm run bench:images: a 12-megapixel photo pasted into the built extension's panel: how
// long the panel takes to prepare it (decode, scale to 2,048 px, encode), and what one image
// adds to storage. Prints numbers; asserts nothing.
import { it } from 'vitest';
import { useExtensionAgainstMock } from '../e2e/chromium';

const env = useExtensionAgainstMock();
const RUNS = 5;

it('prepares a 12-megapixel image in the panel', { timeout: 180_000 }, async () => {
  const page = await env.browser.openPanel();
  await page.getByRole('textbox', { name: 'Message' }).waitFor();
  const results: { ms: number; inBytes: number; outBytes: number }[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const result = await page.evaluate(async (seed) => {
      // A photo-like 4000×3000 JPEG: gradients under noise, so it neither compresses to
      // nothing nor decodes unrealistically fast.
      const canvas = new OffscreenCanvas(4000, 3000);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      const gradient = context.createLinearGradient(0, 0, 4000, 3000);
      gradient.addColorStop(0, '#0f766e');
      gradient.addColorStop(1, '#fbbf24');
      context.fillStyle = gradient;
      context.fillRect(0, 0, 4000, 3000);
      const noise = context.createImageData(4000, 3000);
      let state = seed;
      for (let index = 0; index < noise.data.length; index += 4) {
        state = (state * 1103515245 + 12345) & 0x7fffffff;
        noise.data[index] = noise.data[index + 1] = noise.data[index + 2] = state & 0xff;
        noise.data[index + 3] = 40;
      }
      const layer = new OffscreenCanvas(4000, 3000);
      layer.getContext('2d')?.putImageData(noise, 0, 0);
      context.drawImage(layer, 0, 0);
      const photo = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
      performance.clearMeasures('sidechat:image-prepare');
      const transfer = new DataTransfer();
      transfer.items.add(new File([photo], 'photo.jpg', { type: 'image/jpeg' }));
      document
        .querySelector('textarea')
        ?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true }));
      const ready = await new Promise<HTMLImageElement>((resolve) => {
        const check = () => {
          const image = document.querySelector<HTMLImageElement>(
            '[data-attachment-status="ready"] img',
          );
          if (image) resolve(image);
          else requestAnimationFrame(check);
        };
        check();
      });
      const [measure] = performance.getEntriesByName('sidechat:image-prepare');
      const prepared = await (await fetch(ready.src)).blob();
      document.querySelector<HTMLButtonElement>('button[aria-label="Remove image"]')?.click();
      return { ms: measure?.duration ?? -1, inBytes: photo.size, outBytes: prepared.size };
    }, run + 1);
    results.push(result);
    await page.locator('[data-attachment]').waitFor({ state: 'detached' });
  }
  const times = results.map((result) => result.ms).toSorted((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  const last = results.at(-1);
  console.log(
    `\nImages (12-megapixel JPEG, 4000×3000, ${kb(last?.inBytes ?? 0)}):\n` +
      `  prepare in the panel (decode, scale to 2048×1536, encode): median ${median.toFixed(0)} ms ` +
      `(runs: ${times.map((time) => time.toFixed(0)).join(', ')}; goal ≤ 300 ms)\n` +
      `  stored per image: ${kb(last?.outBytes ?? 0)} (${last?.outBytes ?? 0} bytes as a Blob, ` +
      `plus about 200 bytes of attachment record on its message)`,
  );
});
