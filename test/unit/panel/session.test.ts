import { describe, expect, it, vi } from 'vitest';
import { ChatSession, type PanelPort } from '@/utils/panel/session';
import type { ServerMessage } from '@/utils/protocol/ports';
import type { ClientRequest, RequestOf } from '@/utils/protocol/requests';
import { IMPORT_CHUNK_LENGTH } from '@/utils/limits';
import { makeConversation, makeMessage } from '../fixtures';

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
  const last = (type: ClientRequest['type']) => sent.findLast((request) => request.type === type);
  return {
    port,
    sent,
    last,
    emit: (message: ServerMessage | unknown) =>
      messageListeners.forEach((listener) => listener(message)),
    /** Answers the last request of a type with a value. */
    answer(type: ClientRequest['type'], value: unknown) {
      this.emit({ type: 'answer', requestId: last(type)?.requestId, ok: true, value });
    },
    /** Answers the last request of a type with an error. */
    fail(type: ClientRequest['type'], code: string, message: string) {
      this.emit({
        type: 'answer',
        requestId: last(type)?.requestId,
        ok: false,
        error: { code, message },
      });
    },
    drop: () => disconnectListeners.forEach((listener) => listener()),
  };
}

/** Ids r1, r2, … in order. */
const counter = () => {
  let n = 0;
  return () => `r${++n}`;
};

/** A stored conversation c1 showing the chain of messages `ids`. */
const snapshotOf = (...ids: string[]) => ({
  type: 'snapshot',
  conversationId: 'c1',
  snapshot: {
    conversation: makeConversation({ currentLeafId: ids.at(-1) ?? null }),
    messages: ids.map((id, index) => makeMessage(id, ids[index - 1] ?? null)),
    versions: {},
  },
});

