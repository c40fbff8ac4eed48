// An OpenAI-compatible mock server for tests and for trying Sidechat by hand.
// Plain ESM so Node runs it without a build step (npm run mock); types in mock-openai.d.mts.
//
// A prompt steers it with a directive anywhere in the last user message:
//   @mock(slow=40)          wait 40 ms between tokens (default: the server's tokenDelayMs)
//   @mock(tokens=4000)      answer with 4,000 generated tokens instead of the echo
//   @mock(status=429)       fail with that HTTP status (retryAfter=S adds a retry-after header)
//   @mock(drop=5)           cut the connection after 5 tokens
//   @mock(stall=3)          send 3 tokens, then nothing until the client gives up
//   @mock(reasoning=20)     send 20 reasoning_content tokens before the answer
//   @mock(thinktags=20)     start the answer with 20 tokens inside inline <think>…</think>
//                          (tag=thinking|reasoning|reason|thought|thought-bars for the others)
//   @mock(reasoning=20,field=reasoning)  the reasoning in `reasoning` (OpenRouter), or
//                          field=details in `reasoning_details` text parts
//   @mock(verbatim=1)       answer with the prompt itself (minus the directive), no echo prefix
//   @mock(streamerror=invalid_api_key)  200, then an error object in the stream (also
//                          model_not_found, rate_limit_exceeded, context_length_exceeded,
//                          overloaded, server_error); tokens=N first sends N tokens
//   @mock(nomodel=1)        chunks name no model;  @mock(routed=other) they name another
//   @mock(status=400,echokey=1)  fail, echoing the caller's key masked and partly, as providers do
//   @mock(md=8000)          answer with 8,000 tokens of markdown (headings, lists, code, tables, math)
//   @mock(onechunk=1)       send the whole answer in one chunk
//   @mock(frame=crlf)       frame the stream oddly: crlf, keepalive, glued, split (mock/framing.mjs)
//   @mock(jsonbody=1)       answer one JSON chat.completion although the request asked to stream
//   @mock(eventerror=anthropic)  end with `event: error` (anthropic: its error shape; bare: a
//                          data line with only a message); tokens=N first sends N tokens
// Options combine: @mock(slow=20,tokens=100).
//
// Server-wide switches (methods on the returned object) imitate real providers:
//   setOriginCheck(true)  answer 403 to a browser Origin that is not localhost, as Ollama does
//   setModels([...])      what GET /models lists
//   setRequiredKey('k')   answer 401 unless the request carries `Authorization: Bearer k`
// Any path under /html/ answers with a web page, like a base URL that misses the API.
// A base URL of /quirks/<name>+<name>/v1 imitates providers' refusals (see mock/quirks.mjs).
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { quirksOf, refusalFor, routedPath } from './mock/quirks.mjs';
import { servePage } from './mock/pages.mjs';
import { completionObject, eventWriter } from './mock/framing.mjs';

const WORDS =
  'the quick brown fox jumps over a lazy dog while streaming tokens arrive in order and every word is kept safe'.split(
    ' ',
  );

/** Parses `@mock(a=1,b=2)` from a prompt into numbers. */
export function parseDirectives(text) {
  const match = /@mock\(([^)]*)\)/.exec(text);
  const options = {};
  if (!match) return options;
  for (const pair of match[1].split(',')) {
    const [key, value = '1'] = pair.split('=').map((part) => part.trim());
    // Numbers, except words such as an error code (streamerror=invalid_api_key).
    if (key) options[key] = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  }
  return options;
}

/** Error objects gateways send inside a 200 stream, by the code `streamerror=` names. */
const STREAM_ERRORS = {
  invalid_api_key: {
    message: 'Incorrect API key provided.',
    type: 'invalid_request_error',
    code: 'invalid_api_key',
  },
  model_not_found: {
    message: 'The model `mock-model` does not exist.',
    type: 'invalid_request_error',
    code: 'model_not_found',
  },
  rate_limit_exceeded: {
    message: 'Rate limit reached for requests.',
    type: 'rate_limit_error',
    code: 'rate_limit_exceeded',
  },
  context_length_exceeded: {
    message: "This model's maximum context length is 8192 tokens.",
    type: 'invalid_request_error',
    code: 'context_length_exceeded',
  },
  overloaded: { message: 'Overloaded', type: 'overloaded_error', code: 'overloaded' },
  server_error: { message: 'The server had an error.', type: 'server_error', code: null },
};

