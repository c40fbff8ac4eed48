/**
 * English sentences for failed replies. Only the background says them (utils/providers/
 * errors.ts registers them), so the panel's bundle does not carry them.
 */
export const enErrors = {
  errMissingKey: '{provider} needs an API key. Add it in Settings, then send again.',
  errMissingKeyPage:
    '{provider} needs an API key. Get one at {keyPage}, paste it in Settings, then send again.',
  errAuth: '{provider} rejected the API key. Check the key in Settings, then retry.',
  errAuthKeyPage:
    '{provider} rejected the API key. Check the key in Settings (you can make a new one at {keyPage}), then retry.',
  errLocalForbidden:
    '{provider} refused the request (403): it does not accept requests from browser extensions. Allow them (for Ollama: set OLLAMA_ORIGINS=chrome-extension://*,moz-extension://* and restart it), then retry.',
  errNotFound:
    '{provider} has no model “{model}”, or the base URL is wrong. Pick a model from the list (Model for this chat, or Settings), then retry.',
  errDeploymentNotFound:
    '{provider} has no deployment named “{model}”. In Settings, enter your deployment’s name (from Azure AI Foundry) as the Model, then retry.',
  errBuiltinUnavailable:
    'Chrome’s built-in model is not available on this device (it needs Chrome 138 or later, and enough disk space and memory). Choose another provider in Settings.',
  errBuiltinTooLong:
    'This chat is too long for Chrome’s built-in model, whose context is small. Start a new chat, or choose a provider with a larger model in Settings.',
  errBuiltinBusy: 'Chrome’s built-in model is busy or still loading. Wait a moment, then retry.',
  errRateLimitWait: '{provider} is rate-limiting requests. Wait {seconds} s, then retry.',
  errRateLimit:
    '{provider} is rate-limiting requests or your quota is used up. Wait a moment, then retry.',
  errServer:
    '{provider} had a server error ({status}). Retry in a moment; if it keeps failing, check the provider’s status page.',
  errNetwork:
    'Could not reach {provider}. Check your connection and the base URL in Settings, then retry.',
  errNetworkLocal:
    'Could not reach {provider}. Make sure it is running on this computer, then retry.',
  errConnectionLost:
    'The connection to {provider} broke mid-reply; the text that arrived is kept. Check your connection, then retry.',
  errStalled:
    '{provider} sent nothing for {seconds} s, so the reply was stopped. Retry; a local model may need longer to load (Settings → Wait for a reply).',
  errBadRequest:
    '{provider} refused the request: {detail} Check the model and settings, then retry.',
  errNoVision:
    '{model} does not read images: choose a vision model (Model for this chat, or Settings), then retry. Your message and its images are kept.',
  errNotApi:
    '{provider} answered with a web page instead of the API. Check the base URL in Settings (it usually ends in /v1), then retry.',
  errBusy: 'A reply is still being written in this conversation. Stop it first, then send again.',
  errStorageFull:
    'Your disk is full: Sidechat could not save this. Free some disk space (or delete conversations you no longer need), then retry.',
  errStorageFailed:
    'Sidechat could not save this: the browser refused to write the history. Close and reopen the panel, then retry.',
  errNotFoundMessage: 'That message no longer exists. Start a new chat and send it again.',
} as const;
