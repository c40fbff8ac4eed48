import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  initialChatState,
  streamingMessageId,
  type ChatState,
} from '@/utils/panel/chat-state';
import type { ConversationEvent as ServerEvent } from '@/utils/protocol/events';
import { makeConversation, makeMessage } from '../fixtures';

const conversation = makeConversation();
const msg = makeMessage;

function run(state: ChatState, events: ServerEvent[]): ChatState {
  return events.reduce(applyEvent, state);
}

describe('chat store', () => {
  it('should adopt the conversation its own send created and follow the stream', () => {
    let state: ChatState = { ...initialChatState(null), pendingRequestId: 'r1' };
    state = run(state, [
      { type: 'conversation', conversation },
      { type: 'message', message: msg('u', null, { content: 'Hi' }), requestId: 'r1' },
      { type: 'message', message: msg('a', 'u', { role: 'assistant', status: 'streaming' }) },
      { type: 'delta', messageId: 'a', text: 'Hel' },
      { type: 'delta', messageId: 'a', text: 'lo', reasoning: 'hmm' },
    ]);
    expect(state.conversationId).toBe('c1');
    expect(state.pendingRequestId).toBeNull();
    expect(state.acceptedRequestId).toBe('r1');
    expect(streamingMessageId(state)).toBe('a');
    expect(state.messages.at(-1)).toMatchObject({ content: 'Hello', reasoning: 'hmm' });

    state = applyEvent(state, {
      type: 'done',
      conversationId: 'c1',
      messageId: 'a',
      status: 'done',
      usage: null,
      thinkingMs: 1200,
    });
    expect(state.messages.at(-1)?.thinkingMs).toBe(1200);
    expect(streamingMessageId(state)).toBeNull();
  });

  it('should ignore events of other conversations', () => {
    const state = { ...initialChatState('c1'), loaded: true };
    const other = msg('x', null, { conversationId: 'c2' });
    expect(applyEvent(state, { type: 'message', message: other })).toBe(state);
    expect(applyEvent(state, { type: 'delta', messageId: 'nope', text: 'x' })).toBe(state);
  });

  it('should replace the tail of the path when a sibling reply appears', () => {
    let state: ChatState = {
      ...initialChatState('c1'),
      messages: [msg('u', null), msg('a1', 'u', { role: 'assistant' })],
    };
    state = applyEvent(state, { type: 'message', message: msg('a2', 'u', { role: 'assistant' }) });
    expect(state.messages.map((m) => m.id)).toEqual(['u', 'a2']);
  });

  it('should show an alert for a failed reply, also from a stored snapshot', () => {
    let state = initialChatState('c1');
    const failed = msg('a', 'u', {
      role: 'assistant',
      status: 'error',
      error: { code: 'auth', message: 'Key rejected.' },
    });
    state = applyEvent(state, {
      type: 'snapshot',
      conversationId: 'c1',
      snapshot: { conversation, messages: [msg('u', null), failed], versions: {} },
    });
    expect(state.alert).toEqual({ code: 'auth', message: 'Key rejected.', retryMessageId: 'a' });
    expect(state.loaded).toBe(true);
  });

  it('should mark a reply failed in view, and ignore failures of other conversations', () => {
    let state: ChatState = {
      ...initialChatState('c1'),
      messages: [msg('u', null), { ...msg('a', 'u'), role: 'assistant', status: 'streaming' }],
    };
    const failure = {
      type: 'error' as const,
      messageId: 'a',
      code: 'busy' as const,
      message: 'Busy.',
    };
    expect(applyEvent(state, { ...failure, conversationId: 'other' })).toBe(state);
    state = applyEvent(state, { ...failure, conversationId: 'c1' });
    expect(state.messages.at(-1)).toMatchObject({ status: 'error', error: { code: 'busy' } });
    expect(state.alert).toEqual({ code: 'busy', message: 'Busy.', retryMessageId: 'a' });
  });

  it('should keep this panel’s refused send in view when another panel’s reply starts', () => {
    const refusal = { code: 'busy' as const, message: 'Busy.', retryMessageId: null };
    let state: ChatState = {
      ...initialChatState('c1'),
      messages: [msg('u', null)],
      alert: refusal,
    };
    state = applyEvent(state, {
      type: 'message',
      message: { ...msg('a', 'u'), role: 'assistant', status: 'streaming' },
    });
    expect(state.alert).toEqual(refusal);
    // A failed reply's alert, though, gives way to the next reply.
    state = { ...state, alert: { ...refusal, retryMessageId: 'a' } };
    state = applyEvent(state, {
      type: 'message',
      message: { ...msg('b', 'u'), role: 'assistant', status: 'streaming' },
    });
    expect(state.alert).toBeNull();
  });

  it('should open a new chat when the stored conversation no longer exists', () => {
    const state = applyEvent(initialChatState('gone'), {
      type: 'snapshot',
      conversationId: 'gone',
      snapshot: null,
    });
    expect(state.conversationId).toBeNull();
    expect(state.loaded).toBe(true);
  });
});
