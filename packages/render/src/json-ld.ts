/**
 * The schema.org `Event` JSON-LD of an event, for search engines: written by every host's
 * no-JS fallback and by the elements into the light DOM. Typed with `schema-dts`.
 *
 * - Instants are UTC (`2026-05-01T08:00:00Z`); an event whose organizer hid the times has
 *   dates only (`2026-05-01`), its days in its own zone.
 * - `location` is always there, as Google's Event rules require: the `Place` of a postal
 *   address, the `VirtualLocation` of an online address, both for a hybrid event; an event
 *   that is online without a known address gets a `VirtualLocation` at its page, where the
 *   organizer's link is given to participants.
 * - Empty values and empty objects are left out; every URL is a safe absolute http(s) URL.
 */
import type { Event, Place, VirtualLocation, WithContext } from 'schema-dts';
import { eventLink, hiddenTimeDays, isOnlineEvent, utcInstant } from './event.js';
import { placeLabel, type KiosqueEvent } from './model.js';
import { safeUrl } from './url.js';

export type EventJsonLd = WithContext<Event>;

/** JSON that can sit inside a `<script>` element: nothing in it can close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function place(event: KiosqueEvent): Place | null {
  const address = event.address;
  if (!address) return null;
  const point = address.coordinates;
  return prune({
    '@type': 'Place',
    name: address.venue ?? placeLabel(event) ?? undefined,
    address: {
      '@type': 'PostalAddress',
      streetAddress: address.street ?? undefined,
      addressLocality: address.locality ?? undefined,
      postalCode: address.postalCode ?? undefined,
      addressRegion: address.region ?? undefined,
      addressCountry: address.country ?? undefined,
    },
    geo:
      point && Number.isFinite(point.lat) && Number.isFinite(point.lon)
        ? { '@type': 'GeoCoordinates', latitude: point.lat, longitude: point.lon }
        : undefined,
  } satisfies Place);
}

/** One schema.org Event object for an event. */
export function eventJsonLd(event: KiosqueEvent): EventJsonLd {
  const url = eventLink(event);
  const onlineUrl = safeUrl(event.onlineUrl);
  const where = place(event);
  const online = isOnlineEvent(event);
  const virtualUrl = onlineUrl ?? (online && !where ? url : null);
  const virtual: VirtualLocation | null = virtualUrl
    ? { '@type': 'VirtualLocation', url: virtualUrl }
    : null;
  const mode = where && virtual ? 'Mixed' : virtual || (online && !where) ? 'Online' : 'Offline';
  const days = hiddenTimeDays(event);
  const organizerUrl = safeUrl(event.organizer?.url);
  const capacity = event.capacity;
  return prune({
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    startDate: days ? days.first : utcInstant(event.beginsOn),
    endDate: event.endsOn ? (days ? days.last : utcInstant(event.endsOn)) : undefined,
    eventStatus:
      event.status === 'CANCELLED'
        ? 'https://schema.org/EventCancelled'
        : 'https://schema.org/EventScheduled',
    eventAttendanceMode: `https://schema.org/${mode}EventAttendanceMode`,
    location: where && virtual ? [where, virtual] : (where ?? virtual ?? undefined),
    image: safeUrl(event.picture?.url) ?? undefined,
    description: event.excerpt ?? undefined,
    url: url ?? undefined,
    inLanguage: event.language && event.language !== 'und' ? event.language : undefined,
    organizer: event.organizer
      ? {
          '@type': event.organizer.isGroup ? 'Organization' : 'Person',
          name: event.organizer.name ?? event.organizer.handle,
          url: organizerUrl ?? undefined,
        }
      : undefined,
    maximumAttendeeCapacity:
      !capacity.hideCount && capacity.maximum !== null ? capacity.maximum : undefined,
    remainingAttendeeCapacity:
      !capacity.hideCount && capacity.remaining !== null ? capacity.remaining : undefined,
  } satisfies EventJsonLd);
}

/** Leaves out undefined and null values, and objects left with nothing but their `@type`. */
function prune<T>(value: T): T {
  if (Array.isArray(value)) return value.map(prune) as T;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([k, v]) => [k, prune(v)] as const)
      .filter(([, v]) => !isEmptyObject(v));
    return Object.fromEntries(entries) as T;
  }
  return value;
}

function isEmptyObject(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).every((key) => key === '@type')
  );
}
