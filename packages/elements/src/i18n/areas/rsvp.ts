/** Strings of the rsvp area. Every language folder has a `rsvp.ts` implementing this. */
export interface RsvpMessages {
  /** Accessible name of the whole participation area. */
  regionLabel: string;
  loading: string;
  /** The event shown is the last good data: its instance is not answering. */
  staleNote: (fetchedAt: string) => string;
  /** No `uuid` and no `event` were given. */
  missingEvent: string;
  /** The compact toggle and the submit button. */
  participate: string;

  // Anonymous participation form
  formLegend: string;
  email: string;
  required: string;
  emailHint: string;
  message: string;
  optional: string;
  privacyNote: string;
  privacyLink: (host: string) => string;
  approvalNote: string;
  sending: string;
  emailRequired: string;
  emailInvalid: string;

  // Outcomes
  notConfirmed: (email: string) => string;
  registered: string;
  notApproved: string;
  registeredAs: (email: string) => string;
  registerAnother: string;
  cancel: string;
  cancelQuestion: string;
  cancelYes: string;
  cancelNo: string;
  cancelling: string;
  cancelled: string;

  // Why participation is not possible, and what remains
  blockedCancelled: string;
  blockedPast: string;
  blockedFull: (participants: number, maximum: number) => string;
  blockedFullNoCount: string;
  blockedInvite: string;
  notEnabled: string;
  remoteEvent: (host: string) => string;
  seeEvent: (host: string) => string;
  externalNote: string;
  externalButton: string;

  // Other ways
  otherWays: string;
  accountHere: (host: string) => string;
  accountElsewhere: string;
  handle: string;
  handleHint: string;
  handleSubmit: string;
  handleBusy: string;
  handleInvalid: string;

  // Failures after sending
  errorFull: (participants: number, maximum: number) => string;
  errorFullNoCount: string;
  errorCancelled: string;
  errorPast: string;
  errorNotEnabled: string;
  errorEmailValidationOff: string;
  errorAlreadyRegistered: string;
  errorInvalidEmail: string;
  errorNotFound: string;
  errorNetwork: string;
  errorTimeout: string;
  errorServer: string;
  errorRefused: string;
  errorAlreadyCancelled: string;
  errorCancelNetwork: string;
  errorUnknownAccount: (handle: string) => string;
  errorUnreachable: (host: string) => string;
  errorServerAnswer: (host: string) => string;
  errorNoTemplate: (host: string) => string;
  /** Label of the event address shown after `errorNoTemplate`, to copy into one's own instance. */
  eventAddress: string;
}