describe('ChatSession', () => {
  it('should subscribe on start and send with the last visible message as parent', () => {
    const far = fakePort();
    const session = new ChatSession(() => far.port, 'c1', counter());
    session.start();
    expect(far.sent[0]).toEqual({ type: 'subscribe', requestId: 'r1', conversationId: 'c1' });
    far.emit({ type: 'snapshot', conversationId: 'c1', snapshot: null });
    // The conversation was gone: a new chat.
    session.send('hello');
    expect(far.sent.at(-1)).toEqual({
      type: 'send',
      requestId: 'r2',
      conversationId: null,
      parentId: null,
      text: 'hello',
    });
    expect(session.getState().pendingRequestId).toBe('r2');
  });

  it('should keep the quote and pages of a message when it is edited', () => {
    const far = fakePort();
    const session = new ChatSession(() => far.port, 'c1', counter());
    session.start();
    const quote = { text: 'q', title: 'T', url: 'https://a.test/' };
    const pages = [
      {
        kind: 'page' as const,
        title: 'A',
        url: 'https://a.test/',
        text: 'x',
        tokens: 1,
        truncated: false,
      },
    ];
    const snapshot = snapshotOf('a', 'b');
    snapshot.snapshot.messages[0] = { ...snapshot.snapshot.messages[0]!, quote, pages };
    far.emit(snapshot);
    session.edit('a', 'asked again');
    expect(far.last('send')).toMatchObject({ parentId: null, text: 'asked again', quote, pages });
  });

  it('should ignore malformed events and answers nobody asked for', () => {
    const far = fakePort();
    const session = new ChatSession(() => far.port, null);
    session.start();
    const before = session.getState();
    far.emit({ type: 'delta', messageId: 5 });
    far.emit('garbage');
    far.emit({
      type: 'answer',
      requestId: 'nobody',
      ok: false,
      error: { code: 'busy', message: 'x' },
    });
    expect(session.getState()).toBe(before);
  });

  it('should show a refused send as an alert and free the composer (the text stays with it)', async () => {
    const far = fakePort();
    const session = new ChatSession(() => far.port, null, counter());
    session.start();
    session.send('hello');
    expect(session.getState().pendingRequestId).not.toBeNull();
    far.fail('send', 'unknown', 'Something went wrong: the disk is full.');
    await vi.waitFor(() => expect(session.getState().pendingRequestId).toBeNull());
    expect(session.getState().alert).toEqual({
      code: 'unknown',
      message: 'Something went wrong: the disk is full.',
      retryMessageId: null,
    });
  });

  it('should show a failed rename with Dismiss, not Retry', async () => {
    const far = fakePort();
    const session = new ChatSession(() => far.port, null, counter());
    session.start();
    session.rename('c1', 'New title');
    far.fail('rename', 'unknown', 'Could not save.');
    await vi.waitFor(() => expect(session.getState().alert?.message).toBe('Could not save.'));
    expect(session.getState().alert?.retryable).toBe(false);
  });

  it('should match each answer to its request through one pending map', async () => {
    const far = fakePort();
    const session = new ChatSession(() => far.port, null, counter());
    session.start();
    const models = session.checks.listModels({ profileId: 'p1' });
    const selection = session.page.readSelection(4);
    far.answer('readSelection', { problem: 'empty_selection' });
    far.fail('listModels', 'auth', 'DeepSeek rejected the key.');
    await expect(selection).resolves.toEqual({ problem: 'empty_selection' });
    await expect(models).resolves.toEqual({ error: 'DeepSeek rejected the key.' });
  });

  it('should refuse an answer whose value has the wrong shape', async () => {
    const far = fakePort();
    const session = new ChatSession(() => far.port, null, counter());
    session.start();
    const models = session.checks.listModels({ profileId: 'p1' });
    far.answer('listModels', [1, 2]);
    await expect(models).resolves.toHaveProperty('error');
  });

  it('should answer every waiting request at once when the port closes', async () => {
    const far = fakePort();
    const session = new ChatSession(() => far.port, null, counter());
    session.start();
    const models = session.checks.listModels({ profileId: 'p1' });
    const selection = session.page.readSelection(4);
    const imported = session.importHistory('{}', () => undefined);
    session.send('hello');
    far.drop();
    await expect(models).resolves.toHaveProperty('error');
    await expect(selection).resolves.toEqual({ problem: 'tab_gone' });
    await expect(imported).resolves.toMatchObject({ ok: false });
    expect(session.getState().pendingRequestId).toBeNull();
    // A lost connection is shown as reconnecting, not as an alert.
    expect(session.getState().alert).toBeNull();
    session.close();
  });

  it('should report an import’s progress and outcome', async () => {
    const far = fakePort();
    const session = new ChatSession(() => far.port, null, counter());
    session.start();
    const progress: string[] = [];
    const imported = session.importHistory('{}', (phase, done, total) =>
      progress.push(`${phase} ${done}/${total}`),
    );
    const requestId = far.last('importChunk')?.requestId;
    far.emit({ type: 'importProgress', requestId, phase: 'writing', done: 1, total: 2 });
    far.answer('importChunk', { message: 'Imported 1 conversation.' });
    await expect(imported).resolves.toEqual({ ok: true, message: 'Imported 1 conversation.' });
    expect(progress).toEqual(['writing 1/2']);
  });

  it('should send a file larger than one piece as pieces of one upload', () => {
    const far = fakePort();
    const session = new ChatSession(() => far.port, null, counter());
    session.start();
    void session.importHistory('x'.repeat(IMPORT_CHUNK_LENGTH * 2 + 5), () => undefined);
    const pieces = far.sent.filter(
      (request): request is RequestOf<'importChunk'> => request.type === 'importChunk',
    );
    expect(pieces.map((piece) => [piece.index, piece.count, piece.text.length])).toEqual([
      [0, 3, IMPORT_CHUNK_LENGTH],
      [1, 3, IMPORT_CHUNK_LENGTH],
      [2, 3, 5],
    ]);
    expect(new Set(pieces.map((piece) => piece.uploadId)).size).toBe(1);
    expect(new Set(pieces.map((piece) => piece.requestId)).size).toBe(3);
  });

  it('should reconnect and re-subscribe when the background restarts', async () => {
    vi.useFakeTimers();
    try {
      const ports = [fakePort(), fakePort()];
      let index = 0;
      const session = new ChatSession(() => (ports[index++] ?? ports[1]!).port, 'c1', counter());
      session.start();
      ports[0]!.drop();
      expect(session.getState().connected).toBe(false);
      await vi.advanceTimersByTimeAsync(100);
      expect(ports[1]!.sent).toEqual([
        { type: 'subscribe', requestId: 'r2', conversationId: 'c1' },
      ]);
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

  describe('a search hit', () => {
    it('should switch to the branch that holds it once the conversation has loaded', () => {
      const far = fakePort();
      const session = new ChatSession(() => far.port, null, counter());
      session.start();
      far.emit({ type: 'snapshot', conversationId: null, snapshot: null });
      session.showMessage('c1', 'functor');
      expect(far.last('subscribe')).toMatchObject({ conversationId: 'c1' });
      expect(far.last('switchBranch')).toBeUndefined();
      // The stored branch shows the other version: the hit's branch is asked for, once.
      far.emit(snapshotOf('monad', 'monad-reply'));
      expect(far.last('switchBranch')).toMatchObject({ messageId: 'functor' });
      far.emit(snapshotOf('functor', 'functor-reply'));
      far.emit(snapshotOf('monad', 'monad-reply'));
      expect(far.sent.filter((request) => request.type === 'switchBranch')).toHaveLength(1);
    });

    it('should leave the branches alone when the hit is already in view', () => {
      const far = fakePort();
      const session = new ChatSession(() => far.port, 'c1', counter());
      session.start();
      far.emit(snapshotOf('functor', 'functor-reply'));
      session.showMessage('c1', 'functor-reply');
      session.showMessage('c1', 'functor');
      expect(far.last('switchBranch')).toBeUndefined();
      expect(far.sent.filter((request) => request.type === 'subscribe')).toHaveLength(1);
    });

    it('should forget the hit when another conversation is opened first', () => {
      const far = fakePort();
      const session = new ChatSession(() => far.port, null, counter());
      session.start();
      session.showMessage('c1', 'functor');
      session.open('c2');
      session.open('c1');
      far.emit(snapshotOf('monad', 'monad-reply'));
      expect(far.last('switchBranch')).toBeUndefined();
    });
  });
});
