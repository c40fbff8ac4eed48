import { z } from 'zod';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  exportFileSchema,
  type ExportedConversation,
} from './format';
import { getLocale, t } from '@/utils/i18n/translate';
import { chatGptExportSchema, fromChatGpt, looksLikeChatGpt } from './chatgpt';

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

function firstIssue(error: z.ZodError): string {
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
    const byId = new Map(conversation.messages.map((message) => [message.id, message]));
    for (const [m, message] of conversation.messages.entries()) {
      const here = `${at}, ${t('importAtMessage', { n: m + 1 })}`;
      if (messageIds.has(message.id)) return t('importDuplicateId', { at: here, id: message.id });
      messageIds.add(message.id);
      if (message.parentId !== null && !byId.has(message.parentId)) {
        return t('importMissingParent', { at: here, id: message.parentId });
      }
      const seen = new Set<string>([message.id]);
      for (let p = message.parentId; p !== null; p = byId.get(p)?.parentId ?? null) {
        if (seen.has(p)) return t('importCycle', { at: here });
        seen.add(p);
      }
    }
    if (conversation.currentLeafId !== null && !byId.has(conversation.currentLeafId)) {
      return t('importMissingLeaf', { at, id: conversation.currentLeafId });
    }
  }
  return null;
}

/** Older file versions are brought up to the current one here (version 1 is the first). */
function migrate(data: Record<string, unknown>): Record<string, unknown> {
  return data;
}

/** zod's own messages ("expected string, received number") in the UI language. */
function useZodLocale(): void {
  z.config(getLocale() === 'zh_CN' ? z.locales.zhCN() : z.locales.en());
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
    const conversations = parsed.data.map(fromChatGpt);
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
