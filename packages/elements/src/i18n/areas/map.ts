/** Strings of the map area. Every language folder has a `map.ts` implementing this. */
export interface MapMessages {
  /** Accessible name of the map region. */
  label: string;
  loadingMap: string;
  /** No event of the selection has a place to show on a map. */
  empty: string;
  /** The note under the map: "+3 online events". */
  onlineNote: (n: number) => string;
  /** Summary of the list disclosure under the map. */
  listToggle: (n: number) => string;
  withPlace: string;
  onlineEvents: string;
  /** The consent placeholder: tiles come from `host`, which sees the visitor's address. */
  consent: (host: string) => string;
  consentRemembered: string;
  showMap: string;
  nearMe: string;
  locating: string;
  locateDenied: string;
  locateUnavailable: string;
  nearYou: (km: number) => string;
  directions: string;
  directionsTo: (title: string) => string;
  zoomIn: string;
  zoomOut: string;
  closePopup: string;
  /** Accessible name of a cluster marker. */
  cluster: (n: number) => string;
  /** The map library or its tiles could not be loaded; the list still works. */
  mapFailed: string;
  /** A setting (attribute) has a value the map cannot use; `example` shows a valid one. */
  invalidSetting: (name: string, example: string) => string;
}
