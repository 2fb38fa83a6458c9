/** Resolvers shared by every emulated version; they adapt to the version where Mobilizon did. */
import ngeohash from 'ngeohash';
import type { GraphQLSchema } from 'graphql';
import { GraphQLEnumType, GraphQLError, Kind, type ValueNode } from 'graphql';
import type { ActorRecord, AddressRecord, EventRecord, MediaRecord } from './model.js';
import type { ParticipationRecord, Store } from './store.js';
import { CATEGORIES, type Locale } from './i18n.js';
import { codedError, plainError } from './errors.js';
import { DAY_MS, formatDateTime, isValidTimeZone } from './time.js';
import { SEED } from './seed.js';
import type { MobilizonVersion } from './types.js';
import { translate } from './i18n.js';
import { sendMail } from './mailbox.js';

export interface InstanceConfig {
  name: string;
  description: string;
  version: MobilizonVersion;
  /** `config.anonymous.participation`: allowed, and validation by email. */
  anonymous: { allowed: boolean; emailValidation: boolean };
}

export interface RequestContext {
  store: Store;
  config: InstanceConfig;
  baseUrl: string;
  locale: Locale;
  now: Date;
  schema: GraphQLSchema;
}

type Args = Record<string, unknown>;

const DURATION_OF_LONG_EVENT_DAYS = 30;
const EVENT_MAX_LIMIT = 100;

export function absolute(url: string | null, baseUrl: string): string | null {
  if (url === null) return null;
  if (url.startsWith('/')) return baseUrl + url;
  return url.replaceAll('{{base}}', baseUrl);
}

function atLeast(version: MobilizonVersion, minimum: '2.0' | '3.0' | '3.2' | '5.1'): boolean {
  const major = Number(version.split('.')[0]);
  const minor = Number(version.split('.')[1]);
  const [mMajor, mMinor] = minimum.split('.').map(Number) as [number, number];
  return major > mMajor || (major === mMajor && minor >= mMinor);
}

function isLongEvent(e: EventRecord): boolean {
  return (
    !!e.endsOn && e.endsOn.getTime() - e.beginsOn.getTime() > DURATION_OF_LONG_EVENT_DAYS * DAY_MS
  );
}

function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

function nearFilter(location: unknown, radius: unknown): ((e: EventRecord) => boolean) | null {
  if (typeof location !== 'string' || location === '' || typeof radius !== 'number') return null;
  const center = ngeohash.decode(location);
  const point = { lat: center.latitude, lon: center.longitude };
  return (e) => !!e.address?.geom && distanceKm(point, e.address.geom) <= radius;
}

function bboxFilter(bbox: unknown): ((e: EventRecord) => boolean) | null {
  if (typeof bbox !== 'string' || !bbox.includes(':')) return null;
  const [nw = '', se = ''] = bbox.split(':');
  const [top, left] = nw.split(',').map((x) => Number(x.trim()));
  const [bottom, right] = se.split(',').map((x) => Number(x.trim()));
  if ([top, left, bottom, right].some((x) => x === undefined || Number.isNaN(x))) return null;
  return (e) => {
    const g = e.address?.geom;
    return !!g && g.lat <= top! && g.lat >= bottom! && g.lon >= left! && g.lon <= right!;
  };
}

function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function stripHtml(html: string | null): string {
  return (html ?? '').replace(/<[^>]*>/g, ' ');
}

function paginate<T>(items: T[], args: Args): { elements: T[]; total: number } {
  const page = Math.max(1, (args['page'] as number | null) ?? 1);
  const limit = Math.max(0, (args['limit'] as number | null) ?? 10);
  return { elements: items.slice((page - 1) * limit, page * limit), total: items.length };
}

type Comparator = (a: EventRecord, b: EventRecord) => number;
const byBegins: Comparator = (a, b) =>
  a.beginsOn.getTime() - b.beginsOn.getTime() || Number(a.id) - Number(b.id);
const byInserted: Comparator = (a, b) =>
  a.insertedAt.getTime() - b.insertedAt.getTime() || Number(a.id) - Number(b.id);
const byUpdated: Comparator = (a, b) =>
  a.updatedAt.getTime() - b.updatedAt.getTime() || Number(a.id) - Number(b.id);

