import type { FiltersMessages } from '../areas/filters.js';

export const filters: FiltersMessages = {
  label: 'Veranstaltungen filtern',
  search: 'Suchen',
  searchHint: 'Titel, Ort, Thema…',
  tags: 'Themen',
  category: 'Kategorie',
  anyCategory: 'Alle Kategorien',
  when: 'Wann',
  anyTime: 'Jederzeit',
  today: 'Heute',
  weekend: 'Dieses Wochenende',
  month: 'Diesen Monat',
  customRange: 'Daten wählen',
  from: 'Von',
  to: 'Bis',
  invalidRange: 'Das Enddatum liegt vor dem Anfangsdatum: Wählen Sie ein späteres Enddatum.',
  type: 'Format',
  anyType: 'Online und vor Ort',
  online: 'Online',
  inPerson: 'Vor Ort',
  nearMe: 'In meiner Nähe',
  radius: 'Entfernung',
  km: (n) => `${n} km`,
  locating: 'Ihr Standort wird ermittelt…',
  locateDenied:
    'Ihr Standort ist nicht verfügbar: Der Zugriff wurde verweigert. Erlauben Sie ihn in Ihrem Browser, um Veranstaltungen in Ihrer Nähe zu sehen.',
  locateUnavailable:
    'Ihr Standort konnte nicht ermittelt werden. Versuchen Sie es erneut oder suchen Sie stattdessen nach einem Ort.',
  nearYou: (km) => `Veranstaltungen im Umkreis von ${km} km um Ihren Standort.`,
  more: (n) => (n > 0 ? `Filter (${n})` : 'Filter'),
  reset: 'Filter zurücksetzen',
  results: (n, more) =>
    n === 0
      ? 'Keine Veranstaltungen'
      : more
        ? `${n}+ Veranstaltungen`
        : n === 1
          ? '1 Veranstaltung'
          : `${n} Veranstaltungen`,
  views: 'Ansichten',
  viewList: 'Liste',
  viewCalendar: 'Kalender',
  viewMap: 'Karte',
  dialogLabel: 'Details der Veranstaltung',
  close: 'Schließen',
};
