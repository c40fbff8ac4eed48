import type { ChatMessage, Conversation } from '@/utils/history/types';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/model';

/** A stored message with sensible defaults: a finished user message in conversation c1. */
export function makeMessage(
  id: string,
  parentId: string | null,
  extra: Partial<ChatMessage> = {},
): ChatMessage {
  return {
    id,
    conversationId: 'c1',
    parentId,
    role: 'user',
    content: '',
    reasoning: '',
    status: 'done',
    model: null,
    usage: null,
    error: null,
    createdAt: 1,
    updatedAt: 1,
    ...extra,
  };
}

/** A conversation c1 with defaults. */
export function makeConversation(extra: Partial<Conversation> = {}): Conversation {
  return {
    id: 'c1',
    title: 'Hi',
    createdAt: 1,
    updatedAt: 1,
    currentLeafId: null,
    systemPrompt: '',
    model: 'm',
    ...extra,
  };
}

/** Settings with one Custom provider profile pointing at `endpoint` (the mock, usually). */
export function settingsWithEndpoint(
  endpoint: { baseURL: string; apiKey?: string; model?: string },
  extra: Partial<Settings> = {},
): Settings {
  return {
    ...DEFAULT_SETTINGS,
    profiles: [
      {
        id: 'p1',
        preset: 'custom',
        name: '',
        baseURL: endpoint.baseURL,
        apiKey: endpoint.apiKey ?? '',
        model: endpoint.model ?? 'mock-model',
        headers: {},
      },
    ],
    activeProfileId: 'p1',
    ...extra,
  };
}
