import type { KiosqueEvent } from '@kiosque/client';
import { dayKey } from '../shared/dates.js';
import {
  addDays,
  daysBetween,
  firstDayOf,
  shiftMonth,
  type DayKey,
  type Month,
} from './month-grid.js';

/**
 * Where events go on the month grid. Events sit on the visitor's own calendar days (the
 * calendar is read by the visitor); their times are shown in the event's zone elsewhere.
 */

export interface Placed {
  event: KiosqueEvent;
  /** First and last day the event covers, in the visitor's zone. */
  start: DayKey;
  end: DayKey;
}

/** A multi-day event's bar within one week row. */
export interface Segment {
  placed: Placed;
  /** Column (0–6) where the bar starts in this week, and how many columns it covers. */
  column: number;
  span: number;
  /** Row of bars within the week, from 0. */
  lane: number;
  /** The event began before this week / goes on after it. */
  continuesBefore: boolean;
  continuesAfter: boolean;
}

export interface WeekLayout {
  /** Multi-day bars of the week. */
  segments: Segment[];
  /** How many bar rows the week needs. */
  lanes: number;
}

/**
 * The days an event covers in `timeZone` (default: the visitor's). An end exactly at midnight
 * belongs to the day before; an event without an end covers its start day.
 */
export function placeEvent(event: KiosqueEvent, timeZone?: string): Placed {
  const start = dayKey(event.beginsOn, timeZone);
  const begins = Date.parse(event.beginsOn);
  const ends = event.endsOn ? Date.parse(event.endsOn) : NaN;
  if (!Number.isFinite(ends) || ends <= begins) return { event, start, end: start };
  const end = dayKey(new Date(ends - 1).toISOString(), timeZone);
  return { event, start, end: end < start ? start : end };
}

export function isMultiDay(placed: Placed): boolean {
  return placed.end !== placed.start;
}

/** Events that cover any day from `first` to `last`, placed, in start order. */
export function placeEvents(
  events: readonly KiosqueEvent[],
  first: DayKey,
  last: DayKey,
  timeZone?: string,
): Placed[] {
  return events
    .map((event) => placeEvent(event, timeZone))
    .filter((placed) => placed.end >= first && placed.start <= last)
    .sort(
      (a, b) =>
        Date.parse(a.event.beginsOn) - Date.parse(b.event.beginsOn) ||
        a.event.title.localeCompare(b.event.title),
    );
}

/** Whether an event covers at least one day of `month`. */
export function overlapsMonth(placed: Placed, month: Month): boolean {
  const first = firstDayOf(month);
  const last = addDays(firstDayOf(shiftMonth(month, 1)), -1);
  return placed.end >= first && placed.start <= last;
}

/** The events of one day, multi-day events included, in start order. */
export function eventsOn(day: DayKey, placed: readonly Placed[]): Placed[] {
  return placed.filter((p) => p.start <= day && p.end >= day);
}

/** The single-day events of one day (multi-day ones are drawn as bars). */
export function singleDayEventsOn(day: DayKey, placed: readonly Placed[]): Placed[] {
  return placed.filter((p) => p.start === day && p.end === day);
}

/**
 * Lays out the multi-day events of a week (seven consecutive days) as bars: longer events
 * first, each in the lowest free row, so bars never overlap.
 */
export function layoutWeek(week: readonly DayKey[], placed: readonly Placed[]): WeekLayout {
  const first = week[0];
  const last = week.at(-1);
  if (!first || !last) return { segments: [], lanes: 0 };
  const spanning = placed
    .filter((p) => isMultiDay(p) && p.end >= first && p.start <= last)
    .sort(
      (a, b) =>
        (a.start < b.start ? -1 : a.start > b.start ? 1 : 0) ||
        daysBetween(b.start, b.end) - daysBetween(a.start, a.end),
    );
  const occupied: boolean[][] = [];
  const segments: Segment[] = [];
  for (const p of spanning) {
    const from = p.start < first ? first : p.start;
    const to = p.end > last ? last : p.end;
    const column = daysBetween(first, from);
    const span = daysBetween(from, to) + 1;
    let lane = 0;
    while (occupied[lane]?.slice(column, column + span).some(Boolean)) lane++;
    const row = (occupied[lane] ??= Array<boolean>(week.length).fill(false));
    for (let c = column; c < column + span; c++) row[c] = true;
    segments.push({
      placed: p,
      column,
      span,
      lane,
      continuesBefore: p.start < first,
      continuesAfter: p.end > last,
    });
  }
  return { segments, lanes: occupied.length };
}
