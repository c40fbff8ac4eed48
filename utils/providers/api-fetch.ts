import { errorObjectOf } from './error-body';
import { ChatError } from './errors';
import { completionAsEvents, normalizeEventStream } from './event-stream';

/** An error answer rewritten in OpenAI's shape, when the provider used another one. */
async function withOpenAIErrorShape(response: Response): Promise<Response> {
  // Read once and rebuilt either way: a clone's body is not independent in every runtime.
  const text = await response.text();
  let shaped = text;
  try {
    const body: unknown = JSON.parse(text);
    const error = errorObjectOf(body);
    const openAIShaped =
      !!body && typeof body === 'object' && 'error' in body && !Array.isArray(body);
    if (error && !openAIShaped) shaped = JSON.stringify({ error });
  } catch {
    // Not JSON after all: the SDK shows the text as it came.
  }
  return new Response(shaped, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

/**
 * fetch that refuses a successful answer which is a web page (a base URL missing its `/v1`
 * often lands on the provider's website, which the SDK would read as an empty reply), and
 * that hands the SDK every error body in the one shape it reads.
 */
export const apiFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  const type = response.headers.get('content-type') ?? '';
  if (response.ok && type.includes('text/html')) {
    await response.body?.cancel();
    throw new ChatError('not_api', { status: response.status });
  }
  if (!response.ok && type.includes('json')) return withOpenAIErrorShape(response);
  if (response.ok && type.includes('text/event-stream') && response.body) {
    return new Response(normalizeEventStream(response.body), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  }
  if (response.ok && type.includes('json') && asksToStream(init)) {
    // The server ignored `stream: true`: its whole answer becomes a one-chunk stream.
    const text = await response.text();
    let body: unknown = null;
    try {
      body = JSON.parse(text);
    } catch {
      body = { error: { message: text.slice(0, 300) } };
    }
    const headers = new Headers(response.headers);
    headers.set('content-type', 'text/event-stream');
    return new Response(completionAsEvents(body), { status: response.status, headers });
  }
  return response;
};

/** The request is a streaming chat completion (the SDK sends its body as a JSON string). */
function asksToStream(init: RequestInit | undefined): boolean {
  return typeof init?.body === 'string' && /"stream"\s*:\s*true/.test(init.body);
}
