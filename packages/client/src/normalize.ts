/**
 * Raw Mobilizon JSON → the Kiosque model. Every value is checked before use: a missing or
 * wrong-typed field becomes null (or a documented default); an event without uuid, title or
 * a valid beginsOn is dropped. Every text of an event is cleaned (`cleanText`: no control
 * characters, noncharacters or lone surrogates). Nothing here sanitizes HTML: descriptions
 * stay HTML and are sanitized where they are rendered.
 */
import { cleanText } from '@kiosque/render';
import { excerptOf } from '@kiosque/render/text';
import {
  EVENT_STATUSES,
  JOIN_MODES,
  type EventAccessibility,
  type EventAddress,
  type EventCategoryOption,
  type EventOrganizer,
  type EventPicture,
  type EventStatus,
  type InstanceInfo,
  type JoinMode,
  type KiosqueEvent,
} from './model.js';
import { id, rec, str } from './shape.js';

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
function bool(v: unknown): boolean | null {
  return typeof v === 'boolean' ? v : null;
}

/** A text of the instance, cleaned; null when it is not a string or nothing is left of it. */
function text(v: unknown): string | null {
  const value = str(v);
  return value === null ? null : str(cleanText(value));
}

/** Mobilizon's Point scalar: "lon;lat", longitude first, possibly "1.0e-4;…". */
export function parseGeom(geom: unknown): { lat: number; lon: number } | null {
  if (typeof geom !== 'string') return null;
  const parts = geom.split(';');
  if (parts.length !== 2) return null;
  const [lonText = '', latText = ''] = parts.map((p) => p.trim());
  const numeric = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
  if (!numeric.test(lonText) || !numeric.test(latText)) return null;
  const lon = Number(lonText);
  const lat = Number(latText);
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { lat, lon };
}

/** ISO-8601 instant → normalized UTC ISO string; null when it is not a valid date. */
export function isoDate(v: unknown): string | null {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(v)) return null;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function organizerOf(actor: unknown, isGroup: boolean): EventOrganizer | null {
  const a = rec(actor);
  const username = a ? text(a['preferredUsername']) : null;
  if (!a || !username) return null;
  const domain = text(a['domain']);
  return {
    name: text(a['name']),
    handle: domain ? `${username}@${domain}` : username,
    url: str(a['url']),
    avatarUrl: str(rec(a['avatar'])?.['url']),
    isGroup,
  };
}

function addressOf(raw: unknown): EventAddress | null {
  const a = rec(raw);
  if (!a) return null;
  const address: EventAddress = {
    venue: text(a['description']),
    street: text(a['street']),
    locality: text(a['locality']),
    postalCode: text(a['postalCode']),
    region: text(a['region']),
    country: text(a['country']),
    coordinates: parseGeom(a['geom']),
    timezone: text(a['timezone']),
  };
  const empty = Object.values(address).every((v) => v === null);
  return empty ? null : address;
}

function pictureOf(raw: unknown): EventPicture | null {
  const p = rec(raw);
  const url = p ? str(p['url']) : null;
  if (!p || !url) return null;
  const meta = rec(p['metadata']);
  return {
    url,
    alt: text(p['alt']),
    width: num(meta?.['width']),
    height: num(meta?.['height']),
    blurhash: str(meta?.['blurhash']),
  };
}

const WHEELCHAIR = ['fully', 'partially', 'no'] as const;

function metadataBool(v: string | undefined): boolean | null {
  return v === 'true' ? true : v === 'false' ? false : null;
}

/** Keys as in Mobilizon's src/services/EventMetadata.ts (5.1.3). */
function accessibilityOf(raw: unknown): EventAccessibility {
  const values = new Map<string, string>();
  if (Array.isArray(raw)) {
    for (const item of raw) {
      const m = rec(item);
      const key = str(m?.['key']);
      const value = typeof m?.['value'] === 'string' ? m['value'] : null;
      if (key && value !== null) values.set(key, value);
    }
  }
  const wheelchair = values.get('mz:accessibility:wheelchairAccessible');
  return {
    wheelchair: WHEELCHAIR.find((w) => w === wheelchair) ?? null,
    liveSubtitles: metadataBool(values.get('mz:accessibility:live:subtitle')),
    signLanguage: metadataBool(values.get('mz:accessibility:live:sign_language')),
    // The front end writes smokeFree; accept the snake_case spelling some tools use.
    smokeFree: metadataBool(
      values.get('mz:accessibility:smokeFree') ?? values.get('mz:accessibility:smoke_free'),
    ),
  };
}

function statusOf(v: unknown): EventStatus {
  return EVENT_STATUSES.find((s) => s === v) ?? 'CONFIRMED';
}

function joinModeOf(v: unknown): JoinMode {
  const lower = typeof v === 'string' ? v.toLowerCase() : '';
  return JOIN_MODES.find((m) => m === lower) ?? 'free';
}

export interface NormalizeContext {
  /** Normalized instance base URL. */
  instance: string;
  categories: EventCategoryOption[];
}

