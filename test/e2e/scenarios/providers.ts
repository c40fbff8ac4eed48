// Providers as they really are: servers that refuse part of a request, models with a
// context window, and history kept for good.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { REPLY_TEXT, askAndWait, useMock, type Scenario } from './steps';

export const PROVIDER_SCENARIOS: Record<string, Scenario> = {
  async 'a server that refuses a parameter answers anyway, and Settings says what changed'(h) {
    const baseURL = `${h.mock.origin}/quirks/reasoning-model/v1`;
    await useMock(h, { provider: { baseURL }, temperature: 0.3, maxTokens: 200 });
    const panel = await h.openPanel();
    expect(await askAndWait(panel, 'hello', 1)).toBe('Echo (turn 1): hello');
    expect(await panel.role('alert').count()).toBe(0);
    const sent = h.mock.requests.filter((request) => request.path.startsWith('/quirks/'));
    expect(sent.at(-1)?.body).toMatchObject({ max_completion_tokens: 200 });
    expect(sent.at(-1)?.body.temperature).toBeUndefined();

    await panel.role('button', 'Settings').click();
    const note = panel.role('region', 'Adjusted for this server');
    await note.text('The reply length limit is sent as max_completion_tokens.').waitFor();
    await note.text('temperature is not supported by mock-model: not sent.').waitFor();
    await note.role('button', 'Reset adjustments').click();
    await note.waitFor({ gone: true });
  },

  async 'Test connection finds the adjustments before the first message'(h) {
    await useMock(h, { provider: { baseURL: `${h.mock.origin}/quirks/no-stream-usage/v1` } });
    const panel = await h.openPanel();
    await panel.role('button', 'Settings').click();
    // Settings → Sync has a Test connection of its own.
    const providers = panel.role('group', 'Providers');
    await providers.role('button', 'Test connection').click();
    const status = providers.role('status').withText('A test reply from mock-model');
    await status.waitFor();
    expect(await status.read()).toContain(
      'Adjusted for this server: Token usage in streamed replies is not supported: turned off.',
    );
    await panel
      .role('region', 'Adjusted for this server')
      .text('Token usage in streamed replies is not supported: turned off.')
      .waitFor();
  },

  async 'the chat shows against the model’s window and warns before sending past it'(h) {
    await useMock(h, { provider: { contextWindow: 600 } });
    const panel = await h.openPanel();
    await askAndWait(panel, 'fill it @mock(tokens=550)', 1);
    await panel
      .css('[data-usage][data-context-window="600"]')
      .withText(/% of 600 context/)
      .waitFor();
    const warning = panel.css('[data-context-warning]');
    await warning.waitFor({ text: 'close to mock-model’s context window' });
    await panel.role('textbox', 'Message').fill('x'.repeat(800));
    await warning.waitFor({ text: 'longer than mock-model’s context window' });
  },

  async 'the window comes from the provider’s model list'(h) {
    await useMock(h);
    h.mock.setModels([{ id: 'mock-model', context_length: 32768 }]);
    const panel = await h.openPanel();
    await askAndWait(panel, 'hello', 1);
    expect(await panel.css('[data-context-window]').count()).toBe(0);
    // The model menu loads the list when the field gets focus.
    await panel.label('Model for this chat').focus();
    await panel
      .css('[data-usage][data-context-window="32768"]')
      .withText('0% of 33K context')
      .waitFor();
  },

  async 'history is kept for good, and Settings says how much there is'(h) {
    const build = h.name === 'Chromium' ? 'chrome-mv3' : 'firefox-mv2';
    const manifest = JSON.parse(readFileSync(`.output/${build}/manifest.json`, 'utf8')) as {
      permissions: string[];
    };
    expect(manifest.permissions).toContain('unlimitedStorage');
    await useMock(h);
    const panel = await h.openPanel();
    await askAndWait(panel, 'something to keep @mock(tokens=5)', 1);
    expect(await panel.css(REPLY_TEXT).count()).toBe(1);
    await panel.role('button', 'Settings').click();
    const data = panel.role('region', 'Data');
    await data.waitFor({ attribute: ['data-storage-persistent', 'true'] });
    expect(await data.read()).toMatch(/History stored in this browser: [\d.,]+ (B|KB|MB)\./);
  },
};
