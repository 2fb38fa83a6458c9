import type { CommonMessages } from '../types.js';

export const common: CommonMessages = {
  locale: 'fr',
  dir: 'ltr',
  loading: 'Chargement des événements…',
  empty: 'Aucun événement à venir.',
  emptyFiltered: 'Aucun événement ne correspond à ces filtres.',
  eventsLabel: 'Événements',
  online: 'En ligne',
  retry: 'Réessayer',
  staleNote: (when) =>
    `Ces événements ne sont peut-être pas à jour (dernière mise à jour ${when}).`,
  errors: {
    network: 'Impossible de joindre l’agenda. Vérifiez votre connexion et réessayez.',
    timeout: 'L’agenda met trop de temps à répondre. Réessayez dans un instant.',
    http: 'L’agenda a répondu par une erreur. Réessayez plus tard.',
    graphql: 'L’agenda n’a pas pu traiter cette demande. Réessayez plus tard.',
    'invalid-response': 'L’agenda a envoyé une réponse illisible. Réessayez plus tard.',
    'not-found':
      'Cet événement ou ce groupe est introuvable. Il a peut-être été supprimé ou rendu privé.',
    'invalid-input': 'Cet agenda est mal configuré : l’adresse de l’instance n’est pas valide.',
    aborted: 'Le chargement a été interrompu.',
    unknownGroup: 'Ce groupe est introuvable sur l’instance.',
    missingInstance: 'Cet agenda n’est pas configuré : aucune adresse d’instance n’a été donnée.',
  },
  viewEvent: (title) => `${title}, sur la page de l’événement`,
  timeZoneNote: (zone) => `heure de ${zone}`,
  allDay: 'Toute la journée',
  cancelled: 'Annulé',
  tentative: 'À confirmer',
  full: 'Complet',
  placesLeft: (n) => (n <= 1 ? `${n} place restante` : `${n} places restantes`),
  participants: (n) => (n <= 1 ? `${n} participant·e` : `${n} participant·es`),
  externalRegistration: 'Inscription sur un autre site',
  moreEvents: 'Plus d’événements',
  eventsFound: (n) => (n === 0 ? 'Aucun événement' : n === 1 ? '1 événement' : `${n} événements`),
};
