// Conversations as trees and as data: versions, search, the list's actions, Temporary chats,
// and history files going out and coming back.
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { until } from '../driver/driver';
import { countStored, wipeHistory } from '../driver/stored-history';
import type { Panel } from '../driver/driver';
import {
  REPLY_TEXT,
  SECRET_KEY,
  USER,
  askAndWait,
  lastReply,
  replyDone,
  useMock,
  type Scenario,
} from './steps';

/** The conversation list. */
const list = (panel: Panel) => panel.role('navigation', 'Conversations');
/** The titles in the list, top to bottom. */
const titles = (panel: Panel) => list(panel).css('.history__open').texts();

/** The text of the user's message as the model got it, per message of the last request. */
const lastSent = (requests: { body: { messages: { role: string; content: string }[] } }[]) =>
  requests.at(-1)?.body.messages.map((m) => `${m.role}: ${m.content}`);

export const HISTORY_SCENARIOS: Record<string, Scenario> = {
  async 'an edit and a regeneration are versions; search finds a hidden one and opens it'(h) {
    await useMock(h);
    const panel = await h.openPanel();
    await askAndWait(panel, 'What is a monad?', 1);
    const question = panel.css(USER);

    // Edit the question: a new version with its own reply; the old one is kept.
    await question.hover();
    await question.role('button', 'Edit').click();
    await panel.role('textbox', 'Edit message').fill('What is a functor?');
    await panel.role('button', 'Submit edit').click();
    await panel.css(REPLY_TEXT).waitFor({ text: 'Echo (turn 1): What is a functor?' });
    await replyDone(panel);
    await question.waitFor({ text: '2 / 2' });
    expect(lastSent(h.mock.requests)).toEqual(['user: What is a functor?']);

    // Back to the first version.
    await question.role('button', 'Previous version').click();
    await panel.css(REPLY_TEXT).waitFor({ text: 'Echo (turn 1): What is a monad?' });
    await question.waitFor({ text: '1 / 2' });

    // Regenerate the reply: a second version of it, shown as 2 / 2, then liked.
    await lastReply(panel).role('button', 'Regenerate').click();
    await lastReply(panel).waitFor({ text: '2 / 2' });
    await replyDone(panel);
    expect(lastSent(h.mock.requests)).toEqual(['user: What is a monad?']);
    const like = lastReply(panel).role('button', 'Like');
    await like.click();
    await like.waitFor({ attribute: ['aria-pressed', 'true'] });

    // Another conversation, so the search has to pick.
    await panel.role('button', 'New chat').click();
    await askAndWait(panel, 'Tell me about 流式传输', 1);

    // Search finds the first conversation's hidden branch and opens it there.
    await panel.role('button', 'Conversations').click();
    await list(panel).role('button', 'What is a monad?').waitFor();
    await list(panel).role('searchbox', 'Search conversations').fill('FUNCTOR');
    await list(panel).css('mark').first().waitFor({ text: 'functor' });
    expect(await list(panel).css('mark').first().read()).toBe('functor');
    await list(panel)
      .css('.history__result')
      .withText(/functor/i)
      .first()
      .click();
    await question.waitFor({ text: 'What is a functor?' });
    await panel.css(REPLY_TEXT).waitFor({ text: 'Echo (turn 1): What is a functor?' });

    // Chinese text has no spaces: any part of it is found.
    await panel.role('button', 'Conversations').click();
    await list(panel).role('searchbox', 'Search conversations').fill('传输');
    await list(panel).css('.history__result').withText('流式传输').first().waitFor();
  },

  async 'the list renames, pins, and deletes with undo'(h) {
    await useMock(h);
    const panel = await h.openPanel();
    for (const question of ['alpha topic', 'beta topic']) {
      await panel.role('button', 'New chat').click();
      await askAndWait(panel, question, 1);
    }
    await panel.role('button', 'Conversations').click();
    const row = (text: string) => list(panel).css('li').withText(text);
    await expect.poll(() => titles(panel)).toEqual(['beta topic', 'alpha topic']);

    // Pin the older one to the top.
    await row('alpha topic').hover();
    await row('alpha topic').role('button', 'Pin').click();
    await expect.poll(() => titles(panel)).toEqual(['alpha topic', 'beta topic']);
    // By its text: Firefox names the heading as drawn, upper-cased by text-transform.
    await list(panel).css('h2').withText('Pinned').waitFor();

    // Rename; the list shows the new title.
    await row('beta topic').hover();
    await row('beta topic').role('button', 'Rename').click();
    await list(panel).role('textbox', 'Conversation title').fill('Beta, renamed');
    await list(panel).role('button', 'Save title').click();
    await list(panel).role('button', 'Beta, renamed').waitFor();

    // Delete, undo, delete for good.
    await row('Beta, renamed').hover();
    await row('Beta, renamed').role('button', 'Delete').click();
    await expect.poll(() => titles(panel)).toEqual(['alpha topic']);
    await panel.role('button', 'Undo').click();
    await expect.poll(() => titles(panel)).toEqual(['alpha topic', 'Beta, renamed']);
    await row('Beta, renamed').hover();
    await row('Beta, renamed').role('button', 'Delete').click();
    await panel.role('status').withText('Deleted').waitFor({ gone: true });
    await panel.reload();
    await panel.role('button', 'Conversations').click();
    await expect.poll(() => titles(panel)).toEqual(['alpha topic']);
  },

  async 'a Temporary chat stays out of history'(h) {
    await useMock(h);
    const panel = await h.openPanel();
    await panel.role('button', 'More').click();
    await panel.role('menuitemcheckbox', 'Temporary chat').click();
    await panel.text('Temporary chat: nothing here is saved').waitFor();
    await askAndWait(panel, 'off the record', 1);
    expect(await h.inExtension(countStored, 'messages')).toBe(0);
  },

  async 'history exports through the button, survives a wipe, and imports back the same'(h) {
    await useMock(h);
    const panel = await h.openPanel();
    for (const question of ['first topic', 'second topic 中文']) {
      await panel.role('button', 'New chat').click();
      await askAndWait(panel, question, 1);
    }
    await panel.role('button', 'Conversations').click();
    await expect.poll(() => titles(panel)).toEqual(['second topic 中文', 'first topic']);

    const file = await panel.download(() => list(panel).role('button', 'Export history').click());
    expect(file.name).toMatch(/^sidechat-history \d{4}-\d\d-\d\d\.json$/);
    const exported = JSON.parse(readFileSync(file.path, 'utf8'));
    expect(exported).toMatchObject({ format: 'sidechat-history', version: 3 });
    expect(exported.conversations).toHaveLength(2);
    expect(JSON.stringify(exported)).not.toContain(SECRET_KEY);

    // Wipe everything, as a new install would have it.
    await h.inExtension(wipeHistory);
    await panel.reload();
    await panel.role('button', 'Conversations').click();
    await list(panel).text('No conversations yet.').waitFor();

    // By its label attribute: Firefox leaves a visually hidden file input out of the
    // accessibility tree that puppeteer's role queries read.
    const importInput = list(panel).css('input[type="file"][aria-label="Import history"]');
    await importInput.upload(file.path);
    await list(panel).role('status').withText('Imported 2 conversations (4 messages).').waitFor();
    await expect.poll(() => titles(panel)).toEqual(['second topic 中文', 'first topic']);
    await list(panel).role('button', 'first topic').click();
    await panel.css(REPLY_TEXT).waitFor({ text: 'Echo (turn 1): first topic' });

    // The same file again: nothing duplicated.
    await panel.role('button', 'Conversations').click();
    await importInput.upload(file.path);
    await list(panel).role('status').withText('skipped 2 duplicates').waitFor();
    await expect.poll(() => titles(panel)).toEqual(['second topic 中文', 'first topic']);

    // A broken file is refused whole, saying where.
    const broken = join(tmpdir(), `sidechat-broken-${randomUUID()}.json`);
    exported.conversations[1].messages[1].parentId = 'nowhere';
    writeFileSync(broken, JSON.stringify(exported));
    await importInput.upload(broken);
    await list(panel)
      .role('alert')
      .withText('conversation 2, message 2: parentId “nowhere”')
      .waitFor();
    await until(async () => {
      if ((await h.inExtension(countStored, 'conversations')) !== 2) throw new Error('count');
    });
  },

  async 'a history file from elsewhere is imported and its conversation opens'(h) {
    await useMock(h);
    const file = join(tmpdir(), `sidechat-import-${randomUUID()}.json`);
    writeFileSync(file, JSON.stringify(historyFile('Rivers and deltas', 'How do deltas form?')));
    const panel = await h.openPanel();
    await panel.role('button', 'Conversations').click();
    await list(panel).css('input[type="file"][aria-label="Import history"]').upload(file);
    await list(panel).role('status').waitFor({ text: 'Imported 1 conversation' });
    // Search finds it once the worker has indexed it, after the import itself.
    await list(panel).role('searchbox', 'Search conversations').fill('sediment');
    await list(panel).css('.history__result').withText('Sediment settles').waitFor();
    await list(panel).role('searchbox', 'Search conversations').fill('');
    await list(panel).role('button', 'Rivers and deltas').click();
    await panel.css(REPLY_TEXT).waitFor({ text: 'Sediment settles where the river slows.' });
  },
};

/** A one-conversation history file in the published format (docs/export-format.md). */
function historyFile(title: string, question: string) {
  const at = Date.parse('2026-01-02T03:04:05Z');
  const message = (id: string, parentId: string | null, role: string, content: string) => ({
    id,
    parentId,
    role,
    content,
    reasoning: '',
    quote: null,
    status: 'done',
    feedback: null,
    model: role === 'assistant' ? 'mock-model' : null,
    usage: null,
    error: null,
    thinkingMs: null,
    createdAt: at,
    updatedAt: at,
  });
  return {
    format: 'sidechat-history',
    version: 1,
    exportedAt: new Date(at).toISOString(),
    conversations: [
      {
        id: 'c-imported',
        title,
        createdAt: at,
        updatedAt: at,
        systemPrompt: '',
        model: 'mock-model',
        currentLeafId: 'm-2',
        pinned: false,
        messages: [
          message('m-1', null, 'user', question),
          message('m-2', 'm-1', 'assistant', 'Sediment settles where the river slows.'),
        ],
      },
    ],
  };
}
