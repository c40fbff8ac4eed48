import type { Token } from 'marked';
import type { MarkdownEngine } from './render';

/** What changed since the last update. */
export interface MarkdownUpdate {
  /** True when earlier output is void (the text was replaced, not extended): start over. */
  reset: boolean;
  /** Blocks that just became final; each is to be rendered exactly once. */
  finished: Token[];
  /** The last, still-open block (re-rendered on each update), if any. */
  tail: Token | undefined;
}

/**
 * Streams markdown in linear time: text before the last top-level block is final, so it is
 * lexed and rendered once and never again; each update re-lexes only from the start of the
 * open block. (Reference-style link definitions therefore apply within their own block.)
 */
export class IncrementalMarkdown {
  private source = '';
  /** Length of the prefix whose blocks are final. */
  private committed = 0;
  /** Characters lexed so far: tests check that streaming stays linear. */
  lexedChars = 0;

  constructor(private readonly engine: Pick<MarkdownEngine, 'lex'>) {}

  /** Takes the whole text so far; returns what to append and the new tail. */
  update(text: string): MarkdownUpdate {
    const source = text.replace(/\r\n?/g, '\n');
    let reset = false;
    if (!source.startsWith(this.source.slice(0, this.committed))) {
      this.committed = 0;
      reset = true;
    }
    this.source = source;
    const rest = source.slice(this.committed);
    this.lexedChars += rest.length;
    const tokens = this.engine.lex(rest);
    const last = findLastIndex(tokens, (token) => token.type !== 'space');
    const finished: Token[] = [];
    let consumed = 0;
    for (let i = 0; i < last; i += 1) {
      const token = tokens[i] as Token;
      consumed += token.raw.length;
      if (token.type !== 'space') finished.push(token);
    }
    // Trailing blank lines between finished blocks and the tail belong to the finished part.
    if (last > 0) {
      this.committed += consumed;
    }
    return { reset, finished, tail: last >= 0 ? tokens[last] : undefined };
  }
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i -= 1) if (test(items[i] as T)) return i;
  return -1;
}
