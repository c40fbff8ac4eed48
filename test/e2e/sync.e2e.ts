// Two computers, one history: two browser profiles of the built extension sync through a real
// WebDAV server (Apache httpd with mod_dav, test/webdav/apache.mjs), in Chromium and Firefox.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../mock-openai.mjs';
import { startWebDav, type WebDavServer } from '../webdav/apache.mjs';
import { chromiumHarness } from './driver/chromium-driver';
import { firefoxHarness } from './driver/firefox-driver';
import type { Harness, Panel } from './driver/driver';
import { REPLY_TEXT, USER, askAndWait, replyDone, useMock } from './scenarios/steps';

const BROWSERS = [
  ['Chromium', chromiumHarness],
  ['Firefox', firefoxHarness],
] as const;

const USER_NAME = 'alice';
const PASSWORD = 'correct horse battery';

let mock: MockServer;
let dav: WebDavServer;
let folders = 0;

beforeAll(async () => {
  [mock, dav] = await Promise.all([
    startMockServer(),
    startWebDav({ users: { [USER_NAME]: PASSWORD } }),
  ]);
});
afterAll(async () => {
  await Promise.all([mock?.close(), dav?.stop()]);
});

/** The conversation list. */
const list = (panel: Panel) => panel.role('navigation', 'Conversations');
const titles = (panel: Panel) => list(panel).css('.history__open').texts();

/** Fills Settings → Sync; the panel is left on Settings. */
async function setUpSync(panel: Panel, folder: string, passphrase = ''): Promise<void> {
  await panel.role('button', 'Settings').click();
  const sync = panel.role('group', 'Sync');
  await sync.label('WebDAV URL').fill(dav.url);
  await sync.label('Username').fill(USER_NAME);
  await sync.label('Password').fill(PASSWORD);
  await sync.label('Folder').fill(folder);
  await sync.label('Encryption passphrase').fill(passphrase);
}

/** Presses Sync now in Settings and waits for the sync to end well. */
async function syncNow(panel: Panel): Promise<void> {
  const sync = panel.role('group', 'Sync');
  await sync.role('button', 'Sync now').click();
  await sync.css('[data-sync-outcome]').waitFor();
  // A failure's sentence in the test's failure, not a timeout.
  expect(await sync.css('[data-sync-outcome]').read()).toMatch(/^Synced: /);
  await sync.css('[data-sync-status="ok"]').waitFor();
}

/** Goes from Settings back to the chat and opens the conversation list. */
async function openList(panel: Panel): Promise<void> {
  await panel.role('button', 'Settings').click();
  await panel.role('textbox', 'Message').waitFor();
  await panel.role('button', 'Conversations').click();
}

async function serverFiles(folder: string): Promise<string> {
  const auth = { Authorization: `Basic ${btoa(`${USER_NAME}:${PASSWORD}`)}` };
  const listing = await fetch(`${dav.url}${folder}/`, {
    method: 'PROPFIND',
    headers: { ...auth, Depth: '1' },
  }).then((response) => response.text());
  const names = [
    ...listing.matchAll(/<D:href>[^<]*\/((?:shard-[0-9a-f]{2}|settings)\.json)<\/D:href>/g),
  ].map((match) => match[1]);
  const texts = await Promise.all(
    names.map((name) =>
      fetch(`${dav.url}${folder}/${name}`, { headers: auth }).then((response) => response.text()),
    ),
  );
  return texts.join('\n');
}

