// Servers frame their event streams in more ways than the SSE spec's happy path. These
// rewrite what arrives into the clean `data: …\n\n` events the openai SDK reads.
import { errorObjectOf } from './error-body';

function isComplete(data: string): boolean {
  if (data === '[DONE]') return true;
  try {
    JSON.parse(data);
    return true;
  } catch {
    return false;
  }
}

/** An `event: error` whose data is not OpenAI's `{"error":…}`, rewritten so the SDK throws it. */
function errorEventData(data: string): string {
  let parsed: unknown = data;
  try {
    parsed = JSON.parse(data);
  } catch {
    // Plain text: it becomes the message below.
  }
  const object = errorObjectOf(parsed) ?? { message: typeof parsed === 'string' ? parsed : data };
  return JSON.stringify({ error: object });
}

/**
 * One event stream in, a clean one out: CRLF and CR line ends become LF, comments
 * (keep-alives) are dropped, `data:` lines glued without a blank line between complete
 * JSON objects become separate events (JSON legitimately split over data lines stays
 * joined), and an `event: error` always carries an `error` object.
 */
export function normalizeEventStream(body: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  let pending = '';
  let fields: string[] = [];
  let data: string[] = [];
  let isError = false;

  const flush = (controller: TransformStreamDefaultController<Uint8Array>): void => {
    if (fields.length === 0) return;
    const lines =
      isError && data.length > 0
        ? [
            ...fields.filter((line) => !line.startsWith('data:')),
            `data: ${errorEventData(data.join('\n'))}`,
          ]
        : fields;
    controller.enqueue(encoder.encode(`${lines.join('\n')}\n\n`));
    fields = [];
    data = [];
    isError = false;
  };

  const line = (text: string, controller: TransformStreamDefaultController<Uint8Array>): void => {
    if (text === '') return flush(controller);
    if (text.startsWith(':')) return;
    const complete = data.length > 0 && isComplete(data.join('\n'));
    if (text.startsWith('data:')) {
      if (complete) flush(controller);
      data.push(text.slice(5).replace(/^ /, ''));
    } else {
      // A new event's field after a complete data line: the blank line was missing.
      if (complete) flush(controller);
      if (/^event:\s*error\s*$/.test(text)) isError = true;
    }
    fields.push(text);
  };

  // A read that ends in CR may be followed by one that starts with the LF of the same CRLF.
  let skipLF = false;
  const lines = (read: string, controller: TransformStreamDefaultController<Uint8Array>): void => {
    const text = skipLF && read.startsWith('\n') ? read.slice(1) : read;
    if (read) skipLF = read.endsWith('\r');
    pending += text;
    const parts = pending.split(/\r\n|\r|\n/);
    pending = parts.pop() ?? '';
    for (const part of parts) line(part, controller);
  };

  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        lines(decoder.decode(chunk, { stream: true }), controller);
      },
      flush(controller) {
        lines(decoder.decode(), controller);
        if (pending) line(pending, controller);
        pending = '';
        flush(controller);
      },
    }),
  );
}

interface CompletionObject {
  id?: unknown;
  model?: unknown;
  choices?: { message?: Record<string, unknown>; finish_reason?: unknown }[];
  usage?: unknown;
  error?: unknown;
}

/**
 * A whole chat.completion sent although the request asked to stream, as the events a
 * stream of it would have been: one chunk with the text (and reasoning), usage, done.
 */
export function completionAsEvents(body: unknown): string {
  const completion = (body ?? {}) as CompletionObject;
  const message = completion.choices?.[0]?.message;
  if (completion.error !== undefined || !message) {
    const error = errorObjectOf(body) ?? { message: 'The server sent no reply.' };
    return `data: ${JSON.stringify({ error })}\n\ndata: [DONE]\n\n`;
  }
  const base = {
    id: completion.id ?? 'completion',
    object: 'chat.completion.chunk',
    created: 0,
    model: completion.model,
  };
  const delta = {
    role: 'assistant',
    content: typeof message.content === 'string' ? message.content : '',
    ...(message.reasoning_content !== undefined && {
      reasoning_content: message.reasoning_content,
    }),
    ...(message.reasoning !== undefined && { reasoning: message.reasoning }),
  };
  const events = [
    {
      ...base,
      choices: [{ index: 0, delta, finish_reason: completion.choices?.[0]?.finish_reason ?? null }],
    },
    ...(completion.usage ? [{ ...base, choices: [], usage: completion.usage }] : []),
  ];
  return `${events.map((event) => `data: ${JSON.stringify(event)}\n\n`).join('')}data: [DONE]\n\n`;
}
