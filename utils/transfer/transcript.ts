import type { ChatMessage } from '@/utils/history/types';
import type { PageSource } from '@/utils/page/page-source';

/** Role headings for a transcript, in the UI language. */
export interface TranscriptLabels {
  user: string;
  assistant: string;
  system: string;
  reasoning: string;
  /** "Page: {title}" and its kin, by the page's kind. */
  page?: (page: PageSource) => string;
  /** "Image: {name}": how an attached image is named (a transcript carries no bytes). */
  image?: (name: string) => string;
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A markdown link whose text is shown as written (a title may hold `]`, `*` or a line
 * break) and whose address survives spaces and parentheses.
 */
export function markdownLink(text: string, url: string): string {
  const shown = text.replace(/\s+/g, ' ').replace(/[\\[\]*_`<>]/g, (mark) => `\\${mark}`);
  const target = /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url;
  return `[${shown}](${target})`;
}

/**
 * A page sent with a message: folded, its source linked, the text fenced so its own markup
 * (headings, code) stays inside. The fence is longer than any backtick run in the text.
 */
function pageDetails(page: PageSource, labels: TranscriptLabels): string {
  const summary = escapeHtml(labels.page?.(page) ?? page.title);
  const longest = Math.max(2, ...(page.text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const link = page.url ? `${markdownLink(page.title || page.url, page.url)}\n\n` : '';
  return `<details>\n<summary>${summary}</summary>\n\n${link}${fence}text\n${page.text}\n${fence}\n\n</details>`;
}

const escapeMarkdown = (text: string): string =>
  text.replace(/\s+/g, ' ').replace(/[\\[\]*_`<>#|]/g, (mark) => `\\${mark}`);

const quoteLines = (text: string) =>
  text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');

/**
 * The visible path as markdown ("Copy conversation", "Export as Markdown"): quotes as
 * blockquotes with their source, reasoning folded into <details>.
 */
export function transcriptMarkdown(
  title: string,
  messages: readonly ChatMessage[],
  labels: TranscriptLabels,
): string {
  const parts = [`# ${title}`];
  for (const message of messages) {
    const body: string[] = [];
    for (const page of message.pages ?? []) body.push(pageDetails(page, labels));
    const images = message.attachments ?? [];
    if (images.length) {
      // Named, not embedded: the file stays text, and the names say what the model saw.
      const name = labels.image ?? ((text: string) => `Image: ${text}`);
      body.push(
        images
          .map((image) => `- ${escapeMarkdown(name(image.name))} (${image.width}×${image.height})`)
          .join('\n'),
      );
    }
    if (message.quote) {
      const source = message.quote.url
        ? markdownLink(message.quote.title || message.quote.url, message.quote.url)
        : message.quote.title;
      body.push(`${quoteLines(message.quote.text)}${source ? `\n>\n> — ${source}` : ''}`);
    }
    if (message.reasoning) {
      body.push(
        `<details>\n<summary>${labels.reasoning}</summary>\n\n${message.reasoning}\n\n</details>`,
      );
    }
    if (message.content) body.push(message.content);
    if (body.length) parts.push(`## ${labels[message.role]}\n\n${body.join('\n\n')}`);
  }
  return `${parts.join('\n\n')}\n`;
}
