// The panel's end of the port: posts requests, matches each answer to the request that asked
// (one pending map), hands pushed events on, and reopens the port when the worker restarts.
import { t } from '@/utils/i18n/translate';
import {
  ANSWER_VALUE_CHECKS,
  type AnswerError,
  type AnswerErrorCode,
  type AnswerValues,
} from '@/utils/protocol/answers';
import type { ConversationEvent, ImportProgress } from '@/utils/protocol/events';
import { parseServerMessage } from '@/utils/protocol/ports';
import type { ClientRequest, RequestBodies, RequestType } from '@/utils/protocol/requests';

/** The part of `runtime.Port` the panel uses. */
export interface PanelPort {
  postMessage(message: ClientRequest): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/** A request that got an error answer, or none because the port closed first. */
export class RequestFailed extends Error {
  readonly code: AnswerErrorCode;
  /** The sentence for the user. */
  readonly sentence: string;

  constructor(error: AnswerError) {
    super(error.message);
    this.name = 'RequestFailed';
    this.code = error.code;
    this.sentence = error.message;
  }
}

/** What the connection tells its owner. */
export interface ConnectionListener {
  /** A pushed event about conversations. */
  onEvent(event: ConversationEvent): void;
  /** The port opened (true) or closed (false). */
  onConnectedChange(connected: boolean): void;
  /** Time to reopen after a disconnect: the owner re-subscribes, which reconnects. */
  onReconnectDue(): void;
}

/** A request waiting for its answer. */
interface Pending {
  type: RequestType;
  resolve(value: unknown): void;
  reject(error: RequestFailed): void;
  onProgress?: (progress: ImportProgress) => void;
}

/** Delays before reconnecting after the background went away (it restarts on connect). */
const RECONNECT_DELAYS_MS = [50, 200, 500, 1000, 2000];

/** One panel's connection to the background. */
export class PanelConnection {
  private port: PanelPort | null = null;
  private readonly pending = new Map<string, Pending>();
  private attempts = 0;
  private closed = false;

  constructor(
    private readonly connect: () => PanelPort,
    private readonly listener: ConnectionListener,
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  /**
   * Posts a request; `answer` settles with its value, or rejects with RequestFailed (the
   * background's sentence, or `connection_lost`). The id lets the caller match events too.
   */
  ask<T extends RequestType>(
    type: T,
    body: RequestBodies[T],
    onProgress?: (progress: ImportProgress) => void,
  ): { requestId: string; answer: Promise<AnswerValues[T]> } {
    const requestId = this.newId();
    const answer = new Promise<AnswerValues[T]>((resolve, reject) => {
      if (this.closed) {
        reject(new RequestFailed({ code: 'connection_lost', message: t('connectionLost') }));
        return;
      }
      this.pending.set(requestId, {
        type,
        resolve: resolve as (value: unknown) => void,
        reject,
        ...(onProgress && { onProgress }),
      });
      // Built from a checked body and its own type; the union cannot see the pairing.
      this.post({ type, requestId, ...body } as ClientRequest);
    });
    return { requestId, answer };
  }

  /** `ask` for callers that need only the answer. */
  request<T extends RequestType>(type: T, body: RequestBodies[T]): Promise<AnswerValues[T]> {
    return this.ask(type, body).answer;
  }

  /** The background answered a subscribe: the connection is healthy again. */
  markHealthy(): void {
    this.attempts = 0;
  }

  /** Opens the port again after `close()`. */
  reopen(): void {
    this.closed = false;
  }

  /** Closes the port for good (panel unmount). Replies keep streaming in the background. */
  close(): void {
    this.closed = true;
    const port = this.port;
    this.port = null;
    port?.disconnect();
    this.failAll();
  }

  private post(request: ClientRequest): void {
    if (!this.port) this.open();
    try {
      this.port?.postMessage(request);
    } catch (error) {
      // The port died under us; reconnecting re-subscribes, and the composer keeps the text.
      console.warn('Sidechat: lost the connection to the background', error);
      this.lost();
    }
  }

  private open(): void {
    const port = this.connect();
    this.port = port;
    port.onMessage.addListener((raw) => this.receive(raw));
    port.onDisconnect.addListener(() => {
      if (this.port === port) this.lost();
    });
    this.listener.onConnectedChange(true);
  }

  private receive(raw: unknown): void {
    const message = parseServerMessage(raw);
    if (!message) return;
    if (message.type === 'answer') {
      const waiting = this.pending.get(message.requestId);
      if (!waiting) return;
      this.pending.delete(message.requestId);
      if (!message.ok) waiting.reject(new RequestFailed(message.error));
      else if (ANSWER_VALUE_CHECKS[waiting.type](message.value)) waiting.resolve(message.value);
      else
        waiting.reject(
          new RequestFailed({ code: 'invalid_request', message: t('errInvalidRequest') }),
        );
    } else if (message.type === 'importProgress') {
      this.pending.get(message.requestId)?.onProgress?.(message);
    } else {
      this.listener.onEvent(message);
    }
  }

  /** Every request still waiting fails at once: its answer can no longer come. */
  private failAll(): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    const error = new RequestFailed({ code: 'connection_lost', message: t('connectionLost') });
    for (const entry of waiting) entry.reject(error);
  }

  private lost(): void {
    this.port = null;
    this.failAll();
    this.listener.onConnectedChange(false);
    if (this.closed) return;
    const delay = RECONNECT_DELAYS_MS[Math.min(this.attempts, RECONNECT_DELAYS_MS.length - 1)];
    this.attempts += 1;
    setTimeout(() => {
      if (!this.closed && !this.port) this.listener.onReconnectDue();
    }, delay);
  }
}
