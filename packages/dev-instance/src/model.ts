/** Internal records held by one dev instance. URLs starting with "/" are relative to the instance. */
import type {
  EventJoinOptions,
  EventStatus,
  EventVisibility,
  SeedAddressInput,
  SeedEventInput,
  SeedPictureInput,
} from './types.js';
import { blurhashForColor, colorForKey } from './media.js';
import { hashString } from './random.js';
import { DAY_MS } from './time.js';

export interface MediaRecord {
  id: string;
  url: string;
  alt: string | null;
  name: string;
  contentType: string;
  size: number;
  metadata: { width: number | null; height: number | null; blurhash: string | null };
}

export interface AddressRecord {
  id: string;
  description: string | null;
  street: string | null;
  locality: string | null;
  postalCode: string | null;
  region: string | null;
  country: string | null;
  geom: { lon: number; lat: number } | null;
  timezone: string | null;
  type: string | null;
  url: string | null;
  originId: string | null;
}

export interface ActorRecord {
  kind: 'Group' | 'Person';
  id: string;
  preferredUsername: string;
  name: string | null;
  /** null for local actors. */
  domain: string | null;
  summary: string | null;
  avatar: MediaRecord | null;
  banner: MediaRecord | null;
  url: string;
  physicalAddress: AddressRecord | null;
  membersCount: number;
  followersCount: number;
}

export interface EventRecord {
  id: string;
  uuid: string;
  title: string;
  slug: string;
  description: string | null;
  beginsOn: Date;
  endsOn: Date | null;
  status: EventStatus;
  joinOptions: EventJoinOptions;
  visibility: EventVisibility;
  draft: boolean;
  local: boolean;
  url: string;
  groupHandle: string | null;
  organizerId: string;
  address: AddressRecord | null;
  picture: MediaRecord | null;
  tags: { id: string; title: string; slug: string }[];
  category: string;
  language: string;
  onlineAddress: string | null;
  phoneAddress: string | null;
  externalParticipationUrl: string | null;
  options: {
    maximumAttendeeCapacity: number | null;
    anonymousParticipation: boolean;
    showStartTime: boolean;
    showEndTime: boolean;
    hideNumberOfParticipants: boolean;
    isOnline: boolean;
    showRemainingAttendeeCapacity: boolean;
    program: string | null;
    timezone: string | null;
  };
  metadata: {
    key: string;
    value: string;
    type: 'STRING' | 'BOOLEAN' | 'INTEGER';
    title: string | null;
  }[];
  seedParticipants: number;
  emailConfirmationRequired: boolean;
  insertedAt: Date;
  updatedAt: Date;
}

export const REMOTE_DOMAIN = 'other.example';

export function slugify(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'event'
  );
}

export function toDate(value: string | Date): Date {
  const d = value instanceof Date ? new Date(value.getTime()) : new Date(value);
  if (Number.isNaN(d.getTime())) throw new Error(`Invalid date in seed: ${String(value)}`);
  d.setUTCMilliseconds(0);
  return d;
}

export function parseGeom(geom: SeedAddressInput['geom']): { lon: number; lat: number } | null {
  if (!geom) return null;
  if (typeof geom !== 'string') return { lon: geom.lon, lat: geom.lat };
  const [lon, lat] = geom.split(';').map(Number);
  if (lon === undefined || lat === undefined || Number.isNaN(lon) || Number.isNaN(lat)) return null;
  return { lon, lat };
}

export function makeAddress(id: string, input: SeedAddressInput): AddressRecord {
  return {
    id,
    description: input.description ?? null,
    street: input.street ?? null,
    locality: input.locality ?? null,
    postalCode: input.postalCode ?? null,
    region: input.region ?? null,
    country: input.country ?? null,
    geom: parseGeom(input.geom),
    timezone: input.timezone ?? null,
    type: 'house',
    url: null,
    originId: null,
  };
}

