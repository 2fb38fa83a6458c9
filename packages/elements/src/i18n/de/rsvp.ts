import type { RsvpMessages } from '../areas/rsvp.js';

export const rsvp: RsvpMessages = {
  regionLabel: 'Teilnahme',
  loading: 'Teilnahmemöglichkeiten werden geladen…',
  staleNote: (when) =>
    `Diese Veranstaltung ist möglicherweise nicht aktuell (zuletzt aktualisiert ${when}): ihre Instanz antwortet gerade nicht, die Teilnahme könnte daher fehlschlagen.`,
  missingEvent:
    'Dieses Teilnahmeformular ist nicht eingerichtet: Es wurde keine Veranstaltung angegeben.',
  participate: 'Teilnehmen',

  formLegend: 'Ohne Konto teilnehmen',
  email: 'E-Mail-Adresse',
  required: '(Pflichtfeld)',
  emailHint: 'Sie erhalten eine E-Mail zu Ihrer Teilnahme.',
  message: 'Nachricht an die Organisator*innen',
  optional: '(optional)',
  privacyNote:
    'Ihre E-Mail-Adresse wird nur verwendet, um Ihre Teilnahme zu bestätigen und Ihnen Neuigkeiten zu dieser Veranstaltung zu schicken. Sie wird weder an die Organisator*innen noch an andere Instanzen weitergegeben.',
  privacyLink: (host) => `Datenschutzerklärung von ${host}`,
  approvalNote: 'Die Organisator*innen prüfen jede Anfrage, bevor sie sie annehmen.',
  sending: 'Ihre Anmeldung wird gesendet…',
  emailRequired: 'Geben Sie Ihre E-Mail-Adresse ein.',
  emailInvalid: 'Geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.org.',

  notConfirmed: (email) =>
    `Fast geschafft! Sehen Sie in Ihrem Posteingang (${email}) nach und folgen Sie dem Link in der E-Mail, um Ihre Teilnahme zu bestätigen.`,
  registered: 'Sie sind angemeldet. Bis bald!',
  notApproved:
    'Anfrage gesendet. Die Organisator*innen prüfen Ihre Anfrage; Sie erhalten eine E-Mail, sobald sie entschieden haben.',
  registeredAs: (email) => `Sie haben sich mit ${email} für diese Veranstaltung angemeldet.`,
  registerAnother: 'Eine weitere Person anmelden',
  cancel: 'Meine Teilnahme absagen',
  cancelQuestion: 'Ihre Teilnahme an dieser Veranstaltung absagen?',
  cancelYes: 'Ja, absagen',
  cancelNo: 'Nein, behalten',
  cancelling: 'Ihre Teilnahme wird abgesagt…',
  cancelled: 'Ihre Teilnahme ist abgesagt.',

  blockedCancelled: 'Diese Veranstaltung wurde abgesagt: Anmeldungen sind geschlossen.',
  blockedPast: 'Diese Veranstaltung ist vorbei: Anmeldungen sind geschlossen.',
  blockedFull: (participants, maximum) =>
    `Diese Veranstaltung ist ausgebucht: ${participants} von ${maximum} Plätzen sind belegt.`,
  blockedFullNoCount: 'Diese Veranstaltung ist ausgebucht.',
  blockedInvite:
    'Die Teilnahme ist nur auf Einladung möglich. Wenden Sie sich an die Organisator*innen.',
  notEnabled:
    'Eine Teilnahme ohne Konto ist bei dieser Veranstaltung nicht möglich. Sie können mit einem Mobilizon- oder Fediverse-Konto teilnehmen:',
  remoteEvent: (host) =>
    `Diese Veranstaltung liegt auf ${host}: Die Teilnahme ohne Konto ist nur dort möglich.`,
  seeEvent: (host) => `Veranstaltung auf ${host} ansehen`,
  externalNote: 'Die Anmeldung zu dieser Veranstaltung erfolgt auf einer anderen Website.',
  externalButton: 'Auf der Website der Organisator*innen anmelden',

  otherWays: 'Weitere Möglichkeiten teilzunehmen',
  accountHere: (host) => `Ich habe ein Konto auf ${host}`,
  accountElsewhere: 'Ich habe ein Konto auf einer anderen Mobilizon- oder Fediverse-Instanz',
  handle: 'Die Adresse Ihres Kontos',
  handleHint: 'Zum Beispiel: camille@mobilizon.example',
  handleSubmit: 'Auf meiner Instanz fortfahren',
  handleBusy: 'Ihre Instanz wird gesucht…',
  handleInvalid: 'Geben Sie die Adresse Ihres Kontos in der Form name@instanz.example ein.',

  errorFull: (participants, maximum) =>
    `Leider ist die Veranstaltung inzwischen ausgebucht: ${participants} von ${maximum} Plätzen sind belegt.`,
  errorFullNoCount: 'Leider ist die Veranstaltung inzwischen ausgebucht.',
  errorCancelled: 'Leider wurde diese Veranstaltung inzwischen abgesagt.',
  errorPast: 'Leider ist diese Veranstaltung vorbei.',
  errorNotEnabled:
    'Diese Veranstaltung nimmt keine Teilnahmen ohne Konto mehr an. Mit einem Konto können Sie weiterhin teilnehmen.',
  errorEmailValidationOff:
    'Diese Instanz hat die Bestätigung per E-Mail abgeschaltet und kann deshalb keine Teilnahme ohne Konto annehmen. Nehmen Sie stattdessen mit einem Konto teil.',
  errorAlreadyRegistered:
    'Diese E-Mail-Adresse ist für diese Veranstaltung bereits angemeldet. Suchen Sie in Ihrem Posteingang nach der Bestätigungs-E-Mail.',
  errorInvalidEmail:
    'Die Instanz hat diese E-Mail-Adresse nicht angenommen. Prüfen Sie sie und versuchen Sie es erneut.',
  errorNotFound:
    'Diese Veranstaltung gibt es auf der Instanz nicht mehr. Vielleicht wurde sie gelöscht.',
  errorNetwork:
    'Die Instanz ist nicht erreichbar, Ihre Anmeldung wurde nicht gesendet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  errorTimeout:
    'Die Instanz hat zu lange nicht geantwortet. Ihre Anmeldung wurde vielleicht gespeichert: Sehen Sie in Ihrem Posteingang nach, bevor Sie es erneut versuchen.',
  errorServer:
    'Die Instanz hat mit einem Fehler geantwortet. Ihre Angaben bleiben erhalten: Versuchen Sie es später erneut.',
  errorRefused:
    'Die Instanz hat diese Anmeldung nicht angenommen. Wenn Sie sich mit dieser Adresse schon angemeldet haben, sehen Sie in Ihrem Posteingang nach; sonst versuchen Sie es später erneut.',
  errorAlreadyCancelled:
    'Diese Teilnahme war bereits abgesagt (vielleicht über den Link in der E-Mail).',
  errorCancelNetwork:
    'Ihre Teilnahme konnte nicht abgesagt werden: Die Instanz ist nicht erreichbar. Versuchen Sie es erneut.',
  errorUnknownAccount: (handle) =>
    `Es wurde kein Konto ${handle} gefunden. Prüfen Sie die Adresse.`,
  errorUnreachable: (host) =>
    `${host} ist nicht erreichbar. Prüfen Sie die Adresse oder versuchen Sie es später erneut.`,
  errorServerAnswer: (host) =>
    `${host} hat mit einem Fehler geantwortet. Versuchen Sie es später erneut.`,
  errorNoTemplate: (host) =>
    `${host} bietet keine Teilnahme von einer anderen Website aus an. Suchen Sie stattdessen in Ihrem Konto nach der Adresse dieser Veranstaltung:`,
  eventAddress: 'Adresse der Veranstaltung',
};
