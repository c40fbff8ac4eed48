// The two locales we speak, imported alone: `z.locales` would bring all of zod's 40.
import en from 'zod/v4/locales/en.js';
import zhCN from 'zod/v4/locales/zh-CN.js';
import { z } from 'zod/mini';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  exportFileSchema,
  type ExportedConversation,
} from './format';
import { getLocale, t } from '@/utils/i18n/translate';
import {
  chatGptExportSchema,
  fromChatGpt,
  looksLikeChatGpt,
  mappingParents,
  withUniqueIds,
} from './chatgpt';

/** A file that passed every check: ready to write. */
export interface ValidImport {
  ok: true;
  source: 'sidechat' | 'chatgpt';
  conversations: ExportedConversation[];
}

/** A file that did not: nothing is written, and the message says where. */
export interface InvalidImport {
  ok: false;
  message: string;
}

/** Where a zod issue is, in words: "conversation 3, message 12, field parentId". */
function where(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i += 1) {
    const key = path[i];
    const next = path[i + 1];
    if (key === 'conversations' && typeof next === 'number') {
      parts.push(t('importAtConversation', { n: next + 1 }));
      i += 1;
    } else if (key === 'messages' && typeof next === 'number') {
      parts.push(t('importAtMessage', { n: next + 1 }));
      i += 1;
    } else if (typeof key === 'number') parts.push(t('importAtItem', { n: key + 1 }));
    else parts.push(t('importAtField', { name: String(key) }));
  }
  return parts.join(', ') || t('importAtFile');
}

function firstIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  return issue ? `${where(issue.path)}: ${issue.message}` : t('importAtFile');
}

/** Checks what a schema cannot: ids unique in the file, parents that exist, no cycles. */
function checkTrees(conversations: readonly ExportedConversation[]): string | null {
  const conversationIds = new Set<string>();
  const messageIds = new Set<string>();
  for (const [c, conversation] of conversations.entries()) {
    const at = t('importAtConversation', { n: c + 1 });
    if (conversationIds.has(conversation.id)) {
      return t('importDuplicateId', { at, id: conversation.id });
    }
    conversationIds.add(conversation.id);
    for (const [m, message] of conversation.messages.entries()) {
      if (messageIds.has(message.id)) {
        const here = `${at}, ${t('importAtMessage', { n: m + 1 })}`;
        return t('importDuplicateId', { at: here, id: message.id });
      }
      messageIds.add(message.id);
    }
    const problem = checkParents(conversation.messages, at);
    if (problem) return problem;
    const byId = new Set(conversation.messages.map((message) => message.id));
    if (conversation.currentLeafId !== null && !byId.has(conversation.currentLeafId)) {
      return t('importMissingLeaf', { at, id: conversation.currentLeafId });
    }
  }
  return null;
}

/**
 * Every parent exists and no chain of parents loops, in linear time: each message's chain is
 * walked once, up to the first message already known to reach a root.
 */
export function checkParents(
  messages: readonly { id: string; parentId: string | null }[],
  at: string,
): string | null {
  const parentOf = new Map(messages.map((message) => [message.id, message.parentId]));
  const indexOf = new Map(messages.map((message, index) => [message.id, index]));
  /** Messages whose chain reaches a root. */
  const rooted = new Set<string>();
  for (const message of messages) {
    const chain: string[] = [];
    const onChain = new Set<string>();
    let id: string | null = message.id;
    while (id !== null && !rooted.has(id)) {
      if (onChain.has(id)) {
        const here = `${at}, ${t('importAtMessage', { n: (indexOf.get(id) ?? 0) + 1 })}`;
        return t('importCycle', { at: here });
      }
      const parent = parentOf.get(id);
      if (parent === undefined) {
        // Only a parent can be missing: `id` came from the message before it on the chain.
        const child = chain.at(-1) ?? message.id;
        const here = `${at}, ${t('importAtMessage', { n: (indexOf.get(child) ?? 0) + 1 })}`;
        return t('importMissingParent', { at: here, id });
      }
      chain.push(id);
      onChain.add(id);
      id = parent;
    }
    for (const done of chain) rooted.add(done);
  }
  return null;
}

/**
 * Older file versions are brought up to the current one here. Version 2 added `pages` and
 * version 3 `attachments` to messages as optional fields, so older files are read as they are.
 */
function migrate(data: Record<string, unknown>): Record<string, unknown> {
  return { ...data, version: EXPORT_VERSION };
}

/** zod's own messages ("expected string, received number") in the UI language. */
function useZodLocale(): void {
  z.config(getLocale() === 'zh_CN' ? zhCN() : en());
}

/** Parses and validates a whole file (ours, or ChatGPT's export) before anything is written. */
export function parseImport(text: string): ValidImport | InvalidImport {
  useZodLocale();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: t('importNotJson') };
  }
  if (looksLikeChatGpt(data)) {
    const parsed = chatGptExportSchema.safeParse(data);
    if (!parsed.success)
      return {
        ok: false,
        message: t('importChatGptDamaged', { problem: firstIssue(parsed.error) }),
      };
    for (const [index, conversation] of parsed.data.entries()) {
      const at = t('importAtConversation', { n: index + 1 });
      const damaged = checkParents(mappingParents(conversation), at);
      if (damaged) return { ok: false, message: t('importChatGptDamaged', { problem: damaged }) };
    }
    const conversations = withUniqueIds(parsed.data.map(fromChatGpt));
    const problem = checkTrees(conversations);
    return problem
      ? { ok: false, message: t('importChatGptDamaged', { problem }) }
      : { ok: true, source: 'chatgpt', conversations };
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    (data as { format?: unknown }).format !== EXPORT_FORMAT
  ) {
    return {
      ok: false,
      message: t('importWrongShape'),
    };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, message: t('importNoVersion') };
  }
  if (version > EXPORT_VERSION) {
    return {
      ok: false,
      message: t('importNewerVersion', { version, supported: EXPORT_VERSION }),
    };
  }
  const parsed = exportFileSchema.safeParse(migrate(data as Record<string, unknown>));
  if (!parsed.success)
    return { ok: false, message: t('importRejected', { problem: firstIssue(parsed.error) }) };
  const problem = checkTrees(parsed.data.conversations);
  if (problem) return { ok: false, message: t('importRejected', { problem }) };
  return { ok: true, source: 'sidechat', conversations: parsed.data.conversations };
}