/** Splits text into word-sized tokens, spaces attached, as a model streams it. */
export function tokenize(text) {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

function generatedTokens(count) {
  const tokens = [];
  for (let i = 0; i < count; i += 1)
    tokens.push(`${WORDS[i % WORDS.length]}${i % 17 === 16 ? '.\n' : ' '}`);
  return tokens;
}

/** Markdown of about `count` tokens, mixing the constructs models emit. */
function markdownTokens(count) {
  const sections = [
    '## Section heading\n\n',
    'Some **bold** text, `inline code`, a [link](https://example.com) and $x^2 + y^2 = z^2$ inline.\n\n',
    '- first item with *emphasis*\n- second item\n  - nested item\n- [x] a task\n\n',
    '```js\nfunction add(a, b) {\n  // sum two numbers\n  return a + b;\n}\n```\n\n',
    '| name | value |\n| --- | ---: |\n| alpha | 1 |\n| beta | 2 |\n\n',
    '$$\n\\int_0^1 x^2\\,dx = \\frac{1}{3}\n$$\n\n',
    '> A quoted line of text that goes on for a while.\n\n',
    '中文段落：模型的回答也常常包含中文，没有空格也要正确换行。\n\n',
  ];
  const tokens = [];
  for (let i = 0; tokens.length < count; i += 1) {
    tokens.push(...tokenize(sections[i % sections.length]));
  }
  return tokens.slice(0, count);
}

function contentOf(message) {
  if (typeof message?.content === 'string') return message.content;
  if (Array.isArray(message?.content))
    return message.content.map((part) => part.text ?? '').join('');
  return '';
}

const TEST_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Test article</title></head>
<body><h1>Test article</h1>
<p id="para">Rivers carry <b>sediment</b> to the sea.</p>
<p id="markup">Markup as text: &lt;img src=x onerror=alert(1)&gt; and **stars**</p>
<textarea id="field">alpha beta gamma delta</textarea>
</body></html>`;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Inline reasoning tags by the name `tag=` gives them. */
const THINK_TAGS = {
  think: ['<think>', '</think>'],
  thinking: ['<thinking>', '</thinking>'],
  reasoning: ['<reasoning>', '</reasoning>'],
  reason: ['<reason>', '</reason>'],
  thought: ['<thought>', '</thought>'],
  'thought-bars': ['<|begin_of_thought|>', '<|end_of_thought|>'],
};

/** A tag cut in two, as tokenizers often split them. */
const halves = (tag) => [tag.slice(0, 3), tag.slice(3)];

/** A reasoning token in the field `field=` names (DeepSeek's by default). */
function reasoningDelta(field, token) {
  if (field === 'reasoning') return { reasoning: token };
  if (field === 'details') {
    // OpenRouter repeats the text in `reasoning` too; clients must not show it twice.
    return {
      reasoning: token,
      reasoning_details: [{ type: 'reasoning.text', text: token, format: 'unknown', index: 0 }],
    };
  }
  return { reasoning_content: token };
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-expose-headers': '*',
};

function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendJson(response, status, body, headers = {}) {
  response.writeHead(status, { 'content-type': 'application/json', ...CORS, ...headers });
  response.end(JSON.stringify(body));
}

/** Starts the mock on 127.0.0.1; port 0 picks a free port. */
export async function startMockServer({ port = 0, host = '127.0.0.1', tokenDelayMs = 0 } = {}) {
  const requests = [];
  /** GET /models requests, apart from chat requests so their bodies stay typed. */
  const modelRequests = [];
  /** Every path asked for, in order (tests check that nothing fetched a "leak" URL). */
  const hits = [];
  const sockets = new Set();
  const state = { tokenDelayMs, originCheck: false, models: ['mock-model'], requiredKey: '' };

  const server = createServer(async (request, response) => {
    const requested = new URL(request.url ?? '/', `http://${host}`);
    hits.push(requested.pathname);
    const quirks = quirksOf(requested.pathname);
    const url = new URL(routedPath(requested.pathname), requested);
    if (request.method === 'OPTIONS') {
      response.writeHead(204, CORS);
      response.end();
      return;
    }
    if (state.originCheck && !isLocalOrigin(request.headers.origin)) {
      // Ollama's answer to an origin outside OLLAMA_ORIGINS: 403 and an empty body.
      response.writeHead(403, CORS);
      response.end();
      return;
    }
    if (url.pathname.startsWith('/html/')) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...CORS });
      response.end('<!doctype html><html><body><h1>Welcome to our website</h1></body></html>');
      return;
    }
    const auth = request.headers.authorization ?? '';
    if (
      state.requiredKey &&
      url.pathname.startsWith('/v1/') &&
      auth !== `Bearer ${state.requiredKey}`
    ) {
      sendJson(response, 401, {
        error: { message: 'Incorrect API key provided.', type: 'invalid_request_error' },
      });
      return;
    }
    if (request.method === 'GET' && url.pathname.startsWith('/pages/')) {
      if (servePage(requested, `http://${request.headers.host}`, response)) return;
    }
    if (request.method === 'GET' && url.pathname === '/page.html') {
      // A page to select text on, for the page-context tests.
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(TEST_PAGE);
      return;
    }
    if (request.method === 'GET' && url.pathname.endsWith('/models')) {
      modelRequests.push({ path: url.pathname, headers: request.headers });
      const refusal = refusalFor(quirks, {}, request.headers);
      if (refusal) {
        sendJson(response, refusal.status, refusal.body);
        return;
      }
      sendJson(response, 200, {
        object: 'list',
        // A name, or an object with more fields (context_length, as OpenRouter lists).
        data: state.models.map((model) =>
          typeof model === 'string'
            ? { id: model, object: 'model', created: 0, owned_by: 'mock' }
            : { object: 'model', created: 0, owned_by: 'mock', ...model },
        ),
      });
      return;
    }
    if (request.method !== 'POST' || !url.pathname.endsWith('/chat/completions')) {
      sendJson(response, 404, {
        error: { message: `No route ${url.pathname}`, type: 'not_found' },
      });
      return;
    }
    let body;
    try {
      body = JSON.parse(await readBody(request));
    } catch {
      sendJson(response, 400, { error: { message: 'Body is not JSON.', type: 'invalid_request' } });
      return;
    }
    requests.push({ path: requested.pathname, headers: request.headers, body, at: Date.now() });
    const refusal = refusalFor(quirks, body, request.headers);
    if (refusal) {
      sendJson(response, refusal.status, refusal.body);
      return;
    }
    await streamReply(
      body,
      response,
      state,
      (request.headers.authorization ?? '').replace(/^Bearer /, ''),
    );
  });

  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;

  return {
    url: `http://${host}:${actualPort}/v1`,
    origin: `http://${host}:${actualPort}`,
    port: actualPort,
    requests,
    modelRequests,
    hits,
    setOriginCheck(on) {
      state.originCheck = on;
    },
    setModels(names) {
      state.models = names;
    },
    setRequiredKey(key) {
      state.requiredKey = key;
    },
    /** Changes the default pace for prompts without `slow=`. */
    setTokenDelay(ms) {
      state.tokenDelayMs = ms;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}

/** True when a request comes without an Origin or from the local machine (Ollama's default rule). */
function isLocalOrigin(origin) {
  if (!origin) return true;
  try {
    const { protocol, hostname } = new URL(origin);
    return (
      (protocol === 'http:' || protocol === 'https:') &&
      ['localhost', '127.0.0.1', '[::1]'].includes(hostname)
    );
  } catch {
    return false;
  }
}

/** A key as OpenAI echoes it: the first six characters, an ellipsis, stars, the last four. */
function maskedKey(key) {
  return `${key.slice(0, 6)}…****${key.slice(-4)}`;
}

async function streamReply(body, response, state, authorization = '') {
  const messages = Array.isArray(body.messages) ? body.messages : [];
  const lastUser = messages.findLast((message) => message.role === 'user');
  const prompt = contentOf(lastUser);
  const options = parseDirectives(prompt);

  if (options.status) {
    const headers =
      options.retryAfter !== undefined ? { 'retry-after': String(options.retryAfter) } : {};
    sendJson(
      response,
      options.status,
      {
        error: {
          // echokey=1: echo the caller's key masked and partly, as real providers do.
          message: options.echokey
            ? `Incorrect API key provided: ${maskedKey(authorization)}. Your key ends in ${authorization.slice(-8)}.`
            : `Mock failure with status ${options.status}.`,
          type: 'mock_error',
          code: null,
        },
      },
      headers,
    );
    return;
  }

  // A model named "…text-only…" cannot see: it refuses images as OpenAI's older models do.
  const images = Array.isArray(lastUser?.content)
    ? lastUser.content.filter((part) => part?.type === 'image_url').length
    : 0;
  if (images > 0 && /text-only/.test(String(body.model))) {
    sendJson(response, 400, {
      error: {
        message: 'Invalid content type. image_url is only supported by certain models.',
        type: 'invalid_request_error',
        param: 'messages.[0].content.[1].type',
        code: null,
      },
    });
    return;
  }

  const turn = messages.filter((message) => message.role === 'user').length;
  // The echo says how many images the last message carried (what a vision model would see).
  const seen = images ? ` [${images} image${images > 1 ? 's' : ''}]` : '';
  const echo = `${prompt.replace(/@mock\([^)]*\)/g, '').trim()}${seen}`;
  let tokens = options.md
    ? markdownTokens(options.md)
    : options.streamerror && !options.tokens
      ? []
      : options.tokens
        ? generatedTokens(options.tokens)
        : tokenize(options.verbatim ? echo : `Echo (turn ${turn}): ${echo}`);
  if (options.thinktags) {
    const [open, close] = THINK_TAGS[options.tag ?? 'think'] ?? THINK_TAGS.think;
    tokens = [
      ...halves(open),
      ...generatedTokens(options.thinktags),
      ...halves(close),
      '\n\n',
      ...tokens,
    ];
  }
  if (options.onechunk) tokens = [tokens.join('')];
  const reasoning = options.reasoning ? generatedTokens(options.reasoning) : [];
  const delay = options.slow ?? state.tokenDelayMs;
  const id = `chatcmpl-mock-${Date.now()}`;
  // nomodel=1: chunks name no model (some gateways); routed=NAME: they name another one.
  const model = options.nomodel
    ? undefined
    : (options.routed ?? (typeof body.model === 'string' ? body.model : 'mock-model'));
  const promptTokens = messages.reduce(
    (sum, message) => sum + tokenize(contentOf(message)).length,
    0,
  );
  if (options.jsonbody) {
    const content = tokens.join('');
    sendJson(
      response,
      200,
      completionObject({ id, model, content, promptTokens, completionTokens: tokens.length }),
    );
    return;
  }

  response.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
    ...CORS,
  });
  let closed = false;
  response.on('close', () => {
    closed = true;
  });
  const out = eventWriter(response, options.frame);
  const chunk = (delta, extra = {}) =>
    `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created: 0, model, choices: [{ index: 0, delta, finish_reason: null }], ...extra })}\n\n`;

  await out.write(chunk({ role: 'assistant', content: '' }));
  for (const token of reasoning) {
    if (closed) return;
    await out.write(chunk(reasoningDelta(options.field, token)));
    if (delay) await sleep(delay);
  }
  let sent = 0;
  for (const token of tokens) {
    if (closed) return;
    if (options.drop !== undefined && sent >= options.drop) {
      // Let the tokens already written reach the client, then cut the connection.
      await sleep(50);
      response.socket?.destroy();
      return;
    }
    if (options.stall !== undefined && sent >= options.stall) {
      // Say nothing more; the client's stall timer is what ends this.
      await new Promise((resolve) => response.on('close', resolve));
      return;
    }
    await out.write(chunk({ content: token }));
    sent += 1;
    if (delay) await sleep(delay);
  }
  if (closed) return;
  if (options.streamerror) {
    // A gateway's failure after a 200: an error object in the stream, as OpenAI's SDK reads it.
    await out.end(
      `data: ${JSON.stringify({ error: STREAM_ERRORS[options.streamerror] ?? STREAM_ERRORS.server_error })}\n\n`,
    );
    return;
  }
  if (options.eventerror) {
    // Anthropic's shape names the error; a bare one only says something (some proxies).
    const data =
      options.eventerror === 'anthropic'
        ? { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } }
        : { message: 'Upstream provider timed out.' };
    await out.end(`event: error\ndata: ${JSON.stringify(data)}\n\n`);
    return;
  }
  await out.write(
    `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created: 0, model, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\n`,
  );
  if (body.stream_options?.include_usage) {
    await out.write(
      `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created: 0, model, choices: [], usage: { prompt_tokens: promptTokens, completion_tokens: tokens.length + reasoning.length, total_tokens: promptTokens + tokens.length + reasoning.length } })}\n\n`,
    );
  }
  await out.end('data: [DONE]\n\n');
}

// `npm run mock`: serve on a fixed port for trying the extension by hand.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT ?? 8787);
  const tokenDelayMs = Number(process.env.TOKEN_DELAY_MS ?? 30);
  const mock = await startMockServer({ port, tokenDelayMs });
  console.log(`Mock OpenAI-compatible server on ${mock.url}`);
  console.log('In Sidechat settings: Base URL = that address, Model = mock-model, any API key.');
  console.log(
    'Steer a reply with @mock(slow=40,tokens=500,status=429,drop=5,stall=3,reasoning=20).',
  );
}
