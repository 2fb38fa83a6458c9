import { isFull, isPast } from '@kiosque/render';
import {
  safeUrl,
  type InstanceInfo,
  type KiosqueClient,
  type KiosqueError,
  type KiosqueEvent,
} from '@kiosque/client';
import { toKiosqueError } from '../shared/errors.js';
import { registeredWith } from '../shared/participations.js';
import type { RsvpErrorReason } from './rsvp-events.js';

/**
 * What the element needs from a client; `createClient()` gives one. With `eventResult`, the
 * element also says when the event is the last good data of an instance that is not answering.
 */
export type RsvpClient = Pick<
  KiosqueClient,
  'instance' | 'instanceInfo' | 'event' | 'joinEvent' | 'leaveEvent'
> &
  Partial<Pick<KiosqueClient, 'eventResult'>>;

/** Why participation is impossible, whatever the way. */
export type RsvpBlocker = 'cancelled' | 'past' | 'full' | 'invite';

/** Why participation without an account is not offered. */
export type AnonymousUnavailable = 'remote-event' | 'not-enabled' | 'email-validation-off';

/** The ways to participate in an event, decided as Mobilizon's participation dialog does. */
export interface RsvpPlan {
  blocker: RsvpBlocker | null;
  /** The external registration URL (join option EXTERNAL), checked to be http(s). */
  external: string | null;
  /** Way 1: participation without an account. */
  anonymous: boolean;
  anonymousUnavailable: AnonymousUnavailable | null;
  /** Ways 3 and 4: an account on this instance, or on another one. */
  accounts: boolean;
}

/** The address Mobilizon itself accepts: something@domain.tld. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Whether Mobilizon would take `text` (trimmed) as an e-mail address. */
export function isEmail(text: string): boolean {
  return EMAIL.test(text);
}

export { isFull, isPast };

export function planFor(event: KiosqueEvent, info: InstanceInfo, now = Date.now()): RsvpPlan {
  const none: RsvpPlan = {
    blocker: null,
    external: null,
    anonymous: false,
    anonymousUnavailable: null,
    accounts: false,
  };
  if (event.status === 'CANCELLED') return { ...none, blocker: 'cancelled' };
  if (isPast(event, now)) return { ...none, blocker: 'past' };
  if (event.joinMode === 'external') {
    const external = safeUrl(event.externalUrl);
    // Without a usable address, an account on the instance is what remains.
    return external ? { ...none, external } : { ...none, accounts: true };
  }
  if (event.joinMode === 'invite') return { ...none, blocker: 'invite' };
  if (isFull(event)) return { ...none, blocker: 'full' };
  const settings = info.anonymousParticipation;
  let anonymousUnavailable: AnonymousUnavailable | null = null;
  if (!event.local) anonymousUnavailable = 'remote-event';
  else if (!settings.allowed || !event.anonymousParticipation || !settings.actorId)
    anonymousUnavailable = 'not-enabled';
  else if (!settings.emailValidation) anonymousUnavailable = 'email-validation-off';
  return {
    ...none,
    anonymous: anonymousUnavailable === null,
    anonymousUnavailable,
    accounts: true,
  };
}

/**
 * Why a participation without an account failed. Mobilizon answers refused joins with localized
 * text and `unknown_error`: find the reason by checking what can be checked, never by reading
 * the text. `onFetched` gets the event when it was fetched again (for "full: 20 of 20").
 */
export async function explainJoin(
  client: RsvpClient,
  uuid: string,
  error: KiosqueError,
  email: string,
  onFetched: (event: KiosqueEvent) => void,
): Promise<RsvpErrorReason> {
  switch (error.kind) {
    case 'network':
      return 'network';
    case 'timeout':
      return 'timeout';
    case 'not-found':
      return 'not-found';
    case 'graphql':
      break;
    case 'invalid-input':
      return 'refused';
    default:
      return 'server';
  }
  try {
    const fresh = await client.event(uuid, { fresh: true });
    onFetched(fresh);
    if (fresh.status === 'CANCELLED') return 'cancelled';
    if (isPast(fresh)) return 'past';
    if (isFull(fresh)) return 'full';
    if (!fresh.local || !fresh.anonymousParticipation) return 'not-enabled';
  } catch (fetchError) {
    if (toKiosqueError(fetchError).kind === 'not-found') return 'not-found';
  }
  try {
    const info = await client.instanceInfo({ fresh: true });
    if (!info.anonymousParticipation.allowed) return 'not-enabled';
    if (!info.anonymousParticipation.emailValidation) return 'email-validation-off';
  } catch {
    // Keep looking with what we know.
  }
  if (registeredWith(client.instance, uuid, email)) return 'already-registered';
  if (!isEmail(email)) return 'invalid-email';
  return 'refused';
}
