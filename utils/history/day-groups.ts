import type { MessageKey } from '@/utils/i18n/locales/en';

/** The list section a time falls in, relative to `now` (local days). */
export function dayGroup(time: number, now = Date.now()): MessageKey {
  const startOfToday = new Date(now);
  startOfToday.setHours(0, 0, 0, 0);
  const today = startOfToday.getTime();
  const day = 24 * 60 * 60 * 1000;
  if (time >= today) return 'today';
  if (time >= today - day) return 'yesterday';
  if (time >= today - 7 * day) return 'previous7Days';
  return 'older';
}
