/** Strings of `<kiosque-event>`. Every language folder has an `event.ts` implementing this. */
export interface EventMessages {
  /** Announced while the event loads. */
  loading: string;
  /** The event does not exist (any more) on the instance. */
  notFound: string;
  /** No `uuid` attribute. */
  missingUuid: string;
  /** A `uuid` attribute that is not an event id. */
  invalidUuid: string;
  /** Shown above the event when it comes from the last good data. */
  staleNote: (fetchedAt: string) => string;
  /** Labels of the event's facts, for screen readers. */
  when: string;
  where: string;
  onlineLabel: string;
  participantsLabel: string;
  organizer: string;
  tags: string;
  category: string;
  /** Status banners. */
  cancelledBanner: string;
  tentativeBanner: string;
  fullBanner: string;
  pastBanner: string;
  /** "12 participants · 20 places", "8 places left". */
  capacity: (n: number) => string;
  /** The organizer hides the count; only the limit is said. */
  limitedTo: (n: number) => string;
  wheelchairNo: string;
  /** "Directions" link text, and its accessible name. */
  directions: string;
  directionsLabel: (place: string) => string;
  /** The online meeting link. */
  joinOnline: string;
  /** "By <group>". */
  organizedBy: string;
  /** Link to the event page on the instance. */
  viewOnInstance: (instance: string) => string;
  /** Participation fallbacks when `<kiosque-rsvp>` is not on the page. */
  participate: string;
  registerExternal: string;
  /** Share and copy. */
  share: string;
  copyLink: string;
  linkCopied: string;
  copyFailed: string;
  /** Link that opens in a new tab (description links, directions, online link). */
  newTab: string;
}
