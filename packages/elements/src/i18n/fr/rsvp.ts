import type { RsvpMessages } from '../areas/rsvp.js';

export const rsvp: RsvpMessages = {
  regionLabel: 'Participation',
  loading: 'Chargement des façons de participer…',
  staleNote: (when) =>
    `Cet événement n’est peut-être pas à jour (dernière mise à jour ${when}) : son instance ne répond pas pour le moment, la participation risque d’échouer.`,
  missingEvent:
    'Ce formulaire de participation n’est pas configuré : aucun événement n’est indiqué.',
  participate: 'Participer',

  formLegend: 'Participer sans compte',
  email: 'Adresse e-mail',
  required: '(obligatoire)',
  emailHint: 'Vous recevrez un e-mail au sujet de votre participation.',
  message: 'Message à l’organisation',
  optional: '(facultatif)',
  privacyNote:
    'Votre adresse e-mail sert uniquement à confirmer votre participation et à vous donner des nouvelles de cet événement. Elle n’est transmise ni à l’organisation, ni aux autres instances.',
  privacyLink: (host) => `Politique de confidentialité de ${host}`,
  approvalNote: 'L’organisation examine chaque demande avant de l’accepter.',
  sending: 'Envoi de votre inscription…',
  emailRequired: 'Saisissez votre adresse e-mail.',
  emailInvalid: 'Saisissez une adresse e-mail valide, par exemple nom@exemple.org.',

  notConfirmed: (email) =>
    `C’est presque fini ! Consultez votre boîte de réception (${email}) et suivez le lien de l’e-mail pour confirmer votre participation.`,
  registered: 'Vous êtes inscrit·e. À bientôt !',
  notApproved:
    'Demande envoyée. L’organisation va examiner votre demande ; vous recevrez un e-mail dès qu’elle aura décidé.',
  registeredAs: (email) => `Vous vous êtes inscrit·e à cet événement avec ${email}.`,
  registerAnother: 'Inscrire une autre personne',
  cancel: 'Annuler ma participation',
  cancelQuestion: 'Annuler votre participation à cet événement ?',
  cancelYes: 'Oui, l’annuler',
  cancelNo: 'Non, la garder',
  cancelling: 'Annulation de votre participation…',
  cancelled: 'Votre participation est annulée.',

  blockedCancelled: 'Cet événement est annulé : les inscriptions sont closes.',
  blockedPast: 'Cet événement est terminé : les inscriptions sont closes.',
  blockedFull: (participants, maximum) =>
    `Cet événement est complet : ${participants} places prises sur ${maximum}.`,
  blockedFullNoCount: 'Cet événement est complet.',
  blockedInvite:
    'Cet événement est sur invitation uniquement. Contactez l’organisation pour y participer.',
  notEnabled:
    'La participation sans compte n’est pas possible pour cet événement. Vous pouvez participer avec un compte Mobilizon ou du fédivers :',
  remoteEvent: (host) =>
    `Cet événement est hébergé sur ${host} : c’est là-bas que se fait la participation sans compte.`,
  seeEvent: (host) => `Voir l’événement sur ${host}`,
  externalNote: 'Les inscriptions à cet événement se font sur un autre site.',
  externalButton: 'S’inscrire sur le site de l’organisation',

  otherWays: 'Autres façons de participer',
  accountHere: (host) => `J’ai un compte sur ${host}`,
  accountElsewhere: 'J’ai un compte sur une autre instance Mobilizon ou du fédivers',
  handle: 'L’adresse de votre compte',
  handleHint: 'Par exemple : camille@mobilizon.exemple',
  handleSubmit: 'Continuer sur mon instance',
  handleBusy: 'Recherche de votre instance…',
  handleInvalid: 'Saisissez l’adresse de votre compte sous la forme nom@instance.exemple.',

  errorFull: (participants, maximum) =>
    `Désolé, l’événement s’est rempli entre-temps : ${participants} places prises sur ${maximum}.`,
  errorFullNoCount: 'Désolé, l’événement s’est rempli entre-temps.',
  errorCancelled: 'Désolé, cet événement a été annulé entre-temps.',
  errorPast: 'Désolé, cet événement est terminé.',
  errorNotEnabled:
    'Cet événement n’accepte plus la participation sans compte. Vous pouvez toujours participer avec un compte.',
  errorEmailValidationOff:
    'Cette instance a désactivé la validation par e-mail : elle ne peut donc pas accepter de participation sans compte. Participez plutôt avec un compte.',
  errorAlreadyRegistered:
    'Cette adresse e-mail est déjà inscrite à cet événement. Cherchez l’e-mail de confirmation dans votre boîte de réception.',
  errorInvalidEmail: 'L’instance n’a pas accepté cette adresse e-mail. Vérifiez-la et réessayez.',
  errorNotFound: 'Cet événement n’existe plus sur l’instance. Il a peut-être été supprimé.',
  errorNetwork:
    'L’instance est injoignable : votre inscription n’a pas été envoyée. Vérifiez votre connexion et réessayez.',
  errorTimeout:
    'L’instance a mis trop de temps à répondre. Votre inscription a peut-être été enregistrée : consultez votre boîte de réception avant de réessayer.',
  errorServer:
    'L’instance a répondu par une erreur. Vos informations sont conservées : réessayez plus tard.',
  errorRefused:
    'L’instance n’a pas accepté cette inscription. Si vous vous êtes déjà inscrit·e avec cette adresse, consultez votre boîte de réception ; sinon, réessayez plus tard.',
  errorAlreadyCancelled:
    'Cette participation avait déjà été annulée (peut-être avec le lien de l’e-mail).',
  errorCancelNetwork:
    'Votre participation n’a pas pu être annulée : l’instance est injoignable. Réessayez.',
  errorUnknownAccount: (handle) => `Aucun compte ${handle} n’a été trouvé. Vérifiez l’adresse.`,
  errorUnreachable: (host) => `${host} est injoignable. Vérifiez l’adresse ou réessayez plus tard.`,
  errorServerAnswer: (host) => `${host} a répondu par une erreur. Réessayez plus tard.`,
  errorNoTemplate: (host) =>
    `${host} ne permet pas de participer depuis un autre site. Recherchez plutôt l’adresse de cet événement depuis votre compte :`,
  eventAddress: 'Adresse de l’événement',
};
