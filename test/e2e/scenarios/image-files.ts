// Images from the user's disk and from the tab beside the panel: chosen with Attach image,
// they go out in a history file and come back byte for byte; "Screenshot this tab" asks for
// its permission once, then sends what the tab shows.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Panel } from '../driver/driver';
import { storedImageDigests, wipeHistory } from '../driver/stored-history';
import { askAndWait, useMock, USER, type Scenario } from './steps';

/** A photo-like picture drawn in the panel page, written to disk as the user's own file. */
async function photoFile(panel: Panel, name: string, width: number, height: number) {
  const base64 = await panel.run(
    async (size) => {
      const canvas = new OffscreenCanvas(size.width, size.height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      const gradient = context.createRadialGradient(0, 0, 10, size.width, size.height, 10);
      gradient.addColorStop(0, '#0e7490');
      gradient.addColorStop(1, '#fde68a');
      context.fillStyle = gradient;
      context.fillRect(0, 0, size.width, size.height);
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
      let binary = '';
      for (const byte of new Uint8Array(await blob.arrayBuffer())) {
        binary += String.fromCharCode(byte);
      }
      return btoa(binary);
    },
    { width, height },
  );
  const path = join(mkdtempSync(join(tmpdir(), 'sidechat-photo-')), name);
  writeFileSync(path, Buffer.from(base64, 'base64'));
  return path;
}

/** The image URLs of the last user message the mock received. */
function imageUrlsSent(h: Parameters<Scenario>[0]): string[] {
  const content = h.mock.requests.at(-1)?.body.messages.at(-1)?.content as unknown;
  return Array.isArray(content)
    ? content.flatMap((part: { type?: string; image_url?: { url: string } }) =>
        part.type === 'image_url' && part.image_url ? [part.image_url.url] : [],
      )
    : [];
}

/** The natural size of an image URL, decoded in the panel. */
const naturalSize = (panel: Panel, url: string) =>
  panel.run(async (source) => {
    const image = new Image();
    image.src = source;
    await image.decode();
    return `${image.naturalWidth}x${image.naturalHeight}`;
  }, url);

/** Every image of the user's messages has loaded and has pixels. */
const userImagesShown = (panel: Panel) =>
  panel.measure(() =>
    [...document.querySelectorAll<HTMLImageElement>('[data-message-role="user"] img')].map(
      (image) => image.complete && image.naturalWidth > 0,
    ),
  );

const list = (panel: Panel) => panel.role('navigation', 'Conversations');

export const IMAGE_FILE_SCENARIOS: Record<string, Scenario> = {
  async 'a photo chosen with Attach image goes out in a history file and comes back the same'(h) {
    await useMock(h);
    const panel = await h.openPanel();
    const photo = await photoFile(panel, 'harbour.jpg', 2400, 1600);
    // By its label attribute: the input is hidden behind the Attach image button, and
    // Firefox leaves hidden inputs out of the accessibility tree puppeteer reads.
    await panel.css('input[type="file"][aria-label="Attach image"]').upload(photo);
    await panel
      .css('[data-attachment]')
      .waitFor({ attribute: ['data-attachment-status', 'ready'] });
    const reply = await askAndWait(panel, 'Describe this photo', 1);
    expect(reply).toContain('Describe this photo [1 image]');
    const [sent = ''] = imageUrlsSent(h);
    // A photo stays a JPEG, scaled to 2,048 px on its long side.
    expect(sent).toMatch(/^data:image\/jpeg;base64,/);
    expect(await naturalSize(panel, sent)).toBe('2048x1365');
    const before = await h.inExtension(storedImageDigests);
    expect(before).toHaveLength(1);

    await panel.role('button', 'Conversations').click();
    const file = await panel.download(() => list(panel).role('button', 'Export history').click());
    const exported = JSON.parse(readFileSync(file.path, 'utf8'));
    const [attachment] = exported.conversations[0].messages[0].attachments;
    expect(attachment).toMatchObject({ name: 'harbour.jpg', width: 2048, height: 1365 });
    expect(attachment.dataUrl).toBe(sent);

    await h.inExtension(wipeHistory);
    await panel.reload();
    await panel.role('button', 'Conversations').click();
    await list(panel).text('No conversations yet.').waitFor();
    await list(panel).css('input[type="file"][aria-label="Import history"]').upload(file.path);
    await list(panel).role('status').withText('Imported 1 conversation (2 messages).').waitFor();
    await list(panel).role('button', 'Describe this photo').click();
    await panel.css(`${USER} [data-attachments] img`).waitFor();
    await expect.poll(() => userImagesShown(panel)).toEqual([true]);
    expect(await h.inExtension(storedImageDigests)).toEqual(before);
  },
};

/** Run with `{ chromiumCaptureGranted: true }`. */
export const SCREENSHOT_SCENARIOS: Record<string, Scenario> = {
  async 'Screenshot this tab asks once for its permission, then sends what the tab shows'(h) {
    await useMock(h);
    // In a window of its own, the page is the tab in view while the panel is open.
    const page = await h.openPage(`${h.mock.origin}/page.html`, 'window');
    const panel = await h.openPanel(`?tab=${page.tabId}`);
    await panel.role('textbox', 'Message').fill('What does this page say?');
    await panel.role('button', 'Screenshot this tab').click();
    // Chromium's copy was installed with the permission (driver.ts, HarnessOptions); Firefox
    // asks, and the pref answers Allow as the user would.
    if (h.name === 'Firefox') {
      await panel.role('alert').withText('needs your permission to capture').waitFor();
      await panel.role('button', 'Allow screenshots').click();
    }
    const chip = panel.css('[data-attachment]');
    await chip.waitFor({ attribute: ['data-attachment-status', 'ready'] });
    expect(await chip.css('img').attribute('alt')).toMatch(/^Image: Screenshot of /);
    await panel.role('alert').waitFor({ gone: true });
    expect(await panel.role('textbox', 'Message').value()).toBe('What does this page say?');

    await panel.role('textbox', 'Message').press('Enter');
    await panel.css(`${USER} [data-attachments] img`).waitFor();
    await expect.poll(() => imageUrlsSent(h).length).toBe(1);
    const [shot = ''] = imageUrlsSent(h);
    // A screenshot is not a photo: WebP, with its text sharp.
    expect(shot).toMatch(/^data:image\/webp;base64,/);
    expect(await naturalSize(panel, shot)).toMatch(/^\d{3,4}x\d{3,4}$/);

    // Granted once: the next capture needs no question.
    await panel.role('button', 'Screenshot this tab').click();
    await panel
      .css('[data-attachment]')
      .waitFor({ attribute: ['data-attachment-status', 'ready'] });
    expect(await panel.role('alert').count()).toBe(0);
  },
};
