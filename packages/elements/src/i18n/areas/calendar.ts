/** Strings of the calendar area. Every language folder has a `calendar.ts` implementing this. */
export interface CalendarMessages {
  /** Accessible name of the month grid, e.g. "Events in May 2026". */
  gridLabel: (month: string) => string;
  /** Accessible name of the month navigation buttons' group. */
  navigation: string;
  previousMonth: string;
  nextMonth: string;
  /** The button that goes back to the current month. */
  today: string;
  /** The quiet note of a month without events, e.g. "No events in May 2026." */
  emptyMonth: (month: string) => string;
  /** A day's cell shows a few events, then "+N more". */
  more: (n: number) => string;
  /** Said after a multi-day event's title on the days after its first. */
  continued: string;
  /** Accessible name of the list of a day's events, e.g. "Events on Saturday 3 May". */
  dayEventsLabel: (day: string) => string;
  noEventsOnDay: string;
  /** Closes the list of a day's events. */
  close: string;
  /** How to use the grid with the keyboard, read by screen readers. */
  keyboardHelp: string;
  /** A `month` attribute that is not `YYYY-MM`. */
  invalidMonth: (value: string) => string;
}