for (const [name, launch] of BROWSERS) {
  describe(`sync between two computers in ${name}`, () => {
    let laptop: Harness | undefined;
    let desktop: Harness | undefined;
    afterEach(async () => {
      await Promise.all([laptop?.close(), desktop?.close()]);
      laptop = desktop = undefined;
    });

    it(
      `a chat crosses over, edits on both are kept, a delete travels (${name})`,
      { timeout: 180_000 },
      async () => {
        folders += 1;
        const folder = `Sidechat-e2e-${name}-${folders}`;
        laptop = await launch(mock);
        desktop = await launch(mock);
        await Promise.all([useMock(laptop), useMock(desktop)]);
        const onLaptop = await laptop.openPanel();
        const onDesktop = await desktop.openPanel();

        // Chat on the laptop, sync; the desktop's first sync brings it.
        await askAndWait(onLaptop, 'How do rivers shape deltas?', 1);
        await onLaptop.role('button', 'New chat').click();
        await askAndWait(onLaptop, 'Short-lived question', 1);
        await setUpSync(onLaptop, folder);
        await syncNow(onLaptop);
        await setUpSync(onDesktop, folder);
        await syncNow(onDesktop);
        await openList(onDesktop);
        await expect
          .poll(() => titles(onDesktop))
          .toEqual(['Short-lived question', 'How do rivers shape deltas?']);
        await list(onDesktop).role('button', 'How do rivers shape deltas?').click();
        await onDesktop
          .css(REPLY_TEXT)
          .waitFor({ text: 'Echo (turn 1): How do rivers shape deltas?' });

        // Both edit the same question before either syncs: both versions survive.
        const editOn = async (panel: Panel, text: string) => {
          const question = panel.css(USER).first();
          await question.hover();
          await question.role('button', 'Edit').click();
          await panel.role('textbox', 'Edit message').fill(text);
          await panel.role('button', 'Submit edit').click();
          await panel.css(REPLY_TEXT).waitFor({ text: `Echo (turn 1): ${text}` });
          await replyDone(panel);
        };
        await openList(onLaptop);
        await list(onLaptop).role('button', 'How do rivers shape deltas?').click();
        await editOn(onLaptop, 'How do rivers build deltas?');
        await editOn(onDesktop, 'Why do deltas form?');
        await onLaptop.role('button', 'Settings').click();
        await syncNow(onLaptop);
        await onDesktop.role('button', 'Settings').click();
        await syncNow(onDesktop);
        await syncNow(onLaptop);
        for (const panel of [onLaptop, onDesktop]) {
          await panel.role('button', 'Settings').click();
          await panel.role('textbox', 'Message').waitFor();
          // Three versions of the question: the first and one from each computer.
          await panel.css(USER).first().waitFor({ text: '/ 3' });
        }

        // Delete on the desktop; after both sync it is gone from the laptop too.
        await onDesktop.role('button', 'Conversations').click();
        const row = list(onDesktop).css('li').withText('Short-lived question');
        await row.hover();
        await row.role('button', 'Delete').click();
        await onDesktop.role('status').withText('Deleted').waitFor({ gone: true });
        await onDesktop.role('button', 'Settings').click();
        await syncNow(onDesktop);
        await onLaptop.role('button', 'Settings').click();
        await syncNow(onLaptop);
        await openList(onLaptop);
        await expect.poll(() => titles(onLaptop)).toEqual(['How do rivers shape deltas?']);
      },
    );

    it(
      `an encrypted folder is unreadable on the server and without the passphrase; settings travel without keys (${name})`,
      { timeout: 120_000 },
      async () => {
        folders += 1;
        const folder = `Sidechat-e2e-secret-${name}-${folders}`;
        laptop = await launch(mock);
        desktop = await launch(mock);
        const planner = {
          id: 'planner',
          name: 'Garden planner',
          prompt: 'You plan gardens.',
          temperature: null,
          maxTokens: null,
          topP: null,
          model: '',
        };
        await Promise.all([
          useMock(laptop, { personas: [planner], provider: { apiKey: 'sk-laptop-only-424242' } }),
          useMock(desktop),
        ]);
        const onLaptop = await laptop.openPanel();
        await askAndWait(onLaptop, 'Plans for the walled garden', 1);
        await setUpSync(onLaptop, folder, 'blue heron at dusk');
        await syncNow(onLaptop);
        const onServer = await serverFiles(folder);
        expect(onServer).toContain('sidechat-encrypted');
        expect(onServer).not.toContain('walled garden');
        expect(onServer).not.toContain('Garden planner');
        expect(onServer).not.toContain('sk-laptop-only');

        const onDesktop = await desktop.openPanel();
        await setUpSync(onDesktop, folder);
        const sync = onDesktop.role('group', 'Sync');
        await sync.role('button', 'Sync now').click();
        await sync
          .role('alert')
          .withText('This folder is encrypted. Enter its encryption passphrase, then sync again.')
          .waitFor();
        await sync.css('[data-sync-status="error"]').waitFor();
        await sync.label('Encryption passphrase').fill('grey heron');
        await sync.role('button', 'Test connection').click();
        await sync
          .role('alert')
          .withText(/does not open this folder/)
          .waitFor();
        await sync.label('Encryption passphrase').fill('blue heron at dusk');
        await syncNow(onDesktop);
        // The laptop's persona came with the settings; the desktop keeps its own key.
        await onDesktop.role('group', 'Personas').role('button', 'Garden planner').waitFor();
        expect(await onDesktop.label('API key').value()).toBe('sk-e2e-secret-123456');
        await openList(onDesktop);
        await expect.poll(() => titles(onDesktop)).toEqual(['Plans for the walled garden']);
      },
    );
  });
}
