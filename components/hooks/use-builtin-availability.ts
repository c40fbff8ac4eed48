import { useEffect, useState } from 'preact/hooks';
import { builtinModelApi, type BuiltinAvailability } from '@/utils/providers/builtin-api';

/** Whether this browser has a built-in model: null while asking, and where it has none. */
export function useBuiltinAvailability(): BuiltinAvailability | null {
  const [availability, setAvailability] = useState<BuiltinAvailability | null>(null);
  useEffect(() => {
    const api = builtinModelApi();
    if (!api) return;
    let live = true;
    api.availability().then(
      (value) => live && setAvailability(value),
      () => live && setAvailability('unavailable'),
    );
    return () => {
      live = false;
    };
  }, []);
  return availability;
}
