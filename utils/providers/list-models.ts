import { ChatError, describeError, toChatError } from './errors';
import type { ClientRequest, ServerEvent } from '@/utils/protocol/requests';
import { fetchModelList } from './model-list';
import type { ModelListTarget } from './model-target';
import { presetForBaseURL } from './presets';
import { errorContext } from './request';
import type { Settings } from '@/utils/settings/model';

type ListModelsRequest = Extract<ClientRequest, { type: 'listModels' }>;

/**
 * Lists a provider's models for Test connection and the model menus. A saved profile is
 * looked up here, so its key never has to travel; a draft from the settings form brings its own.
 */
export async function answerListModels(
  request: ListModelsRequest,
  loadSettings: () => Promise<Settings>,
  fetchModels: (target: ModelListTarget) => Promise<string[]> = fetchModelList,
): Promise<ServerEvent> {
  const { requestId, target } = request;
  const settings = await loadSettings();
  const saved =
    'profileId' in target
      ? settings.profiles.find((profile) => profile.id === target.profileId)
      : undefined;
  const profile = saved ?? {
    name: '',
    preset: 'baseURL' in target ? presetForBaseURL(target.baseURL) : ('custom' as const),
    baseURL: 'baseURL' in target ? target.baseURL : '',
    apiKey: 'apiKey' in target ? target.apiKey : '',
    headers: 'headers' in target ? target.headers : {},
  };
  const context = errorContext(profile);
  if (!profile.baseURL) {
    return {
      type: 'models',
      requestId,
      error: describeError(new ChatError('not_configured'), context).message,
    };
  }
  try {
    const models = await fetchModels(profile);
    return { type: 'models', requestId, models };
  } catch (error) {
    return { type: 'models', requestId, error: describeError(toChatError(error), context).message };
  }
}
