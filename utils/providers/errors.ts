import { APIConnectionError, APIError } from 'openai';
import type { ErrorCode, MessageError } from '@/utils/history/types';
import { HistoryWriteError, isQuotaError } from '@/utils/history/write-error';
import { addStrings, t } from '@/utils/i18n/translate';
import { enErrors } from '@/utils/i18n/locales/en-errors';
import { zhCNErrors } from '@/utils/i18n/locales/zh-CN-errors';
import type { MessageKey } from '@/utils/i18n/locales/en';
import type { ProviderProfile } from '@/utils/settings/model';
import { hostOf, isLocalURL } from './base-url';
import { PRESETS } from './presets';
import { redactSecrets } from './redact';
import { providerName } from './request';

// The sentences below are said only here, in the background: the panel never loads them.
addStrings({ en: enErrors, zh_CN: zhCNErrors });

/** What the error sentence may mention about the request that failed. */
export interface ErrorContext {
  /** The provider as the user knows it ("DeepSeek"); the host for an unnamed endpoint. */
  provider: string;
  /** Host of the provider's base URL: safe to show, unlike the URL's query or the key. */
  host: string;
  /** Where to get a key for this provider ('' when unknown). */
  keyPage: string;
  /** The server runs on the user's machine (Ollama, LM Studio). */
  local: boolean;
  /** The model is a deployment's name (Azure): a 404 means that name is wrong. */
  deployment?: boolean;
  model: string;
  /** Removed from any provider text we quote, in case a provider echoes it. */
  apiKey: string;
  stallSeconds: number;
  /** Part of the reply had arrived before the failure. */
  midStream?: boolean;
}

/** A generation failure with a stable code; `cause` keeps the original error for debugging. */
export class ChatError extends Error {
  readonly code: ErrorCode;
  readonly status: number | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly detail: string;

  constructor(
    code: ErrorCode,
    options: { cause?: unknown; status?: number; retryAfterSeconds?: number; detail?: string } = {},
  ) {
    super(`${code}${options.status ? ` (${options.status})` : ''}`, { cause: options.cause });
    this.name = 'ChatError';
    this.code = code;
    this.status = options.status;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.detail = options.detail ?? '';
  }
}

/** Parses `retry-after` (seconds or an HTTP date) into whole seconds, if present and sane. */
export function parseRetryAfter(
  value: string | null | undefined,
  now = Date.now(),
): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** Classifies anything thrown by the openai SDK (or fetch) into a ChatError. */
export function toChatError(error: unknown): ChatError {
  if (error instanceof ChatError) return error;
  if (error instanceof HistoryWriteError) {
    return new ChatError(error.full ? 'storage_full' : 'storage_failed', { cause: error });
  }
  if (isQuotaError(error)) return new ChatError('storage_full', { cause: error });
  // Our own fetch wrapper's verdict arrives wrapped by the SDK as a connection error.
  if (error instanceof Error && error.cause instanceof ChatError) return error.cause;
  // APIConnectionError covers DNS, refused connections, CORS failures and dropped streams.
  if (error instanceof APIConnectionError) return new ChatError('network', { cause: error });
  // An error object inside a 200 stream (gateways, OpenAI mid-stream): no HTTP status.
  if (error instanceof APIError && typeof error.status !== 'number') {
    return fromStreamError(error);
  }
  if (error instanceof APIError && typeof error.status === 'number') {
    const status = error.status;
    const detail = providerDetail(error);
    if (status === 401 || status === 403) return new ChatError('auth', { cause: error, status });
    if (status === 404) return new ChatError('not_found', { cause: error, status, detail });
    if (status === 429) {
      const retryAfterSeconds = parseRetryAfter(error.headers?.get('retry-after'));
      return new ChatError('rate_limit', { cause: error, status, retryAfterSeconds });
    }
    if (status >= 500) return new ChatError('server', { cause: error, status });
    if (NO_VISION.test(detail)) return new ChatError('no_vision', { cause: error, status, detail });
    return new ChatError('bad_request', { cause: error, status, detail });
  }
  // A stream cut mid-body surfaces as a TypeError from fetch's reader in browsers.
  if (error instanceof TypeError) return new ChatError('network', { cause: error });
  const detail = error instanceof Error ? error.message : String(error);
  return new ChatError('unknown', { cause: error, detail });
}

/**
 * Maps an error object a provider sent inside its stream, by its code or type (and a status
 * some gateways put in it), to the same codes HTTP errors get.
 */
function fromStreamError(error: APIError): ChatError {
  const body = (error.error ?? {}) as { code?: unknown; type?: unknown; status?: unknown };
  const status =
    typeof body.status === 'number' ? body.status : typeof body.code === 'number' ? body.code : 0;
  const kind = [body.code, body.type].filter((part) => typeof part === 'string').join(' ');
  const detail = providerDetail(error);
  const options = { cause: error, detail, ...(status && { status }) };
  if (/invalid_api_key|authentication|unauthorized|permission/i.test(kind) || status === 401) {
    return new ChatError('auth', options);
  }
  if (/model_not_found|not_found/i.test(kind) || status === 404) {
    return new ChatError('not_found', options);
  }
  if (/rate_limit|too_many_requests/i.test(kind) || status === 429) {
    return new ChatError('rate_limit', options);
  }
  if (/overloaded|server_error|unavailable|internal/i.test(kind) || status >= 500) {
    return new ChatError('server', options);
  }
  if (NO_VISION.test(detail)) return new ChatError('no_vision', options);
  // Context length exceeded, a bad parameter, a quota: the provider's sentence says which.
  return new ChatError('bad_request', options);
}

