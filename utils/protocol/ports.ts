// The one port between a panel and the background: its name, who may open it, and what
// travels from the background to the panel on it.
import { parseAnswer, type Answer } from './answers';
import { parseServerEvent, type ServerEvent } from './events';

/** Name of the `runtime.connect` port between the side panel and the background. */
export const PORT_NAME = 'sidechat-chat';

/** Everything the background posts on the port: a pushed event or an answer. */
export type ServerMessage = ServerEvent | Answer;

/** The message if `raw` is an event or an answer, else null. Never throws. */
export function parseServerMessage(raw: unknown): ServerMessage | null {
  return parseAnswer(raw) ?? parseServerEvent(raw);
}

/** Where a port came from, as `runtime.Port.sender` reports it. */
export interface PortSender {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * True when a port was opened by one of this extension's own pages (side panel, options),
 * not by a content script or another extension.
 */
export function isTrustedSender(
  sender: PortSender | undefined,
  extensionId: string,
  extensionOrigin: string,
): boolean {
  if (!sender || sender.id !== extensionId || typeof sender.url !== 'string') return false;
  return sender.url.startsWith(extensionOrigin);
}
