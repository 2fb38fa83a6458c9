/** The state of one dev instance: its own copy of the seed, participations and "sent" emails. */
import type { EventRecord, ActorRecord } from './model.js';
import { normalizeEvent } from './model.js';
import { createRandom, hashString, randomToken, uuidFromKey } from './random.js';
import { SEED, seedActors, seedEvents } from './seed.js';
import type { MailMessage, SeedEventInput } from './types.js';

export type ParticipantRole = 'NOT_CONFIRMED' | 'NOT_APPROVED' | 'PARTICIPANT';

export interface ParticipationRecord {
  id: string;
  eventId: string;
  role: ParticipantRole;
  email: string;
  message: string | null;
  locale: string | null;
  timezone: string | null;
  cancellationToken: string;
  confirmationToken: string | null;
  insertedAt: Date;
}

export class Store {
  readonly events: EventRecord[] = [];
  readonly groups = new Map<string, ActorRecord>();
  readonly persons = new Map<string, ActorRecord>();
  readonly participations: ParticipationRecord[] = [];
  /** Every e-mail "sent", oldest first. */
  readonly mailbox: MailMessage[] = [];
  private nextParticipantId = 1;
  private readonly random: () => number;

  constructor(now: Date, extraEvents: SeedEventInput[] = []) {
    const { groups, persons } = seedActors();
    for (const g of groups)
      this.groups.set(g.domain ? `${g.preferredUsername}@${g.domain}` : g.preferredUsername, g);
    for (const p of persons) this.persons.set(p.id, p);
    this.random = createRandom(hashString(now.toISOString()));
    let nextEventId = 100;
    let nextObjectId = 1;
    const inputs = [...seedEvents(now), ...extraEvents];
    const taken = new Set(inputs.filter((e) => e.id !== undefined).map((e) => String(e.id)));
    inputs.forEach((input, index) => {
      this.events.push(
        normalizeEvent(input, {
          index,
          groups: this.groups,
          defaultGroup: SEED.groups.climateAction,
          nextEventId: () => {
            while (taken.has(String(nextEventId))) nextEventId++;
            return String(nextEventId++);
          },
          nextObjectId: () => String(nextObjectId++),
          uuidFor: (e, i) => uuidFromKey(`extra:${i}:${e.title}`),
        }),
      );
    });
  }

  /** The confirmation e-mails, as `/__kiosque/outbox` lists them. */
  get outbox(): MailMessage[] {
    return this.mailbox.filter((m) => m.confirmationToken !== null);
  }

  token(): string {
    return randomToken(this.random);
  }

  newParticipantId(): string {
    return String(this.nextParticipantId++);
  }

  eventByUuid(uuid: string): EventRecord | undefined {
    return this.events.find((e) => e.uuid === uuid);
  }

  eventById(id: string): EventRecord | undefined {
    return this.events.find((e) => e.id === id);
  }

  /** participantStats.participant: role PARTICIPANT only, as Mobilizon counts it. */
  participantCount(event: EventRecord): number {
    return (
      event.seedParticipants +
      this.participations.filter((p) => p.eventId === event.id && p.role === 'PARTICIPANT').length
    );
  }

  roleCount(event: EventRecord, role: ParticipantRole): number {
    return this.participations.filter((p) => p.eventId === event.id && p.role === role).length;
  }

  actorFor(event: EventRecord): ActorRecord | null {
    return event.groupHandle ? (this.groups.get(event.groupHandle) ?? null) : null;
  }
}
