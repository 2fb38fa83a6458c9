/**
 * Strings of the visitor's journey: `<kiosque-filters>`, the `<kiosque-views>` switcher and the
 * event dialog (`<kiosque-event-dialog>`). Every language folder has a `filters.ts`
 * implementing this.
 */
export interface FiltersMessages {
  /** Accessible name of the filters (a search landmark). */
  label: string;
  search: string;
  /** Placeholder of the search field: what can be searched. */
  searchHint: string;
  /** Legend of the tag chips. */
  tags: string;
  category: string;
  anyCategory: string;
  /** Legend of the date choices. */
  when: string;
  anyTime: string;
  today: string;
  weekend: string;
  month: string;
  /** The choice that shows two date fields. */
  customRange: string;
  from: string;
  to: string;
  /** A custom range whose end comes before its start. */
  invalidRange: string;
  /** Label of the online / in person choice. */
  type: string;
  anyType: string;
  online: string;
  inPerson: string;
  nearMe: string;
  /** Label of the distance around the visitor's position. */
  radius: string;
  km: (n: number) => string;
  locating: string;
  locateDenied: string;
  locateUnavailable: string;
  nearYou: (km: number) => string;
  /** On narrow widths, the button that shows the filters beyond search; `n` of them are chosen. */
  more: (n: number) => string;
  /** Clears every filter. */
  reset: string;
  /** The result count, announced to screen readers: "12 events"; `more`: the list has more. */
  results: (n: number, more: boolean) => string;
  /** Accessible name of the view switcher's tabs. */
  views: string;
  viewList: string;
  viewCalendar: string;
  viewMap: string;
  /** Accessible name of the event dialog until the event's title is known. */
  dialogLabel: string;
  /** Closes the event dialog. */
  close: string;
}
