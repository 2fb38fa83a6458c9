import type { MapMessages } from '../areas/map.js';

export const map: MapMessages = {
  label: 'Map of events',
  loadingMap: 'Loading the map…',
  empty: 'No events with a place.',
  onlineNote: (n) => (n === 1 ? '+1 online event' : `+${n} online events`),
  listToggle: (n) => `List of events on this map (${n})`,
  withPlace: 'With a place',
  onlineEvents: 'Online events',
  consent: (host) =>
    `The map’s images come from ${host}, which will see your IP address. Nothing loads until you show the map.`,
  consentRemembered: 'Your choice is remembered on this site.',
  showMap: 'Show map',
  nearMe: 'Near me',
  locating: 'Finding your position…',
  locateDenied: 'Location access was refused. Allow it in your browser to see events near you.',
  locateUnavailable: 'Your position could not be found. Try again, or browse the map or the list.',
  nearYou: (km) => `Events within ${km} km of your position.`,
  directions: 'Directions',
  directionsTo: (title) => `Directions to ${title}`,
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  closePopup: 'Close',
  cluster: (n) => `${n} events here: zoom in`,
  mapFailed: 'The map could not be shown. The list below still works.',
  invalidSetting: (name, example) =>
    `The map setting “${name}” was ignored: it should look like ${example}.`,
};