/** One raw event → KiosqueEvent, or null when uuid, title or beginsOn is missing or invalid. */
export function normalizeEvent(raw: unknown, ctx: NormalizeContext): KiosqueEvent | null {
  const e = rec(raw);
  if (!e) return null;
  const uuid = str(e['uuid']);
  const title = text(e['title']);
  const beginsOn = isoDate(e['beginsOn']);
  if (!uuid || !title || !beginsOn) return null;
  const options = rec(e['options']) ?? {};
  const address = addressOf(e['physicalAddress']);
  const maximumRaw = num(options['maximumAttendeeCapacity']);
  const maximum = maximumRaw !== null && maximumRaw > 0 ? maximumRaw : null;
  const participants = num(rec(e['participantStats'])?.['participant']);
  const remaining =
    maximum !== null && participants !== null ? Math.max(0, maximum - participants) : null;
  const categoryId = str(e['category']);
  const description = text(e['description']);
  const tags = Array.isArray(e['tags'])
    ? e['tags'].map((t) => text(rec(t)?.['title'])).filter((t): t is string => t !== null)
    : [];
  return {
    id: id(e['id']) ?? '',
    uuid,
    url: str(e['url']),
    instanceUrl: `${ctx.instance}/events/${encodeURIComponent(uuid)}`,
    title,
    description,
    excerpt: excerptOf(description),
    beginsOn,
    endsOn: isoDate(e['endsOn']),
    timezone: text(options['timezone']) ?? address?.timezone ?? null,
    showStartTime: bool(options['showStartTime']) ?? true,
    showEndTime: bool(options['showEndTime']) ?? true,
    status: statusOf(e['status']),
    isOnline: bool(options['isOnline']) ?? false,
    onlineUrl: str(e['onlineAddress']),
    address,
    picture: pictureOf(e['picture']),
    tags,
    category: categoryId
      ? { id: categoryId, label: text(ctx.categories.find((c) => c.id === categoryId)?.label) }
      : null,
    language: text(e['language']),
    organizer: organizerOf(e['attributedTo'], true) ?? organizerOf(e['organizerActor'], false),
    capacity: {
      maximum,
      participants,
      remaining,
      hideCount: bool(options['hideNumberOfParticipants']) ?? false,
    },
    joinMode: joinModeOf(e['joinOptions']),
    externalUrl: str(e['externalParticipationUrl']),
    anonymousParticipation: bool(options['anonymousParticipation']) ?? false,
    local: bool(e['local']) ?? false,
    accessibility: accessibilityOf(e['metadata']),
    instance: ctx.instance,
  };
}

export interface RawList {
  elements: unknown[];
  total: number | null;
}

/** `{ total, elements }` (PaginatedEventList / Events); null when the shape is wrong. */
export function rawList(v: unknown): RawList | null {
  const r = rec(v);
  if (!r || !Array.isArray(r['elements'])) return null;
  return { elements: r['elements'], total: num(r['total']) };
}

export function normalizeEvents(elements: unknown[], ctx: NormalizeContext): KiosqueEvent[] {
  const out: KiosqueEvent[] = [];
  for (const raw of elements) {
    const event = normalizeEvent(raw, ctx);
    if (event) out.push(event);
  }
  return out;
}

const ROUTING = ['OPENSTREETMAP', 'GOOGLE_MAPS'] as const;

/** Merges the base config and the version-dependent extras into InstanceInfo. */
export function normalizeInstanceInfo(
  instance: string,
  base: unknown,
  extras: unknown,
): InstanceInfo | null {
  const c = rec(base);
  if (!c) return null;
  const x = rec(extras) ?? {};
  const anonymous = rec(c['anonymous']);
  const participation = rec(anonymous?.['participation']);
  const email = rec(rec(participation?.['validation'])?.['email']);
  const tiles = rec(rec(c['maps'])?.['tiles']);
  const tilesEndpoint = str(tiles?.['endpoint']);
  const routing = rec(rec(x['maps'])?.['routing'])?.['type'];
  const categories: EventCategoryOption[] = [];
  if (Array.isArray(x['eventCategories'])) {
    for (const item of x['eventCategories']) {
      const cat = rec(item);
      const catId = str(cat?.['id']);
      if (catId) categories.push({ id: catId, label: str(cat?.['label']) ?? catId });
    }
  }
  return {
    instance,
    name: str(c['name']) ?? new URL(instance).host,
    description: str(c['description']),
    version: str(c['version']) ?? '',
    anonymousParticipation: {
      allowed: bool(participation?.['allowed']) ?? false,
      emailValidation: bool(email?.['enabled']) ?? false,
      actorId: id(anonymous?.['actorId']),
    },
    maps: {
      tiles: tilesEndpoint
        ? { endpoint: tilesEndpoint, attribution: str(tiles?.['attribution']) }
        : null,
      routing: ROUTING.find((r) => r === routing) ?? null,
    },
    categories,
    instanceFeeds: bool(rec(x['instanceFeeds'])?.['enabled']) ?? false,
    globalSearchDefault: bool(rec(rec(x['search'])?.['global'])?.['isDefault']) ?? false,
  };
}
