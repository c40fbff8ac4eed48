/** English UI strings: the source of truth for keys. `{name}` marks a parameter. */
export const en = {
  extName: 'Sidechat',
  extDescription: 'Chat with any OpenAI-compatible model in the side panel.',

  newChat: 'New chat',
  settings: 'Settings',
  closeSettings: 'Back to chat',
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
  temperatureHint: 'Empty uses the provider default.',
  allowRemoteImages: 'Load remote images in replies automatically',
  allowRemoteImagesHint:
    'Off by default: a reply can embed an image URL that carries your data to another site.',
  save: 'Save',
  saved: 'Settings saved.',
  invalidBaseUrl: 'Enter a base URL that starts with http:// or https://.',
  invalidTemperature: 'Temperature must be a number from 0 to 2, or empty.',
  modelRequired: 'Enter a model name.',

  errNotConfigured:
    'No model provider is set up yet. Open Settings and enter a base URL and a model, then send again.',
  errAuth: '{host} rejected the API key. Check the key in Settings, then retry.',
  errNotFound:
    '{host} answered “not found”: the base URL or the model “{model}” is wrong. Check both in Settings, then retry.',
  errRateLimitWait: '{host} is rate-limiting requests. Wait {seconds} s, then retry.',
  errRateLimit:
    '{host} is rate-limiting requests or your quota is used up. Wait a moment, then retry.',
  errServer:
    '{host} had a server error ({status}). Retry in a moment; if it keeps failing, check the provider’s status page.',
  errNetwork:
    'Could not reach {host}. Check your connection and the base URL in Settings, then retry.',
  errConnectionLost:
    'The connection to {host} broke mid-reply; the text that arrived is kept. Check your connection, then retry.',
  errStalled:
    '{host} sent nothing for {seconds} s, so the reply was stopped. Retry; a local model may need longer to load.',
  errBadRequest: '{host} refused the request: {detail} Check the model and settings, then retry.',
  errBusy: 'A reply is still being written in this conversation. Stop it first, then send again.',
  errNotFoundMessage: 'That message no longer exists. Start a new chat and send it again.',
  errUnknown: 'Something went wrong: {detail} Retry; if it keeps happening, check Settings.',
} as const;

/** A key of the UI dictionary. */
export type MessageKey = keyof typeof en;
