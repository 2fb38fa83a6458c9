import type { KiosqueError, KiosqueEvent, ParticipantRole } from '@kiosque/client';

/** Why a participation (or its cancellation, or the remote lookup) failed. */
export const RSVP_ERROR_REASONS = [
  'full',
  'cancelled',
  'past',
  'not-enabled',
  'email-validation-off',
  'already-registered',
  'invalid-email',
  'not-found',
  'network',
  'timeout',
  'server',
  'refused',
  'already-cancelled',
  'unknown-account',
  'unreachable',
  'no-template',
] as const;
export type RsvpErrorReason = (typeof RSVP_ERROR_REASONS)[number];

export interface RsvpSubmitDetail {
  email: string;
  message: string;
  event: KiosqueEvent;
}

/**
 * Fired before an anonymous participation is sent. Cancelable: a host page that calls
 * `preventDefault()` takes over (nothing is sent; the form stays as it is).
 */
export class KiosqueRsvpSubmitEvent extends Event {
  static readonly eventName = 'kiosque-rsvp-submit';
  readonly email: string;
  readonly message: string;
  readonly event: KiosqueEvent;
  constructor(detail: RsvpSubmitDetail) {
    super(KiosqueRsvpSubmitEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.email = detail.email;
    this.message = detail.message;
    this.event = detail.event;
  }
  get detail(): RsvpSubmitDetail {
    return { email: this.email, message: this.message, event: this.event };
  }
}

/** Fired when the instance accepted a participation. */
export class KiosqueRsvpSuccessEvent extends Event {
  static readonly eventName = 'kiosque-rsvp-success';
  readonly role: ParticipantRole;
  constructor(role: ParticipantRole) {
    super(KiosqueRsvpSuccessEvent.eventName, { bubbles: true, composed: true });
    this.role = role;
  }
  get detail(): { role: ParticipantRole } {
    return { role: this.role };
  }
}

/** Fired when a participation, a cancellation or a remote-account lookup failed. */
export class KiosqueRsvpErrorEvent extends Event {
  static readonly eventName = 'kiosque-rsvp-error';
  readonly error: KiosqueError;
  readonly reason: RsvpErrorReason;
  constructor(error: KiosqueError, reason: RsvpErrorReason) {
    super(KiosqueRsvpErrorEvent.eventName, { bubbles: true, composed: true });
    this.error = error;
    this.reason = reason;
  }
  get detail(): { error: KiosqueError; reason: RsvpErrorReason } {
    return { error: this.error, reason: this.reason };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kiosque-rsvp-submit': KiosqueRsvpSubmitEvent;
    'kiosque-rsvp-success': KiosqueRsvpSuccessEvent;
    'kiosque-rsvp-error': KiosqueRsvpErrorEvent;
  }
}
