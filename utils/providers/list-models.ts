// Answers "which models does this provider have" for Test connection and the model menus.
import { RequestRefused } from '@/utils/engine/refusal';
import type { RequestOf } from '@/utils/protocol/requests';
import type { Settings } from '@/utils/settings/model';
import { ChatError, describeError, errorContext, toChatError } from './errors';
import { fetchModelCatalog, type ModelCatalog } from './model-list';
import { modelWindowsItem } from '@/utils/settings/storage';
import type { ModelListTarget } from './model-target';
import { isOllama, ollamaWindows } from './ollama-context';
import { PRESETS, presetForBaseURL } from './presets';

/**
 * Lists a provider's models. A saved profile is looked up here, so its key never has to
 * travel; a draft from the settings form brings its own. Refuses with a sentence naming the
 * provider and what to fix.
 */
export async function answerListModels(
  request: RequestOf<'listModels'>,
  loadSettings: () => Promise<Settings>,
  fetchModels: (target: ModelListTarget) => Promise<ModelCatalog> = fetchModelCatalog,
): Promise<string[]> {
  const { target } = request;
  const settings = await loadSettings();
  const saved =
    'profileId' in target
      ? settings.profiles.find((profile) => profile.id === target.profileId)
      : undefined;
  const profile = saved ?? {
    name: '',
    preset:
      'baseURL' in target
        ? (target.preset ?? presetForBaseURL(target.baseURL))
        : ('custom' as const),
    baseURL: 'baseURL' in target ? target.baseURL : '',
    apiKey: 'apiKey' in target ? target.apiKey : '',
    headers: 'headers' in target ? target.headers : {},
  };
  const context = errorContext(profile);
  const refuse = (error: ChatError) =>
    new RequestRefused(describeError(error, context), { cause: error });
  // The browser's own model is the only one it has.
  if (PRESETS[profile.preset].onDevice) return [PRESETS[profile.preset].defaultModel];
  if (!profile.baseURL) throw refuse(new ChatError('not_configured'));
  let catalog: ModelCatalog;
  try {
    catalog = await fetchModels(profile);
  } catch (error) {
    throw refuse(toChatError(error));
  }
  if (isOllama(profile.preset, profile.baseURL)) {
    catalog.windows = {
      ...catalog.windows,
      ...(await ollamaWindows(profile.baseURL, catalog.names)),
    };
  }
  if (Object.keys(catalog.windows).length > 0) {
    // Kept for the chat's context meter; a failed write only costs that meter its number.
    await rememberWindows(profile.baseURL, catalog.windows).catch((error: unknown) =>
      console.warn('Sidechat: could not keep the model list’s context windows', error),
    );
  }
  return catalog.names;
}

/** Stores a provider's context windows, replacing what its previous list said. */
async function rememberWindows(baseURL: string, windows: Record<string, number>): Promise<void> {
  const all = await modelWindowsItem.getValue();
  await modelWindowsItem.setValue({ ...all, [baseURL]: windows });
}
