// Provider behaviours the mock imitates, chosen by the base URL: /quirks/<name>+<name>/v1.
// Each answers exactly as that provider documents or is observed to (status, body shape),
// so the client's adaptations are tested against the real thing's words.

/** The quirks a request path asks for: `/quirks/a+b/v1/chat/completions` → {a, b}. */
export function quirksOf(pathname) {
  const match = /^\/quirks\/([^/]+)\//.exec(pathname);
  return new Set(match ? match[1].split('+') : []);
}

/** The path without its quirks prefix, so routing sees `/v1/...`. */
export function routedPath(pathname) {
  return pathname.replace(/^\/quirks\/[^/]+/, '');
}

const openAIError = (status, message, param, code) => ({
  status,
  body: { error: { message, type: 'invalid_request_error', param, code } },
});

/** An error in Anthropic's shape: `{"type":"error","error":{type, message}}`. */
const anthropicError = (status, type, message) => ({
  status,
  body: { type: 'error', error: { type, message } },
});

/**
 * The refusal a quirky server answers this body with, or null when it takes it.
 *   no-stream-usage   400 naming stream_options, OpenAI-shaped (Azure, some gateways)
 *   mistral-strict    422 with FastAPI's `detail` list for any field it does not know (Mistral)
 *   reasoning-model   400 for max_tokens (use max_completion_tokens) and for a temperature
 *                     or top_p other than 1, with OpenAI's exact words (o1, o3, gpt-5)
 *   no-length-limit   400 for max_tokens and max_completion_tokens alike
 *   anthropic         401 without the header for browser calls, 400 for a temperature over 1,
 *                     both in Anthropic's error shape
 *   azure             401 unless the key comes as `api-key` (and no Bearer token); 404
 *                     DeploymentNotFound for the model `no-such-deployment`, in Azure's words
 *   gemini-strict     400 for stream_options in Gemini's shape (an array, "Unknown name")
 *   no-reasoning-back 400 when an earlier reply carries reasoning_content (DeepSeek)
 *   reasoning-back    400 when an earlier reply with reasoning lacks it (Moonshot's thinking
 *                     models; the mock can only tell by the empty field, so any reply counts)
 */
export function refusalFor(quirks, body, headers = {}) {
  if (quirks.has('azure')) {
    if (!headers['api-key'] || headers.authorization) {
      return {
        status: 401,
        body: {
          error: {
            code: '401',
            message:
              'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.',
          },
        },
      };
    }
    if (body.model === 'no-such-deployment') {
      return {
        status: 404,
        body: {
          error: {
            code: 'DeploymentNotFound',
            message:
              'The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again.',
          },
        },
      };
    }
  }
  if (quirks.has('anthropic')) {
    if (headers['anthropic-dangerous-direct-browser-access'] !== 'true') {
      return anthropicError(
        401,
        'authentication_error',
        "CORS requests must set 'anthropic-dangerous-direct-browser-access' header",
      );
    }
    if (typeof body.temperature === 'number' && body.temperature > 1) {
      return anthropicError(400, 'invalid_request_error', 'temperature: range: 0..1');
    }
  }
  if (quirks.has('gemini-strict') && body.stream_options !== undefined) {
    return {
      status: 400,
      body: [
        {
          error: {
            code: 400,
            message:
              'Invalid JSON payload received. Unknown name "stream_options": Cannot find field.',
            status: 'INVALID_ARGUMENT',
          },
        },
      ],
    };
  }
  if (quirks.has('no-stream-usage') && body.stream_options !== undefined) {
    return openAIError(
      400,
      'Unrecognized request argument supplied: stream_options',
      'stream_options',
      'unknown_parameter',
    );
  }
  if (quirks.has('mistral-strict')) {
    const known = new Set([
      'model',
      'messages',
      'stream',
      'temperature',
      'top_p',
      'max_tokens',
      'stop',
      'random_seed',
      'response_format',
      'tools',
      'tool_choice',
      'safe_prompt',
      'n',
    ]);
    const extra = Object.keys(body).filter((key) => !known.has(key));
    if (extra.length > 0) {
      return {
        status: 422,
        body: {
          object: 'error',
          message: {
            detail: extra.map((key) => ({
              type: 'extra_forbidden',
              loc: ['body', key],
              msg: 'Extra inputs are not permitted',
              input: body[key],
            })),
          },
          type: 'invalid_request_message_error',
          param: null,
          code: null,
        },
      };
    }
  }
  if (quirks.has('reasoning-model')) {
    if (body.max_tokens !== undefined) {
      return openAIError(
        400,
        "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
        'max_tokens',
        'unsupported_parameter',
      );
    }
    for (const param of ['temperature', 'top_p']) {
      if (body[param] !== undefined && body[param] !== 1) {
        return openAIError(
          400,
          `Unsupported value: '${param}' does not support ${body[param]} with this model. Only the default (1) value is supported.`,
          param,
          'unsupported_value',
        );
      }
    }
  }
  const earlier = Array.isArray(body.messages)
    ? body.messages.filter((message) => message.role === 'assistant')
    : [];
  if (quirks.has('no-reasoning-back') && earlier.some((m) => m.reasoning_content !== undefined)) {
    return openAIError(
      400,
      'The reasoning_content is an intermediate result for display purposes only and will not be included in the context for inference. Please remove the reasoning_content from your message to reduce network traffic.',
      null,
      'invalid_request_error',
    );
  }
  const missing = earlier.findIndex((message) => !message.reasoning_content);
  if (quirks.has('reasoning-back') && missing >= 0) {
    return openAIError(
      400,
      `thinking is enabled but reasoning_content is missing in assistant message at index ${body.messages.indexOf(earlier[missing])}`,
      null,
      null,
    );
  }
  if (quirks.has('no-length-limit')) {
    const param = body.max_tokens !== undefined ? 'max_tokens' : 'max_completion_tokens';
    if (body[param] !== undefined) {
      return openAIError(400, `Unknown parameter: '${param}'.`, param, 'unknown_parameter');
    }
  }
  return null;
}
