/**
 * The rules every renderer of an event follows: where its link goes, whether it is online,
 * its address, whether it is past or full, its badges, and its calendar days where the
 * organizer hid the times. One rule each, used by the elements, the build-time hosts and the writers of this
 * package.
 */
import type { EventAddress, KiosqueEvent } from './model.js';
import { safeUrl } from './url.js';
import { dateFormat, validZone } from './intl.js';

/**
 * Where a title links to: the event's page on the instance the events come from (where a
 * visitor can join), else its canonical page on its home instance. Null when neither is a
 * safe http(s) URL.
 */
export function eventLink(event: Pick<KiosqueEvent, 'instanceUrl' | 'url'>): string | null {
  return safeUrl(event.instanceUrl) ?? safeUrl(event.url);
}

/**
 * The event's canonical page (its home instance), else its page on this instance: what a
 * share or a follow from another instance points at.
 */
export function canonicalLink(event: Pick<KiosqueEvent, 'instanceUrl' | 'url'>): string | null {
  return safeUrl(event.url) ?? safeUrl(event.instanceUrl);
}

/** The event takes place online: marked so, or it has an online address and no postal one. */
export function isOnlineEvent(
  event: Pick<KiosqueEvent, 'isOnline' | 'onlineUrl' | 'address'>,
): boolean {
  return event.isOnline || (event.address === null && Boolean(event.onlineUrl?.trim()));
}

/**
 * The lines of a postal address, most specific first: venue, street, "postal code locality",
 * region (unless it repeats the locality), country; each trimmed, without empty or repeated
 * lines.
 */
export function addressLines(address: EventAddress | null): string[] {
  if (!address) return [];
  const locality = [address.postalCode, address.locality]
    .map((part) => part?.trim() ?? '')
    .filter(Boolean)
    .join(' ');
  const region = address.region === address.locality ? null : address.region;
  const lines = [address.venue, address.street, locality, region, address.country]
    .map((line) => line?.trim() ?? '')
    .filter((line) => line !== '');
  return lines.filter((line, index) => lines.indexOf(line) === index);
}

/** The event has ended (or, without an end, started) before `now` (epoch ms). */
export function isPast(
  event: Pick<KiosqueEvent, 'beginsOn' | 'endsOn'>,
  now = Date.now(),
): boolean {
  const end = Date.parse(event.endsOn ?? event.beginsOn);
  return Number.isFinite(end) && end < now;
}

/** The event has a maximum and no place left. */
export function isFull(event: Pick<KiosqueEvent, 'capacity'>): boolean {
  return event.capacity.maximum !== null && event.capacity.remaining === 0;
}

/** A badge of an event, beside its title in a list, a calendar or a map. */
export interface EventBadge {
  kind: 'cancelled' | 'tentative' | 'full' | 'places-left' | 'external' | 'online';
  /** The places left (`places-left` only). */
  remaining?: number;
}

/**
 * The badges of an event, in this order: cancelled or tentative; full, or the places left when
 * few are (at most 3, or a tenth of the maximum); registration on another site; online. A
 * cancelled event has no capacity or registration badge: nobody can join it any more.
 */
export function eventBadges(
  event: Pick<KiosqueEvent, 'status' | 'capacity' | 'joinMode' | 'isOnline'>,
): EventBadge[] {
  const badges: EventBadge[] = [];
  if (event.status === 'CANCELLED') badges.push({ kind: 'cancelled' });
  else {
    if (event.status === 'TENTATIVE') badges.push({ kind: 'tentative' });
    const { remaining, maximum } = event.capacity;
    if (isFull(event)) badges.push({ kind: 'full' });
    else if (remaining !== null && maximum !== null && remaining <= Math.max(3, maximum * 0.1)) {
      badges.push({ kind: 'places-left', remaining });
    }
    if (event.joinMode === 'external') badges.push({ kind: 'external' });
  }
  if (event.isOnline) badges.push({ kind: 'online' });
  return badges;
}

/** The calendar day of an instant in a zone (UTC when the zone is unknown), as YYYY-MM-DD. */
export function dayIn(iso: string, zone: string | null | undefined): string {
  const parts = dateFormat('en-CA', {
    timeZone: validZone(zone) ?? 'UTC',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(iso));
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** An instant in UTC without milliseconds when they are zero: `2026-05-01T08:00:00Z`. */
export function utcInstant(iso: string): string {
  return new Date(iso).toISOString().replace(/\.000Z$/, 'Z');
}

/**
 * The days of an event whose organizer hid the times (`showStartTime` false), in its own
 * zone: the first day and the last one (the same day for an event without an end). Null when
 * the times are shown.
 */
export function hiddenTimeDays(
  event: Pick<KiosqueEvent, 'beginsOn' | 'endsOn' | 'timezone' | 'showStartTime'>,
): { first: string; last: string } | null {
  if (event.showStartTime) return null;
  const first = dayIn(event.beginsOn, event.timezone);
  const last = event.endsOn ? dayIn(event.endsOn, event.timezone) : first;
  return { first, last: last < first ? first : last };
}
