/** The inline reasoning tags models use, each with its closing tag. */
export const THINK_TAGS: readonly (readonly [open: string, close: string])[] = [
  ['<think>', '</think>'], // DeepSeek-R1 and its distills, QwQ, Qwen3, most local models
  ['<thinking>', '</thinking>'], // Claude-style prompts, some fine-tunes
  ['<reasoning>', '</reasoning>'],
  ['<reason>', '</reason>'],
  ['<thought>', '</thought>'], // Gemma-style fine-tunes
  ['<|begin_of_thought|>', '<|end_of_thought|>'], // Sky-T1, OpenThinker
];

/** Text routed to the answer or to the reasoning. */
export interface SplitText {
  content: string;
  reasoning: string;
}

/**
 * Separates inline reasoning (`<think>…</think>` and the other tags above) from the answer
 * while streaming. Reasoning is recognised before the answer starts, where models put it:
 * once the answer has begun, a tag is text the answer talks about. A tag split across
 * chunks is held back until it is whole, so neither side ever shows half a tag.
 */
export class ThinkSplitter {
  /** The closing tag awaited while inside reasoning; null outside. */
  private close: string | null = null;
  private pending = '';
  /** The answer has started: later tags are text. */
  private answering = false;
  /** The answer usually starts with blank lines after the closing tag; they are dropped. */
  private trimAnswerStart = false;

  /** Feeds the next chunk of content; returns what can be shown now. */
  push(chunk: string): SplitText {
    let text = this.pending + chunk;
    this.pending = '';
    const out: SplitText = { content: '', reasoning: '' };
    for (;;) {
      if (this.close) {
        const index = text.indexOf(this.close);
        if (index >= 0) {
          out.reasoning += text.slice(0, index);
          text = text.slice(index + this.close.length);
          this.close = null;
          this.trimAnswerStart = true;
          continue;
        }
        const keep = partialSuffix(text, [this.close]);
        out.reasoning += text.slice(0, text.length - keep);
        this.pending = text.slice(text.length - keep);
        return out;
      }
      if (this.answering) {
        this.emitAnswer(out, text);
        return out;
      }
      // Before the answer: whitespace, then perhaps an opening tag.
      const lead = /^\s*/.exec(text)?.[0].length ?? 0;
      const rest = text.slice(lead);
      const opened = THINK_TAGS.find(([open]) => rest.startsWith(open));
      if (opened) {
        text = rest.slice(opened[0].length);
        this.close = opened[1];
        continue;
      }
      const keep =
        rest.length > 0
          ? partialSuffix(
              rest,
              THINK_TAGS.map(([open]) => open),
            )
          : 0;
      if (keep === rest.length) {
        // Only whitespace or the start of a tag so far: wait for more.
        this.pending = text;
        return out;
      }
      this.answering = true;
      this.emitAnswer(out, text);
      return out;
    }
  }

  /** Ends the stream: anything held back is released as it is. */
  flush(): SplitText {
    const out: SplitText = { content: '', reasoning: '' };
    if (this.close) out.reasoning += this.pending;
    else this.emitAnswer(out, this.pending);
    this.pending = '';
    return out;
  }

  private emitAnswer(out: SplitText, text: string): void {
    let answer = text;
    if (this.trimAnswerStart) {
      answer = answer.replace(/^\s+/, '');
      if (answer) this.trimAnswerStart = false;
    }
    if (answer) this.answering = true;
    out.content += answer;
  }
}

/** Length of the longest end of `text` that could be the start of one of `tags`. */
function partialSuffix(text: string, tags: readonly string[]): number {
  let longest = 0;
  for (const tag of tags) {
    for (let length = Math.min(tag.length - 1, text.length); length > longest; length -= 1) {
      if (tag.startsWith(text.slice(text.length - length))) {
        longest = length;
        break;
      }
    }
  }
  return longest;
}
