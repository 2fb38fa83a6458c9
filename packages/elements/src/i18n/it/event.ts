import type { EventMessages } from '../areas/event.js';

export const event: EventMessages = {
  loading: 'Caricamento dell’evento…',
  notFound:
    'Impossibile trovare questo evento. Potrebbe essere stato eliminato o reso privato, oppure il link è errato.',
  missingUuid: 'Questo evento non è configurato: non è stato indicato alcun identificativo (uuid).',
  invalidUuid:
    'Questo evento non è configurato correttamente: l’identificativo (uuid) non è valido.',
  staleNote: (when) =>
    `Questo evento potrebbe non essere aggiornato (ultimo aggiornamento ${when}).`,
  when: 'Quando',
  where: 'Dove',
  onlineLabel: 'Online',
  participantsLabel: 'Partecipanti',
  organizer: 'Organizzazione',
  tags: 'Etichette',
  category: 'Categoria',
  cancelledBanner: 'Questo evento è stato annullato.',
  tentativeBanner: 'Questo evento non è ancora confermato: data e ora potrebbero cambiare.',
  fullBanner: 'Questo evento è al completo.',
  pastBanner: 'Questo evento è terminato.',
  capacity: (n) => (n === 1 ? '1 posto' : `${n} posti`),
  limitedTo: (n) => (n === 1 ? 'Limitato a 1 persona' : `Limitato a ${n} persone`),
  wheelchairNo: 'Non accessibile in sedia a rotelle',
  directions: 'Indicazioni',
  directionsLabel: (place) => `Indicazioni per ${place} (apre una mappa in una nuova scheda)`,
  joinOnline: 'Partecipa online',
  organizedBy: 'Di',
  viewOnInstance: (instance) => `Vedi su ${instance}`,
  participate: 'Partecipa dalla pagina dell’evento',
  registerExternal: 'Iscriviti sul sito dell’organizzazione',
  share: 'Condividi',
  copyLink: 'Copia link',
  linkCopied: 'Link copiato.',
  copyFailed: 'Impossibile copiare il link. Eccolo:',
  newTab: '(si apre in una nuova scheda)',
};
