/**
 * Anonymous participation: joining and leaving an event without an account. Its documents,
 * checks and answer normalization live here, apart from the rest of the client, which loads
 * this module on the first `joinEvent` or `leaveEvent`: a page that only shows events never
 * downloads it.
 */
import type { CallOptions, JoinInput, LeaveInput } from './client.js';
import type { Operation } from './documents.js';
import { KiosqueError } from './errors.js';
import {
  PARTICIPANT_ROLES,
  type InstanceInfo,
  type KiosqueEvent,
  type ParticipantRole,
  type Participation,
} from './model.js';
import { id, isRecord, rec, str } from './shape.js';
import type { GraphQLResult } from './transport.js';
import { capabilitiesFor, type Capabilities } from './version.js';

const TIMEZONE = /^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/;

export interface JoinArgs {
  eventId: string;
  actorId: string;
  email: string;
  message: string | null;
  locale: string | null;
  timezone: string | null;
}

/**
 * Anonymous join. `timezone` is a String on 2.0–3.1.1 and a Timezone on 3.1.2+, so no
 * variable type fits both: it is inlined as a literal (validated first), and left out on 1.x.
 */
export function joinOperation(caps: Capabilities, args: JoinArgs): Operation {
  const declared = ['$eventId: ID!', '$actorId: ID!', '$email: String'];
  const passed = ['eventId: $eventId', 'actorId: $actorId', 'email: $email'];
  const variables: Record<string, unknown> = {
    eventId: args.eventId,
    actorId: args.actorId,
    email: args.email,
  };
  if (args.message) {
    declared.push('$message: String');
    passed.push('message: $message');
    variables['message'] = args.message;
  }
  if (args.locale) {
    declared.push('$locale: String');
    passed.push('locale: $locale');
    variables['locale'] = args.locale;
  }
  if (caps.joinTimezone && args.timezone && TIMEZONE.test(args.timezone)) {
    passed.push(`timezone: ${JSON.stringify(args.timezone)}`);
  }
  return {
    name: 'KiosqueJoinEvent',
    query:
      `mutation KiosqueJoinEvent(${declared.join(', ')}) { ` +
      `joinEvent(${passed.join(', ')}) { id role metadata { cancellationToken } } }`,
    variables,
    mutation: true,
  };
}

export function leaveOperation(eventId: string, actorId: string, token: string): Operation {
  return {
    name: 'KiosqueLeaveEvent',
    query:
      'mutation KiosqueLeaveEvent($eventId: ID!, $actorId: ID!, $token: String) { ' +
      'leaveEvent(eventId: $eventId, actorId: $actorId, token: $token) { id } }',
    variables: { eventId, actorId, token },
    mutation: true,
  };
}

export function normalizeParticipation(raw: unknown): Participation | null {
  const p = rec(raw);
  if (!p) return null;
  const role = PARTICIPANT_ROLES.find((r) => r === p['role']);
  if (!role) return null;
  return {
    id: id(p['id']),
    role: role satisfies ParticipantRole,
    cancellationToken: str(rec(p['metadata'])?.['cancellationToken']),
  };
}

/** What joining and leaving need from the client that loaded this module. */
export interface ParticipationContext {
  readonly instance: string;
  /** The client's `locale` option. */
  readonly locale: string | undefined;
  instanceInfo(opts?: CallOptions): Promise<InstanceInfo>;
  send(
    op: Operation,
    signal: AbortSignal | undefined,
    opts: CallOptions | undefined,
    locale?: string,
  ): Promise<GraphQLResult>;
  invalidResponse(message: string): KiosqueError;
}

function invalid(message: string): KiosqueError {
  return new KiosqueError({ kind: 'invalid-input', message });
}

async function anonymousActor(
  client: ParticipationContext,
  event: KiosqueEvent,
  opts?: CallOptions,
): Promise<{ actorId: string; caps: Capabilities }> {
  if (!isRecord(event) || typeof event.id !== 'string' || !/^\d+$/.test(event.id)) {
    throw invalid('The event has no numeric id: load it with this client first');
  }
  if (event.instance !== client.instance) {
    throw invalid(`The event was loaded from ${event.instance}, not ${client.instance}`);
  }
  const info = await client.instanceInfo(opts ? { ...opts, fresh: false } : undefined);
  if (!info.anonymousParticipation.actorId) {
    throw invalid(
      `${client.instance} does not publish an anonymous actor: anonymous participation is unavailable`,
    );
  }
  return { actorId: info.anonymousParticipation.actorId, caps: capabilitiesFor(info.version) };
}

export async function joinEvent(
  client: ParticipationContext,
  input: JoinInput,
  opts?: CallOptions,
): Promise<Participation> {
  const email = typeof input?.email === 'string' ? input.email.trim() : '';
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw invalid('A valid email address is required');
  const { actorId, caps } = await anonymousActor(client, input.event, opts);
  const locale = input.locale ?? client.locale ?? null;
  const op = joinOperation(caps, {
    eventId: input.event.id,
    actorId,
    email,
    message: input.message?.trim() || null,
    locale,
    timezone: input.timezone ?? runtimeTimezone(),
  });
  const { data } = await client.send(op, opts?.signal, opts, locale ?? undefined);
  const participation = normalizeParticipation(data['joinEvent']);
  if (!participation) throw client.invalidResponse('joinEvent returned no participation');
  return participation;
}

export async function leaveEvent(
  client: ParticipationContext,
  input: LeaveInput,
  opts?: CallOptions,
): Promise<void> {
  if (typeof input?.token !== 'string' || input.token.trim() === '') {
    throw invalid('The cancellation token is required');
  }
  const { actorId } = await anonymousActor(client, input.event, opts);
  await client.send(
    leaveOperation(input.event.id, actorId, input.token.trim()),
    opts?.signal,
    opts,
  );
}

function runtimeTimezone(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
  } catch {
    return null;
  }
}
