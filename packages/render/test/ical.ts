/**
 * Reads an `.ics` with ical.js, the iCalendar parser of Mozilla's calendar, and checks what
 * calendar applications rely on. Shared by every suite that checks a writer's output.
 */
import ICAL from 'ical.js';

export interface IcalEvent {
  uid: string;
  summary: string;
  /** `YYYY-MM-DD` for an all-day event, else the UTC instant (ISO, no milliseconds). */
  start: string;
  end: string | null;
  allDay: boolean;
  description: string | null;
  location: string | null;
  url: string | null;
  status: string | null;
  geo: [number, number] | null;
  categories: string[];
}

function timeText(time: ICAL.Time): string {
  return time.isDate
    ? time.toString()
    : time
        .toJSDate()
        .toISOString()
        .replace(/\.000Z$/, 'Z');
}

/**
 * Parses `ics` and returns its events, or throws with every problem found: a parse error, a
 * line over 75 octets, a line end other than CRLF, a TZID without its VTIMEZONE, a floating
 * time, a duplicate UID, a control character in a value.
 */
export function readIcs(ics: string): IcalEvent[] {
  const problems: string[] = [];
  if (!ics.endsWith('\r\n')) problems.push('does not end with CRLF');
  if (/\r(?!\n)|(?<!\r)\n/.test(ics)) problems.push('a line end other than CRLF');
  for (const line of ics.split('\r\n')) {
    if (new TextEncoder().encode(line).length > 75) problems.push(`line over 75 octets: ${line}`);
  }
  // Control characters other than tab are not allowed in content lines (RFC 5545 §3.1).
  // eslint-disable-next-line no-control-regex
  const control = /[\u0000-\u0008\u000A-\u001F\u007F]/;
  if (ics.split('\r\n').some((line) => control.test(line))) problems.push('a control character');
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(ics));
  } catch (error) {
    throw new Error(`ical.js cannot parse it: ${String(error)}`);
  }
  const zones = new Set(
    calendar.getAllSubcomponents('vtimezone').map((z) => String(z.getFirstPropertyValue('tzid'))),
  );
  const uids = new Set<string>();
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    for (const name of ['dtstart', 'dtend']) {
      const property = component.getFirstProperty(name);
      if (!property) continue;
      const tzid = property.getParameter('tzid');
      if (typeof tzid === 'string' && !zones.has(tzid))
        problems.push(`TZID ${tzid} without VTIMEZONE`);
      const value = property.getFirstValue() as ICAL.Time;
      if (!value.isDate && !tzid && value.zone !== ICAL.Timezone.utcTimezone) {
        problems.push(`${event.uid}: floating ${name}`);
      }
    }
    if (!event.uid) problems.push('a VEVENT without UID');
    if (uids.has(event.uid)) problems.push(`duplicate UID ${event.uid}`);
    uids.add(event.uid);
    if (!component.getFirstPropertyValue('dtstamp')) problems.push(`${event.uid}: no DTSTAMP`);
    const geo = component.getFirstPropertyValue('geo') as unknown;
    return {
      uid: event.uid,
      summary: event.summary,
      start: timeText(event.startDate),
      end: component.hasProperty('dtend') ? timeText(event.endDate) : null,
      allDay: event.startDate.isDate,
      description: event.description ?? null,
      location: event.location ?? null,
      url: (component.getFirstPropertyValue('url') as string | null) ?? null,
      status: (component.getFirstPropertyValue('status') as string | null) ?? null,
      geo: Array.isArray(geo) ? [Number(geo[0]), Number(geo[1])] : null,
      categories: component
        .getAllProperties('categories')
        .flatMap((p) => p.getValues().map(String)),
    } satisfies IcalEvent;
  });
  if (problems.length) throw new Error(`Invalid iCalendar:\n${problems.join('\n')}`);
  return events;
}
