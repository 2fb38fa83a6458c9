/** Strings of the filters area. Every language folder has a `filters.ts` implementing this. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface FiltersMessages {}