/**
 * How providers refuse images sent to a model that cannot see: OpenAI ("image_url is only
 * supported by certain models"), DeepSeek ("unknown variant `image_url`"), Ollama ("does not
 * support images"), llama.cpp ("image input is not supported"), vLLM ("not a multimodal
 * model"), OpenRouter ("support image input").
 */
const NO_VISION =
  /image_url|image[ _](?:input|content|part)s?\b|(?:not|n't) support(?:ed)? (?:for )?images?|support images?|multimodal|vision model/i;

function providerDetail(error: APIError): string {
  const body = error.error as { message?: unknown } | undefined;
  if (body && typeof body.message === 'string') return body.message;
  return error.message;
}

/** Removes the key and caps the length of text a provider sent before we show it. */
export function redactDetail(text: string, apiKey: string): string {
  // Providers often echo a key, whole or masked ("sk-abc…****WXYZ").
  let clean = redactSecrets(text, [apiKey]).trim();
  if (clean.length > 300) clean = `${clean.slice(0, 300)}…`;
  if (clean && !/[.!?。！？]$/.test(clean)) clean += '.';
  return clean;
}

/** The built-in model's limits, by the detail its errors carry. */
const BUILTIN_SENTENCES: Partial<Record<string, MessageKey>> = {
  builtin_unavailable: 'errBuiltinUnavailable',
  builtin_too_long: 'errBuiltinTooLong',
  builtin_busy: 'errBuiltinBusy',
};

/** The one place a ChatError becomes a sentence telling the user what to do next. */
export function describeError(error: ChatError, context: ErrorContext): MessageError {
  const host = context.host || '?';
  const provider = context.provider || host;
  // Where a connection failed: the name and the address, once each.
  const where = provider === host ? host : `${provider} (${host})`;
  const { keyPage } = context;
  const detail = redactDetail(error.detail, context.apiKey);
  const builtin = BUILTIN_SENTENCES[error.detail];
  if (builtin) return { code: error.code, message: t(builtin) };
  const message = (() => {
    switch (error.code) {
      case 'not_configured':
        return t('errNotConfigured');
      case 'missing_key':
        return keyPage
          ? t('errMissingKeyPage', { provider, keyPage })
          : t('errMissingKey', { provider });
      case 'auth':
        // Ollama answers 403 to browser origins it was not told to trust.
        if (context.local && error.status === 403) return t('errLocalForbidden', { provider });
        return keyPage ? t('errAuthKeyPage', { provider, keyPage }) : t('errAuth', { provider });
      case 'not_found':
        return context.deployment
          ? t('errDeploymentNotFound', { provider, model: context.model })
          : t('errNotFound', { provider, model: context.model });
      case 'rate_limit':
        return error.retryAfterSeconds !== undefined
          ? t('errRateLimitWait', { provider, seconds: error.retryAfterSeconds })
          : t('errRateLimit', { provider });
      case 'server':
        return t('errServer', { provider, status: error.status ?? '5xx' });
      case 'network':
        if (context.midStream) return t('errConnectionLost', { provider });
        return context.local
          ? t('errNetworkLocal', { provider: where })
          : t('errNetwork', { provider: where });
      case 'stalled':
        return t('errStalled', { provider, seconds: context.stallSeconds });
      case 'bad_request':
        return t('errBadRequest', { provider, detail });
      case 'no_vision':
        return t('errNoVision', { provider, model: context.model || provider });
      case 'not_api':
        return t('errNotApi', { provider: where });
      case 'busy':
        return t('errBusy');
      case 'missing_message':
        return t('errNotFoundMessage');
      case 'storage_full':
        return t('errStorageFull');
      case 'storage_failed':
        return t('errStorageFailed');
      case 'unknown':
        return t('errUnknown', { detail });
    }
  })();
  return { code: error.code, message };
}

/** What an error sentence may say about the request: names and host, never the key. */
export function errorContext(
  source:
    | (Pick<ProviderProfile, 'name' | 'preset' | 'baseURL' | 'apiKey'> & {
        model?: string;
        stallTimeoutMs?: number;
      })
    | null,
): ErrorContext {
  if (!source) {
    return {
      provider: '',
      host: '',
      keyPage: '',
      local: false,
      model: '',
      apiKey: '',
      stallSeconds: 0,
    };
  }
  const preset = PRESETS[source.preset];
  return {
    provider: providerName(source),
    host: hostOf(source.baseURL),
    keyPage: preset.keyPage,
    local: preset.local || isLocalURL(source.baseURL),
    ...(preset.modelIsDeployment && { deployment: true }),
    model: source.model ?? '',
    apiKey: source.apiKey,
    stallSeconds: Math.round((source.stallTimeoutMs ?? 0) / 1000),
  };
}
