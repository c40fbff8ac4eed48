import { Lexer, Marked, Tokenizer, type Token, type Tokens } from 'marked';
import { t } from '@/utils/i18n/translate';
import { escapeHtml, httpHost } from './escape';
import { highlighterOrLoad, katexOrLoad } from './lazy-libs';
import { mathExtensions } from './math';

/** What changes how a message renders. */
export interface MarkdownOptions {
  allowRemoteImages: boolean;
}

/** Link reference definitions by normalized label, as marked keeps them. */
export type LinkDefinitions = Record<string, { href: string | null; title: string | null }>;

/** Tokens of one lex, with the link definitions it knew (given ones first) and found. */
export type LexedTokens = Token[] & { links: LinkDefinitions };

/** Turns markdown into (unsanitized) HTML, block by block. */
export interface MarkdownEngine {
  /** Lexes `source`; `links` are definitions made earlier in the same message. */
  lex(source: string, links?: LinkDefinitions): LexedTokens;
  render(tokens: Token[]): string;
}

const SAFE_DATA_IMAGE = /^data:image\/(png|jpe?g|gif|webp);base64,/i;

function renderMath(tex: string, display: boolean): string {
  const katex = katexOrLoad();
  if (!katex) return `<span class="math-pending">${escapeHtml(tex)}</span>`;
  return katex.renderToString(tex, {
    displayMode: display,
    throwOnError: false,
    output: 'htmlAndMathml',
    // trust:false keeps \href, \url, \includegraphics and \htmlStyle inert.
    trust: false,
    strict: 'ignore',
    maxExpand: 1000,
  });
}

function renderCode({ text, lang }: Tokens.Code): string {
  const language = (lang ?? '').trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  const highlighter = highlighterOrLoad();
  const known = language !== '' && highlighter?.getLanguage(language) !== undefined;
  const body =
    highlighter && known
      ? highlighter.highlight(text, { language, ignoreIllegals: true }).value
      : escapeHtml(text);
  const label = escapeHtml(language || t('plainText'));
  return (
    `<div class="code-block"><div class="code-block__header">` +
    `<span class="code-block__lang">${label}</span>` +
    `<button type="button" class="code-block__copy button--quiet" data-insert-code>${escapeHtml(t('insertIntoPage'))}</button>` +
    `<button type="button" class="code-block__copy button--quiet" data-copy-code>${escapeHtml(t('copyCode'))}</button>` +
    `</div><pre><code class="hljs">${body}</code></pre></div>\n`
  );
}

function renderImage(href: string, alt: string, options: MarkdownOptions): string {
  const source = href.trim();
  if (SAFE_DATA_IMAGE.test(source)) {
    return `<img src="${escapeHtml(source)}" alt="${escapeHtml(alt)}">`;
  }
  const host = httpHost(source);
  if (!host) return escapeHtml(alt);
  if (options.allowRemoteImages)
    return `<img src="${escapeHtml(source)}" alt="${escapeHtml(alt)}">`;
  // A remote image can carry data out in its URL, so it waits for the user's click.
  return (
    `<span class="remote-image" data-remote-image="${escapeHtml(source)}" data-alt="${escapeHtml(alt)}">` +
    `<span class="remote-image__text">${escapeHtml(t('remoteImageFrom', { host }))}</span> ` +
    `<button type="button" data-load-image>${escapeHtml(t('loadImage'))}</button></span>`
  );
}

/** A Marked instance configured for model output. */
export function createMarkdownEngine(options: MarkdownOptions): MarkdownEngine {
  const marked = new Marked({
    tokenizer: {
      // marked treats the text after an inline <pre>, <code>, <kbd> or <script> tag as raw
      // HTML (and after <a> as link text). Tags are shown as text here, so the text after
      // them stays text: the lexer's state is left as it was before the tag.
      tag(this: Tokenizer, src: string) {
        const { inLink, inRawBlock } = this.lexer.state;
        const token = Tokenizer.prototype.tag.call(this, src);
        this.lexer.state.inLink = inLink;
        this.lexer.state.inRawBlock = inRawBlock;
        return token ? { ...token, inLink, inRawBlock } : false;
      },
    },
    gfm: true,
    // Models mean their single line breaks.
    breaks: true,
    extensions: mathExtensions(renderMath),
    renderer: {
      // Raw HTML from a model is shown as text, never interpreted.
      html: ({ text, block }: Tokens.HTML | Tokens.Tag) =>
        block ? `<p class="raw-html">${escapeHtml(text)}</p>\n` : escapeHtml(text),
      code: renderCode,
      image: ({ href, text }: Tokens.Image) => renderImage(href, text, options),
      checkbox: ({ checked }: Tokens.Checkbox) =>
        `<span class="task-box" role="img" aria-label="${escapeHtml(t(checked ? 'taskDone' : 'taskOpen'))}">${checked ? '☑' : '☐'}</span> `,
      link(this: { parser: { parseInline(tokens: Token[]): string } }, link: Tokens.Link) {
        const inner = this.parser.parseInline(link.tokens);
        const target = httpHost(link.href);
        const claimed = httpHost(link.text) ?? httpHost(`https://${link.text}`);
        // Text that names another site than the link's real target gets the real host shown.
        const looksLikeUrl = /^(https?:\/\/)?[\w-]+(\.[\w-]+)+(\/\S*)?$/i.test(link.text.trim());
        const mismatch = looksLikeUrl && target && claimed && claimed !== target;
        const note = mismatch ? ` <span class="link-host">(${escapeHtml(target)})</span>` : '';
        return `<a href="${escapeHtml(link.href)}">${inner}</a>${note}`;
      },
    },
  });
  return {
    lex(source, links = {}) {
      const lexer = new Lexer(marked.defaults);
      // The first definition of a label wins, as in CommonMark: earlier ones go in first.
      Object.assign(lexer.tokens.links, links);
      return lexer.lex(source) as LexedTokens;
    },
    render: (tokens) => marked.parser(tokens),
  };
}