function orderEvents(events: EventRecord[], orderBy: unknown, direction: unknown): EventRecord[] {
  const cmp =
    orderBy === 'INSERTED_AT' ? byInserted : orderBy === 'UPDATED_AT' ? byUpdated : byBegins;
  const sorted = [...events].sort(cmp);
  return direction === 'DESC' ? sorted.reverse() : sorted;
}

function listable(e: EventRecord): boolean {
  return e.visibility === 'PUBLIC' && !e.draft;
}

function parseDateArg(value: unknown): Date | null {
  return value instanceof Date ? value : null;
}

function listEvents(_: unknown, args: Args, ctx: RequestContext) {
  const limit = (args['limit'] as number | null) ?? 10;
  if (limit >= EVENT_MAX_LIMIT) throw codedError('events_max_limit_reached', ctx.locale);
  const now = ctx.now.getTime();
  const modernFuture = atLeast(ctx.config.version, '3.2');
  const near = nearFilter(args['location'], args['radius']);
  const longEvents = args['longEvents'] as boolean | null | undefined;
  const events = ctx.store.events.filter(
    (e) =>
      listable(e) &&
      e.status !== 'CANCELLED' &&
      (modernFuture ? (e.endsOn ?? e.beginsOn).getTime() > now : e.beginsOn.getTime() > now) &&
      (!near || near(e)) &&
      (longEvents === true ? isLongEvent(e) : longEvents === false ? !isLongEvent(e) : true),
  );
  return paginate(orderEvents(events, args['orderBy'], args['direction']), args);
}

function searchEvents(_: unknown, args: Args, ctx: RequestContext) {
  const version = ctx.config.version;
  const modern = atLeast(version, '3.0');
  let beginsOn: Date | null = ctx.now;
  if ('beginsOn' in args) beginsOn = parseDateArg(args['beginsOn']) ?? (modern ? null : ctx.now);
  const endsOn = parseDateArg(args['endsOn']);
  const tags =
    typeof args['tags'] === 'string' && args['tags'].trim() !== ''
      ? args['tags']
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean)
      : null;
  const term = typeof args['term'] === 'string' ? args['term'].trim() : '';
  const words = normalizeText(term).split(/\s+/).filter(Boolean);
  const radius = typeof args['radius'] === 'number' ? args['radius'] : 50;
  const near = nearFilter(args['location'], radius);
  const inBox = bboxFilter(args['bbox']);
  const statusOneOf = (args['statusOneOf'] as string[] | null | undefined) ?? null;
  const categoryOneOf = (args['categoryOneOf'] as string[] | null | undefined) ?? null;
  const languageOneOf = (args['languageOneOf'] as string[] | null | undefined) ?? null;
  const longEvents = args['longEvents'] as boolean | null | undefined;
  const matches = (e: EventRecord): boolean => {
    if (!listable(e)) return false;
    if (args['searchTarget'] === 'SELF' && !e.local) return false;
    if (beginsOn) {
      const b = beginsOn.getTime();
      if (
        modern
          ? e.endsOn
            ? e.endsOn.getTime() <= b
            : e.beginsOn.getTime() < b
          : e.beginsOn.getTime() < b
      )
        return false;
    }
    if (endsOn && (e.endsOn ?? e.beginsOn).getTime() > endsOn.getTime()) return false;
    if (tags && !e.tags.some((t) => tags.includes(t.title))) return false;
    if (
      typeof args['category'] === 'string' &&
      args['category'] !== '' &&
      e.category !== args['category']
    )
      return false;
    if (categoryOneOf && categoryOneOf.length > 0 && !categoryOneOf.includes(e.category))
      return false;
    if (statusOneOf && statusOneOf.length > 0 && !statusOneOf.includes(e.status)) return false;
    if (languageOneOf && languageOneOf.length > 0 && !languageOneOf.includes(e.language))
      return false;
    if (args['type'] === 'ONLINE' && !e.options.isOnline) return false;
    if (args['type'] === 'IN_PERSON' && e.options.isOnline) return false;
    if (near && !near(e)) return false;
    if (inBox && !inBox(e)) return false;
    if (longEvents === true && !isLongEvent(e)) return false;
    if (longEvents === false && isLongEvent(e)) return false;
    if (words.length > 0) {
      const haystack = normalizeText(
        [e.title, stripHtml(e.description), ...e.tags.map((t) => t.title)].join(' '),
      );
      if (!words.every((w) => haystack.includes(w))) return false;
    }
    return true;
  };
  const found = ctx.store.events.filter(matches);
  const sortBy = (args['sortBy'] as string | undefined) ?? (modern ? 'MATCH_DESC' : null);
  let sorted: EventRecord[];
  switch (sortBy) {
    case 'START_TIME_ASC':
      sorted = [...found].sort(byBegins);
      break;
    case 'START_TIME_DESC':
      sorted = [...found].sort(byBegins).reverse();
      break;
    case 'CREATED_AT_ASC':
      sorted = [...found].sort(byInserted);
      break;
    case 'CREATED_AT_DESC':
      sorted = [...found].sort(byInserted).reverse();
      break;
    case 'PARTICIPANT_COUNT_DESC':
      sorted = [...found].sort(
        (a, b) => ctx.store.participantCount(b) - ctx.store.participantCount(a) || byBegins(a, b),
      );
      break;
    case 'MATCH_DESC': {
      const desc = [...found].sort(byBegins).reverse();
      if (words.length === 0) {
        sorted = desc;
      } else {
        // Rank: matches in the title first, then by start, newest first.
        const inTitle = (e: EventRecord) => words.every((w) => normalizeText(e.title).includes(w));
        sorted = [...desc.filter(inTitle), ...desc.filter((e) => !inTitle(e))];
      }
      break;
    }
    default:
      sorted = [...found].sort(byBegins);
  }
  return paginate(sorted, args);
}

