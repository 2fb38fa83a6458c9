/** Strings of the event area. Every language folder has a `event.ts` implementing this. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface EventMessages {}
