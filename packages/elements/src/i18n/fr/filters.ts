import type { FiltersMessages } from '../areas/filters.js';

export const filters: FiltersMessages = {
  label: 'Filtrer les événements',
  search: 'Rechercher',
  searchHint: 'Titre, lieu, thème…',
  tags: 'Thèmes',
  category: 'Catégorie',
  anyCategory: 'Toutes les catégories',
  when: 'Quand',
  anyTime: 'À tout moment',
  today: 'Aujourd’hui',
  weekend: 'Ce week-end',
  month: 'Ce mois-ci',
  customRange: 'Choisir les dates',
  from: 'Du',
  to: 'Au',
  invalidRange:
    'La date de fin précède la date de début : choisissez une date de fin après celle-ci.',
  type: 'Format',
  anyType: 'En ligne et sur place',
  online: 'En ligne',
  inPerson: 'Sur place',
  nearMe: 'Près de moi',
  radius: 'Distance',
  km: (n) => `${n} km`,
  locating: 'Recherche de votre position…',
  locateDenied:
    'Votre position n’est pas disponible : l’accès à la localisation a été refusé. Autorisez-le dans votre navigateur pour voir les événements proches.',
  locateUnavailable:
    'Votre position n’a pas pu être trouvée. Réessayez, ou cherchez plutôt une ville ou un lieu.',
  nearYou: (km) => `Événements à moins de ${km} km de votre position.`,
  more: (n) => (n > 0 ? `Filtres (${n})` : 'Filtres'),
  reset: 'Effacer les filtres',
  results: (n, more) =>
    n === 0
      ? 'Aucun événement'
      : more
        ? `${n} événements ou plus`
        : n === 1
          ? '1 événement'
          : `${n} événements`,
  views: 'Affichages',
  viewList: 'Liste',
  viewCalendar: 'Calendrier',
  viewMap: 'Carte',
  dialogLabel: 'Détails de l’événement',
  close: 'Fermer',
};
