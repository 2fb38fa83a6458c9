import type { RsvpMessages } from '../areas/rsvp.js';

export const rsvp: RsvpMessages = {
  regionLabel: 'Partecipazione',
  loading: 'Caricamento dei modi per partecipare…',
  staleNote: (when) =>
    `Questo evento potrebbe non essere aggiornato (ultimo aggiornamento ${when}): la sua istanza al momento non risponde, quindi la partecipazione potrebbe non riuscire.`,
  missingEvent: 'Questo modulo di partecipazione non è configurato: nessun evento indicato.',
  participate: 'Partecipa',

  formLegend: 'Partecipa senza account',
  email: 'Indirizzo e-mail',
  required: '(obbligatorio)',
  emailHint: 'Riceverai un’e-mail sulla tua partecipazione.',
  message: 'Messaggio per l’organizzazione',
  optional: '(facoltativo)',
  privacyNote:
    'Il tuo indirizzo e-mail serve solo a confermare la tua partecipazione e a mandarti notizie su questo evento. Non viene condiviso con l’organizzazione né con altre istanze.',
  privacyLink: (host) => `Informativa sulla privacy di ${host}`,
  approvalNote: 'L’organizzazione esamina ogni richiesta prima di accettarla.',
  sending: 'Invio della tua iscrizione…',
  emailRequired: 'Inserisci il tuo indirizzo e-mail.',
  emailInvalid: 'Inserisci un indirizzo e-mail valido, per esempio nome@esempio.org.',

  notConfirmed: (email) =>
    `Quasi fatto! Controlla la tua casella di posta (${email}) e segui il link nell’e-mail per confermare la tua partecipazione.`,
  registered: 'Sei iscritto. Ci vediamo lì!',
  notApproved:
    'Richiesta inviata. L’organizzazione esaminerà la tua richiesta; riceverai un’e-mail appena avrà deciso.',
  registeredAs: (email) => `Ti sei iscritto a questo evento con ${email}.`,
  registerAnother: 'Iscrivi un’altra persona',
  cancel: 'Annulla la mia partecipazione',
  cancelQuestion: 'Annullare la tua partecipazione a questo evento?',
  cancelYes: 'Sì, annullala',
  cancelNo: 'No, mantienila',
  cancelling: 'Annullamento della tua partecipazione…',
  cancelled: 'La tua partecipazione è annullata.',

  blockedCancelled: 'Questo evento è annullato: le iscrizioni sono chiuse.',
  blockedPast: 'Questo evento è terminato: le iscrizioni sono chiuse.',
  blockedFull: (participants, maximum) =>
    `Questo evento è al completo: ${participants} posti occupati su ${maximum}.`,
  blockedFullNoCount: 'Questo evento è al completo.',
  blockedInvite: 'Questo evento è solo su invito. Contatta l’organizzazione per partecipare.',
  notEnabled:
    'La partecipazione senza account non è disponibile per questo evento. Puoi partecipare con un account Mobilizon o del fediverso:',
  remoteEvent: (host) =>
    `Questo evento è ospitato su ${host}: la partecipazione senza account avviene lì.`,
  seeEvent: (host) => `Vedi l’evento su ${host}`,
  externalNote: 'L’iscrizione a questo evento avviene su un altro sito.',
  externalButton: 'Iscriviti sul sito dell’organizzazione',

  otherWays: 'Altri modi per partecipare',
  accountHere: (host) => `Ho un account su ${host}`,
  accountElsewhere: 'Ho un account su un’altra istanza Mobilizon o del fediverso',
  handle: 'L’indirizzo del tuo account',
  handleHint: 'Per esempio: camille@mobilizon.example',
  handleSubmit: 'Continua sulla mia istanza',
  handleBusy: 'Ricerca della tua istanza…',
  handleInvalid: 'Inserisci l’indirizzo del tuo account nella forma nome@istanza.example.',

  errorFull: (participants, maximum) =>
    `Spiacenti, nel frattempo l’evento si è riempito: ${participants} posti occupati su ${maximum}.`,
  errorFullNoCount: 'Spiacenti, nel frattempo l’evento si è riempito.',
  errorCancelled: 'Spiacenti, nel frattempo questo evento è stato annullato.',
  errorPast: 'Spiacenti, questo evento è terminato.',
  errorNotEnabled:
    'Questo evento non accetta più la partecipazione senza account. Puoi ancora partecipare con un account.',
  errorEmailValidationOff:
    'Questa istanza ha disattivato la verifica via e-mail, quindi non può accettare partecipazioni senza account. Partecipa con un account.',
  errorAlreadyRegistered:
    'Questo indirizzo e-mail è già iscritto a questo evento. Cerca l’e-mail di conferma nella tua casella di posta.',
  errorInvalidEmail: 'L’istanza non ha accettato questo indirizzo e-mail. Controllalo e riprova.',
  errorNotFound: 'Questo evento non esiste più sull’istanza. Forse è stato eliminato.',
  errorNetwork:
    'Impossibile raggiungere l’istanza: la tua iscrizione non è stata inviata. Controlla la connessione e riprova.',
  errorTimeout:
    'L’istanza ha impiegato troppo tempo a rispondere. La tua iscrizione potrebbe essere stata registrata: controlla la tua casella di posta prima di riprovare.',
  errorServer:
    'L’istanza ha risposto con un errore. I tuoi dati sono ancora qui: riprova più tardi.',
  errorRefused:
    'L’istanza non ha accettato questa iscrizione. Se ti sei già iscritto con questo indirizzo, controlla la tua casella di posta; altrimenti riprova più tardi.',
  errorAlreadyCancelled:
    'Questa partecipazione era già stata annullata (forse con il link nell’e-mail).',
  errorCancelNetwork:
    'Impossibile annullare la tua partecipazione: l’istanza non è raggiungibile. Riprova.',
  errorUnknownAccount: (handle) =>
    `Nessun account ${handle} è stato trovato. Controlla l’indirizzo.`,
  errorUnreachable: (host) =>
    `Impossibile raggiungere ${host}. Controlla l’indirizzo o riprova più tardi.`,
  errorServerAnswer: (host) => `${host} ha risposto con un errore. Riprova più tardi.`,
  errorNoTemplate: (host) =>
    `${host} non permette di partecipare da un altro sito. Cerca invece l’indirizzo di questo evento dal tuo account:`,
  eventAddress: 'Indirizzo dell’evento',
};
