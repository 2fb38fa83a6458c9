import type { MapMessages } from '../areas/map.js';

const events = (n: number) => (n === 1 ? '1 Veranstaltung' : `${n} Veranstaltungen`);

export const map: MapMessages = {
  label: 'Karte der Veranstaltungen',
  loadingMap: 'Karte wird geladen…',
  empty: 'Keine Veranstaltungen mit Ort.',
  onlineNote: (n) => (n === 1 ? '+1 Online-Veranstaltung' : `+${n} Online-Veranstaltungen`),
  listToggle: (n) => `Liste der Veranstaltungen auf dieser Karte (${n})`,
  withPlace: 'Mit Ort',
  onlineEvents: 'Online-Veranstaltungen',
  consent: (host) =>
    `Diese Karte lädt ihre Bilder von ${host}; dieser Server sieht Ihre IP-Adresse. Es wird nichts geladen, bevor Sie die Karte anzeigen.`,
  consentRemembered: 'Ihre Wahl wird auf dieser Website gespeichert.',
  showMap: 'Karte anzeigen',
  nearMe: 'In meiner Nähe',
  locating: 'Ihr Standort wird ermittelt…',
  locateDenied:
    'Ihr Standort ist nicht verfügbar: Der Zugriff wurde verweigert. Erlauben Sie ihn im Browser, um Veranstaltungen in Ihrer Nähe zu sehen.',
  locateUnavailable:
    'Ihr Standort konnte nicht ermittelt werden. Versuchen Sie es erneut oder suchen Sie auf der Karte oder in der Liste.',
  nearYou: (km) => `Veranstaltungen im Umkreis von ${km} km um Ihren Standort.`,
  directions: 'Route',
  directionsTo: (title) => `Route zu ${title}`,
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  closePopup: 'Schließen',
  cluster: (n) => `${events(n)} hier: vergrößern`,
  mapFailed:
    'Die Karte konnte nicht angezeigt werden. Die Liste der Veranstaltungen unten funktioniert weiterhin.',
  invalidSetting: (name, example) =>
    `Die Karteneinstellung „${name}“ ist ungültig und wurde ignoriert (erwartet z. B. ${example}).`,
};
