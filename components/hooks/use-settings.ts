import { useEffect, useState } from 'preact/hooks';
import { loadSettings, settingsItem } from '@/utils/settings/storage';
import { withDefaults, type Settings } from '@/utils/settings/model';

/** The stored settings (null while loading), kept fresh when any page saves them. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void loadSettings().then((value) => live && setSettings(value));
    const unwatch = settingsItem.watch((value) => setSettings(withDefaults(value)));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return settings;
}
