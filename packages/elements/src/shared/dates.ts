import type { KiosqueEvent } from '@kiosque/client';
import { dateFormat, validZone, visitorTimeZone } from '@kiosque/render';

export { visitorTimeZone };

/** The zone when `Intl` knows it (instances send any string), else undefined. */
export const validTimeZone = validZone;

function zoneOf(event: KiosqueEvent): string | undefined {
  return validTimeZone(event.timezone);
}

/** True when the event's zone shows different wall-clock times than the visitor's at that moment. */
export function zoneDiffers(event: KiosqueEvent, visitorZone = visitorTimeZone()): boolean {
  const zone = zoneOf(event);
  if (!zone || zone === visitorZone) return false;
  const at = new Date(event.beginsOn);
  const fmt = (timeZone: string) =>
    dateFormat('en', {
      timeZone,
      hour: 'numeric',
      minute: 'numeric',
      day: 'numeric',
      hourCycle: 'h23',
    }).format(at);
  return fmt(zone) !== fmt(visitorZone);
}

/** "Paris", "Montreal", "Tokyo": the city part of an IANA zone, for "Paris time". */
export function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

/** The calendar day (YYYY-MM-DD) of an instant in a zone. */
export function dayKey(iso: string, timeZone?: string): string {
  const parts = dateFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export interface EventWhen {
  /** Human text for the dates and times, in the event's zone. */
  text: string;
  /** The zone named, when it differs from the visitor's. */
  zoneNote: string | null;
}

/**
 * Formats an event's dates in its own time zone, honouring showStartTime / showEndTime.
 * Ranges use Intl's range formatting, so "Sat 3 – Mon 5 May" collapses shared parts.
 */
export function formatEventWhen(
  event: KiosqueEvent,
  locale: string,
  timeZoneNote: (zone: string) => string,
): EventWhen {
  const timeZone = zoneOf(event);
  const start = new Date(event.beginsOn);
  const end = event.endsOn && event.showEndTime ? new Date(event.endsOn) : null;
  const sameDay =
    end !== null && dayKey(event.beginsOn, timeZone) === dayKey(event.endsOn!, timeZone);
  const showTime = event.showStartTime;
  const options: Intl.DateTimeFormatOptions = {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: start.getFullYear() === new Date().getFullYear() ? undefined : 'numeric',
    ...(showTime ? { hour: 'numeric', minute: '2-digit' } : {}),
  };
  let text: string;
  try {
    const format = dateFormat(locale, options);
    if (end && end.getTime() > start.getTime() && (showTime || !sameDay)) {
      text = format.formatRange(start, end);
    } else {
      text = format.format(start);
    }
  } catch {
    text = start.toISOString();
  }
  const zoneNote =
    timeZone && showTime && zoneDiffers(event) ? timeZoneNote(zoneCity(timeZone)) : null;
  return { text, zoneNote };
}

/** A heading for a group of events: "Saturday 3 May". */
export function formatDayHeading(day: string, locale: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12));
  return dateFormat(locale, {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: y === new Date().getFullYear() ? undefined : 'numeric',
  }).format(date);
}
