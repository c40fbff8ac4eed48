// What the model is sent for one reply: the system prompt, the visible path with quotes put
// into words by the user's template, and for Continue the partial reply plus a request.
import type {
  ChatCompletionContentPart,
  ChatCompletionMessageParam,
} from 'openai/resources/chat/completions';
import type { ChatMessage } from '@/utils/history/types';
import { pagePromptBlock } from '@/utils/page/page-source';
import { applyQuoteTemplate, type Quote } from '@/utils/page/quote';

/** What the model is asked after its own partial reply, for Continue. */
export const CONTINUE_PROMPT =
  'Continue exactly where your previous message stopped. Do not repeat anything you already wrote and do not add an introduction.';

/**
 * The system prompt, then the visible path and nothing else (sibling branches never leak
 * in). Failed, empty assistant turns are left out.
 */
export function buildRequestMessages(
  systemPrompt: string,
  path: readonly ChatMessage[],
  /** How a user message with a quote is put into words for the model. */
  withQuote: (message: ChatMessage & { quote: Quote }) => string = (message) =>
    `${message.quote.text}\n\n${message.content}`,
  /** Earlier replies carry their reasoning as `reasoning_content` (the preset's rule). */
  replayReasoning = false,
  /** The data URLs of the path's images, by attachment id. */
  imageUrls: ReadonlyMap<string, string> = new Map(),
): ChatCompletionMessageParam[] {
  const messages: ChatCompletionMessageParam[] = [];
  if (systemPrompt.trim()) messages.push({ role: 'system', content: systemPrompt });
  for (const message of path) {
    if (message.role === 'assistant' && message.content === '') continue;
    const words = message.quote ? withQuote({ ...message, quote: message.quote }) : message.content;
    // Attached pages come first, each in its own block, then what the user wrote about them.
    const content = message.pages?.length
      ? [...message.pages.map(pagePromptBlock), words].filter(Boolean).join('\n\n')
      : words;
    if (message.role === 'assistant' && replayReasoning && message.reasoning) {
      // A field the SDK's types do not name but sends as given: Moonshot reads it back.
      messages.push({
        role: 'assistant',
        content,
        reasoning_content: message.reasoning,
      } as ChatCompletionMessageParam);
      continue;
    }
    const images = message.role === 'user' ? imageParts(message, imageUrls) : [];
    if (message.role === 'user' && images.length) {
      // Text first, then the images: what OpenAI's own examples send, and every server reads.
      messages.push({
        role: 'user',
        content: [...(content ? [{ type: 'text' as const, text: content }] : []), ...images],
      });
      continue;
    }
    messages.push({ role: message.role, content });
  }
  return messages;
}

/** A user message's images as content parts; an image whose bytes are gone is left out. */
function imageParts(
  message: ChatMessage,
  imageUrls: ReadonlyMap<string, string>,
): ChatCompletionContentPart[] {
  return (message.attachments ?? []).flatMap((image) => {
    const url = imageUrls.get(image.id);
    return url ? [{ type: 'image_url' as const, image_url: { url } }] : [];
  });
}

/** Everything one reply's prompt is made from. */
export interface PromptParts {
  systemPrompt: string;
  /** The visible path up to the message being answered, root first. */
  path: readonly ChatMessage[];
  /** The template that wraps a quote (`{quote}`, `{title}`, `{url}`, `{message}`). */
  quoteTemplate: string;
  /** Continue: the reply's text so far, which the model is asked to carry on. */
  resume?: string;
  /** Send earlier replies' reasoning back (the provider's preset says whether). */
  replayReasoning?: boolean;
  /** The path's images as data URLs, by attachment id. */
  imageUrls?: ReadonlyMap<string, string>;
}

/** The messages of one chat completion request. */
export function assemblePrompt(parts: PromptParts): ChatCompletionMessageParam[] {
  const messages = buildRequestMessages(
    parts.systemPrompt,
    parts.path,
    (message) => applyQuoteTemplate(parts.quoteTemplate, message.quote, message.content),
    parts.replayReasoning,
    parts.imageUrls,
  );
  if (parts.resume !== undefined) {
    messages.push(
      { role: 'assistant', content: parts.resume },
      { role: 'user', content: CONTINUE_PROMPT },
    );
  }
  return messages;
}
