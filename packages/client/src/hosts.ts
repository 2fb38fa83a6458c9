/**
 * What build-time hosts written in JavaScript (Eleventy, Astro) share: reading an element's
 * attributes into a client query, and writing the element with its no-JS fallback inside
 * (docs/fallback-contract.md). No DOM and no file system: the hosts bring their own caching.
 */
import type { EventQuery } from './client.js';
import { ELEMENTS, isAttributeOf } from '@kiosque/render/contract';
import { escapeHtml, renderFallback } from '@kiosque/render/fallback';
import type { KiosqueEvent } from './model.js';
import type { Source } from './sources.js';

export const HOST_ELEMENTS = [
  'kiosque-events',
  'kiosque-calendar',
  'kiosque-map',
  'kiosque-event',
  'kiosque-rsvp',
] as const;
export type HostElement = (typeof HOST_ELEMENTS)[number];

/** Attribute values as a host receives them: booleans become bare attributes, false/null none. */
export type HostAttributes = Record<string, string | number | boolean | null | undefined>;

/** What a host must fetch for an element: a list of events, or one event. */
export type HostRequest =
  | { kind: 'list'; sources: Source[]; query: Omit<EventQuery, 'groups'> }
  | { kind: 'event'; instance: string; uuid: string };

/**
 * Default `limit` of each list element: the element contract's, else 99 (the calendar shows
 * every event of its month, as many as one request gives).
 */
const DEFAULT_LIMITS: Record<HostElement, number> = {
  'kiosque-events': ELEMENTS['kiosque-events'].attributes.limit.default,
  'kiosque-calendar': 99,
  'kiosque-map': ELEMENTS['kiosque-map'].attributes.limit.default,
  'kiosque-event': 1,
  'kiosque-rsvp': 1,
};

/**
 * The names among `attrs` that the element does not take (@kiosque/render's element contract,
 * with the attributes every host takes and HTML's own): typos, which hosts report and
 * `renderElement` leaves out.
 */
export function unknownAttributes(tag: HostElement, attrs: HostAttributes): string[] {
  return Object.keys(attrs).filter((name) => !isAttributeOf(tag, name));
}

