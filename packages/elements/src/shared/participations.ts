/**
 * Anonymous participations remembered in the visitor's browser, so that a later visit can
 * offer "Cancel my participation" (the cancellation token is the only way to cancel) and can
 * recognise a second registration with the same address.
 *
 * Like Mobilizon's own front end (`AnonymousParticipationStorage.ts`), records are keyed by
 * event uuid and expire a month after the event. The address itself is not stored: only a
 * masked form to show ("s•••@example.org") and a hash to compare. Every storage access is
 * guarded: when `localStorage` is missing, blocked or full, records live in memory for the page.
 */
import { PARTICIPANT_ROLES, type ParticipantRole } from '@kiosque/client';

export const PARTICIPATIONS_KEY = 'kiosque:participations';

/** How long a record outlives its event (Mobilizon: one month). */
export const KEEP_AFTER_EVENT_MS = 30 * 24 * 60 * 60 * 1000;

export interface StoredParticipation {
  /** Normalized instance URL the token belongs to. */
  instance: string;
  uuid: string;
  /** The cancellation token returned by joinEvent. */
  token: string;
  /** The role returned at registration (it may have changed since). */
  role: ParticipantRole;
  /** The address, masked for display. */
  emailHint: string;
  /** A hash of the lower-cased address. */
  emailHash: string;
  /** Epoch ms after which the record is dropped. */
  expiresAt: number;
}

export interface ParticipationEventRef {
  uuid: string;
  beginsOn: string;
  endsOn: string | null;
}

type Records = Record<string, StoredParticipation[]>;

/** Used when localStorage cannot be used; also a mirror so one page never loses a token. */
const memory = new Map<string, StoredParticipation[]>();

function storage(): Storage | null {
  try {
    const s = globalThis.localStorage as Storage | undefined;
    return s && typeof s.getItem === 'function' ? s : null;
  } catch {
    return null;
  }
}

function isStored(value: unknown): value is StoredParticipation {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v['instance'] === 'string' &&
    typeof v['uuid'] === 'string' &&
    typeof v['token'] === 'string' &&
    v['token'] !== '' &&
    (PARTICIPANT_ROLES as readonly unknown[]).includes(v['role']) &&
    typeof v['emailHint'] === 'string' &&
    typeof v['emailHash'] === 'string' &&
    typeof v['expiresAt'] === 'number'
  );
}

function readStorage(): Records | null {
  const s = storage();
  if (!s) return null;
  let raw: string | null;
  try {
    raw = s.getItem(PARTICIPATIONS_KEY);
  } catch {
    return null;
  }
  if (!raw) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    const out: Records = {};
    for (const [uuid, list] of Object.entries(parsed as Record<string, unknown>)) {
      if (Array.isArray(list)) out[uuid] = list.filter(isStored);
    }
    return out;
  } catch {
    return {};
  }
}

function writeStorage(records: Records): void {
  const s = storage();
  if (!s) return;
  try {
    if (Object.keys(records).length === 0) s.removeItem(PARTICIPATIONS_KEY);
    else s.setItem(PARTICIPATIONS_KEY, JSON.stringify(records));
  } catch {
    // Full or blocked: the memory copy still serves this page.
  }
}

function load(now: number): Records {
  const stored = readStorage() ?? {};
  const merged: Records = {};
  for (const uuid of new Set([...Object.keys(stored), ...memory.keys()])) {
    const byToken = new Map<string, StoredParticipation>();
    for (const p of [...(stored[uuid] ?? []), ...(memory.get(uuid) ?? [])]) {
      if (p.expiresAt > now) byToken.set(p.token, p);
    }
    if (byToken.size > 0) merged[uuid] = [...byToken.values()];
  }
  return merged;
}

function save(records: Records): void {
  memory.clear();
  for (const [uuid, list] of Object.entries(records)) memory.set(uuid, list);
  writeStorage(records);
}

/** "sam@example.org" → "s•••@example.org". */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.trim().split('@');
  return `${local.slice(0, 1)}•••@${domain}`;
}

/** A short, non-reversible fingerprint of an address (FNV-1a, two seeds): not a secret. */
export function hashEmail(email: string): string {
  const text = email.trim().toLowerCase();
  const fnv = (seed: number) => {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 16777619) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
  };
  return fnv(2166136261) + fnv(0x9747b28c);
}

/** When a record for this event expires: a month after its end (or start). */
export function expiryFor(event: ParticipationEventRef): number {
  const end = Date.parse(event.endsOn ?? event.beginsOn);
  return (Number.isNaN(end) ? Date.now() : end) + KEEP_AFTER_EVENT_MS;
}

/** The participations remembered for an event of an instance, oldest first. */
export function participationsFor(
  instance: string,
  uuid: string,
  now = Date.now(),
): StoredParticipation[] {
  return (load(now)[uuid] ?? []).filter((p) => p.instance === instance);
}

/** Remembers a new participation (and drops expired ones). */
export function rememberParticipation(
  input: {
    instance: string;
    event: ParticipationEventRef;
    email: string;
    role: ParticipantRole;
    token: string;
  },
  now = Date.now(),
): StoredParticipation {
  const record: StoredParticipation = {
    instance: input.instance,
    uuid: input.event.uuid,
    token: input.token,
    role: input.role,
    emailHint: maskEmail(input.email),
    emailHash: hashEmail(input.email),
    expiresAt: expiryFor(input.event),
  };
  const records = load(now);
  records[record.uuid] = [
    ...(records[record.uuid] ?? []).filter((p) => p.token !== record.token),
    record,
  ];
  save(records);
  return record;
}

/** Forgets a participation once it is cancelled (or the instance no longer knows it). */
export function forgetParticipation(uuid: string, token: string, now = Date.now()): void {
  const records = load(now);
  const rest = (records[uuid] ?? []).filter((p) => p.token !== token);
  if (rest.length > 0) records[uuid] = rest;
  else delete records[uuid];
  save(records);
}

/** Whether this browser registered this address for the event. */
export function registeredWith(
  instance: string,
  uuid: string,
  email: string,
  now = Date.now(),
): boolean {
  const hash = hashEmail(email);
  return participationsFor(instance, uuid, now).some((p) => p.emailHash === hash);
}

/** Forgets everything (tests, "forget me" buttons). */
export function clearParticipations(): void {
  memory.clear();
  const s = storage();
  try {
    s?.removeItem(PARTICIPATIONS_KEY);
  } catch {
    // Nothing to clear.
  }
}
