const OPEN = '<think>';
const CLOSE = '</think>';

/** Text routed to the answer or to the reasoning. */
export interface SplitText {
  content: string;
  reasoning: string;
}

/**
 * Separates inline `<think>…</think>` reasoning (DeepSeek-R1 distills, QwQ, many local
 * models) from the answer while streaming. A tag split across chunks is held back until
 * it is whole, so neither side ever shows half a tag.
 */
export class ThinkSplitter {
  private inside = false;
  private pending = '';
  /** The answer usually starts with blank lines after </think>; they are dropped. */
  private trimAnswerStart = false;

  /** Feeds the next chunk of content; returns what can be shown now. */
  push(chunk: string): SplitText {
    let text = this.pending + chunk;
    this.pending = '';
    const out: SplitText = { content: '', reasoning: '' };
    for (;;) {
      const tag = this.inside ? CLOSE : OPEN;
      const index = text.indexOf(tag);
      if (index >= 0) {
        this.emit(out, text.slice(0, index));
        text = text.slice(index + tag.length);
        this.inside = !this.inside;
        if (!this.inside) this.trimAnswerStart = true;
        continue;
      }
      const keep = partialTagSuffix(text, tag);
      this.emit(out, text.slice(0, text.length - keep));
      this.pending = text.slice(text.length - keep);
      return out;
    }
  }

  /** Ends the stream: anything held back is released as it is. */
  flush(): SplitText {
    const out: SplitText = { content: '', reasoning: '' };
    this.emit(out, this.pending);
    this.pending = '';
    return out;
  }

  private emit(out: SplitText, text: string): void {
    if (this.inside) {
      out.reasoning += text;
      return;
    }
    let answer = text;
    if (this.trimAnswerStart) {
      answer = answer.replace(/^\s+/, '');
      if (answer) this.trimAnswerStart = false;
    }
    out.content += answer;
  }
}

/** Length of the longest end of `text` that could be the start of `tag`. */
function partialTagSuffix(text: string, tag: string): number {
  for (let length = Math.min(tag.length - 1, text.length); length > 0; length -= 1) {
    if (tag.startsWith(text.slice(text.length - length))) return length;
  }
  return 0;
}
