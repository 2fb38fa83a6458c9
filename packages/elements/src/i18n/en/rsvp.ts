import type { RsvpMessages } from '../areas/rsvp.js';

export const rsvp: RsvpMessages = {
  regionLabel: 'Participation',
  loading: 'Loading the ways to participate…',
  staleNote: (when) =>
    `This event may be out of date (last updated ${when}): its instance is not answering right now, so participating may not work.`,
  missingEvent: 'This participation form is not set up: no event was given.',
  participate: 'Participate',

  formLegend: 'Participate without an account',
  email: 'Email address',
  required: '(required)',
  emailHint: 'You will receive an email about your participation.',
  message: 'Message to the organizer',
  optional: '(optional)',
  privacyNote:
    'Your email address is only used to confirm your participation and to send you news about this event. It is not shared with the organizer or with other instances.',
  privacyLink: (host) => `Privacy policy of ${host}`,
  approvalNote: 'The organizer reviews each request before accepting it.',
  sending: 'Sending your registration…',
  emailRequired: 'Enter your email address.',
  emailInvalid: 'Enter a valid email address, such as name@example.org.',

  notConfirmed: (email) =>
    `Almost done! Check your inbox (${email}) and follow the link in the email to confirm your participation.`,
  registered: 'You are registered. See you there!',
  notApproved:
    'Request sent. The organizer will review your request; you will receive an email once they have decided.',
  registeredAs: (email) => `You registered for this event with ${email}.`,
  registerAnother: 'Register another person',
  cancel: 'Cancel my participation',
  cancelQuestion: 'Cancel your participation in this event?',
  cancelYes: 'Yes, cancel it',
  cancelNo: 'No, keep it',
  cancelling: 'Cancelling your participation…',
  cancelled: 'Your participation is cancelled.',

  blockedCancelled: 'This event is cancelled: participation is closed.',
  blockedPast: 'This event is over: participation is closed.',
  blockedFull: (participants, maximum) =>
    `This event is full: ${participants} of ${maximum} places are taken.`,
  blockedFullNoCount: 'This event is full.',
  blockedInvite: 'This event is by invitation only. Contact the organizer to take part.',
  notEnabled:
    'Participation without an account is not available for this event. You can participate with a Mobilizon or fediverse account:',
  remoteEvent: (host) =>
    `This event is hosted on ${host}: participation without an account happens there.`,
  seeEvent: (host) => `See the event on ${host}`,
  externalNote: 'Registration for this event happens on another site.',
  externalButton: 'Register on the organizer’s site',

  otherWays: 'Other ways to participate',
  accountHere: (host) => `I have an account on ${host}`,
  accountElsewhere: 'I have an account on another Mobilizon or fediverse instance',
  handle: 'Your account address',
  handleHint: 'For example: camille@mobilizon.example',
  handleSubmit: 'Continue on my instance',
  handleBusy: 'Looking up your instance…',
  handleInvalid: 'Enter your account address as name@instance.example.',

  errorFull: (participants, maximum) =>
    `Sorry, the event filled up in the meantime: ${participants} of ${maximum} places are taken.`,
  errorFullNoCount: 'Sorry, the event filled up in the meantime.',
  errorCancelled: 'Sorry, this event has been cancelled in the meantime.',
  errorPast: 'Sorry, this event is over.',
  errorNotEnabled:
    'This event no longer accepts participation without an account. You can still participate with an account.',
  errorEmailValidationOff:
    'This instance has turned off email validation, so it cannot accept participation without an account. Participate with an account instead.',
  errorAlreadyRegistered:
    'This email address is already registered for this event. Look for the confirmation email in your inbox.',
  errorInvalidEmail: 'The instance did not accept this email address. Check it and try again.',
  errorNotFound: 'This event no longer exists on the instance. It may have been deleted.',
  errorNetwork:
    'The instance could not be reached, so your registration was not sent. Check your connection and try again.',
  errorTimeout:
    'The instance took too long to answer. Your registration may have been recorded: check your inbox before trying again.',
  errorServer: 'The instance answered with an error. Your details are still here: try again later.',
  errorRefused:
    'The instance did not accept this registration. If you already registered with this address, check your inbox; otherwise try again later.',
  errorAlreadyCancelled:
    'This participation had already been cancelled (perhaps with the link in the email).',
  errorCancelNetwork:
    'Your participation could not be cancelled: the instance could not be reached. Try again.',
  errorUnknownAccount: (handle) => `No account ${handle} was found. Check the address.`,
  errorUnreachable: (host) =>
    `${host} could not be reached. Check the address, or try again later.`,
  errorServerAnswer: (host) => `${host} answered with an error. Try again later.`,
  errorNoTemplate: (host) =>
    `${host} does not offer to participate from another site. Search for this event’s address from your account instead:`,
  eventAddress: 'Event address',
};
