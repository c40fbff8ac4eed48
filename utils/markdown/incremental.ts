import type { Token } from 'marked';
import type { LinkDefinitions, MarkdownEngine } from './render';

/** What changed since the last update. */
export interface MarkdownUpdate {
  /** True when earlier output is void (the text was replaced, not extended): start over. */
  reset: boolean;
  /** Blocks that just became final; each is to be rendered exactly once. */
  finished: Token[];
  /** The blocks still open (re-rendered on each update), if any. */
  tail: Token[];
}

/** Blocks that nothing after them can change once another block has begun. */
const CLOSED_BY_ANY_NEXT = new Set(['heading', 'hr', 'mathBlock']);
/**
 * Blocks that a blank line ends for good (no lazy continuation, setext underline or table
 * delimiter can reach back across it). Lists and indented code are not among them: a later
 * item or indented line joins them across blank lines.
 */
const CLOSED_BY_BLANK_LINE = new Set(['paragraph', 'blockquote', 'table', 'html', 'def', 'text']);

/** A fenced code block (closed, since another block follows it) rather than an indented one. */
function isFenced(token: Token): boolean {
  return token.type === 'code' && /^ {0,3}(```|~~~)/.test(token.raw);
}

/** Labels a block may use as reference links ("[foo]", "[text][foo]"), normalized as marked does. */
function referencedLabels(token: Token): string[] {
  // Innermost brackets ("[[bar [foo]" uses "foo") and outer ones; an extra label costs
  // nothing but a needless re-render, a missing one a wrong render.
  const patterns = [/\[([^[\]\n]{1,999})\]/g, /\[([^\]\n]{1,999})\]/g];
  return patterns.flatMap((pattern) =>
    [...token.raw.matchAll(pattern)].map((match) => normalizeLabel(match[1])),
  );
}

function normalizeLabel(label = ''): string {
  // As marked folds labels: "ẞ" and "SS" match (lower, upper, lower).
  return label.trim().replace(/\s+/g, ' ').toLowerCase().toUpperCase().toLowerCase();
}

/** What a label resolves to, comparable across lexes. */
function definitionKey(links: LinkDefinitions, label: string): string {
  return JSON.stringify(links[label] ?? null);
}

/**
 * Streams markdown in linear time, and renders the same as the whole text would. A block is
 * final only when no later input can change it (CommonMark's rules: a list, a paragraph, a
 * blockquote, a table or an indented code block can take later lines, a paragraph can turn
 * into a setext heading or a table): that is, once a later block has begun and that block's
 * first line is complete, which fixes how the earlier one ended. Final blocks are lexed and
 * rendered once; each update re-lexes only the open blocks. Link reference definitions apply
 * across the whole message: blocks are lexed knowing the earlier ones, and a definition that
 * arrives later for a label a finished block uses starts the rendering over.
 */
export class IncrementalMarkdown {
  private source = '';
  /** Length of the prefix whose blocks are final. */
  private committed = 0;
  /** Definitions made in the final prefix. */
  private committedLinks: LinkDefinitions = {};
  /**
   * Labels the final blocks use, with the definition each was rendered with ('null': none
   * yet), so a definition that arrives or changes later re-renders them.
   */
  private readonly usedLabels = new Map<string, string>();
  /** Characters lexed so far: tests check that streaming stays linear. */
  lexedChars = 0;

  constructor(private readonly engine: Pick<MarkdownEngine, 'lex'>) {}

  /**
   * Takes the whole text so far; returns what to append and the open blocks. `complete`
   * says the text is whole (the reply ended): its last line counts as finished, and link
   * definitions still on it apply.
   */
  update(text: string, complete = false): MarkdownUpdate {
    const source = text.replace(/\r\n?/g, '\n');
    let reset = false;
    if (!source.startsWith(this.source.slice(0, this.committed))) {
      this.startOver();
      reset = true;
    }
    this.source = source;
    let tokens = this.lexRest();
    if (this.redefinesUsedLabel(tokens.links, complete)) {
      // A finished block names a label defined only now: render everything again.
      this.startOver();
      reset = true;
      tokens = this.lexRest();
    }
    // A whole text's last line is complete; its last block still stays open (redrawn, not
    // appended), so a message reads the same whether it was streamed or opened finished.
    const rest = source.slice(this.committed);
    const settled = this.finalCount(tokens, complete ? `${rest}\n` : rest);
    const finished: Token[] = [];
    for (const token of tokens.slice(0, settled)) {
      this.committed += token.raw.length;
      if (token.type === 'space') continue;
      finished.push(token);
      if (token.type === 'def') {
        // The first definition of a label wins, as the lexer has it.
        this.committedLinks[normalizeLabel(token.tag)] ??= { href: token.href, title: token.title };
      }
      for (const label of referencedLabels(token)) {
        if (!this.usedLabels.has(label))
          this.usedLabels.set(label, definitionKey(tokens.links, label));
      }
    }
    const tail = tokens.slice(settled).filter((token) => token.type !== 'space');
    return { reset, finished, tail };
  }

  private startOver(): void {
    this.committed = 0;
    this.committedLinks = {};
    this.usedLabels.clear();
  }

  private lexRest() {
    const rest = this.source.slice(this.committed);
    this.lexedChars += rest.length;
    return this.engine.lex(rest, this.committedLinks);
  }

  /**
   * True when a label a final block uses is now defined otherwise than when that block was
   * rendered (a definition may stand anywhere, even inside a quote or a list). While text
   * streams, a definition counts once its lines are complete, so one still arriving
   * ("[foo]: /u") does not re-render everything at each character.
   */
  private redefinesUsedLabel(links: LinkDefinitions, complete: boolean): boolean {
    const changed = [...this.usedLabels].filter(
      ([label, renderedWith]) => definitionKey(links, label) !== renderedWith,
    );
    if (changed.length === 0) return false;
    if (complete) return true;
    // Rare (a definition for a used label is arriving): lex the complete lines only.
    const rest = this.source.slice(this.committed);
    const settled = this.engine.lex(rest.slice(0, rest.lastIndexOf('\n') + 1), this.committedLinks);
    return changed.some(
      ([label, renderedWith]) =>
        definitionKey(settled.links, label) !== renderedWith &&
        definitionKey(settled.links, label) === definitionKey(links, label),
    );
  }

  /**
   * How many leading tokens are final: those before the last block that has begun with a
   * complete first line (blocks in CLOSED_BY_ANY_NEXT, and closed fences, need only a next
   * block to have begun).
   */
  private finalCount(tokens: readonly Token[], rest: string): number {
    let offset = 0;
    const starts = tokens.map((token) => {
      const start = offset;
      offset += token.raw.length;
      return start;
    });
    for (let index = tokens.length - 1; index > 0; index -= 1) {
      const token = tokens[index] as Token;
      if (token.type === 'space') continue;
      const firstLineDone = rest.indexOf('\n', starts[index]) !== -1;
      if (firstLineDone) return index;
      // This block's first line is still arriving: what is before it may still change,
      // unless that is a block nothing can extend.
      const before = tokens.slice(0, index).findLastIndex((item) => item.type !== 'space');
      const previous = tokens[before];
      if (!previous) continue;
      const blankBetween = before < index - 1;
      if (
        CLOSED_BY_ANY_NEXT.has(previous.type) ||
        isFenced(previous) ||
        (blankBetween && CLOSED_BY_BLANK_LINE.has(previous.type))
      ) {
        return before + 1;
      }
    }
    return 0;
  }
}
