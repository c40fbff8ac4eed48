import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  isTrustedSender,
  parseClientRequest,
  parseServerEvent,
  type ClientRequest,
  type ServerEvent,
} from '@/utils/protocol/requests';

describe('parseClientRequest', () => {
  const send = { type: 'send', requestId: 'r1', conversationId: 'c1', parentId: 'm1', text: 'hi' };

  it('should accept each well-formed request', () => {
    expect(parseClientRequest(send)).toEqual(send);
    expect(parseClientRequest({ ...send, conversationId: null, parentId: null })).not.toBeNull();
    expect(parseClientRequest({ type: 'stop', conversationId: 'c1' })).toEqual({
      type: 'stop',
      conversationId: 'c1',
    });
    expect(parseClientRequest({ type: 'retry', requestId: 'r', messageId: 'm' })).not.toBeNull();
    expect(parseClientRequest({ type: 'subscribe', conversationId: null })).not.toBeNull();
  });

  it('should drop fields it does not know', () => {
    expect(parseClientRequest({ ...send, apiKey: 'sk-x', __proto__: { evil: 1 } })).toEqual(send);
  });

  it.each([
    ['not an object', 'send'],
    ['null', null],
    ['an array', [send]],
    ['an unknown type', { ...send, type: 'delete-all' }],
    ['an empty text', { ...send, text: '   ' }],
    ['a non-string text', { ...send, text: 42 }],
    ['a huge text', { ...send, text: 'x'.repeat(1_000_001) }],
    ['a parent without a conversation', { ...send, conversationId: null }],
    ['a numeric id', { ...send, conversationId: 7 }],
    ['an over-long id', { ...send, requestId: 'x'.repeat(129) }],
    ['a stop without conversation', { type: 'stop' }],
    ['a retry without message', { type: 'retry', requestId: 'r' }],
  ])('should reject %s', (_, raw) => {
    expect(parseClientRequest(raw)).toBeNull();
  });

  it('should type requests and events as discriminated unions', () => {
    expectTypeOf<Extract<ClientRequest, { type: 'stop' }>>().toEqualTypeOf<{
      type: 'stop';
      conversationId: string;
    }>();
    expectTypeOf<Extract<ServerEvent, { type: 'delta' }>>().toHaveProperty('text');
    // @ts-expect-error -- a delta never carries the accumulated content
    expectTypeOf<Extract<ServerEvent, { type: 'delta' }>>().toHaveProperty('content');
  });
});

describe('parseServerEvent', () => {
  it('should accept events and reject malformed ones', () => {
    expect(parseServerEvent({ type: 'delta', messageId: 'm', text: 'a' })).not.toBeNull();
    expect(parseServerEvent({ type: 'delta', messageId: 'm', text: 3 })).toBeNull();
    expect(parseServerEvent({ type: 'nope' })).toBeNull();
    expect(parseServerEvent({ type: 'message', message: {} })).toBeNull();
    expect(parseServerEvent('delta')).toBeNull();
  });
});

describe('isTrustedSender', () => {
  const id = 'abcdefgh';
  const origin = 'chrome-extension://abcdefgh/';
  it('should trust only pages of this extension', () => {
    expect(isTrustedSender({ id, url: `${origin}sidepanel.html` }, id, origin)).toBe(true);
    expect(isTrustedSender({ id: 'other', url: `${origin}x.html` }, id, origin)).toBe(false);
    // A content script of ours runs in a web page: its url is the page's.
    expect(isTrustedSender({ id, url: 'https://evil.example/', tab: {} }, id, origin)).toBe(false);
    expect(isTrustedSender({ id }, id, origin)).toBe(false);
    expect(isTrustedSender(undefined, id, origin)).toBe(false);
  });
});
