import type { TokenizerAndRendererExtension, Tokens } from 'marked';

/** A TeX formula found in markdown. */
export interface MathToken extends Tokens.Generic {
  type: 'mathBlock' | 'mathInline';
  raw: string;
  tex: string;
  display: boolean;
}

/** Renders a formula to HTML (KaTeX once loaded, an escaped placeholder before). */
export type RenderMath = (tex: string, display: boolean) => string;

const BLOCK_DOLLARS = /^ {0,3}\$\$([\s\S]*?)(?:\$\$[ \t]*(?:\n|$)|$(?![\s\S]))/;
const BLOCK_BRACKETS = /^ {0,3}\\\[([\s\S]*?)(?:\\\][ \t]*(?:\n|$)|$(?![\s\S]))/;
const INLINE_PARENS = /^\\\(([\s\S]+?)\\\)/;
const INLINE_DOUBLE = /^\$\$([^$\n]+?)\$\$/;

/**
 * `$…$` by pandoc's rule, so prices stay text: the opening `$` is followed by a non-space,
 * the closing `$` follows a non-space and is not followed by a digit ("$5 and $10" is no math).
 */
export function matchInlineDollar(src: string): { raw: string; tex: string } | null {
  if (src[0] !== '$' || src[1] === '$' || src[1] === undefined || /\s/.test(src[1])) return null;
  for (let i = 1; i < src.length; i += 1) {
    const char = src[i];
    if (char === '\n' && src[i + 1] === '\n') return null;
    if (char === '\\') {
      i += 1;
      continue;
    }
    if (char !== '$') continue;
    const before = src[i - 1] ?? '';
    const after = src[i + 1] ?? '';
    if (/\s/.test(before) || /\d/.test(after)) return null;
    return { raw: src.slice(0, i + 1), tex: src.slice(1, i) };
  }
  return null;
}

/**
 * Marked extensions for TeX: `$$…$$` and `\[…\]` as display blocks (an unclosed one runs
 * to the end, as a code fence does, so a streaming formula is not split into paragraphs),
 * `\(…\)`, `$$…$$` and `$…$` inline.
 */
export function mathExtensions(render: RenderMath): TokenizerAndRendererExtension[] {
  const renderer = (token: Tokens.Generic) => {
    const math = token as MathToken;
    return math.type === 'mathBlock'
      ? `<div class="math-display">${render(math.tex, true)}</div>\n`
      : render(math.tex, math.display);
  };
  return [
    {
      name: 'mathBlock',
      level: 'block',
      start: (src) => src.match(/^ {0,3}(\$\$|\\\[)/m)?.index,
      tokenizer(src) {
        const match = BLOCK_DOLLARS.exec(src) ?? BLOCK_BRACKETS.exec(src);
        if (!match) return undefined;
        const closed = /(\$\$|\\\])[ \t]*\n?$/.test(match[0]);
        // "$$x$$ more text" is inline math in a paragraph, not an unclosed block.
        if (!closed && /\$\$|\\\]/.test(match[1] ?? '')) return undefined;
        const token: MathToken = {
          type: 'mathBlock',
          raw: match[0],
          tex: (match[1] ?? '').trim(),
          display: true,
        };
        return token;
      },
      renderer,
    },
    {
      name: 'mathInline',
      level: 'inline',
      start: (src) => src.match(/\$|\\\(/)?.index,
      tokenizer(src) {
        const parens = INLINE_PARENS.exec(src);
        if (parens) {
          return { type: 'mathInline', raw: parens[0], tex: parens[1] ?? '', display: false };
        }
        const double = INLINE_DOUBLE.exec(src);
        if (double) {
          return { type: 'mathInline', raw: double[0], tex: double[1] ?? '', display: true };
        }
        const dollar = matchInlineDollar(src);
        if (dollar) return { type: 'mathInline', raw: dollar.raw, tex: dollar.tex, display: false };
        return undefined;
      },
      renderer,
    },
  ];
}
