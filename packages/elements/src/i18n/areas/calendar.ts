/** Strings of the calendar area. Every language folder has a `calendar.ts` implementing this. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CalendarMessages {}
