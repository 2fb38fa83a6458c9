import type { RsvpMessages } from '../areas/rsvp.js';

export const rsvp: RsvpMessages = {
  regionLabel: 'Participación',
  loading: 'Cargando las formas de participar…',
  staleNote: (when) =>
    `Puede que este evento no esté actualizado (última actualización: ${when}): su instancia no responde en este momento, por lo que la participación podría fallar.`,
  missingEvent: 'Este formulario de participación no está configurado: no se indicó ningún evento.',
  participate: 'Participar',

  formLegend: 'Participar sin cuenta',
  email: 'Correo electrónico',
  required: '(obligatorio)',
  emailHint: 'Recibirás un correo sobre tu participación.',
  message: 'Mensaje para la organización',
  optional: '(opcional)',
  privacyNote:
    'Tu correo solo se usa para confirmar tu participación y enviarte novedades sobre este evento. No se comparte con la organización ni con otras instancias.',
  privacyLink: (host) => `Política de privacidad de ${host}`,
  approvalNote: 'La organización revisa cada solicitud antes de aceptarla.',
  sending: 'Enviando tu inscripción…',
  emailRequired: 'Escribe tu correo electrónico.',
  emailInvalid: 'Escribe un correo electrónico válido, por ejemplo nombre@ejemplo.org.',

  notConfirmed: (email) =>
    `¡Casi listo! Revisa tu bandeja de entrada (${email}) y sigue el enlace del correo para confirmar tu participación.`,
  registered: 'Estás inscrito. ¡Nos vemos allí!',
  notApproved:
    'Solicitud enviada. La organización revisará tu solicitud; recibirás un correo cuando haya decidido.',
  registeredAs: (email) => `Te inscribiste en este evento con ${email}.`,
  registerAnother: 'Inscribir a otra persona',
  cancel: 'Cancelar mi participación',
  cancelQuestion: '¿Cancelar tu participación en este evento?',
  cancelYes: 'Sí, cancelarla',
  cancelNo: 'No, mantenerla',
  cancelling: 'Cancelando tu participación…',
  cancelled: 'Tu participación está cancelada.',

  blockedCancelled: 'Este evento está cancelado: las inscripciones están cerradas.',
  blockedPast: 'Este evento ya terminó: las inscripciones están cerradas.',
  blockedFull: (participants, maximum) =>
    `Este evento está completo: ${participants} de ${maximum} plazas ocupadas.`,
  blockedFullNoCount: 'Este evento está completo.',
  blockedInvite:
    'Este evento es solo con invitación. Ponte en contacto con la organización para participar.',
  notEnabled:
    'La participación sin cuenta no está disponible para este evento. Puedes participar con una cuenta de Mobilizon o del fediverso:',
  remoteEvent: (host) =>
    `Este evento está alojado en ${host}: la participación sin cuenta se hace allí.`,
  seeEvent: (host) => `Ver el evento en ${host}`,
  externalNote: 'La inscripción a este evento se hace en otro sitio.',
  externalButton: 'Inscribirse en el sitio de la organización',

  otherWays: 'Otras formas de participar',
  accountHere: (host) => `Tengo una cuenta en ${host}`,
  accountElsewhere: 'Tengo una cuenta en otra instancia de Mobilizon o del fediverso',
  handle: 'La dirección de tu cuenta',
  handleHint: 'Por ejemplo: camille@mobilizon.example',
  handleSubmit: 'Continuar en mi instancia',
  handleBusy: 'Buscando tu instancia…',
  handleInvalid: 'Escribe la dirección de tu cuenta con la forma nombre@instancia.example.',

  errorFull: (participants, maximum) =>
    `Lo sentimos, el evento se llenó mientras tanto: ${participants} de ${maximum} plazas ocupadas.`,
  errorFullNoCount: 'Lo sentimos, el evento se llenó mientras tanto.',
  errorCancelled: 'Lo sentimos, este evento se canceló mientras tanto.',
  errorPast: 'Lo sentimos, este evento ya terminó.',
  errorNotEnabled:
    'Este evento ya no acepta participación sin cuenta. Todavía puedes participar con una cuenta.',
  errorEmailValidationOff:
    'Esta instancia desactivó la validación por correo, así que no puede aceptar participación sin cuenta. Participa con una cuenta.',
  errorAlreadyRegistered:
    'Este correo ya está inscrito en este evento. Busca el correo de confirmación en tu bandeja de entrada.',
  errorInvalidEmail: 'La instancia no aceptó este correo. Revísalo e inténtalo de nuevo.',
  errorNotFound: 'Este evento ya no existe en la instancia. Puede que se haya eliminado.',
  errorNetwork:
    'No se pudo contactar con la instancia, así que tu inscripción no se envió. Revisa tu conexión e inténtalo de nuevo.',
  errorTimeout:
    'La instancia tardó demasiado en responder. Puede que tu inscripción se haya registrado: revisa tu bandeja de entrada antes de volver a intentarlo.',
  errorServer: 'La instancia respondió con un error. Tus datos siguen aquí: inténtalo más tarde.',
  errorRefused:
    'La instancia no aceptó esta inscripción. Si ya te inscribiste con este correo, revisa tu bandeja de entrada; si no, inténtalo más tarde.',
  errorAlreadyCancelled:
    'Esta participación ya se había cancelado (quizás con el enlace del correo).',
  errorCancelNetwork:
    'No se pudo cancelar tu participación: no se pudo contactar con la instancia. Inténtalo de nuevo.',
  errorUnknownAccount: (handle) => `No se encontró ninguna cuenta ${handle}. Revisa la dirección.`,
  errorUnreachable: (host) =>
    `No se pudo contactar con ${host}. Revisa la dirección o inténtalo más tarde.`,
  errorServerAnswer: (host) => `${host} respondió con un error. Inténtalo más tarde.`,
  errorNoTemplate: (host) =>
    `${host} no permite participar desde otro sitio. Busca la dirección de este evento desde tu cuenta:`,
  eventAddress: 'Dirección del evento',
};