function findGroup(ctx: RequestContext, handle: string): ActorRecord {
  const group = ctx.store.groups.get(handle);
  if (!group) throw codedError('group_not_found', ctx.locale);
  return group;
}

function organizedEvents(group: ActorRecord, args: Args, ctx: RequestContext) {
  const after = parseDateArg(args['afterDatetime']);
  const before = parseDateArg(args['beforeDatetime']);
  const endSide = atLeast(ctx.config.version, '5.1');
  const handle = group.domain
    ? `${group.preferredUsername}@${group.domain}`
    : group.preferredUsername;
  const events = ctx.store.events.filter((e) => {
    if (e.groupHandle !== handle || !listable(e)) return false;
    if (endSide) {
      const end = (e.endsOn ?? e.beginsOn).getTime();
      if (after && end < after.getTime()) return false;
      if (before && end > before.getTime()) return false;
    } else {
      if (after && e.beginsOn.getTime() <= after.getTime()) return false;
      if (before && e.beginsOn.getTime() >= before.getTime()) return false;
    }
    return true;
  });
  return paginate(orderEvents(events, args['order'], args['orderDirection']), args);
}

function findEvent(ctx: RequestContext, uuid: string): EventRecord {
  const event = ctx.store.eventByUuid(uuid);
  if (!event || event.draft || !['PUBLIC', 'UNLISTED'].includes(event.visibility))
    throw codedError('event_not_found', ctx.locale);
  return event;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function joinEvent(_: unknown, args: Args, ctx: RequestContext) {
  const eventId = String(args['eventId']);
  const event = ctx.store.eventById(eventId);
  if (!event)
    throw plainError(ctx.locale, "Event with this ID %{id} doesn't exist", {
      id: JSON.stringify(eventId),
    });
  if (!(event.local && ctx.config.anonymous.allowed && event.options.anonymousParticipation))
    throw plainError(ctx.locale, 'Anonymous participation is not enabled');
  if (String(args['actorId']) !== SEED.anonymousActorId)
    throw plainError(ctx.locale, 'Profile ID provided is not the anonymous profile one');
  const email = typeof args['email'] === 'string' ? args['email'].trim() : '';
  // Mobilizon's {:email_required, …}: with email validation off, every anonymous join fails.
  if (!ctx.config.anonymous.emailValidation || !EMAIL.test(email))
    throw plainError(ctx.locale, 'A valid email is required by your instance');
  const timezone = typeof args['timezone'] === 'string' ? args['timezone'] : null;
  if (timezone && !isValidTimeZone(timezone))
    throw new GraphQLError(
      translate(ctx.locale, 'Timezone ID %{timezone} is invalid', { timezone }),
    );
  const store = ctx.store;
  if (
    store.participations.some(
      (p) => p.eventId === event.id && p.email.toLowerCase() === email.toLowerCase(),
    )
  )
    throw plainError(ctx.locale, 'You are already a participant of this event');
  const max = event.options.maximumAttendeeCapacity;
  if (max && store.participantCount(event) >= max)
    throw plainError(ctx.locale, 'The event has already reached its maximum capacity');
  const confirm = event.emailConfirmationRequired;
  const participation: ParticipationRecord = {
    id: store.newParticipantId(),
    eventId: event.id,
    // Quirk kept from Mobilizon: without confirmation the role is forced to PARTICIPANT,
    // even on RESTRICTED events.
    role: confirm ? 'NOT_CONFIRMED' : 'PARTICIPANT',
    email,
    message: typeof args['message'] === 'string' ? args['message'] : null,
    locale: typeof args['locale'] === 'string' ? args['locale'] : null,
    timezone,
    cancellationToken: store.token(),
    confirmationToken: confirm ? store.token() : null,
    insertedAt: ctx.now,
  };
  store.participations.push(participation);
  sendMail(
    store,
    confirm ? 'confirm-participation' : 'participation-confirmed',
    participation,
    event,
    ctx.baseUrl,
    ctx.now,
  );
  return participantView(participation, ctx);
}

function leaveEvent(_: unknown, args: Args, ctx: RequestContext) {
  const token = args['token'];
  if (typeof token !== 'string')
    throw plainError(ctx.locale, 'You need to be logged-in to leave an event');
  if (String(args['actorId']) !== SEED.anonymousActorId)
    throw plainError(ctx.locale, 'The anonymous actor ID is invalid');
  const eventId = String(args['eventId']);
  const event = ctx.store.eventById(eventId);
  if (!event)
    throw plainError(ctx.locale, "Event with this ID %{id} doesn't exist", {
      id: JSON.stringify(eventId),
    });
  const removed = cancelParticipation(ctx, event, token);
  return { id: removed.id, event, actor: ctx.store.persons.get(SEED.anonymousActorId) };
}

/**
 * Removes the anonymous participation with this cancellation token: what `leaveEvent` and the
 * e-mailed cancellation link both do. Throws Mobilizon's "Participant not found".
 */
export function cancelParticipation(
  ctx: RequestContext,
  event: EventRecord,
  token: string,
): ParticipationRecord {
  const list = ctx.store.participations;
  const index = list.findIndex((p) => p.eventId === event.id && p.cancellationToken === token);
  if (index < 0) throw plainError(ctx.locale, 'Participant not found');
  return list.splice(index, 1)[0]!;
}

function confirmParticipation(_: unknown, args: Args, ctx: RequestContext) {
  return participantView(confirmWithToken(ctx, String(args['confirmationToken'])), ctx);
}

/**
 * Confirms the participation behind an e-mailed token, with Mobilizon's rules and messages:
 * what `confirmParticipation` and the confirmation link both do.
 */
export function confirmWithToken(ctx: RequestContext, token: string): ParticipationRecord {
  const participation = ctx.store.participations.find((p) => p.confirmationToken === token);
  if (!participation) throw plainError(ctx.locale, 'This token is invalid');
  if (participation.role === 'PARTICIPANT')
    throw plainError(ctx.locale, 'Participation is already confirmed');
  if (participation.role === 'NOT_APPROVED')
    throw plainError(ctx.locale, 'Participation is confirmed but not approved yet by an organizer');
  const event = ctx.store.eventById(participation.eventId)!;
  if (event.joinOptions === 'FREE') {
    const max = event.options.maximumAttendeeCapacity;
    if (max && ctx.store.participantCount(event) >= max)
      throw plainError(ctx.locale, 'The event has already reached its maximum capacity');
    participation.role = 'PARTICIPANT';
  } else {
    participation.role = 'NOT_APPROVED';
  }
  sendMail(
    ctx.store,
    participation.role === 'PARTICIPANT'
      ? 'participation-confirmed'
      : 'participation-pending-approval',
    participation,
    event,
    ctx.baseUrl,
    ctx.now,
  );
  return participation;
}

function participantView(p: ParticipationRecord, ctx: RequestContext) {
  return {
    id: p.id,
    role: p.role,
    insertedAt: p.insertedAt,
    metadata: { cancellationToken: p.cancellationToken, message: p.message, locale: p.locale },
    actor: ctx.store.persons.get(SEED.anonymousActorId),
    event: ctx.store.eventById(p.eventId),
  };
}

function configView(ctx: RequestContext) {
  const tiles = `${ctx.baseUrl}/tiles/{z}/{x}/{y}.png`;
  return {
    name: ctx.config.name,
    description: ctx.config.description,
    slogan: null,
    version: ctx.config.version,
    languages: ['en', 'fr'],
    durationOfLongEvent: DURATION_OF_LONG_EVENT_DAYS,
    longEvents: false,
    timezones: Intl.supportedValuesOf('timeZone'),
    anonymous: {
      actorId: SEED.anonymousActorId,
      participation: {
        allowed: ctx.config.anonymous.allowed,
        validation: {
          // confirmationRequired as Mobilizon reports it (mirrors the event-creation settings).
          email: { enabled: ctx.config.anonymous.emailValidation, confirmationRequired: true },
          captcha: { enabled: false },
        },
      },
    },
    maps: {
      tiles: { endpoint: tiles, attribution: 'Kiosque dev instance tiles (not a real map)' },
      routing: { type: 'OPENSTREETMAP' },
    },
    eventCategories: CATEGORIES.map((c) => ({
      id: c.id,
      label: ctx.locale === 'fr' ? c.fr : c.en,
    })),
    instanceFeeds: { enabled: true },
    search: { global: { isEnabled: false, isDefault: false } },
    features: { groups: true, eventCreation: true, eventExternal: true, antispam: false },
  };
}

function enumValues(ctx: RequestContext, typeName: string): Set<string> | null {
  const type = ctx.schema.getType(typeName);
  return type instanceof GraphQLEnumType ? new Set(type.getValues().map((v) => v.name)) : null;
}

function mediaView(media: MediaRecord | null, ctx: RequestContext) {
  return media && { ...media, url: absolute(media.url, ctx.baseUrl) };
}

export function actorView(actor: ActorRecord | null | undefined, ctx: RequestContext) {
  if (!actor) return null;
  return {
    ...actor,
    url: absolute(actor.url, ctx.baseUrl),
    avatar: mediaView(actor.avatar, ctx),
    banner: mediaView(actor.banner, ctx),
    type: actor.kind === 'Group' ? 'GROUP' : 'PERSON',
    local: actor.domain === null,
    followingCount: 0,
    manuallyApprovesFollowers: false,
    mediaSize: 0,
    suspended: false,
    visibility: 'PUBLIC',
    openness: 'INVITE_ONLY',
  };
}

function addressView(address: AddressRecord | null) {
  return address;
}

type Resolver = (source: never, args: Args, ctx: RequestContext) => unknown;

export const resolvers: Record<string, Record<string, Resolver>> = {
  RootQueryType: {
    config: (_s, _a, ctx) => configView(ctx),
    events: (_s, args, ctx) => listEvents(null, args, ctx),
    searchEvents: (_s, args, ctx) => searchEvents(null, args, ctx),
    event: (_s, args, ctx) => findEvent(ctx, String(args['uuid'])),
    group: (_s, args, ctx) => actorView(findGroup(ctx, String(args['preferredUsername'])), ctx),
  },
  RootMutationType: {
    joinEvent: (_s, args, ctx) => joinEvent(null, args, ctx),
    leaveEvent: (_s, args, ctx) => leaveEvent(null, args, ctx),
    confirmParticipation: (_s, args, ctx) => confirmParticipation(null, args, ctx),
  },
  Group: {
    organizedEvents: (group: ActorRecord, args, ctx) => organizedEvents(group, args, ctx),
  },
  Event: {
    url: (e: EventRecord, _a, ctx) => absolute(e.url, ctx.baseUrl),
    description: (e: EventRecord, _a, ctx) => e.description && absolute(e.description, ctx.baseUrl),
    onlineAddress: (e: EventRecord, _a, ctx) => absolute(e.onlineAddress, ctx.baseUrl),
    externalParticipationUrl: (e: EventRecord, _a, ctx) =>
      absolute(e.externalParticipationUrl, ctx.baseUrl),
    picture: (e: EventRecord, _a, ctx) => mediaView(e.picture, ctx),
    media: (e: EventRecord, _a, ctx) => (e.picture ? [mediaView(e.picture, ctx)] : []),
    physicalAddress: (e: EventRecord) => addressView(e.address),
    attributedTo: (e: EventRecord, _a, ctx) => actorView(ctx.store.actorFor(e), ctx),
    // Without a token Mobilizon hides the organizer profile of group events.
    organizerActor: (e: EventRecord, _a, ctx) =>
      e.groupHandle ? null : actorView(ctx.store.persons.get(e.organizerId), ctx),
    contacts: () => [],
    relatedEvents: (e: EventRecord, _a, ctx) =>
      ctx.store.events
        .filter(
          (x) => x !== e && x.groupHandle === e.groupHandle && listable(x) && x.beginsOn > ctx.now,
        )
        .slice(0, 3),
    joinOptions: (e: EventRecord, _a, ctx) =>
      enumValues(ctx, 'EventJoinOptions')?.has(e.joinOptions) ? e.joinOptions : 'FREE',
    category: (e: EventRecord, _a, ctx) => {
      const values = enumValues(ctx, 'EventCategory');
      return !values || values.has(e.category) ? e.category : 'MEETING';
    },
    longEvent: (e: EventRecord) => isLongEvent(e),
    publishAt: (e: EventRecord) => e.insertedAt,
    participantStats: (e: EventRecord, _a, ctx) => ({
      participant: ctx.store.participantCount(e),
      going: null,
      notApproved: 0,
      notConfirmed: 0,
      rejected: 0,
      moderator: 0,
      administrator: 0,
      creator: 0,
    }),
    options: (e: EventRecord) => ({ ...e.options, remainingAttendeeCapacity: null, attendees: [] }),
  },
};

export const typeResolvers: Record<string, (value: unknown) => string> = {
  Actor: (value) => ((value as { kind?: string }).kind === 'Group' ? 'Group' : 'Person'),
  EventSearchResult: () => 'Event',
};

/** Custom scalars, serialized as Absinthe / Mobilizon do. */
function elixirFloat(n: number): string {
  return Number.isInteger(n) ? `${n}.0` : String(n);
}

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !/(Z|[+-]\d{2}:?\d{2})$/i.test(value.trim()))
    throw new TypeError('DateTime must be ISO 8601 with an offset');
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw new TypeError('Invalid DateTime');
  return d;
}

function literalString(ast: ValueNode): string {
  if (ast.kind !== Kind.STRING) throw new TypeError('Expected a string');
  return ast.value;
}

export const scalars: Record<
  string,
  {
    serialize(v: unknown): unknown;
    parseValue(v: unknown): unknown;
    parseLiteral(ast: ValueNode): unknown;
  }
> = {
  DateTime: {
    serialize: (v) => (v instanceof Date ? formatDateTime(v) : v),
    parseValue: parseDateTime,
    parseLiteral: (ast) => parseDateTime(literalString(ast)),
  },
  UUID: {
    serialize: (v) => v,
    parseValue: (v) => String(v),
    parseLiteral: (ast) => literalString(ast),
  },
  Point: {
    serialize: (v) => {
      const p = v as { lon: number; lat: number } | null;
      return p ? `${elixirFloat(p.lon)};${elixirFloat(p.lat)}` : null;
    },
    parseValue: (v) => v,
    parseLiteral: (ast) => literalString(ast),
  },
  Timezone: {
    serialize: (v) => v,
    parseValue: (v) => (v === '' ? null : String(v)),
    parseLiteral: (ast) => {
      const s = literalString(ast);
      return s === '' ? null : s;
    },
  },
};
