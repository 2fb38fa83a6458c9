import type { CommonMessages } from '../types.js';

export const common: CommonMessages = {
  locale: 'de',
  dir: 'ltr',
  loading: 'Veranstaltungen werden geladen…',
  empty: 'Keine bevorstehenden Veranstaltungen.',
  emptyFiltered: 'Keine Veranstaltungen passen zu diesen Filtern.',
  eventsLabel: 'Veranstaltungen',
  online: 'Online',
  retry: 'Erneut versuchen',
  staleNote: (when) => `Diese Veranstaltungen sind möglicherweise veraltet (Stand: ${when}).`,
  errors: {
    network:
      'Der Veranstaltungskalender ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    timeout:
      'Der Veranstaltungskalender antwortet zu langsam. Versuchen Sie es gleich noch einmal.',
    http: 'Der Veranstaltungskalender hat mit einem Fehler geantwortet. Versuchen Sie es später erneut.',
    graphql:
      'Der Veranstaltungskalender konnte diese Anfrage nicht beantworten. Versuchen Sie es später erneut.',
    'invalid-response':
      'Die Antwort des Veranstaltungskalenders ist unlesbar. Versuchen Sie es später erneut.',
    'not-found':
      'Diese Veranstaltung oder Gruppe wurde nicht gefunden. Sie wurde vielleicht gelöscht oder ist privat.',
    'invalid-input':
      'Dieser Kalender ist falsch eingerichtet: Die Adresse der Instanz ist ungültig.',
    aborted: 'Das Laden wurde abgebrochen.',
    unknownGroup: 'Diese Gruppe wurde auf der Instanz nicht gefunden.',
    missingInstance:
      'Dieser Kalender ist nicht eingerichtet: Es wurde keine Instanzadresse angegeben.',
  },
  viewEvent: (title) => `${title}, zur Veranstaltungsseite`,
  timeZoneNote: (zone) => `Zeitzone ${zone}`,
  allDay: 'Ganztägig',
  cancelled: 'Abgesagt',
  tentative: 'Vorläufig',
  full: 'Ausgebucht',
  placesLeft: (n) => (n === 1 ? 'Noch 1 Platz frei' : `Noch ${n} Plätze frei`),
  participants: (n) => (n === 1 ? '1 Teilnehmer·in' : `${n} Teilnehmende`),
  externalRegistration: 'Anmeldung auf einer anderen Website',
  moreEvents: 'Weitere Veranstaltungen',
  eventsFound: (n) =>
    n === 0 ? 'Keine Veranstaltungen' : n === 1 ? '1 Veranstaltung' : `${n} Veranstaltungen`,
  loadingMore: 'Weitere Veranstaltungen werden geladen…',
  addToCalendar: 'Zum Kalender hinzufügen',
  showOnMap: 'Auf der Karte zeigen',
  subscribe: (name) => `Kalender von ${name} abonnieren`,
  allEventsOn: (host) => `Alle Veranstaltungen auf ${host}`,
  allEventsOf: (group) => `Alle Veranstaltungen von ${group}`,
  wheelchairFully: 'Rollstuhlgerecht',
  wheelchairPartially: 'Teilweise rollstuhlgerecht',
  liveSubtitles: 'Live-Untertitel',
  signLanguage: 'Gebärdensprache',
  smokeFree: 'Rauchfrei',
  accessibilityLabel: 'Barrierefreiheit',
};
