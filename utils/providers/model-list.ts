// GET /models for a profile: "Test connection" and the model menus use it.
import { APIError } from 'openai';
import { MAX_MODEL_NAME, MAX_MODELS } from '@/utils/limits';
import { ChatError, toChatError } from './errors';
import { keyHeaders, PRESETS } from './presets';
import { apiFetch } from './api-fetch';

import type { ModelListTarget } from './model-target';

/** Picks the model names out of a `/models` answer: OpenAI's `{data:[{id}]}` or a bare list. */
export function modelNamesFrom(body: unknown): string[] | null {
  const list = Array.isArray(body)
    ? body
    : typeof body === 'object' && body !== null && Array.isArray((body as { data?: unknown }).data)
      ? (body as { data: unknown[] }).data
      : typeof body === 'object' &&
          body !== null &&
          Array.isArray((body as { models?: unknown }).models)
        ? (body as { models: unknown[] }).models
        : null;
  if (!list) return null;
  const names = new Set<string>();
  for (const entry of list) {
    const name =
      typeof entry === 'string'
        ? entry
        : typeof entry === 'object' && entry !== null
          ? ((entry as { id?: unknown }).id ?? (entry as { name?: unknown }).name)
          : undefined;
    if (typeof name === 'string' && name.trim() && name.length <= MAX_MODEL_NAME) {
      names.add(name.trim());
    }
    if (names.size >= MAX_MODELS) break;
  }
  return [...names].toSorted((a, b) => a.localeCompare(b));
}

/** Fields model lists put a model's context window in (OpenRouter, Groq, LM Studio, vLLM). */
const WINDOW_FIELDS = ['context_length', 'context_window', 'max_context_length', 'max_model_len'];

/** The context windows a `/models` answer gives, by model name; empty when it gives none. */
export function modelWindowsFrom(body: unknown): Record<string, number> {
  const list =
    typeof body === 'object' && body !== null && Array.isArray((body as { data?: unknown }).data)
      ? (body as { data: unknown[] }).data
      : [];
  const windows: Record<string, number> = {};
  for (const entry of list) {
    if (typeof entry !== 'object' || entry === null) continue;
    const fields = entry as Record<string, unknown>;
    const name = fields.id;
    const nested = fields.top_provider as Record<string, unknown> | undefined;
    const value = [...WINDOW_FIELDS.map((field) => fields[field]), nested?.context_length].find(
      (candidate) => typeof candidate === 'number' && Number.isInteger(candidate) && candidate > 0,
    );
    if (typeof name === 'string' && typeof value === 'number') windows[name] = value;
  }
  return windows;
}

/** A provider's models, and their context windows where its list gives them. */
export interface ModelCatalog {
  names: string[];
  windows: Record<string, number>;
}

/** Fetches the model names a provider offers. Throws a ChatError saying what went wrong. */
export async function fetchModelList(
  target: ModelListTarget,
  signal?: AbortSignal,
): Promise<string[]> {
  return (await fetchModelCatalog(target, signal)).names;
}

/** Fetches a provider's model list with the windows it gives. Throws a ChatError. */
export async function fetchModelCatalog(
  target: ModelListTarget,
  signal?: AbortSignal,
): Promise<ModelCatalog> {
  const preset = target.preset ?? 'custom';
  const headers: Record<string, string> = {
    accept: 'application/json',
    ...PRESETS[preset].headers,
    ...target.headers,
    ...keyHeaders(preset, target.apiKey),
  };
  let response: Response;
  try {
    response = await apiFetch(`${target.baseURL}/models`, {
      headers,
      signal: signal ?? AbortSignal.timeout(15_000),
    });
  } catch (error) {
    if (error instanceof ChatError) throw error;
    throw new ChatError('network', { cause: error });
  }
  if (!response.ok) {
    throw toChatError(await httpError(response));
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    throw new ChatError('not_api', { cause: error, status: response.status });
  }
  const names = modelNamesFrom(body);
  if (names === null) throw new ChatError('not_api', { status: response.status });
  return { names, windows: modelWindowsFrom(body) };
}

/** The SDK's error for a failed answer, so one mapping (toChatError) serves both paths. */
async function httpError(response: Response): Promise<APIError> {
  const text = await response.text().catch(() => '');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const isObject = typeof body === 'object' && body !== null;
  // A web page as the error body says nothing useful; plain text may (Ollama: "Forbidden").
  const message = /^\s*</.test(text) ? undefined : text.slice(0, 300) || undefined;
  return APIError.generate(
    response.status,
    isObject ? (body as object) : undefined,
    message,
    response.headers,
  );
}
