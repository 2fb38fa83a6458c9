/** A small RFC 5545 writer: escaping, 75-octet folding, CRLF line ends. */
import type { EventRecord } from './model.js';
import { absolute } from './resolvers.js';
import { formatDateTime, wallClock } from './time.js';

export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = Buffer.byteLength(char);
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|li|h\d|div)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

function utc(date: Date): string {
  return formatDateTime(date).replace(/[-:]/g, '');
}

function dateLine(name: string, date: Date, timezone: string | null): string {
  return timezone
    ? `${name};TZID=${timezone}:${wallClock(date, timezone)}`
    : `${name}:${utc(date)}`;
}

export interface IcsContext {
  baseUrl: string;
  version: string;
  organizerName(event: EventRecord): string | null;
  now: Date;
}

function eventLines(event: EventRecord, ctx: IcsContext): string[] {
  const tz = event.options.timezone;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uuid}`,
    `DTSTAMP:${utc(event.updatedAt)}`,
    dateLine('DTSTART', event.beginsOn, tz),
  ];
  if (event.endsOn) lines.push(dateLine('DTEND', event.endsOn, tz));
  lines.push(`SUMMARY:${escapeText(event.title)}`);
  if (event.description)
    lines.push(
      `DESCRIPTION:${escapeText(htmlToText(absolute(event.description, ctx.baseUrl) ?? ''))}`,
    );
  lines.push(`URL:${absolute(event.url, ctx.baseUrl)}`);
  lines.push(`STATUS:${event.status}`);
  const organizer = ctx.organizerName(event);
  if (organizer)
    lines.push(
      `ORGANIZER;CN=${escapeText(organizer).replace(/[";:]/g, '')}:${absolute(event.url, ctx.baseUrl)}`,
    );
  const a = event.address;
  if (a) {
    const location = [
      a.description,
      a.street,
      [a.postalCode, a.locality].filter(Boolean).join(' '),
      a.country,
    ]
      .filter(Boolean)
      .join(', ');
    if (location) lines.push(`LOCATION:${escapeText(location)}`);
    if (a.geom) lines.push(`GEO:${a.geom.lat};${a.geom.lon}`);
  } else if (event.onlineAddress) {
    lines.push(`LOCATION:${escapeText(absolute(event.onlineAddress, ctx.baseUrl) ?? '')}`);
  }
  if (event.tags.length)
    lines.push(`CATEGORIES:${event.tags.map((t) => escapeText(t.title)).join(',')}`);
  lines.push('END:VEVENT');
  return lines;
}

export function calendar(events: EventRecord[], ctx: IcsContext, name?: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Mobilizon ${ctx.version}//kiosque-dev-instance//EN`,
    'CALSCALE:GREGORIAN',
  ];
  if (name) lines.push(`X-WR-CALNAME:${escapeText(name)}`);
  for (const e of events) lines.push(...eventLines(e, ctx));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
