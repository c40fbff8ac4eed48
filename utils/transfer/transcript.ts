import type { ChatMessage } from '@/utils/history/types';

/** Role headings for a transcript, in the UI language. */
export interface TranscriptLabels {
  user: string;
  assistant: string;
  system: string;
  reasoning: string;
}

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
    if (message.quote) {
      const source = message.quote.url
        ? `[${message.quote.title || message.quote.url}](${message.quote.url})`
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
