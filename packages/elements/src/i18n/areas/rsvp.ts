/** Strings of the rsvp area. Every language folder has a `rsvp.ts` implementing this. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface RsvpMessages {}
