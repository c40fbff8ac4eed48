import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '@/utils/i18n/translate';
import type { PromptLibrary } from '@/utils/prompts/library';
import { loadPromptLibrary, promptLibraryItem } from '@/utils/prompts/storage';

/** The prompt library, kept current as Settings or another panel changes it; null while loading. */
export function usePromptLibrary(locale: Locale): PromptLibrary | null {
  const [library, setLibrary] = useState<PromptLibrary | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      void loadPromptLibrary(locale)
        .then((loaded) => live && setLibrary(loaded))
        .catch((error: unknown) => console.error('Sidechat: could not load the prompts', error));
    load();
    const unwatch = promptLibraryItem.watch(load);
    return () => {
      live = false;
      unwatch();
    };
  }, [locale]);
  return library;
}
