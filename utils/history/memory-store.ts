// Stores for the background that are not IndexedDB alone: Temporary chats in memory, and
// the store that routes each call to one or the other.
import type { HistoryStore } from './store';
import { pathToLeaf } from './tree';
import { isTemporary, type ChatMessage, type Conversation } from './types';
import type { StoredImage } from './stored-image';

/**
 * A HistoryStore in memory, for Temporary chats: nothing reaches IndexedDB, and it is gone
 * when the background stops.
 */
export function createMemoryStore(): HistoryStore {
  const conversations = new Map<string, Conversation>();
  const messages = new Map<string, ChatMessage>();
  const images = new Map<string, StoredImage>();
  const dropImages = (keep: (image: StoredImage) => boolean) => {
    for (const [key, image] of images) if (!keep(image)) images.delete(key);
  };
  return {
    getConversation: async (id) => conversations.get(id),
    getMessage: async (id) => messages.get(id),
    async saveMessage(message, conversation, added = []) {
      messages.set(message.id, message);
      for (const image of added) images.set(image.id, image);
      const stored = conversations.get(message.conversationId);
      const next =
        typeof conversation === 'function' ? stored && conversation(stored) : conversation;
      if (next) conversations.set(next.id, next);
      return next;
    },
    getImages: async (ids) =>
      ids.flatMap((id) => {
        const image = images.get(id);
        return image ? [image] : [];
      }),
    putConversation: async (conversation) => void conversations.set(conversation.id, conversation),
    getPath: (_conversationId, leafId) => pathToLeaf(leafId, (id) => messages.get(id)),
    async updateConversation(id, change) {
      const stored = conversations.get(id);
      const next = stored && change(stored);
      if (next) conversations.set(id, next);
      return next;
    },
    getConversationMessages: async (conversationId) =>
      [...messages.values()].filter((message) => message.conversationId === conversationId),
    messagesWithStatus: async (status) =>
      [...messages.values()].filter((message) => message.status === status),
    async deleteMessages(ids, conversationId, change) {
      for (const id of ids) messages.delete(id);
      const doomed = new Set(ids);
      dropImages((image) => !doomed.has(image.messageId));
      const stored = conversations.get(conversationId);
      if (stored) conversations.set(conversationId, change(stored));
    },
    async deleteConversation(id) {
      conversations.delete(id);
      dropImages((image) => image.conversationId !== id);
      for (const [key, message] of messages)
        if (message.conversationId === id) messages.delete(key);
    },
  };
}

/**
 * Routes each call by conversation: Temporary chats to memory, the rest to IndexedDB.
 * Messages are looked up in memory first (temporary ids are never in IndexedDB).
 */
export function createRoutingStore(persistent: HistoryStore, memory: HistoryStore): HistoryStore {
  const pick = (conversationId: string) => (isTemporary(conversationId) ? memory : persistent);
  return {
    getConversation: (id) => pick(id).getConversation(id),
    getMessage: async (id) => (await memory.getMessage(id)) ?? persistent.getMessage(id),
    saveMessage: (message, conversation, images) =>
      pick(message.conversationId).saveMessage(message, conversation, images),
    getImages: async (ids) => [
      ...(await memory.getImages(ids)),
      ...(await persistent.getImages(ids)),
    ],
    putConversation: (conversation) => pick(conversation.id).putConversation(conversation),
    getPath: (conversationId, leafId) => pick(conversationId).getPath(conversationId, leafId),
    updateConversation: (id, change) => pick(id).updateConversation(id, change),
    getConversationMessages: (id) => pick(id).getConversationMessages(id),
    messagesWithStatus: (status) => persistent.messagesWithStatus(status),
    deleteMessages: (ids, conversationId, change) =>
      pick(conversationId).deleteMessages(ids, conversationId, change),
    deleteConversation: (id) => pick(id).deleteConversation(id),
  };
}
