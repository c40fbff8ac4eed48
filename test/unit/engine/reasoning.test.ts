// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idbHistoryStore } from '@/utils/history/store';
import { ChatEngine } from '@/utils/engine/engine';
import { EventHub } from '@/utils/engine/event-hub';
import type { ServerEvent } from '@/utils/protocol/events';
import type { PresetId } from '@/utils/providers/presets';
import { streamChatCompletion } from '@/utils/providers/stream';
import { settingsWithEndpoint } from '../fixtures';
import { startMockServer, type MockServer } from '../../mock-openai.mjs';

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(() => mock.close());

type Done = Extract<ServerEvent, { type: 'done' }>;

/** A send request, as the panel makes it. */
const request = (text: string, conversationId: string | null, parentId: string | null) => ({
  type: 'send' as const,
  requestId: crypto.randomUUID(),
  conversationId,
  parentId,
  text,
});

/** Two turns with a reasoning model behind `preset`'s rule, against a server with `quirk`. */
async function twoTurns(preset: PresetId, quirk: string, prompt = '@mock(reasoning=3)') {
  const settings = settingsWithEndpoint({
    baseURL: `${mock.origin}/quirks/${quirk}/v1`,
    apiKey: 'sk-test',
  });
  settings.profiles = settings.profiles.map((profile) => ({ ...profile, preset }));
  const engine = new ChatEngine({
    store: idbHistoryStore,
    hub: new EventHub(),
    loadSettings: async () => settings,
    streamCompletion: streamChatCompletion,
  });
  const events: ServerEvent[] = [];
  const sink = (event: ServerEvent) => events.push(event);
  await engine.send(request(`first ${prompt}`, null, null), sink);
  const first = events.at(-1) as Done;
  const conversationId = (events[0] as Extract<ServerEvent, { type: 'conversation' }>).conversation
    .id;
  events.length = 0;
  await engine.send(request('second', conversationId, first.messageId), sink);
  const second = events.findLast((event) => event.type === 'done' || event.type === 'error') as
    Done | Extract<ServerEvent, { type: 'error' }> | undefined;
  return {
    first: await idbHistoryStore.getMessage(first.messageId),
    second: second && (await idbHistoryStore.getMessage(second.messageId)),
    sent: mock.requests.at(-1)?.body.messages as { role: string; reasoning_content?: string }[],
  };
}

describe('earlier reasoning sent back by the preset’s rule', () => {
  it('should send it back to Moonshot, whose thinking models require it', async () => {
    const { first, second, sent } = await twoTurns('moonshot', 'reasoning-back');
    expect(first?.reasoning).toBe('the quick brown ');
    expect(second?.status).toBe('done');
    expect(sent.find((message) => message.role === 'assistant')?.reasoning_content).toBe(
      'the quick brown ',
    );
  });

  it('should leave it out for DeepSeek, which refuses it', async () => {
    const { second, sent } = await twoTurns('deepseek', 'no-reasoning-back');
    expect(second?.status).toBe('done');
    expect(sent.find((message) => message.role === 'assistant')).not.toHaveProperty(
      'reasoning_content',
    );
  });

  it('should fail the way each provider does when the rule is the other one', async () => {
    const moonshotRule = await twoTurns('moonshot', 'no-reasoning-back');
    expect(moonshotRule.second?.status).toBe('error');
    expect(moonshotRule.second?.error?.message).toContain('remove the reasoning_content');
    const otherRule = await twoTurns('custom', 'reasoning-back');
    expect(otherRule.second?.status).toBe('error');
    expect(otherRule.second?.error?.message).toContain('reasoning_content is missing');
  });
});

describe('reasoning in every form, through the openai SDK and the engine', () => {
  it.each([
    ['reasoning_content', '@mock(reasoning=3)'],
    ['reasoning', '@mock(reasoning=3,field=reasoning)'],
    ['reasoning_details (with reasoning repeated)', '@mock(reasoning=3,field=details)'],
    ['<thinking> tags cut in two', '@mock(thinktags=3,tag=thinking)'],
    ['<reason> tags', '@mock(thinktags=3,tag=reason)'],
    ['<|begin_of_thought|> tags', '@mock(thinktags=3,tag=thought-bars)'],
  ])('should keep %s apart from the answer', async (_, prompt) => {
    const { first } = await twoTurns('custom', 'none', prompt);
    expect(first?.reasoning).toBe('the quick brown ');
    expect(first?.content).toBe(`Echo (turn 1): first ${prompt}`.replace(/ @mock\(.*\)$/, ''));
  });
});
