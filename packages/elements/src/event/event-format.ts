import { addressLines } from '@kiosque/render';
import type { EventAddress, InstanceInfo } from '@kiosque/client';

export { addressLines, isPast } from '@kiosque/render';

export type RoutingType = NonNullable<InstanceInfo['maps']['routing']>;

/**
 * A directions link on the map service the instance chose (`config.maps.routing.type`), as
 * Mobilizon's own event page builds it. Without coordinates, a search for the address.
 */
export function directionsUrl(
  routing: RoutingType | null,
  address: EventAddress | null,
): string | null {
  if (!address) return null;
  const point = address.coordinates;
  if (point && Number.isFinite(point.lat) && Number.isFinite(point.lon)) {
    const at = `${point.lat},${point.lon}`;
    return routing === 'GOOGLE_MAPS'
      ? `https://maps.google.com/?saddr=Current+Location&daddr=${at}&driving`
      : `https://www.openstreetmap.org/directions?from=&to=${at}&engine=fossgis_osrm_car#map=14/${point.lat}/${point.lon}`;
  }
  const query = addressLines(address).join(', ');
  if (!query) return null;
  return routing === 'GOOGLE_MAPS'
    ? `https://maps.google.com/?daddr=${encodeURIComponent(query)}`
    : `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}`;
}

const BASE83 =
  '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~';

/**
 * The average colour of a BlurHash (its DC component, characters 2–5), as `#rrggbb`: a
 * placeholder behind the picture while it loads. Null for anything that is not a BlurHash.
 */
export function blurhashColor(hash: string | null | undefined): string | null {
  if (typeof hash !== 'string' || hash.length < 6) return null;
  let value = 0;
  for (const char of hash.slice(2, 6)) {
    const digit = BASE83.indexOf(char);
    if (digit < 0) return null;
    value = value * 83 + digit;
  }
  if (value > 0xffffff) return null;
  return `#${value.toString(16).padStart(6, '0')}`;
}

/** "MEETING" → "Meeting", when the instance gave no label. */
export function humanize(id: string): string {
  const words = id.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
