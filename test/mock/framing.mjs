// How the mock writes its event stream: cleanly, or with the framing real servers get wrong
// or merely do differently. Chosen by `@mock(frame=…)`:
//   crlf       CRLF line ends (servers behind some proxies, Windows-hosted gateways)
//   keepalive  a `: keep-alive` comment before each event (OpenRouter, LiteLLM)
//   glued      events separated by one newline instead of a blank line (broken gateways)
//   split      each event written in two reads, cut inside its JSON
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A writer of SSE events (each given as `data: …\n\n`) in the chosen framing. */
export function eventWriter(response, frame) {
  const shape = (event) => {
    let text = event;
    if (frame === 'glued') text = text.replace(/\n\n$/, '\n');
    if (frame === 'keepalive') text = `: keep-alive\n\n${text}`;
    if (frame === 'crlf') text = text.replace(/\n/g, '\r\n');
    return text;
  };
  return {
    async write(event) {
      const text = shape(event);
      if (frame !== 'split') {
        response.write(text);
        return;
      }
      const cut = Math.max(1, Math.floor(text.length / 2));
      response.write(text.slice(0, cut));
      // A pause long enough for the client to read the first half on its own.
      await sleep(5);
      response.write(text.slice(cut));
    },
    async end(event = '') {
      if (event) await this.write(event);
      response.end();
    },
  };
}

/** A whole chat.completion object: what a server sends when it ignores `stream: true`. */
export function completionObject({ id, model, content, promptTokens, completionTokens }) {
  return {
    id,
    object: 'chat.completion',
    created: 0,
    model,
    choices: [
      { index: 0, message: { role: 'assistant', content }, finish_reason: 'stop', logprobs: null },
    ],
    usage: {
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens,
      total_tokens: promptTokens + completionTokens,
    },
  };
}
