// A history store that tells someone after each write that committed: sync uses it to run
// shortly after the history changes.
import type { HistoryStore } from './store';

export function withWriteHook(store: HistoryStore, afterWrite: () => void): HistoryStore {
  const after = <T>(written: Promise<T>): Promise<T> =>
    written.then((value) => {
      afterWrite();
      return value;
    });
  return {
    ...store,
    saveMessage: (message, conversation, images) =>
      after(store.saveMessage(message, conversation, images)),
    putConversation: (conversation) => after(store.putConversation(conversation)),
    updateConversation: (id, change) => after(store.updateConversation(id, change)),
    deleteMessages: (ids, conversationId, change) =>
      after(store.deleteMessages(ids, conversationId, change)),
    deleteConversation: (id) => after(store.deleteConversation(id)),
  };
}
