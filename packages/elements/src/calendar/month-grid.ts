import { TZDateMini } from '@date-fns/tz';
import { visitorTimeZone } from '@kiosque/render';
import {
  addDays as addDaysTo,
  addMonths,
  differenceInCalendarDays,
  eachDayOfInterval,
  endOfMonth,
  endOfWeek,
  getDay,
  startOfMonth,
  startOfWeek,
} from 'date-fns';

/**
 * Pure calendar-day logic of the month grid. Days are `YYYY-MM-DD` keys: calendar dates
 * without a zone. Day arithmetic runs in UTC, where every day has 24 hours; only turning a
 * day into instants (the range to fetch) needs the visitor's zone.
 */

/** A calendar day, `YYYY-MM-DD`. */
export type DayKey = string;

/** 0 = Sunday … 6 = Saturday, as `Date#getDay`. */
export type WeekDay = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface Month {
  year: number;
  /** 1–12. */
  month: number;
}

export interface MonthGrid {
  month: Month;
  weekStart: WeekDay;
  /** Whole weeks, each of seven days, from the week of the 1st to the week of the last day. */
  weeks: DayKey[][];
  /** First and last day shown. */
  first: DayKey;
  last: DayKey;
}

const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function utcDay(day: DayKey): Date {
  const match = DAY_PATTERN.exec(day);
  if (!match) throw new RangeError(`Not a day: ${day}`);
  const [, y, m, d] = match.map(Number);
  return new TZDateMini(y!, m! - 1, d!, 'UTC');
}

/** The day of a date, read in the date's own zone (a TZDateMini's getters are zone-aware). */
function keyOf(date: Date): DayKey {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "2026-05" → { year: 2026, month: 5 }; anything else → null. */
export function parseMonth(value: string | null | undefined): Month | null {
  const match = MONTH_PATTERN.exec((value ?? '').trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12 || year < 1) return null;
  return { year, month };
}

/** { year: 2026, month: 5 } → "2026-05". */
export function monthKey({ year, month }: Month): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The month a day belongs to. */
export function monthOfDay(day: DayKey): Month {
  const date = utcDay(day);
  return { year: date.getFullYear(), month: date.getMonth() + 1 };
}

/** The month `n` months after (or before, when negative) `month`. */
export function shiftMonth(month: Month, n: number): Month {
  const date = addMonths(new TZDateMini(month.year, month.month - 1, 1, 'UTC'), n);
  return { year: date.getFullYear(), month: date.getMonth() + 1 };
}

/** The first day of a month. */
export function firstDayOf(month: Month): DayKey {
  return keyOf(new TZDateMini(month.year, month.month - 1, 1, 'UTC'));
}

/** True when `day` is in `month`. */
export function inMonth(day: DayKey, month: Month): boolean {
  return day.startsWith(`${monthKey(month)}-`);
}

export function addDays(day: DayKey, n: number): DayKey {
  return keyOf(addDaysTo(utcDay(day), n));
}

/** The same day of the month `n` months later, clamped to the month's last day (31 Jan → 28 Feb). */
export function addMonthsToDay(day: DayKey, n: number): DayKey {
  return keyOf(addMonths(utcDay(day), n));
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: DayKey, b: DayKey): number {
  return differenceInCalendarDays(utcDay(b), utcDay(a));
}

export function weekdayOf(day: DayKey): WeekDay {
  return getDay(utcDay(day)) as WeekDay;
}

export function startOfWeekOf(day: DayKey, weekStart: WeekDay): DayKey {
  return keyOf(startOfWeek(utcDay(day), { weekStartsOn: weekStart }));
}

export function endOfWeekOf(day: DayKey, weekStart: WeekDay): DayKey {
  return keyOf(endOfWeek(utcDay(day), { weekStartsOn: weekStart }));
}

/**
 * Where a key of the grid moves the focus from `day`: the arrows by a day (left and right
 * mirrored right to left) or a week, Home and End to the ends of the week, PageUp and PageDown
 * by a month (from the 1st when `day` is outside the shown `month`), showing that month. Null
 * for any other key.
 */
export function keyTarget(
  key: string,
  day: DayKey,
  month: Month,
  weekStart: WeekDay,
  rtl: boolean,
): { day: DayKey; changeMonth: boolean } | null {
  const to = (next: DayKey) => ({ day: next, changeMonth: false });
  switch (key) {
    case 'ArrowLeft':
      return to(addDays(day, rtl ? 1 : -1));
    case 'ArrowRight':
      return to(addDays(day, rtl ? -1 : 1));
    case 'ArrowUp':
      return to(addDays(day, -7));
    case 'ArrowDown':
      return to(addDays(day, 7));
    case 'Home':
      return to(startOfWeekOf(day, weekStart));
    case 'End':
      return to(endOfWeekOf(day, weekStart));
    case 'PageUp':
    case 'PageDown': {
      const base = inMonth(day, month) ? day : firstDayOf(month);
      return { day: addMonthsToDay(base, key === 'PageUp' ? -1 : 1), changeMonth: true };
    }
    default:
      return null;
  }
}

/** Today in a zone (default: the visitor's). */
export function today(timeZone?: string, now = new Date()): DayKey {
  const zone = timeZone ?? visitorTimeZone();
  return keyOf(new TZDateMini(now.getTime(), 'UTC').withTimeZone(zone));
}

/** A `week-start` attribute value (0–6, 0 = Sunday), or null when it is not one. */
export function parseWeekStart(value: unknown): WeekDay | null {
  if (value === null || value === undefined || value === '') return null;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 && n <= 6 ? (n as WeekDay) : null;
}

interface WeekInfo {
  firstDay: number;
}

/**
 * The first day of the week where `locale` is spoken: CLDR's answer through `Intl.Locale`
 * (weekInfo) when the browser has it, else Sunday for American English and Monday elsewhere.
 */
export function weekStartFor(locale: string): WeekDay {
  try {
    const intl = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?: () => WeekInfo;
      weekInfo?: WeekInfo;
    };
    const info = intl.getWeekInfo?.() ?? intl.weekInfo;
    if (info && Number.isInteger(info.firstDay)) return (info.firstDay % 7) as WeekDay;
    const region = intl.maximize().region;
    return region === 'US' ? 0 : 1;
  } catch {
    return 1;
  }
}

