import type { enErrors } from './en-errors';
import type { enPromptLibrary } from './en-prompt-library';
import type { enWrite } from './en-write';
import type { enSync } from './en-sync';
import type { enImages } from './en-images';
import { enPage } from './en-page';
import { enPrompts } from './en-prompts';
import { enSetup } from './en-setup';

/** English UI strings: the source of truth for keys. `{name}` marks a parameter. */
export const en = {
  ...enSetup,
  ...enPage,
  ...enPrompts,
  extName: 'Sidechat',
  extDescription: 'Chat with any OpenAI-compatible model in the side panel.',

  newChat: 'New chat',
  moreActions: 'More',
  contextPercent: '{percent}% of {window} context',
  contextDetail: 'About {used} of {window} tokens of the model’s context window in use',
  contextNear:
    'This chat is close to {model}’s context window (≈{used} of {window} tokens). Soon the model will not see its beginning: start a new chat for a new topic.',
  contextOver:
    'This chat is longer than {model}’s context window (≈{used} of {window} tokens): the model will not see its beginning, or the provider will refuse it. Start a new chat, or pick a model with a larger window.',
  close: 'Close',
  settingsSections: 'Settings sections',
  navAppearance: 'Appearance',
  navTemplates: 'Templates',
  navShortcuts: 'Shortcuts',
  loading: 'Loading…',
  settings: 'Settings',
  send: 'Send',
  stop: 'Stop',
  retry: 'Retry',
  messageLabel: 'Message',
  composerPlaceholder: 'Ask anything… (Enter to send, Shift+Enter for a new line)',
  conversationLabel: 'Conversation',
  emptyChat: 'Start a conversation: type a message below.',
  roleUser: 'You',
  roleAssistant: 'Assistant',
  roleSystem: 'System',
  reasoningLabel: 'Reasoning',
  statusStreaming: 'Writing…',
  statusStopped: 'Stopped.',
  statusInterrupted: 'Interrupted: the browser stopped this reply before it finished.',
  statusError: 'This reply failed.',
  thinking: 'Thinking…',
  thoughtFor: 'Thought for {seconds} s',
  copy: 'Copy',
  copied: 'Copied to the clipboard.',
  copyFailed: 'Could not copy: the browser refused clipboard access.',
  copyCode: 'Copy code',
  plainText: 'text',
  remoteImageFrom: 'Image from {host} (not loaded: remote images can leak data)',
  loadImage: 'Load image',
  taskDone: 'done',
  taskOpen: 'not done',
  jumpToLatest: 'Jump to latest',
  edit: 'Edit',
  editMessage: 'Edit message',
  submitEdit: 'Submit edit',
  cancelEdit: 'Cancel edit',
  regenerate: 'Regenerate',
  continueReply: 'Continue',
  like: 'Like',
  dislike: 'Dislike',
  deleteBranch: 'Delete',
  confirmDeleteBranch: 'Delete this message and everything after it on this branch?',
  confirmDelete: 'Confirm delete',
  cancel: 'Cancel',
  dismiss: 'Dismiss',
  dataTitle: 'Data',
  dataStored: 'History stored in this browser: {size}.',
  dataPersistent: 'Kept: the browser will not clear Sidechat’s history to free disk space.',
  dataNotPersistent:
    'Not protected: when the disk runs low the browser may clear Sidechat’s history. Export it from Conversations to keep a copy.',
  dataReading: 'Reading the storage…',
  previousVersion: 'Previous version',
  nextVersion: 'Next version',
  versionOf: '{index} / {count}',
  copyConversation: 'Copy conversation',
  conversations: 'Conversations',
  searchConversations: 'Search conversations',
  noConversations: 'No conversations yet.',
  listFailed: 'Your conversations could not be read just now. Nothing was lost: press Retry.',
  noResults: 'Nothing found for “{query}”.',
  searchIndexing:
    'Still indexing {count} imported {count:conversation|conversations} for search: some results may be missing for a moment.',
  rename: 'Rename',
  renameTitle: 'Conversation title',
  renameHint: '{title} (click to rename)',
  renameConversation: 'Rename conversation',
  saveTitle: 'Save title',
  delete: 'Delete',
  pin: 'Pin',
  unpin: 'Unpin',
  pinned: 'Pinned',
  today: 'Today',
  yesterday: 'Yesterday',
  previous7Days: 'Previous 7 days',
  older: 'Older',
  deletedConversation: 'Deleted “{title}”.',
  undo: 'Undo',
  temporaryChat: 'Temporary chat',
  temporaryNotice: 'Temporary chat: nothing here is saved to your history.',
  loadMore: 'Loading more…',
  untitled: 'Untitled',
  importAtConversation: 'conversation {n}',
  importAtMessage: 'message {n}',
  importAtItem: 'item {n}',
  importAtField: 'field “{name}”',
  importAtFile: 'the file',
  importDuplicateId: '{at}: the id “{id}” appears twice',
  importMissingParent: '{at}: parentId “{id}” points to no message',
  importCycle: '{at}: its parents form a cycle',
  importMissingLeaf: '{at}: currentLeafId “{id}” points to no message',
  importNotJson:
    'This file is not JSON. Choose a Sidechat history export or ChatGPT’s conversations.json.',
  importChatGptDamaged: 'This ChatGPT export is damaged ({problem}).',
  importWrongShape: 'This JSON is not a Sidechat history export or a ChatGPT conversations.json.',
  importNoVersion: 'This history file has no valid version number.',
  importNewerVersion:
    'This file was made by a newer Sidechat (format version {version}; this one reads up to {supported}). Update Sidechat, then import it.',
  importRejected: 'Nothing was imported: {problem}.',
  importDone:
    'Imported {conversations} {conversations:conversation|conversations} ({messages} {messages:message|messages}).',
  importDoneSkipped:
    'Imported {conversations} {conversations:conversation|conversations} ({messages} {messages:message|messages}), skipped {skipped} {skipped:duplicate|duplicates}.',
  importCopies: '{copies} came in as copies because their ids were taken.',
  importWriteFailed:
    'Nothing was imported: the browser could not save the history (is the disk full?).',
  importTooLargeText: 'This file is too large to import (100 MB at most).',
  importConnectionLost:
    'The connection to the extension broke; check the list, then import again if needed.',
  exportHistory: 'Export history',
  importHistory: 'Import history',
  exporting: 'Exporting… {done} of {total} conversations',
  importValidating: 'Checking the file…',
  importWriting: 'Importing… {done} of {total} conversations',
  importTooLarge: 'This file is {size} MB; Sidechat imports files up to 100 MB.',
  exportConversation: 'Export conversation (JSON)',
  exportMarkdown: 'Export as Markdown',
  quoteSelection: 'Quote selection',
  removeQuote: 'Remove quote',
  attachImage: 'Attach image',
  exportWithImages: 'With images',
  screenshotTab: 'Screenshot this tab',
  removeImage: 'Remove image',
  preparingImage: 'Preparing {name}…',
  firstFrameOnly: 'First frame only',
  imageAlt: 'Image: {name}',
  dropImages: 'Drop images to attach them',
  showFullQuote: 'Show all',
  showLessQuote: 'Show less',
  quoteFrom: 'Quoted from {source}',
  quoteCaption: 'Quote',
  quoteTrimmed: 'The selection was long, so it was trimmed to {limit} characters.',
  quoteEmpty: 'Select some text on the page first, then click Quote selection.',
  quoteNeedsPermission:
    'To quote from this site, Sidechat needs your permission to read the page you are on. It reads only when you ask it to.',
  allowPageAccess: 'Allow page access',
  quoteRestricted:
    'The browser does not let extensions read this page (browser pages, the extension store, the PDF viewer). Copy the text and paste it instead.',
  quoteFileAccess:
    'To quote from local files, turn on “Allow access to file URLs” for Sidechat on the browser’s extensions page.',
  quoteTabGone: 'That tab was closed or changed. Select the text again and retry.',
  quoteNoTab: 'There is no page to quote from in this window.',
  menuAsk: 'Ask about selection',
  promptTemplates: 'Prompt templates',
  quoteTemplate: 'Quote template',
  quoteTemplateHint:
    'Wraps quoted text sent to the model. {quote}, {title}, {url} and {message} are filled in.',
  quoteLimit: 'Longest quote (characters)',
  invalidQuoteLimit: 'Enter a whole number from {min} to {max}.',
  shortcuts: 'Keyboard shortcuts',
  shortcutOpen: 'Open Sidechat: Ctrl+Shift+Y (⌘+Shift+Y on macOS)',
  shortcutNewChat: 'New chat: Ctrl+Shift+O (⌘+Shift+O)',
  shortcutStop: 'Stop a reply: Escape',
  shortcutFocus: 'Focus the message box: /',
  shortcutSend: 'Send: Enter · New line: Shift+Enter',
  shortcutHelp: 'Show these shortcuts: ?',
  connectionLost: 'Reconnecting to the extension…',

  setupTitle: 'Connect a model to start chatting',
  setupBody:
    'Sidechat talks to any OpenAI-compatible endpoint (OpenAI, DeepSeek, Moonshot, OpenRouter, Ollama, LM Studio…). Open Settings and enter its base URL, your API key and a model name.',
  openSettings: 'Open settings',

  settingsTitle: 'Settings',
  baseUrl: 'Base URL',
  baseUrlHint: 'For example https://api.openai.com/v1 or http://localhost:11434/v1',
  apiKey: 'API key',
  apiKeyHint: 'Stored only in this browser (extension storage). Leave empty for local servers.',
  model: 'Model',
  systemPrompt: 'System prompt',
  temperature: 'Temperature',
  stallTimeout: 'Wait for a reply (seconds)',
  stallTimeoutHint:
    'A reply stops after this long without any output. Raise it for local models that load slowly.',
  invalidStallTimeout: 'Enter a number of seconds from {min} to {max}.',
  allowRemoteImages: 'Load remote images in replies automatically',
  allowRemoteImagesHint:
    'Off by default: a reply can embed an image URL that carries your data to another site.',
  save: 'Save',
  saved: 'Settings saved.',
  settingsSaveFailed:
    'Your settings were not saved: the browser refused to store them. Press Save again; if it keeps failing, free some disk space.',
  exportFailed:
    'The history could not be exported: the browser could not read it. Close and reopen the panel, then try again.',
  importReadFailed:
    'This file could not be read. Check that it is still there, then choose it again.',
  invalidBaseUrl: 'Enter a base URL that starts with http:// or https://.',
  modelRequired: 'Enter a model name.',

  errNotConfigured:
    'No model provider is set up yet. Open Settings, choose a provider and a model, then send again.',
  errInvalidRequest:
    'This panel and the extension do not match (was Sidechat just updated?). Close the panel and open it again.',
  errUnknown: 'Something went wrong: {detail} Retry; if it keeps happening, check Settings.',
} as const;

/**
 * A key of the UI dictionary, or of the strings added where they are said: the background's
 * error sentences, Settings → Prompts, writing into the page.
 */
export type MessageKey =
  | keyof typeof en
  | keyof typeof enErrors
  | keyof typeof enPromptLibrary
  | keyof typeof enWrite
  | keyof typeof enImages
  | keyof typeof enSync;

/** The keys every bundle carries (the error sentences are added where they are said). */
export type BaseMessageKey = keyof typeof en;
