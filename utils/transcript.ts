import type { ChatMessage } from './history-types';

/** The visible path as markdown, for "Copy conversation". */
export function transcriptMarkdown(
  title: string,
  messages: readonly ChatMessage[],
  labels: { user: string; assistant: string; system: string },
): string {
  const parts = [`# ${title}`];
  for (const message of messages) {
    if (message.content === '') continue;
    parts.push(`## ${labels[message.role]}\n\n${message.content}`);
  }
  return `${parts.join('\n\n')}\n`;
}
