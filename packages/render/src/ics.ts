/**
 * The iCalendar (RFC 5545) writer of Kiosque: the `.ics` that hosts write beside a page, so
 * that visitors subscribe to exactly the events it shows, and the feeds of the dev instance.
 *
 * - Times are written in UTC (`…Z`): every calendar application reads them, and there is no
 *   `TZID`, so there is never a `VTIMEZONE` to miss.
 * - An event whose organizer hid the times is an all-day event on its days in its own zone
 *   (`VALUE=DATE`, `DTEND` the day after the last day).
 * - `UID` is `<uuid>@<host of the instance>`: the same event has the same UID on every host.
 * - Text is cleaned (`cleanText`: no control characters) and escaped; a lone CR, a LF or a CRLF
 *   becomes `\n`. Lines end in CRLF and are folded at 75 octets between code points.
 */
import { cleanText } from './clean.js';
import { addressLines, eventLink, hiddenTimeDays, isOnlineEvent } from './event.js';
import { placeLabel, type EventStatus, type KiosqueEvent } from './model.js';
import { safeUrl } from './url.js';

/** One VEVENT, independent of where the event comes from. */
export interface IcsEntry {
  uid: string;
  title: string;
  /** ISO 8601 instants. */
  beginsOn: string;
  endsOn: string | null;
  /** Whole days (`YYYY-MM-DD`, last day inclusive) instead of times: the times are hidden. */
  days: { first: string; last: string } | null;
  description: string | null;
  url: string | null;
  location: string | null;
  geo: { lat: number; lon: number } | null;
  status: EventStatus;
  categories: string[];
  organizer?: { name: string; url: string } | null;
  /** `DTSTAMP` of this entry (ISO 8601); default the calendar's. */
  stamp?: string | null;
}

export interface IcsOptions {
  /** Calendar name shown by calendar applications (`X-WR-CALNAME`). */
  name?: string;
  /** `DTSTAMP` of every event without its own; default now. */
  now?: Date;
  /** `PRODID`; default `-//Kiosque//Kiosque//EN`. */
  productId?: string;
}

const CRLF = '\r\n';
const encoder = new TextEncoder();

/** TEXT value escaping (RFC 5545 §3.3.11) of cleaned text: backslash, `;`, `,`, line breaks. */
export function escapeIcsText(value: string): string {
  return cleanText(value)
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

function compactDay(day: string): string {
  return day.replace(/-/g, '');
}

function dayAfter(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** The host of a URL, for UIDs; `kiosque.invalid` when there is none. */
function hostOf(url: string): string {
  try {
    return new URL(url).host || 'kiosque.invalid';
  } catch {
    return 'kiosque.invalid';
  }
}

/** The UID of an event: `<uuid>@<host of its instance>`. */
export function eventUid(event: Pick<KiosqueEvent, 'uuid' | 'instance'>): string {
  return `${event.uuid}@${hostOf(event.instance)}`;
}

/** The entry of a normalized event: its excerpt and link as description, its address. */
export function icsEntryOf(event: KiosqueEvent): IcsEntry {
  const url = eventLink(event);
  const description = [event.excerpt, url].filter(Boolean).join('\n\n');
  const address = addressLines(event.address).join(', ');
  const online = isOnlineEvent(event) ? safeUrl(event.onlineUrl) : null;
  return {
    uid: eventUid(event),
    title: event.title,
    beginsOn: event.beginsOn,
    endsOn: event.endsOn,
    days: hiddenTimeDays(event),
    description: description || null,
    url,
    location: address || placeLabel(event) || online,
    geo: event.address?.coordinates ?? null,
    status: event.status,
    categories: event.tags,
  };
}

function coordinate(value: number): string {
  return value.toFixed(6);
}

function entryLines(entry: IcsEntry, stamp: string): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${escapeIcsText(entry.uid)}`];
  lines.push(`DTSTAMP:${entry.stamp ? utcStamp(entry.stamp) : stamp}`);
  if (entry.days) {
    lines.push(
      `DTSTART;VALUE=DATE:${compactDay(entry.days.first)}`,
      `DTEND;VALUE=DATE:${compactDay(dayAfter(entry.days.last))}`,
    );
  } else {
    lines.push(`DTSTART:${utcStamp(entry.beginsOn)}`);
    if (entry.endsOn && Date.parse(entry.endsOn) >= Date.parse(entry.beginsOn)) {
      lines.push(`DTEND:${utcStamp(entry.endsOn)}`);
    }
  }
  lines.push(`SUMMARY:${escapeIcsText(entry.title)}`);
  if (entry.description) lines.push(`DESCRIPTION:${escapeIcsText(entry.description)}`);
  if (entry.location) lines.push(`LOCATION:${escapeIcsText(entry.location)}`);
  const geo = entry.geo;
  if (geo && Number.isFinite(geo.lat) && Number.isFinite(geo.lon)) {
    lines.push(`GEO:${coordinate(geo.lat)};${coordinate(geo.lon)}`);
  }
  const url = safeUrl(entry.url);
  if (url) lines.push(`URL:${url}`);
  if (entry.organizer) {
    const organizerUrl = safeUrl(entry.organizer.url);
    // A quoted parameter value: anything but a double quote and control characters.
    const name = cleanText(entry.organizer.name).replace(/["\r\n\t]/g, ' ');
    if (organizerUrl) lines.push(`ORGANIZER;CN="${name}":${organizerUrl}`);
  }
  lines.push(`STATUS:${entry.status}`);
  const categories = entry.categories.map((c) => cleanText(c).trim()).filter(Boolean);
  if (categories.length) lines.push(`CATEGORIES:${categories.map(escapeIcsText).join(',')}`);
  lines.push('END:VEVENT');
  return lines;
}

/** A VCALENDAR of the entries, CRLF line ends, lines folded at 75 octets. */
export function icsCalendar(entries: IcsEntry[], options: IcsOptions = {}): string {
  const stamp = utcStamp(options.now ?? new Date());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${cleanText(options.productId ?? '-//Kiosque//Kiosque//EN').replace(/[\r\n]/g, '')}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeIcsText(options.name)}`);
  for (const entry of entries) lines.push(...entryLines(entry, stamp));
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}

/** A VCALENDAR of normalized events (see `icsEntryOf`). */
export function eventsToIcs(events: KiosqueEvent[], options: IcsOptions = {}): string {
  return icsCalendar(events.map(icsEntryOf), options);
}
