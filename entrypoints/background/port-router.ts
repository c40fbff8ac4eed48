import type { ConversationOps } from '@/utils/engine/conversation-ops';
import type { Importer } from '@/utils/transfer/importer';
import type { ChatEngine } from '@/utils/engine/engine';
import type { EventSink } from '@/utils/engine/event-hub';
import { readSelection } from '@/utils/page/selection';
import {
  isTrustedSender,
  parseClientRequest,
  PORT_NAME,
  type ClientRequest,
  type PortSender,
  type ServerEvent,
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

/** Who the router trusts and what it serves. */
export interface RouterContext {
  engine: ChatEngine;
  ops: ConversationOps;
  importer: Importer;
  /** Answers "which models does this provider have". */
  listModels(request: Extract<ClientRequest, { type: 'listModels' }>): Promise<ServerEvent>;
  /** Resolves when startup recovery is done; requests wait for it. */
  ready: Promise<unknown>;
  extensionId: string;
  /** `runtime.getURL('/')`: pages of this extension start with it. */
  extensionOrigin: string;
}

/**
 * Serves one panel's port: validates the sender and every request, hands requests to the
 * engine and posts the engine's events back. Closing the port never stops a generation.
 */
export function acceptPort(port: ChatPort, context: RouterContext): void {
  if (port.name !== PORT_NAME) return;
  if (!isTrustedSender(port.sender, context.extensionId, context.extensionOrigin)) {
    console.warn('Sidechat: refused a chat port from outside the extension pages');
    port.disconnect();
    return;
  }
  const { engine } = context;
  let open = true;
  const sink: EventSink = (event) => {
    if (!open) return;
    try {
      port.postMessage(event);
    } catch {
      // The panel went away between our check and the post; its reply goes on.
      open = false;
      engine.detach(sink);
    }
  };
  port.onDisconnect.addListener(() => {
    open = false;
    engine.detach(sink);
  });
  port.onMessage.addListener((raw) => {
    const request = parseClientRequest(raw);
    if (!request) {
      console.warn('Sidechat: ignored a malformed request');
      return;
    }
    context.ready
      .then(() => dispatch(context, request, sink))
      .catch((error: unknown) => console.error('Sidechat: request failed', request.type, error));
  });
}

function dispatch(
  { engine, ops, importer, listModels }: RouterContext,
  request: ClientRequest,
  sink: EventSink,
): Promise<void> {
  switch (request.type) {
    case 'send':
      return engine.send(request, sink);
    case 'retry':
      return engine.retry(request, sink);
    case 'stop':
      engine.stop(request.conversationId);
      return Promise.resolve();
    case 'subscribe':
      return engine.subscribe(sink, request.conversationId);
    case 'continue':
      return engine.continueReply(request, sink);
    case 'switchBranch':
      return ops.switchBranch(request.messageId);
    case 'deleteBranch':
      return ops.deleteBranch(request.messageId);
    case 'feedback':
      return ops.setFeedback(request.messageId, request.value);
    case 'rename':
      return ops.rename(request.conversationId, request.title);
    case 'pin':
      return ops.pin(request.conversationId, request.pinned);
    case 'deleteConversation':
      return ops.deleteConversation(request.conversationId);
    case 'setOptions':
      return ops.setOptions(request.conversationId, request.options);
    case 'resetConversation':
      return ops.reset(request.conversationId);
    case 'listModels':
      return listModels(request).then(sink);
    case 'importChunk':
      return importer.receive(request, sink);
    case 'readSelection':
      return readSelection(request.tabId).then((result) =>
        sink({ type: 'selection', requestId: request.requestId, ...result }),
      );
  }
}
