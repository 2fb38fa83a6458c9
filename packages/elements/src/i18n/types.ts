import type { ErrorKind } from '@kiosque/client';

/** Every string an element shows. Functions handle plurals and interpolation. */
export interface Messages {
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
}

export type PartialMessages = Partial<Omit<Messages, 'errors'>> & {
  errors?: Partial<Messages['errors']>;
};
