/** Strings of the map area. Every language folder has a `map.ts` implementing this. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface MapMessages {}
