import { describe, expect, it } from 'vitest';
import { matchInlineDollar } from '@/utils/markdown/math';
import { createMarkdownEngine } from '@/utils/markdown/render';

const engine = createMarkdownEngine({ allowRemoteImages: false });
const html = (markdown: string) => engine.render(engine.lex(markdown));

describe('math', () => {
  it.each([
    ['$x^2$ rest', '$x^2$'],
    ['$a + b$.', '$a + b$'],
    ['$\\$5$', '$\\$5$'],
  ])('should take %j as inline math', (src, raw) => {
    expect(matchInlineDollar(src)?.raw).toBe(raw);
  });

  it.each(['$5 and $10', '$ x$', '$x $', '$5-$10', '$$x$$', '$x\n\ny$'])(
    'should leave %j as text',
    (src) => {
      expect(matchInlineDollar(src)).toBeNull();
    },
  );

  it('should keep prices as text in a paragraph', () => {
    expect(html('It costs $5 and $10 now.')).toBe('<p>It costs $5 and $10 now.</p>\n');
  });

  it('should find display and inline formulas in all four notations', () => {
    const out = html('$$\na^2\n$$\n\n\\[\nb^2\n\\]\n\nInline \\(c\\) and $d$ and $$e$$.');
    expect(out.match(/math-display/g)).toHaveLength(2);
    expect(out.match(/math-pending/g)).toHaveLength(5);
  });

  it('should treat an unclosed $$ as one open block (streaming), not split paragraphs', () => {
    const tokens = engine.lex('$$\n\\begin{aligned}\na &= b\n\n');
    expect(tokens.filter((token) => token.type !== 'space').map((token) => token.type)).toEqual([
      'mathBlock',
    ]);
  });
});
