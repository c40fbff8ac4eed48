// An attached image's bytes as the `images` store keeps them: apart from the message record,
// so lists, search and streaming writes never carry them.

/** One stored image; `id` is the attachment's id on its message. */
export interface StoredImage {
  id: string;
  conversationId: string;
  messageId: string;
  blob: Blob;
}
