import type { EventSink } from '@/utils/engine/event-hub';
import { answerErrorFor } from '@/utils/engine/refusal';
import { t } from '@/utils/i18n/translate';
import { errorAnswer, okAnswer, type AnswerValues } from '@/utils/protocol/answers';
import {
  isTrustedSender,
  PORT_NAME,
  type PortSender,
  type ServerMessage,
} from '@/utils/protocol/ports';
import {
  parseClientRequest,
  requestIdOf,
  type ClientRequest,
  type RequestOf,
  type RequestType,
} from '@/utils/protocol/requests';

/** The part of `runtime.Port` the router uses (so tests can pass a fake). */
export interface ChatPort {
  name: string;
  sender?: PortSender;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/** One handler per request type; `sink` is the asking port's event channel. */
export type RequestHandlers = {
  [T in RequestType]: (request: RequestOf<T>, sink: EventSink) => Promise<AnswerValues[T]>;
};

/** Who the router trusts and what it serves. */
export interface RouterContext {
  handlers: RequestHandlers;
  /** Forgets a port that closed (its subscriptions, its unfinished imports). */
  detach(sink: EventSink): void;
  /** Resolves when startup recovery is done; requests wait for it. */
  ready: Promise<unknown>;
  extensionId: string;
  /** `runtime.getURL('/')`: pages of this extension start with it. */
  extensionOrigin: string;
}

/**
 * Serves one panel's port: validates the sender and every request, hands each request to its
 * handler and posts exactly one answer for it (its value, or an error sentence), plus the
 * events of what the panel follows. Closing the port never stops a generation.
 */
export function acceptPort(port: ChatPort, context: RouterContext): void {
  if (port.name !== PORT_NAME) return;
  if (!isTrustedSender(port.sender, context.extensionId, context.extensionOrigin)) {
    console.warn('Sidechat: refused a chat port from outside the extension pages');
    port.disconnect();
    return;
  }
  let open = true;
  const post = (message: ServerMessage): void => {
    if (!open) return;
    try {
      port.postMessage(message);
    } catch {
      // The panel went away between our check and the post; its reply goes on.
      close();
    }
  };
  const sink: EventSink = post;
  const close = (): void => {
    if (!open) return;
    open = false;
    context.detach(sink);
  };
  port.onDisconnect.addListener(close);
  port.onMessage.addListener((raw) => {
    const request = parseClientRequest(raw);
    if (!request) {
      const requestId = requestIdOf(raw);
      console.warn('Sidechat: refused a malformed request');
      if (requestId) {
        post(errorAnswer(requestId, { code: 'invalid_request', message: t('errInvalidRequest') }));
      }
      return;
    }
    context.ready
      .then(() => handle(context.handlers, request, sink))
      .then(
        (value) => post(okAnswer(request.requestId, value)),
        (error: unknown) => post(errorAnswer(request.requestId, answerErrorFor(error))),
      );
  });
}

function handle(handlers: RequestHandlers, request: ClientRequest, sink: EventSink) {
  // TypeScript cannot tie the request's variant to its handler's parameter; the table's
  // type guarantees each handler takes its own variant.
  const handler = handlers[request.type] as (
    request: ClientRequest,
    sink: EventSink,
  ) => Promise<AnswerValues[RequestType]>;
  return handler(request, sink);
}
