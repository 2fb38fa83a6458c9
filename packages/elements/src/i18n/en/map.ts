import type { MapMessages } from '../areas/map.js';

const events = (n: number) => (n === 1 ? '1 event' : `${n} events`);

export const map: MapMessages = {
  label: 'Map of events',
  loadingMap: 'Loading the map…',
  empty: 'No events with a place.',
  onlineNote: (n) => (n === 1 ? '+1 online event' : `+${n} online events`),
  listToggle: (n) => `List of events on this map (${n})`,
  withPlace: 'With a place',
  onlineEvents: 'Online events',
  consent: (host) =>
    `This map loads its images from ${host}, which will see your IP address. Nothing is loaded until you choose to show it.`,
  consentRemembered: 'Your choice is remembered on this site.',
  showMap: 'Show map',
  nearMe: 'Near me',
  locating: 'Finding your position…',
  locateDenied:
    'Your position is not available: location access was refused. Allow it in your browser to see events near you.',
  locateUnavailable:
    'Your position could not be found. Try again, or look for events on the map or in the list.',
  nearYou: (km) => `Events within ${km} km of your position.`,
  directions: 'Directions',
  directionsTo: (title) => `Directions to ${title}`,
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  closePopup: 'Close',
  cluster: (n) => `${events(n)} here: zoom in`,
  mapFailed: 'The map could not be shown. The list of events below still works.',
  invalidSetting: (name, example) =>
    `The map setting “${name}” is not valid and was ignored (expected something like ${example}).`,
};
