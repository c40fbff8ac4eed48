import type { ProviderProfile, Settings } from '@/utils/settings/model';

/**
 * Settings to write before a test; `provider` fills the test's own provider profile
 * (id `e2e`, Custom), made the one new chats use.
 */
export type SettingsPatch = Partial<Settings> & { provider?: Partial<ProviderProfile> };

/** The stored settings with a test's patch applied (both browsers' harnesses use it). */
export function applySettingsPatch(
  stored: Partial<Settings>,
  { provider, ...value }: SettingsPatch,
): Partial<Settings> {
  const next: Partial<Settings> = { ...stored, ...value };
  if (!provider) return next;
  const others = (stored.profiles ?? []).filter((profile) => profile.id !== 'e2e');
  const own = (stored.profiles ?? []).find((profile) => profile.id === 'e2e');
  const profile: ProviderProfile = {
    id: 'e2e',
    preset: 'custom',
    name: '',
    baseURL: '',
    apiKey: '',
    model: '',
    headers: {},
    ...own,
    ...provider,
  };
  return { ...next, profiles: [profile, ...others], activeProfileId: 'e2e' };
}
