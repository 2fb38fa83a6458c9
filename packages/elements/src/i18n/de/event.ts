import type { EventMessages } from '../areas/event.js';

export const event: EventMessages = {
  loading: 'Veranstaltung wird geladen…',
  notFound:
    'Diese Veranstaltung wurde nicht gefunden. Vielleicht wurde sie gelöscht oder auf privat gestellt, oder der Link ist falsch.',
  missingUuid:
    'Diese Veranstaltung ist nicht eingerichtet: Es wurde keine Kennung (uuid) angegeben.',
  invalidUuid: 'Diese Veranstaltung ist falsch eingerichtet: Die Kennung (uuid) ist ungültig.',
  staleNote: (when) =>
    `Diese Veranstaltung ist möglicherweise nicht aktuell (zuletzt aktualisiert ${when}).`,
  when: 'Wann',
  where: 'Wo',
  onlineLabel: 'Online',
  participantsLabel: 'Teilnehmende',
  organizer: 'Veranstalter',
  tags: 'Schlagwörter',
  category: 'Kategorie',
  cancelledBanner: 'Diese Veranstaltung wurde abgesagt.',
  tentativeBanner:
    'Diese Veranstaltung ist noch nicht bestätigt: Datum und Uhrzeit können sich ändern.',
  fullBanner: 'Diese Veranstaltung ist ausgebucht.',
  pastBanner: 'Diese Veranstaltung ist vorbei.',
  capacity: (n) => (n === 1 ? '1 Platz' : `${n} Plätze`),
  limitedTo: (n) => (n === 1 ? 'Begrenzt auf 1 Person' : `Begrenzt auf ${n} Personen`),
  wheelchairNo: 'Nicht rollstuhlgerecht',
  directions: 'Route',
  directionsLabel: (place) => `Route nach ${place} (öffnet eine Karte in einem neuen Tab)`,
  joinOnline: 'Online teilnehmen',
  organizedBy: 'Von',
  viewOnInstance: (instance) => `Auf ${instance} ansehen`,
  participate: 'Auf der Veranstaltungsseite teilnehmen',
  registerExternal: 'Auf der Website des Veranstalters anmelden',
  share: 'Teilen',
  copyLink: 'Link kopieren',
  linkCopied: 'Link kopiert.',
  copyFailed: 'Der Link konnte nicht kopiert werden. Hier ist er:',
  newTab: '(öffnet in einem neuen Tab)',
};
