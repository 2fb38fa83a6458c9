/** Public option and result types of @kiosque/dev-instance. */

export type MobilizonVersion = '1.3.2' | '2.1.0' | '5.1.3';
export const MOBILIZON_VERSIONS = [
  '1.3.2',
  '2.1.0',
  '5.1.3',
] as const satisfies readonly MobilizonVersion[];

export const FAULT_MODES = [
  'none',
  'http-500',
  'malformed-json',
  'graphql-error',
  'reset',
] as const;
export type FaultMode = (typeof FAULT_MODES)[number];

export interface FaultOptions {
  latencyMs?: number;
  mode?: FaultMode;
}

export type EventStatus = 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
export type EventJoinOptions = 'FREE' | 'RESTRICTED' | 'INVITE' | 'EXTERNAL';
export type EventVisibility = 'PUBLIC' | 'UNLISTED' | 'RESTRICTED' | 'PRIVATE';

export interface SeedAddressInput {
  /** Venue name. */
  description?: string | null;
  street?: string | null;
  locality?: string | null;
  postalCode?: string | null;
  region?: string | null;
  country?: string | null;
  /** `"lon;lat"` as Mobilizon serializes it, or an object. */
  geom?: string | { lon: number; lat: number } | null;
  timezone?: string | null;
}

export interface SeedPictureInput {
  /** Absolute URL, or a path on the dev instance such as `/media/event-3.png`. */
  url: string;
  alt?: string | null;
  width?: number | null;
  height?: number | null;
  blurhash?: string | null;
  contentType?: string | null;
}

export interface SeedEventOptionsInput {
  maximumAttendeeCapacity?: number | null;
  anonymousParticipation?: boolean;
  showStartTime?: boolean;
  showEndTime?: boolean;
  hideNumberOfParticipants?: boolean;
  isOnline?: boolean;
  showRemainingAttendeeCapacity?: boolean;
  program?: string | null;
}

export interface SeedMetadataInput {
  key: string;
  value: string;
  type?: 'STRING' | 'BOOLEAN' | 'INTEGER';
  title?: string | null;
}

/** An event to add to the seed. Everything but `title` and `beginsOn` has a default. */
export interface SeedEventInput {
  uuid?: string;
  /** Numeric id (as Mobilizon's `Event.id`); default: next free id. */
  id?: string | number;
  title: string;
  /** HTML, as Mobilizon stores it (not sanitized here: tests may pass hostile content). */
  description?: string | null;
  beginsOn: string | Date;
  endsOn?: string | Date | null;
  /** IANA zone for `options.timezone`; default `Europe/Paris`, `null` for none. */
  timezone?: string | null;
  /** Group handle: `climate-action` (local) or `name@other.example` (remote). Default: first local group. */
  group?: string | null;
  address?: SeedAddressInput | null;
  /** A URL string or a full picture description; `null` for none. */
  picture?: string | SeedPictureInput | null;
  tags?: string[];
  category?: string;
  language?: string;
  onlineAddress?: string | null;
  phoneAddress?: string | null;
  externalParticipationUrl?: string | null;
  status?: EventStatus;
  joinOptions?: EventJoinOptions;
  visibility?: EventVisibility;
  draft?: boolean;
  options?: SeedEventOptionsInput;
  metadata?: SeedMetadataInput[];
  /** Participants already registered (role PARTICIPANT). Default 0. */
  participants?: number;
  /**
   * Whether anonymous participants must confirm their email (Mobilizon's instance-wide
   * default is true). Dev-instance extension so that role PARTICIPANT is reachable.
   */
  emailConfirmationRequired?: boolean;
  insertedAt?: string | Date;
  updatedAt?: string | Date;
}

/** The instance's anonymous participation settings (Mobilizon's `config.anonymous.participation`). */
export interface AnonymousParticipationOptions {
  /** Whether the instance allows anonymous participation at all. Default true. */
  allowed?: boolean;
  /**
   * Whether the instance validates anonymous participants by email. Default true. When an
   * admin turns it off, every anonymous join fails ("A valid email is required by your instance").
   */
  emailValidation?: boolean;
}

export interface DevInstanceOptions {
  /** 0 = random; default 4000. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 5.1.3. */
  version?: MobilizonVersion;
  faults?: FaultOptions;
  /** Seed "today" and, when given, the instance's clock (frozen); default: now. */
  now?: Date;
  /** Extra events merged into the seed, for tests (e.g. hostile XSS content). */
  extraEvents?: SeedEventInput[];
  /** Instance name. */
  name?: string;
  /** Anonymous participation settings; both default to on, as in Mobilizon. */
  anonymousParticipation?: AnonymousParticipationOptions;
}

export interface DevInstance {
  /** e.g. http://127.0.0.1:4000, no trailing slash. */
  url: string;
  port: number;
  version: MobilizonVersion;
  setFaults(f: FaultOptions): void;
  /** The e-mails the instance "sent" so far, oldest first (also at `/__kiosque/mailbox.json`). */
  mailbox(): MailMessage[];
  close(): Promise<void>;
}

export const MAIL_KINDS = [
  'confirm-participation',
  'participation-confirmed',
  'participation-pending-approval',
] as const;
/**
 * `confirm-participation`: sent on join when email confirmation is required (confirm + cancel
 * links); `participation-confirmed`: the visitor is a participant (on join without
 * confirmation, or once confirmed); `participation-pending-approval`: confirmed, the organizer
 * now reviews the request.
 */
export type MailKind = (typeof MAIL_KINDS)[number];

/** One e-mail the dev instance would have sent. */
export interface MailMessage {
  /** "1", "2", … in sending order. */
  id: string;
  kind: MailKind;
  to: string;
  subject: string;
  /** Plain-text body, as it would be sent. */
  text: string;
  /** `en` or `fr`, from the participation's locale. */
  locale: string;
  eventUuid: string;
  eventId: string;
  eventTitle: string;
  /** Set on `confirm-participation` messages. */
  confirmationToken: string | null;
  /** `<instance>/participation/email/confirm/<token>`, on `confirm-participation` messages. */
  confirmationUrl: string | null;
  /** `<instance>/participation/email/cancel/<uuid>/<cancellation token>`, on every message. */
  cancellationUrl: string;
  sentAt: string;
}