/** The weeks shown for a month: from the week of its 1st to the week of its last day. */
export function monthGrid(month: Month, weekStart: WeekDay): MonthGrid {
  const firstOfMonth = new TZDateMini(month.year, month.month - 1, 1, 'UTC');
  const start = startOfWeek(startOfMonth(firstOfMonth), { weekStartsOn: weekStart });
  const end = endOfWeek(endOfMonth(firstOfMonth), { weekStartsOn: weekStart });
  const days = eachDayOfInterval({ start, end }).map(keyOf);
  const weeks: DayKey[][] = [];
  for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));
  return { month, weekStart, weeks, first: days[0]!, last: days.at(-1)! };
}

/**
 * The instants a grid covers in a zone: from the first shown day's midnight to the last
 * shown day's last millisecond. This is exactly what the calendar asks the instance for.
 */
export function gridRange(grid: MonthGrid, timeZone?: string): { from: Date; to: Date } {
  const zone = timeZone ?? visitorTimeZone();
  const at = (day: DayKey) => {
    const [y, m, d] = day.split('-').map(Number);
    return new TZDateMini(y!, m! - 1, d!, zone);
  };
  const from = new Date(at(grid.first).getTime());
  const to = new Date(at(addDays(grid.last, 1)).getTime() - 1);
  return { from, to };
}

/** The column (0–6) of a day in a grid that starts weeks on `weekStart`. */
export function columnOf(day: DayKey, weekStart: WeekDay): number {
  return (weekdayOf(day) - weekStart + 7) % 7;
}