function text(attrs: HostAttributes, name: string): string {
  const value = attrs[name];
  return value === undefined || value === null || value === false ? '' : String(value).trim();
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/** "2026-05-03" (a day, from its start or to its end, in the build's zone) or an ISO instant. */
function day(value: string, edge: 'start' | 'end'): Date | undefined {
  if (!value) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match
    ? edge === 'start'
      ? new Date(+match[1]!, +match[2]! - 1, +match[3]!, 0, 0, 0, 0)
      : new Date(+match[1]!, +match[2]! - 1, +match[3]!, 23, 59, 59, 999)
    : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The days a calendar shows for `month` (YYYY-MM, default the month of `now`). */
function monthRange(month: string, now: Date): { from: Date; to: Date } {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const year = match ? +match[1]! : now.getFullYear();
  const index = match ? +match[2]! - 1 : now.getMonth();
  return { from: new Date(year, index, 1), to: new Date(year, index + 1, 0, 23, 59, 59, 999) };
}

/**
 * The request an element's attributes describe. `instance` is the attribute, else the host's
 * default. Throws a plain Error naming the attribute when something required is missing.
 */
export function requestFor(
  tag: HostElement,
  attrs: HostAttributes,
  defaults: { instance?: string; now?: Date } = {},
): HostRequest {
  const instance = text(attrs, 'instance') || defaults.instance || '';
  if (!instance) throw new Error(`<${tag}> needs an "instance"`);
  if (tag === 'kiosque-event' || tag === 'kiosque-rsvp') {
    const uuid = text(attrs, 'uuid');
    if (!uuid) throw new Error(`<${tag}> needs a "uuid"`);
    return { kind: 'event', instance, uuid };
  }
  const groups = list(text(attrs, 'group'));
  const query: Omit<EventQuery, 'groups'> = {};
  const limit = Number(text(attrs, 'limit') || DEFAULT_LIMITS[tag]);
  query.limit = Number.isInteger(limit) && limit >= 1 && limit <= 99 ? limit : DEFAULT_LIMITS[tag];
  const tags = list(text(attrs, 'tags'));
  if (tags.length) query.tags = tags;
  if (text(attrs, 'category')) query.category = text(attrs, 'category');
  const type = text(attrs, 'type');
  if (type === 'online' || type === 'in-person') query.type = type;
  const [lat, lon] = text(attrs, 'near').split(',').map(Number);
  if (text(attrs, 'near') && Number.isFinite(lat) && Number.isFinite(lon)) {
    query.near = { lat: lat!, lon: lon! };
    const radius = Number(text(attrs, 'radius'));
    if (text(attrs, 'radius') && Number.isFinite(radius) && radius > 0) query.radius = radius;
  }
  const from = day(text(attrs, 'from'), 'start');
  const to = day(text(attrs, 'to'), 'end');
  if (from) query.from = from;
  if (to) query.to = to;
  if (tag === 'kiosque-calendar') {
    const range = monthRange(text(attrs, 'month'), defaults.now ?? new Date());
    query.from = from && from > range.from ? from : range.from;
    query.to = to && to < range.to ? to : range.to;
  }
  if (text(attrs, 'search')) query.search = text(attrs, 'search');
  const cancelled = attrs['with-cancelled'];
  if (cancelled === true || cancelled === '' || cancelled === 'true') query.includeCancelled = true;
  return { kind: 'list', sources: [{ instance, ...(groups.length ? { groups } : {}) }], query };
}

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

/** ` name="value"` pairs, escaped; `true` → bare attribute, false/null/undefined → left out. */
export function attributesHtml(attrs: HostAttributes): string {
  let html = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (!ATTRIBUTE_NAME.test(name) || value === false || value === null || value === undefined) {
      continue;
    }
    html += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  return html;
}

export interface ElementContent {
  /** The events to render (the one event for kiosque-event / kiosque-rsvp). */
  events: KiosqueEvent[];
  /** Render the quiet error message instead of the events. */
  error?: boolean;
  /** Epoch ms of the data, for the embedded data. */
  fetchedAt?: number;
  /** Language of the fallback text; default the `lang` attribute, else `en`. */
  locale?: string;
  withoutJsonLd?: boolean;
  withoutData?: boolean;
}

/** Elements that paint at once from embedded data (the others would only carry its weight). */
const READS_EMBEDDED_DATA: ReadonlySet<HostElement> = new Set(['kiosque-events', 'kiosque-event']);

/**
 * The element with its attributes and the contract's fallback inside. `<kiosque-rsvp>` only
 * carries the event's link (its JSON-LD belongs to the list or event it sits beside).
 */
export function renderElement(
  tag: HostElement,
  attrs: HostAttributes,
  content: ElementContent,
): string {
  const withoutJsonLd =
    content.withoutJsonLd ||
    tag === 'kiosque-rsvp' ||
    attrs['without-json-ld'] === true ||
    attrs['without-json-ld'] === '';
  const fallback = renderFallback(content.events, {
    locale: content.locale ?? (text(attrs, 'lang') || 'en'),
    withoutJsonLd,
    withoutData: content.withoutData || !READS_EMBEDDED_DATA.has(tag),
    ...(content.fetchedAt !== undefined ? { fetchedAt: content.fetchedAt } : {}),
    ...(content.error ? { error: true } : {}),
  });
  // The opening tag alone on its line makes Markdown (CommonMark's HTML block, kind 7) leave
  // the element as it is instead of wrapping it in a <p>, which would push the fallback out.
  const known = Object.fromEntries(
    Object.entries(attrs).filter(([name]) => isAttributeOf(tag, name)),
  );
  return `<${tag}${attributesHtml(known)}>\n${fallback}\n</${tag}>`;
}
