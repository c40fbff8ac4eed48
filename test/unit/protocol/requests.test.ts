import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  parseClientRequest,
  requestIdOf,
  type ClientRequest,
  type RequestOf,
} from '@/utils/protocol/requests';

describe('parseClientRequest', () => {
  const send = { type: 'send', requestId: 'r1', conversationId: 'c1', parentId: 'm1', text: 'hi' };

  it('should accept each well-formed request', () => {
    expect(parseClientRequest(send)).toEqual(send);
    expect(parseClientRequest({ ...send, conversationId: null, parentId: null })).not.toBeNull();
    expect(parseClientRequest({ type: 'stop', requestId: 'r', conversationId: 'c1' })).toEqual({
      type: 'stop',
      requestId: 'r',
      conversationId: 'c1',
    });
    expect(parseClientRequest({ type: 'retry', requestId: 'r', messageId: 'm' })).not.toBeNull();
    expect(
      parseClientRequest({ type: 'subscribe', requestId: 'r', conversationId: null }),
    ).not.toBeNull();
    expect(
      parseClientRequest({
        type: 'importChunk',
        requestId: 'r',
        uploadId: 'u',
        index: 1,
        count: 2,
        text: 'x',
      }),
    ).not.toBeNull();
    expect(
      parseClientRequest({ type: 'feedback', requestId: 'r', messageId: 'm', value: null }),
    ).not.toBeNull();
  });

  it('should drop fields it does not know', () => {
    expect(parseClientRequest({ ...send, apiKey: 'sk-x', __proto__: { evil: 1 } })).toEqual(send);
  });

  it.each([
    ['not an object', 'send'],
    ['null', null],
    ['an array', [send]],
    ['an unknown type', { ...send, type: 'delete-all' }],
    ['a type from the prototype', { ...send, type: 'toString' }],
    ['an empty text', { ...send, text: '   ' }],
    ['a non-string text', { ...send, text: 42 }],
    ['a huge text', { ...send, text: 'x'.repeat(1_000_001) }],
    ['a parent without a conversation', { ...send, conversationId: null }],
    ['a numeric id', { ...send, conversationId: 7 }],
    ['an over-long id', { ...send, requestId: 'x'.repeat(129) }],
    ['a request without a request id', { type: 'stop', conversationId: 'c1' }],
    ['a stop without conversation', { type: 'stop', requestId: 'r' }],
    ['a retry without message', { type: 'retry', requestId: 'r' }],
    [
      'a piece past the last',
      { type: 'importChunk', requestId: 'r', uploadId: 'u', index: 2, count: 2, text: '' },
    ],
    [
      'a piece without its upload id',
      { type: 'importChunk', requestId: 'r', index: 0, count: 1, text: '' },
    ],
    ['an unknown verdict', { type: 'feedback', requestId: 'r', messageId: 'm', value: 'meh' }],
  ])('should reject %s', (_, raw) => {
    expect(parseClientRequest(raw)).toBeNull();
  });

  it('should accept a test reply request only with a checked target and a model name', () => {
    const target = { baseURL: 'https://api.example.com/v1/', apiKey: ' k ', headers: {} };
    expect(
      parseClientRequest({
        type: 'probeChat',
        requestId: 'r',
        profileId: 'p',
        model: ' m ',
        target: { ...target, preset: 'azure' },
      }),
    ).toEqual({
      type: 'probeChat',
      requestId: 'r',
      profileId: 'p',
      model: 'm',
      target: { baseURL: 'https://api.example.com/v1', apiKey: 'k', headers: {}, preset: 'azure' },
    });
    const bad = [
      { profileId: 'p', model: '', target },
      { profileId: 'p', model: 'm', target: { ...target, preset: 'nope' } },
      { profileId: 'p', model: 'm', target: { ...target, baseURL: 'javascript:alert(1)' } },
      { profileId: 'p', model: 'm'.repeat(300), target },
      { model: 'm', target },
    ];
    for (const body of bad) {
      expect(parseClientRequest({ type: 'probeChat', requestId: 'r', ...body })).toBeNull();
    }
  });

  it('should find the request id of a malformed request, so it can be answered', () => {
    expect(requestIdOf({ type: 'stop', requestId: 'r9' })).toBe('r9');
    expect(requestIdOf({ type: 'stop' })).toBeNull();
    expect(requestIdOf('stop')).toBeNull();
  });

  it('should type requests as a discriminated union that always carries a request id', () => {
    expectTypeOf<Extract<ClientRequest, { type: 'stop' }>>().toEqualTypeOf<RequestOf<'stop'>>();
    expectTypeOf<RequestOf<'stop'>>().toHaveProperty('requestId').toEqualTypeOf<string>();
    expectTypeOf<RequestOf<'stop'>>().toHaveProperty('conversationId').toEqualTypeOf<string>();
  });
});
