import type { ErrorKind } from '@kiosque/client';
import type { CalendarMessages } from './areas/calendar.js';
import type { EventMessages } from './areas/event.js';
import type { FiltersMessages } from './areas/filters.js';
import type { MapMessages } from './areas/map.js';
import type { RsvpMessages } from './areas/rsvp.js';

export type { CalendarMessages, EventMessages, FiltersMessages, MapMessages, RsvpMessages };

/** Every string an element shows. Functions handle plurals and interpolation. */
export interface CommonMessages {
  /** BCP 47 code, also used for `Intl` formatting. */
  locale: string;
  dir: 'ltr' | 'rtl';
  loading: string;
  empty: string;
  emptyFiltered: string;
  eventsLabel: string;
  online: string;
  retry: string;
  staleNote: (fetchedAt: string) => string;
  errors: Record<ErrorKind, string> & { unknownGroup: string; missingInstance: string };
  /** Accessible label of an event's link to its page on the instance. */
  viewEvent: (title: string) => string;
  timeZoneNote: (zone: string) => string;
  allDay: string;
  cancelled: string;
  tentative: string;
  full: string;
  placesLeft: (n: number) => string;
  participants: (n: number) => string;
  externalRegistration: string;
  moreEvents: string;
  eventsFound: (n: number) => string;
  loadingMore: string;
  addToCalendar: string;
  /** Button on a list item that shows the event on a synced map. */
  showOnMap: string;
  subscribe: (name: string) => string;
  allEventsOn: (host: string) => string;
  allEventsOf: (group: string) => string;
  wheelchairFully: string;
  wheelchairPartially: string;
  liveSubtitles: string;
  signLanguage: string;
  smokeFree: string;
  accessibilityLabel: string;
}

/** Strings of each element area; each area's interface lives in `areas/<area>.ts`. */
export interface Messages extends CommonMessages {
  event: EventMessages;
  calendar: CalendarMessages;
  rsvp: RsvpMessages;
  map: MapMessages;
  filters: FiltersMessages;
}

type Area = 'event' | 'calendar' | 'rsvp' | 'map' | 'filters';

/** What `registerLanguage` takes: any subset, area by area. */
export type PartialMessages = Partial<Omit<Messages, 'errors' | Area>> & {
  errors?: Partial<Messages['errors']>;
} & { [K in Area]?: Partial<Messages[K]> };