export function makePicture(id: string, input: string | SeedPictureInput): MediaRecord {
  const p: SeedPictureInput = typeof input === 'string' ? { url: input } : input;
  const name = p.url.split('/').pop() || 'picture';
  const isSvg = name.endsWith('.svg');
  return {
    id,
    url: p.url,
    alt: p.alt ?? null,
    name,
    contentType: p.contentType ?? (isSvg ? 'image/svg+xml' : 'image/png'),
    size: 2048 + (hashString(name) % 40000),
    metadata: {
      width: p.width ?? 1200,
      height: p.height ?? 675,
      blurhash: p.blurhash ?? blurhashForColor(colorForKey(name)),
    },
  };
}

export interface NormalizeContext {
  nextEventId(): string;
  nextObjectId(): string;
  groups: Map<string, ActorRecord>;
  defaultGroup: string;
  uuidFor(input: SeedEventInput, index: number): string;
  index: number;
}

/** Turns a seed input into a full record, filling every default. */
export function normalizeEvent(input: SeedEventInput, ctx: NormalizeContext): EventRecord {
  const groupHandle = input.group === null ? null : (input.group ?? ctx.defaultGroup);
  const group = groupHandle ? ctx.groups.get(groupHandle) : undefined;
  if (groupHandle && !group)
    throw new Error(`Unknown group in seed event "${input.title}": ${groupHandle}`);
  const local = group ? group.domain === null : true;
  const uuid = input.uuid ?? ctx.uuidFor(input, ctx.index);
  const beginsOn = toDate(input.beginsOn);
  const endsOn =
    input.endsOn === undefined
      ? new Date(beginsOn.getTime() + 2 * 3600_000)
      : input.endsOn
        ? toDate(input.endsOn)
        : null;
  const timezone = input.timezone === undefined ? 'Europe/Paris' : input.timezone;
  const isOnline = input.options?.isOnline ?? (!input.address && !!input.onlineAddress);
  const insertedAt = input.insertedAt
    ? toDate(input.insertedAt)
    : new Date(beginsOn.getTime() - 20 * DAY_MS);
  return {
    id: input.id !== undefined ? String(input.id) : ctx.nextEventId(),
    uuid,
    title: input.title,
    slug: slugify(input.title),
    description: input.description ?? null,
    beginsOn,
    endsOn: endsOn ?? null,
    status: input.status ?? 'CONFIRMED',
    joinOptions: input.joinOptions ?? 'FREE',
    visibility: input.visibility ?? 'PUBLIC',
    draft: input.draft ?? false,
    local,
    url: local ? `/events/${uuid}` : `https://${group!.domain}/events/${uuid}`,
    groupHandle,
    organizerId: group ? group.id : '1',
    address: input.address ? makeAddress(ctx.nextObjectId(), input.address) : null,
    picture: input.picture ? makePicture(ctx.nextObjectId(), input.picture) : null,
    tags: (input.tags ?? []).map((title) => ({
      id: String(1000 + (hashString(title) % 9000)),
      title,
      slug: slugify(title),
    })),
    category: input.category ?? 'MEETING',
    language: input.language ?? 'fr',
    onlineAddress: input.onlineAddress ?? null,
    phoneAddress: input.phoneAddress ?? null,
    externalParticipationUrl: input.externalParticipationUrl ?? null,
    options: {
      maximumAttendeeCapacity: input.options?.maximumAttendeeCapacity ?? null,
      anonymousParticipation: input.options?.anonymousParticipation ?? false,
      showStartTime: input.options?.showStartTime ?? true,
      showEndTime: input.options?.showEndTime ?? true,
      hideNumberOfParticipants: input.options?.hideNumberOfParticipants ?? false,
      isOnline,
      showRemainingAttendeeCapacity: input.options?.showRemainingAttendeeCapacity ?? false,
      program: input.options?.program ?? null,
      timezone,
    },
    metadata: (input.metadata ?? []).map((m) => ({
      key: m.key,
      value: m.value,
      type: m.type ?? 'STRING',
      title: m.title ?? null,
    })),
    seedParticipants: input.participants ?? 0,
    emailConfirmationRequired: input.emailConfirmationRequired ?? true,
    insertedAt,
    updatedAt: input.updatedAt ? toDate(input.updatedAt) : insertedAt,
  };
}
