import type { MapMessages } from '../areas/map.js';

const events = (n: number) => (n <= 1 ? `${n} événement` : `${n} événements`);

export const map: MapMessages = {
  label: 'Carte des événements',
  loadingMap: 'Chargement de la carte…',
  empty: 'Aucun événement avec un lieu.',
  onlineNote: (n) => (n <= 1 ? `+${n} événement en ligne` : `+${n} événements en ligne`),
  listToggle: (n) => `Liste des événements de cette carte (${n})`,
  withPlace: 'Avec un lieu',
  onlineEvents: 'Événements en ligne',
  consent: (host) =>
    `Cette carte charge ses images depuis ${host}, qui verra votre adresse IP. Rien n’est chargé tant que vous ne choisissez pas de l’afficher.`,
  consentRemembered: 'Votre choix est retenu sur ce site.',
  showMap: 'Afficher la carte',
  nearMe: 'Près de moi',
  locating: 'Recherche de votre position…',
  locateDenied:
    'Votre position n’est pas disponible : l’accès à la localisation a été refusé. Autorisez-le dans votre navigateur pour voir les événements proches.',
  locateUnavailable:
    'Votre position n’a pas pu être trouvée. Réessayez, ou cherchez les événements sur la carte ou dans la liste.',
  nearYou: (km) => `Événements à moins de ${km} km de votre position.`,
  directions: 'Itinéraire',
  directionsTo: (title) => `Itinéraire vers ${title}`,
  zoomIn: 'Zoomer',
  zoomOut: 'Dézoomer',
  closePopup: 'Fermer',
  cluster: (n) => `${events(n)} ici : zoomer`,
  mapFailed:
    'La carte n’a pas pu être affichée. La liste des événements ci-dessous reste disponible.',
  invalidSetting: (name, example) =>
    `Le réglage « ${name} » de la carte n’est pas valide et a été ignoré (attendu : par exemple ${example}).`,
};
