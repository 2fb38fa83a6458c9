import { safeUrl, type InstanceInfo } from '@kiosque/client';

/** The tiles the map loads, and the attribution shown with them. */
export type Tiles = { url: string; attribution: string };
type Routing = InstanceInfo['maps']['routing'];

const CONSENT_KEY = 'kiosque:map-consent:';

/** `zoom=""` means no zoom, not zoom 0. */
export function optionalNumber(value: string | null): number | null {
  return value?.trim() ? Number(value) : null;
}

/** A tile URL template is http(s) with `{z}`, `{x}` and `{y}`. */
export function validTileTemplate(template: string): boolean {
  return !!tileUrl(template);
}

/** A valid tile URL template as a URL (of its tile 0/0/0), else null. */
export function tileUrl(template: string): URL | null {
  const url =
    ['{z}', '{x}', '{y}'].every((part) => template.includes(part)) &&
    safeUrl(template.replace(/\{[a-z]+\}/gi, '0'));
  return url ? new URL(url) : null;
}

/**
 * Whether the visitor pressed "Show map" for tiles from this origin (`give`: they just did, so
 * it is remembered). False when storage is unusable: the map then shows for this page view only.
 */
export function consentFor(origin: string, give?: boolean): boolean {
  try {
    if (give) localStorage.setItem(CONSENT_KEY + origin, '1');
    return localStorage.getItem(CONSENT_KEY + origin) === '1';
  } catch {
    return false;
  }
}

/** A directions link to a point, on the routing service the instance uses. */
export function directionsUrl(routing: Routing, at: { lat: number; lon: number }): string {
  const lat = at.lat.toFixed(6);
  const lon = at.lon.toFixed(6);
  return routing === 'GOOGLE_MAPS'
    ? `https://www.google.com/maps/dir/?api=1&destination=${lat}%2C${lon}`
    : `https://www.openstreetmap.org/directions?route=%3B${lat}%2C${lon}#map=16/${lat}/${lon}`;
}
