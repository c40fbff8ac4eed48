import { describe, expect, it, vi } from 'vitest';
import { ChatSession, type PanelPort } from '@/utils/panel/session';
import type { ClientRequest, ServerEvent } from '@/utils/protocol/requests';

/** A port whose far end the test plays. */
function fakePort() {
  const sent: ClientRequest[] = [];
  const messageListeners: ((message: unknown) => void)[] = [];
  const disconnectListeners: (() => void)[] = [];
  const port: PanelPort = {
    postMessage: (message) => sent.push(message),
    disconnect: vi.fn(),
    onMessage: { addListener: (listener) => messageListeners.push(listener) },
    onDisconnect: { addListener: (listener) => disconnectListeners.push(listener) },
  };
  return {
    port,
    sent,
    emit: (event: ServerEvent | unknown) => messageListeners.forEach((listener) => listener(event)),
    drop: () => disconnectListeners.forEach((listener) => listener()),
  };
}

describe('ChatSession', () => {
  it('should subscribe on start and send with the last visible message as parent', () => {
    const far = fakePort();
    const session = new ChatSession(
      () => far.port,
      'c1',
      () => 'req',
    );
    session.start();
    expect(far.sent[0]).toEqual({ type: 'subscribe', conversationId: 'c1' });
    far.emit({ type: 'snapshot', conversationId: 'c1', snapshot: null });
    // The conversation was gone: a new chat.
    session.send('hello');
    expect(far.sent.at(-1)).toEqual({
      type: 'send',
      requestId: 'req',
      conversationId: null,
      parentId: null,
      text: 'hello',
    });
    expect(session.getState().pendingRequestId).toBe('req');
  });

  it('should ignore malformed events', () => {
    const far = fakePort();
    const session = new ChatSession(() => far.port, null);
    session.start();
    const before = session.getState();
    far.emit({ type: 'delta', messageId: 5 });
    far.emit('garbage');
    expect(session.getState()).toBe(before);
  });

  it('should reconnect and re-subscribe when the background restarts', async () => {
    vi.useFakeTimers();
    try {
      const ports = [fakePort(), fakePort()];
      let index = 0;
      const session = new ChatSession(() => (ports[index++] ?? ports[1]!).port, 'c1');
      session.start();
      ports[0]!.drop();
      expect(session.getState().connected).toBe(false);
      await vi.advanceTimersByTimeAsync(100);
      expect(ports[1]!.sent).toEqual([{ type: 'subscribe', conversationId: 'c1' }]);
      expect(session.getState().connected).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('should not post after close', () => {
    const far = fakePort();
    const session = new ChatSession(() => far.port, null);
    session.start();
    session.close();
    session.send('late');
    expect(far.sent.filter((r) => r.type === 'send')).toHaveLength(0);
  });
});
