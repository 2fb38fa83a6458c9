import type { CommonMessages } from '../types.js';

export const common: CommonMessages = {
  locale: 'it',
  dir: 'ltr',
  loading: 'Caricamento degli eventi…',
  empty: 'Nessun evento in programma.',
  emptyFiltered: 'Nessun evento corrisponde a questi filtri.',
  eventsLabel: 'Eventi',
  online: 'Online',
  retry: 'Riprova',
  staleNote: (when) =>
    `Questi eventi potrebbero non essere aggiornati (ultimo aggiornamento ${when}).`,
  errors: {
    network: 'Impossibile raggiungere il calendario. Controlla la connessione e riprova.',
    timeout: 'Il calendario impiega troppo tempo a rispondere. Riprova tra poco.',
    http: 'Il calendario ha risposto con un errore. Riprova più tardi.',
    graphql: 'Il calendario non ha potuto rispondere a questa richiesta. Riprova più tardi.',
    'invalid-response': 'Il calendario ha inviato una risposta illeggibile. Riprova più tardi.',
    'not-found': 'Evento o gruppo non trovato. Potrebbe essere stato eliminato o reso privato.',
    'invalid-input':
      'Questo calendario non è configurato correttamente: l’indirizzo dell’istanza non è valido.',
    aborted: 'Il caricamento è stato interrotto.',
    unknownGroup: 'Questo gruppo non esiste sull’istanza.',
    missingInstance: 'Questo calendario non è configurato: manca l’indirizzo dell’istanza.',
  },
  viewEvent: (title) => `${title}, alla pagina dell’evento`,
  timeZoneNote: (zone) => `ora di ${zone}`,
  allDay: 'Tutto il giorno',
  cancelled: 'Annullato',
  tentative: 'Da confermare',
  full: 'Completo',
  placesLeft: (n) => (n === 1 ? 'Resta 1 posto' : `Restano ${n} posti`),
  participants: (n) => (n === 1 ? '1 partecipante' : `${n} partecipanti`),
  externalRegistration: 'Iscrizione su un altro sito',
  moreEvents: 'Altri eventi',
  eventsFound: (n) => (n === 0 ? 'Nessun evento' : n === 1 ? '1 evento' : `${n} eventi`),
};
