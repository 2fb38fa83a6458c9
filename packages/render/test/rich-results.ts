/**
 * The Event rich-result rules of search engines, checked on a JSON-LD object: what the tests
 * of every host's output hold the JSON-LD writers to.
 *
 * Required: `name`, `startDate` (an ISO 8601 date, or an instant with its zone), `location`
 * (a `Place` with an `address`, or a `VirtualLocation` with a `url`). Where given: `endDate`
 * like `startDate` and not before it, `eventStatus` and `eventAttendanceMode` from schema.org's
 * lists, an `organizer` with a name, `image` and `url` absolute http(s) URLs, no empty object.
 */
const STATUSES = [
  'EventScheduled',
  'EventCancelled',
  'EventMovedOnline',
  'EventPostponed',
  'EventRescheduled',
];
const MODES = [
  'OfflineEventAttendanceMode',
  'OnlineEventAttendanceMode',
  'MixedEventAttendanceMode',
];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

type Json = Record<string, unknown>;

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.href === value;
  } catch {
    return false;
  }
}

function emptyObjects(value: unknown, path: string, out: string[]): void {
  if (Array.isArray(value)) value.forEach((v, i) => emptyObjects(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.every((k) => k === '@type')) out.push(`${path} is empty`);
    for (const k of keys) emptyObjects((value as Json)[k], `${path}.${k}`, out);
  } else if (value === null || value === '') out.push(`${path} is ${JSON.stringify(value)}`);
}

/** Every rule the object breaks, as sentences; empty when it passes. */
export function eventProblems(ld: Json): string[] {
  const out: string[] = [];
  if (ld['@type'] !== 'Event') out.push(`@type is ${String(ld['@type'])}`);
  if (typeof ld['name'] !== 'string' || !ld['name'].trim()) out.push('no name');
  const start = ld['startDate'];
  if (typeof start !== 'string' || !(DATE.test(start) || INSTANT.test(start))) {
    out.push(`startDate ${String(start)} is not an ISO 8601 date or instant`);
  }
  const end = ld['endDate'];
  if (end !== undefined) {
    if (typeof end !== 'string' || !(DATE.test(end) || INSTANT.test(end))) {
      out.push(`endDate ${String(end)} is not an ISO 8601 date or instant`);
    } else if (typeof start === 'string' && DATE.test(start) !== DATE.test(end)) {
      out.push('startDate and endDate are not both dates or both instants');
    } else if (typeof start === 'string' && Date.parse(end) < Date.parse(start)) {
      out.push('endDate is before startDate');
    }
  }
  const locations = [ld['location']].flat().filter((l) => l !== undefined) as Json[];
  if (!locations.length) out.push('no location');
  for (const location of locations) {
    if (location['@type'] === 'Place') {
      if (!location['address'] && !location['name']) out.push('a Place without address or name');
    } else if (location['@type'] === 'VirtualLocation') {
      if (!isHttpUrl(location['url'])) out.push('a VirtualLocation without an http(s) url');
    } else out.push(`a location of @type ${String(location['@type'])}`);
  }
  const status = ld['eventStatus'];
  if (status !== undefined && !STATUSES.some((s) => status === `https://schema.org/${s}`)) {
    out.push(`eventStatus ${String(status)}`);
  }
  const mode = ld['eventAttendanceMode'];
  if (mode !== undefined && !MODES.some((m) => mode === `https://schema.org/${m}`)) {
    out.push(`eventAttendanceMode ${String(mode)}`);
  }
  const organizer = ld['organizer'] as Json | undefined;
  if (organizer !== undefined) {
    if (!['Organization', 'Person'].includes(String(organizer['@type'])))
      out.push('organizer @type');
    if (typeof organizer['name'] !== 'string' || !organizer['name'].trim())
      out.push('organizer without name');
    if (organizer['url'] !== undefined && !isHttpUrl(organizer['url'])) out.push('organizer url');
  }
  for (const key of ['image', 'url']) {
    if (ld[key] !== undefined && !isHttpUrl(ld[key]))
      out.push(`${key} ${String(ld[key])} is not an http(s) URL`);
  }
  emptyObjects(ld, '$', out);
  // eslint-disable-next-line no-control-regex
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
  if (strings(ld).some((text) => control.test(text))) out.push('a control character in a value');
  return out;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}
