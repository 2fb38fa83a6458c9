import ngeohash from 'ngeohash';

/** A point as Mobilizon's search expects it: a geohash of precision 9 (about 5 m). */
export function geohash(lat: number, lon: number): string {
  return ngeohash.encode(lat, lon, 9);
}
