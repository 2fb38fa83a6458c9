import type { KiosqueEvent } from '@kiosque/client';
import { dateFormat } from '@kiosque/render';
import { zoneCity, zoneDiffers } from '../shared/dates.js';
import type { DayKey, Month, WeekDay } from './month-grid.js';

/** Noon UTC of a day: formatting it in UTC always gives that day, whatever the zone. */
function noon(day: DayKey): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!, 12));
}

/** "May 2026", "mai 2026", "مايو ٢٠٢٦". */
export function formatMonthTitle(month: Month, locale: string): string {
  return dateFormat(locale, {
    timeZone: 'UTC',
    month: 'long',
    year: 'numeric',
  }).format(new Date(Date.UTC(month.year, month.month - 1, 15, 12)));
}

/** The seven weekday names in grid order, short ("Mon") and long ("Monday"). */
export function weekdayNames(
  locale: string,
  weekStart: WeekDay,
): { short: string; long: string }[] {
  const short = dateFormat(locale, { timeZone: 'UTC', weekday: 'short' });
  const long = dateFormat(locale, { timeZone: 'UTC', weekday: 'long' });
  // 2023-01-01 was a Sunday.
  return Array.from({ length: 7 }, (_, i) => {
    const date = new Date(Date.UTC(2023, 0, 1 + ((weekStart + i) % 7), 12));
    return { short: short.format(date), long: long.format(date) };
  });
}

/** The day of the month in the locale's digits. */
export function formatDayNumber(day: DayKey, locale: string): string {
  return dateFormat(locale, { timeZone: 'UTC', day: 'numeric' }).format(noon(day));
}

/** "Saturday 3 May 2026". */
export function formatLongDay(day: DayKey, locale: string): string {
  return dateFormat(locale, {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(noon(day));
}

/**
 * The start time of an event in its own zone ("19:00"), and the zone's city when it differs
 * from the visitor's; no time when the organizer hid it.
 */
export function formatStartTime(
  event: KiosqueEvent,
  locale: string,
): { time: string | null; zone: string | null } {
  if (!event.showStartTime) return { time: null, zone: null };
  let timeZone: string | undefined = event.timezone ?? undefined;
  let time: string;
  try {
    time = dateFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit' }).format(
      new Date(event.beginsOn),
    );
  } catch {
    timeZone = undefined;
    time = dateFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(
      new Date(event.beginsOn),
    );
  }
  const zone = timeZone && zoneDiffers(event) ? zoneCity(timeZone) : null;
  return { time, zone };
}
