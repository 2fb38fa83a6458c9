/**
 * An iCalendar (RFC 5545) file of events, for the `.ics` that build-time hosts write beside a
 * page so that visitors can subscribe to exactly the events it shows. Times are written in
 * UTC (`…Z`), which every calendar application reads without a VTIMEZONE block; events whose
 * organizer hid the times become all-day events on their dates in the event's own zone.
 */
import { safeUrl } from '@kiosque/render';
import type { KiosqueEvent } from './model.js';
import { placeLabel } from './model.js';

export interface IcsOptions {
  /** Calendar name shown by calendar applications (`X-WR-CALNAME`). */
  name?: string;
  /** `DTSTAMP` of every event; default now. */
  now?: Date;
}

const CRLF = '\r\n';
const encoder = new TextEncoder();

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): continuation lines start with one space.
 * Never splits a UTF-8 sequence or a surrogate pair, since it cuts between code points.
 */
export function foldIcsLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > limit) {
      out.push(current);
      current = '';
      size = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    current += char;
    size += bytes;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

function utcStamp(iso: string | Date): string {
  return new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

/** The calendar day of an instant in a zone, as YYYYMMDD (UTC if the zone is unknown). */
function localDay(iso: string, zone: string | null): string {
  const format = (timeZone: string): string =>
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    })
      .format(new Date(iso))
      .replace(/-/g, '');
  try {
    return format(zone ?? 'UTC');
  } catch {
    return format('UTC');
  }
}

function nextDay(day: string): string {
  const date = new Date(Date.UTC(+day.slice(0, 4), +day.slice(4, 6) - 1, +day.slice(6, 8) + 1));
  return date.toISOString().slice(0, 10).replace(/-/g, '');
}

function hostOf(url: string): string {
  try {
    return new URL(url).host || 'kiosque.invalid';
  } catch {
    return 'kiosque.invalid';
  }
}

function eventLines(event: KiosqueEvent, stamp: string): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${escapeIcsText(`${event.uuid}@${hostOf(event.instance)}`)}`];
  lines.push(`DTSTAMP:${stamp}`);
  if (event.showStartTime) {
    lines.push(`DTSTART:${utcStamp(event.beginsOn)}`);
    if (event.endsOn) lines.push(`DTEND:${utcStamp(event.endsOn)}`);
  } else {
    // Hidden times: an all-day event, whose DTEND is the day after its last day (exclusive).
    const first = localDay(event.beginsOn, event.timezone);
    const last = event.endsOn ? localDay(event.endsOn, event.timezone) : first;
    lines.push(`DTSTART;VALUE=DATE:${first}`, `DTEND;VALUE=DATE:${nextDay(last)}`);
  }
  lines.push(`SUMMARY:${escapeIcsText(event.title)}`);
  const url = safeUrl(event.instanceUrl) ?? safeUrl(event.url);
  const description = [event.excerpt, url].filter(Boolean).join('\n\n');
  if (description) lines.push(`DESCRIPTION:${escapeIcsText(description)}`);
  const address = event.address
    ? [event.address.venue, event.address.street, event.address.postalCode, event.address.locality]
        .filter((part): part is string => Boolean(part && part.trim()))
        .filter((part, i, all) => all.indexOf(part) === i)
        .join(', ')
    : '';
  const location = address || placeLabel(event) || safeUrl(event.onlineUrl);
  if (location) lines.push(`LOCATION:${escapeIcsText(location)}`);
  const point = event.address?.coordinates;
  if (point) lines.push(`GEO:${point.lat.toFixed(6)};${point.lon.toFixed(6)}`);
  if (url) lines.push(`URL:${url}`);
  lines.push(`STATUS:${event.status}`);
  if (event.tags.length) lines.push(`CATEGORIES:${event.tags.map(escapeIcsText).join(',')}`);
  lines.push('END:VEVENT');
  return lines;
}

/** A VCALENDAR of the events, CRLF line ends, lines folded at 75 octets. */
export function eventsToIcs(events: KiosqueEvent[], options: IcsOptions = {}): string {
  const stamp = utcStamp(options.now ?? new Date());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kiosque//Kiosque//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeIcsText(options.name)}`);
  for (const event of events) lines.push(...eventLines(event, stamp));
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}
