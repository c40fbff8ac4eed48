import { describe, expect, expectTypeOf, it } from 'vitest';
import { parseServerEvent, type ServerEvent } from '@/utils/protocol/events';

describe('parseServerEvent', () => {
  it('should accept events and reject malformed ones', () => {
    expect(parseServerEvent({ type: 'delta', messageId: 'm', text: 'a' })).not.toBeNull();
    expect(parseServerEvent({ type: 'delta', messageId: 'm', text: 3 })).toBeNull();
    expect(parseServerEvent({ type: 'nope' })).toBeNull();
    expect(parseServerEvent({ type: 'hasOwnProperty' })).toBeNull();
    expect(parseServerEvent({ type: 'message', message: {} })).toBeNull();
    expect(parseServerEvent({ type: 'error', messageId: 'm' })).toBeNull();
    expect(parseServerEvent('delta')).toBeNull();
  });

  it('should not take answers for events', () => {
    expect(parseServerEvent({ type: 'answer', requestId: 'r', ok: true, value: null })).toBeNull();
  });

  it('should type deltas as carrying only the new text', () => {
    expectTypeOf<Extract<ServerEvent, { type: 'delta' }>>().toHaveProperty('text');
    // @ts-expect-error -- a delta never carries the accumulated content
    expectTypeOf<Extract<ServerEvent, { type: 'delta' }>>().toHaveProperty('content');
  });
});
