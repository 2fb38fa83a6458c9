/**
 * The normalized event model: the one shape that elements and hosts consume.
 * Every field that a Mobilizon version or a partial response may lack is `null`,
 * never `undefined` and never a crash.
 */
export const EVENT_STATUSES = ['CONFIRMED', 'TENTATIVE', 'CANCELLED'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const JOIN_MODES = ['free', 'restricted', 'invite', 'external'] as const;
export type JoinMode = (typeof JOIN_MODES)[number];

export interface EventAddress {
  /** Venue name (Mobilizon's `physicalAddress.description`). */
  venue: string | null;
  street: string | null;
  locality: string | null;
  postalCode: string | null;
  region: string | null;
  country: string | null;
  /** Parsed from `geom` ("lon;lat", longitude first). */
  coordinates: { lat: number; lon: number } | null;
  timezone: string | null;
}

export interface EventPicture {
  url: string;
  alt: string | null;
  width: number | null;
  height: number | null;
  blurhash: string | null;
}

export interface EventOrganizer {
  name: string | null;
  /** `name` for a local actor, `name@domain` for a remote one. */
  handle: string;
  url: string | null;
  avatarUrl: string | null;
  /** True when this is a group (`attributedTo`), false for a person. */
  isGroup: boolean;
}

export interface EventCapacity {
  /** null means unlimited. */
  maximum: number | null;
  /** Participants with role PARTICIPANT (what anonymous requests can see). */
  participants: number | null;
  /** maximum - participants, never below 0; null when unlimited or unknown. */
  remaining: number | null;
  /** The organizer asked to hide the participant count. */
  hideCount: boolean;
}

export interface EventAccessibility {
  wheelchair: 'fully' | 'partially' | 'no' | null;
  liveSubtitles: boolean | null;
  signLanguage: boolean | null;
  smokeFree: boolean | null;
}

export interface KiosqueEvent {
  /** Numeric id as a string (what joinEvent takes). */
  id: string;
  uuid: string;
  /** Canonical URL on the origin instance. */
  url: string | null;
  /** The event page on the instance it was fetched from: `<instance>/events/<uuid>`. */
  instanceUrl: string;
  title: string;
  /** Raw HTML from the instance: sanitize before rendering. */
  description: string | null;
  /** Plain-text excerpt of the description, whitespace collapsed, at most 280 characters. */
  excerpt: string | null;
  /** ISO-8601 instant (UTC). */
  beginsOn: string;
  endsOn: string | null;
  /** IANA time zone of the event, or null (then show in the visitor's zone). */
  timezone: string | null;
  showStartTime: boolean;
  showEndTime: boolean;
  status: EventStatus;
  isOnline: boolean;
  onlineUrl: string | null;
  address: EventAddress | null;
  picture: EventPicture | null;
  tags: string[];
  category: { id: string; label: string | null } | null;
  language: string | null;
  organizer: EventOrganizer | null;
  capacity: EventCapacity;
  joinMode: JoinMode;
  externalUrl: string | null;
  anonymousParticipation: boolean;
  /** The event lives on the instance it was fetched from. */
  local: boolean;
  accessibility: EventAccessibility;
  /** Base URL of the instance the event came from. */
  instance: string;
}

export interface EventCategoryOption {
  id: string;
  label: string;
}

export interface InstanceInfo {
  instance: string;
  name: string;
  description: string | null;
  /** As reported by `config.version`, e.g. "5.1.3". */
  version: string;
  anonymousParticipation: {
    allowed: boolean;
    emailValidation: boolean;
    actorId: string | null;
  };
  maps: {
    tiles: { endpoint: string; attribution: string | null } | null;
    routing: 'OPENSTREETMAP' | 'GOOGLE_MAPS' | null;
  };
  categories: EventCategoryOption[];
  instanceFeeds: boolean;
  /** Global search is the instance default: searchEvents may return remote results. */
  globalSearchDefault: boolean;
}

export const PARTICIPANT_ROLES = [
  'NOT_CONFIRMED',
  'NOT_APPROVED',
  'PARTICIPANT',
  'REJECTED',
  'MODERATOR',
  'ADMINISTRATOR',
  'CREATOR',
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export interface Participation {
  id: string | null;
  role: ParticipantRole;
  cancellationToken: string | null;
}

/** Whether `value` is an event UUID, as in an event's address: `/events/<uuid>` (any case). */
export function isEventUuid(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value.trim())
  );
}

/** "venue, locality" of an event (each once), or null when it has neither. */
export function placeLabel(event: KiosqueEvent): string | null {
  const parts = [event.address?.venue, event.address?.locality].filter(
    (part): part is string => typeof part === 'string' && part.trim() !== '',
  );
  return parts.length ? [...new Set(parts)].join(', ') : null;
}
