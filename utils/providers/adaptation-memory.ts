import { adaptationsItem } from '@/utils/settings/storage';
import { mergeAdaptations, parseAdaptations, type Adaptations } from './adaptation';

/** Where adaptations are remembered between requests, per profile. */
export interface AdaptationMemory {
  get(profileId: string, baseURL: string): Promise<Adaptations>;
  learn(profileId: string, baseURL: string, learned: Adaptations): Promise<void>;
  forget(profileId: string): Promise<void>;
}

/**
 * Adaptations in browser.storage.local. An entry learned for another base URL is ignored:
 * the profile now points at another server, which may accept what the old one refused.
 */
export const storedAdaptations: AdaptationMemory = {
  async get(profileId, baseURL) {
    const entry = (await adaptationsItem.getValue())[profileId];
    return entry && entry.baseURL === baseURL ? parseAdaptations(entry.adaptations) : {};
  },
  async learn(profileId, baseURL, learned) {
    const all = await adaptationsItem.getValue();
    const entry = all[profileId];
    const known = entry && entry.baseURL === baseURL ? parseAdaptations(entry.adaptations) : {};
    await adaptationsItem.setValue({
      ...all,
      [profileId]: { baseURL, adaptations: mergeAdaptations(known, learned) },
    });
  },
  async forget(profileId) {
    const { [profileId]: _forgotten, ...rest } = await adaptationsItem.getValue();
    await adaptationsItem.setValue(rest);
  },
};
