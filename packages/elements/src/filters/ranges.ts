/** The date choices of `<kiosque-filters>`, as days (`YYYY-MM-DD`) in the visitor's zone. */

export const DATE_CHOICES = ['today', 'weekend', 'month', 'custom'] as const;
export type DateChoice = (typeof DATE_CHOICES)[number];

export interface DayRange {
  from: string;
  to: string;
}

/** `YYYY-MM-DD` of a local date. */
export function dayOf(date: Date): string {
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** A valid `YYYY-MM-DD`, or null. */
export function validDay(value: string | null | undefined): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value?.trim() ?? '');
  if (!match) return null;
  const [, y, m, d] = match.map(Number);
  const date = new Date(y!, m! - 1, d!);
  return date.getMonth() === m! - 1 && date.getDate() === d! ? match[0] : null;
}

/** ISO weekday, 1 (Monday) to 7 (Sunday). */
function isoDay(date: Date): number {
  return date.getDay() === 0 ? 7 : date.getDay();
}

/** The weekend days where `locale` is spoken (CLDR week info): Saturday and Sunday by default. */
export function weekendDays(locale: string): number[] {
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?: () => { weekend?: number[] };
      weekInfo?: { weekend?: number[] };
    };
    const weekend = (info.getWeekInfo?.() ?? info.weekInfo)?.weekend;
    if (weekend && weekend.length > 0) return weekend;
  } catch {
    // Unknown locale: the common weekend.
  }
  return [6, 7];
}

/**
 * The days a choice covers, seen from `now`: today; this weekend (the current one if it is the
 * weekend, else the next one, as the visitor's language counts weekends); the rest of this
 * month. `custom` takes `from` / `to` as given (either may be empty).
 */
export function rangeFor(
  choice: DateChoice,
  now: Date,
  locale: string,
  custom: { from: string; to: string } = { from: '', to: '' },
): DayRange {
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  switch (choice) {
    case 'today':
      return { from: dayOf(today), to: dayOf(today) };
    case 'weekend': {
      const weekend = weekendDays(locale);
      const start = new Date(today);
      for (let i = 0; i < 7 && !weekend.includes(isoDay(start)); i++) {
        start.setDate(start.getDate() + 1);
      }
      const end = new Date(start);
      for (let i = 0; i < 6; i++) {
        const next = new Date(end);
        next.setDate(next.getDate() + 1);
        if (!weekend.includes(isoDay(next))) break;
        end.setTime(next.getTime());
      }
      return { from: dayOf(start), to: dayOf(end) };
    }
    case 'month':
      return {
        from: dayOf(today),
        to: dayOf(new Date(today.getFullYear(), today.getMonth() + 1, 0)),
      };
    case 'custom':
      return { from: validDay(custom.from) ?? '', to: validDay(custom.to) ?? '' };
  }
}
