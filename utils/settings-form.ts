import type { MessageKey } from './locales/en';
import { normalizeBaseURL, type Settings } from './settings-model';

/** The settings form's values, as typed. */
export interface SettingsFormValues {
  baseURL: string;
  apiKey: string;
  model: string;
  systemPrompt: string;
  temperature: string;
  allowRemoteImages: boolean;
  quoteTemplate: string;
  explainTemplate: string;
  summarizeTemplate: string;
  translateTemplate: string;
  quoteLimit: string;
  stallTimeout: string;
}

/** Fields that can be wrong. */
export type SettingsField = 'baseURL' | 'model' | 'temperature' | 'quoteLimit' | 'stallTimeout';

/** The form's starting values from stored settings. */
export function formFromSettings(settings: Settings): SettingsFormValues {
  return {
    baseURL: settings.baseURL,
    apiKey: settings.apiKey,
    model: settings.model,
    systemPrompt: settings.systemPrompt,
    temperature: settings.temperature === null ? '' : String(settings.temperature),
    allowRemoteImages: settings.allowRemoteImages,
    quoteTemplate: settings.quoteTemplate,
    explainTemplate: settings.explainTemplate,
    summarizeTemplate: settings.summarizeTemplate,
    translateTemplate: settings.translateTemplate,
    quoteLimit: String(settings.quoteLimit),
    stallTimeout: String(Math.round(settings.stallTimeoutMs / 1000)),
  };
}

/** Checks the form; returns the settings to save or the first problem per field. */
export function validateSettingsForm(
  form: SettingsFormValues,
  current: Settings,
): { settings: Settings } | { errors: Partial<Record<SettingsField, MessageKey>> } {
  const errors: Partial<Record<SettingsField, MessageKey>> = {};
  const baseURL = normalizeBaseURL(form.baseURL);
  if (!baseURL) errors.baseURL = 'invalidBaseUrl';
  const model = form.model.trim();
  if (!model) errors.model = 'modelRequired';
  const temperatureText = form.temperature.trim();
  const temperature = temperatureText === '' ? null : Number(temperatureText);
  if (temperature !== null && !(temperature >= 0 && temperature <= 2)) {
    errors.temperature = 'invalidTemperature';
  }
  const quoteLimit = Number(form.quoteLimit.replace(/[,\s]/g, ''));
  if (!Number.isInteger(quoteLimit) || quoteLimit < 100 || quoteLimit > 1_000_000) {
    errors.quoteLimit = 'invalidQuoteLimit';
  }
  const stallSeconds = Number(form.stallTimeout.replace(/[,\s]/g, ''));
  if (!(stallSeconds >= 1 && stallSeconds <= 3600)) errors.stallTimeout = 'invalidStallTimeout';
  if (Object.keys(errors).length > 0 || !baseURL) return { errors };
  return {
    settings: {
      ...current,
      baseURL,
      apiKey: form.apiKey.trim(),
      model,
      systemPrompt: form.systemPrompt,
      temperature,
      allowRemoteImages: form.allowRemoteImages,
      quoteTemplate: form.quoteTemplate,
      explainTemplate: form.explainTemplate,
      summarizeTemplate: form.summarizeTemplate,
      translateTemplate: form.translateTemplate,
      quoteLimit,
      stallTimeoutMs: Math.round(stallSeconds * 1000),
    },
  };
}
