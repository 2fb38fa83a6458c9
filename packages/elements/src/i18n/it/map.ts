import type { MapMessages } from '../areas/map.js';

const events = (n: number) => (n === 1 ? '1 evento' : `${n} eventi`);

export const map: MapMessages = {
  label: 'Mappa degli eventi',
  loadingMap: 'Caricamento della mappa…',
  empty: 'Nessun evento con un luogo.',
  onlineNote: (n) => (n === 1 ? '+1 evento online' : `+${n} eventi online`),
  listToggle: (n) => `Elenco degli eventi di questa mappa (${n})`,
  withPlace: 'Con un luogo',
  onlineEvents: 'Eventi online',
  consent: (host) =>
    `Questa mappa carica le immagini da ${host}, che vedrà il tuo indirizzo IP. Non viene caricato nulla finché non scegli di mostrarla.`,
  consentRemembered: 'La tua scelta viene ricordata su questo sito.',
  showMap: 'Mostra la mappa',
  nearMe: 'Vicino a me',
  locating: 'Ricerca della tua posizione…',
  locateDenied:
    'La tua posizione non è disponibile: l’accesso è stato negato. Consentilo nel browser per vedere gli eventi vicini.',
  locateUnavailable:
    'Non è stato possibile trovare la tua posizione. Riprova, oppure cerca gli eventi sulla mappa o nell’elenco.',
  nearYou: (km) => `Eventi entro ${km} km dalla tua posizione.`,
  directions: 'Indicazioni',
  directionsTo: (title) => `Indicazioni per ${title}`,
  zoomIn: 'Ingrandisci',
  zoomOut: 'Riduci',
  closePopup: 'Chiudi',
  cluster: (n) => `${events(n)} qui: ingrandisci`,
  mapFailed:
    'Non è stato possibile mostrare la mappa. L’elenco degli eventi qui sotto funziona comunque.',
  invalidSetting: (name, example) =>
    `L’impostazione «${name}» della mappa non è valida ed è stata ignorata (atteso ad esempio ${example}).`,
};
