// Images in: pasted and dropped pictures reach a vision model scaled to 2,048 px and stay in
// the history; a model that cannot see says so; bad files and too many files get sentences.
import { expect } from 'vitest';
import type { Panel } from '../driver/driver';
import { askAndWait, replyDone, REPLY_TEXT, useMock, USER, type Scenario } from './steps';

/** A picture drawn in the panel page and handed to the composer as a paste or a drop. */
interface FileSpec {
  name: string;
  width?: number;
  height?: number;
  /** Text content instead of a picture (an SVG, a fake HEIC, a broken file). */
  raw?: string;
  type?: string;
  /** A blob of this many zero bytes (a file too large to read). */
  size?: number;
}

function give(panel: Panel, how: 'paste' | 'drop', files: FileSpec[]) {
  return panel.run(
    async ({ way, specs }) => {
      const transfer = new DataTransfer();
      for (const spec of specs) {
        let blob: Blob;
        if (spec.raw !== undefined) blob = new Blob([spec.raw], { type: spec.type ?? '' });
        else if (spec.size !== undefined)
          blob = new Blob([new Uint8Array(spec.size)], { type: 'image/png' });
        else {
          const canvas = new OffscreenCanvas(spec.width ?? 10, spec.height ?? 10);
          const context = canvas.getContext('2d');
          if (!context) throw new Error('no 2d context');
          const gradient = context.createLinearGradient(0, 0, canvas.width, canvas.height);
          gradient.addColorStop(0, '#1e3a8a');
          gradient.addColorStop(1, '#f59e0b');
          context.fillStyle = gradient;
          context.fillRect(0, 0, canvas.width, canvas.height);
          blob = await canvas.convertToBlob({ type: 'image/png' });
        }
        transfer.items.add(new File([blob], spec.name, { type: blob.type }));
      }
      const box = document.querySelector('textarea');
      const composer = document.querySelector('form.composer');
      if (way === 'paste')
        box?.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
        );
      else {
        composer?.dispatchEvent(
          new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
        composer?.dispatchEvent(
          new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
      }
    },
    { way: how, specs: files },
  );
}

/** The natural sizes of the images a request's last message carried, decoded in the page. */
async function sentSizes(panel: Panel, urls: string[]): Promise<string[]> {
  return panel.run(
    (list) =>
      Promise.all(
        list.map(async (url) => {
          const image = new Image();
          image.src = url;
          await image.decode();
          return `${image.naturalWidth}x${image.naturalHeight}`;
        }),
      ),
    urls,
  );
}

/** The image URLs of the last user message the mock received. */
function imageUrlsSent(h: Parameters<Scenario>[0]): string[] {
  const messages = h.mock.requests.at(-1)?.body.messages ?? [];
  const content = messages.at(-1)?.content as unknown;
  return Array.isArray(content)
    ? content.flatMap((part: { type?: string; image_url?: { url: string } }) =>
        part.type === 'image_url' && part.image_url ? [part.image_url.url] : [],
      )
    : [];
}

const ready = '[data-attachment][data-attachment-status="ready"]';

export const IMAGE_SCENARIOS: Record<string, Scenario> = {
  async 'a pasted and a dropped image reach the model at most 2,048 px wide and stay with the message'(
    h,
  ) {
    await useMock(h);
    const panel = await h.openPanel();
    await give(panel, 'paste', [{ name: 'wide.png', width: 3000, height: 1500 }]);
    await give(panel, 'drop', [{ name: 'small.png', width: 640, height: 480 }]);
    await panel.css(ready).nth(1).waitFor();
    expect(await panel.css('[data-attachment] img').count()).toBe(2);
    const reply = await askAndWait(panel, 'What is in these?', 1);
    expect(reply).toContain('What is in these? [2 images]');
    const urls = imageUrlsSent(h);
    expect(urls.every((url) => /^data:image\/(webp|jpeg);base64,/.test(url))).toBe(true);
    expect(await sentSizes(panel, urls)).toEqual(['2048x1024', '640x480']);
    // The composer emptied; the message shows both, and still does after a reload.
    expect(await panel.css('[data-attachment]').count()).toBe(0);
    await panel.css(`${USER} [data-attachments] img`).nth(1).waitFor();
    await panel.reload();
    await panel.css(`${USER} [data-attachments] img`).nth(1).waitFor();
    const shown = await panel.measure(() =>
      [...document.querySelectorAll<HTMLImageElement>('[data-attachments] img')].map(
        (image) => image.complete && image.naturalWidth > 0,
      ),
    );
    expect(shown).toEqual([true, true]);

    // Editing shows the images with Remove image: the new version keeps only the other one.
    const question = panel.css(USER);
    await question.hover();
    await question.role('button', 'Edit').click();
    await question.role('button', 'Remove image').first().click();
    await expect.poll(() => question.css('[data-attachments] img').count()).toBe(1);
    await panel.role('textbox', 'Edit message').fill('And this one?');
    await panel.role('button', 'Submit edit').click();
    // The reply before the edit is done too: wait for the new one's text first.
    await panel.css(REPLY_TEXT).waitFor({ text: 'And this one? [1 image]' });
    await replyDone(panel);
    expect(await sentSizes(panel, imageUrlsSent(h))).toEqual(['640x480']);
    await question.waitFor({ text: '2 / 2' });
    expect(await question.role('button', 'Remove image').count()).toBe(0);
  },

  async 'a model that cannot see says so, and the message keeps its image for a retry'(h) {
    await useMock(h, { provider: { model: 'mock-text-only' } });
    const panel = await h.openPanel();
    await give(panel, 'paste', [{ name: 'chart.png', width: 300, height: 200 }]);
    await panel.css(ready).waitFor();
    await panel.role('textbox', 'Message').fill('Read this chart');
    await panel.role('textbox', 'Message').press('Enter');
    await replyDone(panel, 'error');
    await panel.role('alert').withText('mock-text-only does not read images').waitFor();
    expect(await panel.css(`${USER} [data-attachments] img`).count()).toBe(1);
    expect(imageUrlsSent(h)).toHaveLength(1);
  },

  async 'bad files and too many files are each explained, and nothing typed is lost'(h) {
    await useMock(h);
    const page = await h.openPage(`${h.mock.origin}/page.html`);
    const panel = await h.openPanel(`?tab=${page.tabId}`);
    await panel.role('textbox', 'Message').fill('Keep this draft');
    await give(panel, 'paste', [
      {
        name: 'drawing.svg',
        raw: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        type: 'image/svg+xml',
      },
      { name: 'photo.heic', raw: '\0\0\0\x18ftypheic\0\0\0\0', type: 'image/heic' },
      { name: 'broken.png', raw: '\x89PNG not really', type: 'image/png' },
      { name: 'huge.png', size: 40 * 1024 * 1024 },
    ]);
    const alert = panel.role('alert').withText('drawing.svg is an SVG drawing');
    await alert.waitFor();
    const said = await alert.read();
    expect(said).toContain('photo.heic is a HEIC photo');
    expect(said).toContain('broken.png could not be opened as an image');
    expect(said).toContain('huge.png is 40 MB; images up to 25 MB can be attached');
    expect(await panel.css('[data-attachment]').count()).toBe(0);

    await give(
      panel,
      'paste',
      Array.from({ length: 12 }, (_, index) => ({
        name: `shot-${index}.png`,
        width: 40,
        height: 30,
      })),
    );
    await panel
      .role('alert')
      .withText('One message can carry 10 images, so 2 were left out.')
      .waitFor();
    await panel.css(ready).nth(9).waitFor();
    expect(await panel.css('[data-attachment]').count()).toBe(10);
    await panel.css('[data-attachment]').first().role('button', 'Remove image').click();
    await expect.poll(() => panel.css('[data-attachment]').count()).toBe(9);

    // The page is not the tab in view (the panel is, in these tests): it cannot be captured.
    await panel.role('button', 'Screenshot this tab').click();
    await panel
      .role('alert')
      .withText(/not showing any more|permission to capture/)
      .waitFor();
    expect(await panel.role('textbox', 'Message').value()).toBe('Keep this draft');
  },
};
