/**
 * Client-side filtering, used where the server cannot filter (group events, older versions).
 * Loaded with the reader of answers (`read.ts`): cached pages are already filtered.
 */
import type { KiosqueEvent } from './model.js';

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km. */
export function haversineKm(
  a: { lat: number; lon: number },
  b: { lat: number; lon: number },
): number {
  const rad = (d: number): number => (d * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Every word of the term appears in the title, excerpt, tags or venue (accents ignored). */
export function matchesTerm(event: KiosqueEvent, term: string): boolean {
  const haystack = fold(
    [
      event.title,
      event.excerpt ?? '',
      event.tags.join(' '),
      event.address?.venue ?? '',
      event.address?.locality ?? '',
    ].join(' '),
  );
  return fold(term)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/** Online when Mobilizon says so (2.0+), or, on 1.x, when there is a link and no address. */
export function isOnlineEvent(event: KiosqueEvent): boolean {
  return event.isOnline || (event.address === null && event.onlineUrl !== null);
}

export interface ClientFilter {
  from?: number | null;
  to?: number | null;
  tags?: string[];
  category?: string | null;
  type?: 'online' | 'in-person' | null;
  near?: { lat: number; lon: number } | null;
  radius?: number | null;
  search?: string | null;
  includeCancelled?: boolean;
  localOnly?: boolean;
}

/** Default radius when `near` is given without one, as Mobilizon's searchEvents does. */
export const DEFAULT_RADIUS_KM = 50;

export function matchesFilter(event: KiosqueEvent, f: ClientFilter): boolean {
  if (!f.includeCancelled && event.status === 'CANCELLED') return false;
  if (f.localOnly && !event.local) return false;
  const begins = Date.parse(event.beginsOn);
  const ends = event.endsOn ? Date.parse(event.endsOn) : begins;
  // Ongoing events count as upcoming: compare the end with `from`, the start with `to`.
  if (f.from != null && ends < f.from) return false;
  if (f.to != null && begins > f.to) return false;
  if (f.tags && f.tags.length > 0) {
    const own = new Set(event.tags.map((t) => t.toLowerCase()));
    if (!f.tags.some((t) => own.has(t.toLowerCase()))) return false;
  }
  if (f.category && event.category?.id !== f.category) return false;
  if (f.type === 'online' && !isOnlineEvent(event)) return false;
  if (f.type === 'in-person' && isOnlineEvent(event)) return false;
  if (f.near) {
    const at = event.address?.coordinates;
    if (!at || haversineKm(f.near, at) > (f.radius ?? DEFAULT_RADIUS_KM)) return false;
  }
  if (f.search && !matchesTerm(event, f.search)) return false;
  return true;
}
