import { describe, expect, it, vi } from 'vitest';
import {
  acceptPort,
  type ChatPort,
  type RequestHandlers,
  type RouterContext,
} from '@/entrypoints/background/port-router';
import { RequestRefused } from '@/utils/engine/refusal';
import { PORT_NAME, type ServerMessage } from '@/utils/protocol/ports';

const ORIGIN = 'chrome-extension://ext/';

/** A panel's port whose near end the router serves. */
function panelPort() {
  const posted: ServerMessage[] = [];
  let onMessage: ((message: unknown) => void) | undefined;
  let onDisconnect: (() => void) | undefined;
  const port: ChatPort = {
    name: PORT_NAME,
    sender: { id: 'ext', url: `${ORIGIN}sidepanel.html` },
    postMessage: (message) => posted.push(message as ServerMessage),
    disconnect: vi.fn(),
    onMessage: { addListener: (fn) => (onMessage = fn) },
    onDisconnect: { addListener: (fn) => (onDisconnect = fn) },
  };
  return {
    port,
    posted,
    send: (message: unknown) => onMessage?.(message),
    close: () => onDisconnect?.(),
  };
}

/** A promise the test settles itself. */
function deferred() {
  const settlers: ((value: null) => void)[] = [];
  const promise = new Promise<null>((settle) => settlers.push(settle));
  return { promise, resolve: (value: null) => settlers.forEach((settle) => settle(value)) };
}

function context(handlers: Partial<RequestHandlers>): RouterContext {
  return {
    handlers: handlers as RequestHandlers,
    detach: vi.fn(),
    ready: Promise.resolve(),
    extensionId: 'ext',
    extensionOrigin: ORIGIN,
  };
}

describe('acceptPort', () => {
  it('should answer each request exactly once with its handler’s value', async () => {
    const panel = panelPort();
    acceptPort(panel.port, context({ listModels: async () => ['a', 'b'] }));
    panel.send({ type: 'listModels', requestId: 'r1', target: { profileId: 'p1' } });
    await vi.waitFor(() => expect(panel.posted).toHaveLength(1));
    expect(panel.posted[0]).toEqual({
      type: 'answer',
      requestId: 'r1',
      ok: true,
      value: ['a', 'b'],
    });
  });

  it('should answer a refusal with its own sentence', async () => {
    const panel = panelPort();
    const refused = new RequestRefused({
      code: 'busy',
      message: 'A reply is still being written.',
    });
    acceptPort(panel.port, context({ send: () => Promise.reject(refused) }));
    panel.send({ type: 'send', requestId: 'r2', conversationId: 'c', parentId: null, text: 'hi' });
    await vi.waitFor(() => expect(panel.posted).toHaveLength(1));
    expect(panel.posted[0]).toEqual({
      type: 'answer',
      requestId: 'r2',
      ok: false,
      error: { code: 'busy', message: 'A reply is still being written.' },
    });
  });

  it('should answer a handler that throws anything else with an error, never leave it pending', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const panel = panelPort();
    acceptPort(
      panel.port,
      context({
        rename: () => Promise.reject(new Error('An internal error')),
      }),
    );
    panel.send({ type: 'rename', requestId: 'r3', conversationId: 'c', title: 'T' });
    await vi.waitFor(() => expect(panel.posted).toHaveLength(1));
    expect(panel.posted[0]).toMatchObject({
      requestId: 'r3',
      ok: false,
      error: { code: 'unknown' },
    });
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
  });

  it('should forget a port that closes, and post nothing after', async () => {
    const panel = panelPort();
    const waiting = deferred();
    const ctx = context({ retry: () => waiting.promise });
    acceptPort(panel.port, ctx);
    panel.send({ type: 'retry', requestId: 'r4', messageId: 'm' });
    await vi.waitFor(() => expect(ctx.detach).not.toHaveBeenCalled());
    panel.close();
    expect(ctx.detach).toHaveBeenCalledTimes(1);
    waiting.resolve(null);
    await Promise.resolve();
    expect(panel.posted).toEqual([]);
  });
});
