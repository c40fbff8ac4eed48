import { useEffect, useState } from 'preact/hooks';
import { storedAdaptations } from '@/utils/providers/adaptation-memory';
import type { Adaptations } from '@/utils/providers/adaptation';
import { adaptationsItem } from '@/utils/settings/storage';

/** What the profile's server was found to refuse, kept fresh as the background learns more. */
export function useAdaptations(
  profileId: string,
  baseURL: string | null,
): { adaptations: Adaptations; reset(): Promise<void> } {
  const [adaptations, setAdaptations] = useState<Adaptations>({});
  useEffect(() => {
    if (!baseURL) {
      setAdaptations({});
      return;
    }
    let live = true;
    const load = (): void => {
      void storedAdaptations.get(profileId, baseURL).then((value) => live && setAdaptations(value));
    };
    load();
    const unwatch = adaptationsItem.watch(load);
    return () => {
      live = false;
      unwatch();
    };
  }, [profileId, baseURL]);
  return { adaptations, reset: () => storedAdaptations.forget(profileId) };
}
