import { describe, expect, it } from 'vitest';
import { isTrustedSender, parseServerMessage } from '@/utils/protocol/ports';

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

describe('parseServerMessage', () => {
  it('should tell answers from events', () => {
    expect(
      parseServerMessage({ type: 'answer', requestId: 'r', ok: true, value: null }),
    ).toMatchObject({ type: 'answer' });
    expect(parseServerMessage({ type: 'conversationsChanged' })).toEqual({
      type: 'conversationsChanged',
    });
    expect(parseServerMessage({ type: 'answer' })).toBeNull();
  });
});
