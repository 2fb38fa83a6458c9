import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SEED } from '../src/index.js';
import { gql, useInstance } from './helpers.js';

const JOIN = `mutation Join($actorId: ID!, $eventId: ID!, $email: String) {
  joinEvent(actorId: $actorId, eventId: $eventId, email: $email, locale: "fr", message: "Hello", timezone: "Europe/Paris") {
    id role metadata { cancellationToken message locale } actor { id } event { uuid participantStats { participant } }
  }
}`;

describe('anonymous RSVP', () => {
  const ctx = useInstance();
  const ids = new Map<string, string>();
  const idOf = async (uuid: string): Promise<string> => {
    if (!ids.has(uuid)) {
      const { body } = await gql(ctx.instance, `{ event(uuid: "${uuid}") { id } }`);
      ids.set(uuid, (body.data?.['event'] as { id: string }).id);
    }
    return ids.get(uuid)!;
  };
  const join = async (
    uuid: string,
    email: string | null,
    actorId: string = SEED.anonymousActorId,
    headers = {},
  ) => gql(ctx.instance, JOIN, { actorId, eventId: await idOf(uuid), email }, headers);
  const message = (r: Awaited<ReturnType<typeof join>>) => r.body.errors?.[0]?.['message'];

  it('fails for an unknown event id', async () => {
    const r = await gql(ctx.instance, JOIN, {
      actorId: SEED.anonymousActorId,
      eventId: '424242',
      email: 'a@b.example',
    });
    assert.equal(message(r), 'Event with this ID "424242" doesn\'t exist');
    assert.equal(r.body.errors?.[0]?.['code'], 'unknown_error');
    assert.equal(r.body.errors?.[0]?.['status_code'], 500);
  });

  it('fails when the event does not allow anonymous participation', async () => {
    assert.equal(
      message(await join(SEED.events.anonymousDisabled, 'a@b.example')),
      'Anonymous participation is not enabled',
    );
  });

  it('fails for a remote event even with the option on', async () => {
    assert.equal(
      message(await join(SEED.events.remote, 'a@b.example')),
      'Anonymous participation is not enabled',
    );
  });

  it('fails when actorId is not the anonymous actor', async () => {
    assert.equal(
      message(await join(SEED.events.anonymous, 'a@b.example', '1')),
      'Profile ID provided is not the anonymous profile one',
    );
  });

  it('fails without a valid email', async () => {
    assert.equal(
      message(await join(SEED.events.anonymous, null)),
      'A valid email is required by your instance',
    );
    assert.equal(
      message(await join(SEED.events.anonymous, 'nope')),
      'A valid email is required by your instance',
    );
  });

  it('fails when the event is full', async () => {
    assert.equal(
      message(await join(SEED.events.full, 'a@b.example')),
      'The event has already reached its maximum capacity',
    );
  });

  it('answers in French with Accept-Language: fr', async () => {
    const r = await join(SEED.events.full, 'a@b.example', SEED.anonymousActorId, {
      'accept-language': 'fr',
    });
    assert.equal(message(r), "L'événement a déjà atteint sa capacité maximale");
  });

  it('joins with role NOT_CONFIRMED, then refuses the same email twice', async () => {
    const r = await join(SEED.events.anonymous, 'sam@example.org');
    assert.equal(r.body.errors, undefined);
    const p = r.body.data?.['joinEvent'] as {
      role: string;
      metadata: { cancellationToken: string; message: string; locale: string };
    };
    assert.equal(p.role, 'NOT_CONFIRMED');
    assert.equal(p.metadata.cancellationToken.length, 30);
    assert.equal(p.metadata.message, 'Hello');
    assert.equal(
      message(await join(SEED.events.anonymous, 'sam@example.org')),
      'You are already a participant of this event',
    );
  });

  it('confirms a participation with the emailed token, which then counts as a participant', async () => {
    await join(SEED.events.anonymous, 'kim@example.org');
    const outbox = (await (await fetch(`${ctx.instance.url}/__kiosque/outbox`)).json()) as {
      to: string;
      confirmationToken: string;
    }[];
    const mail = outbox.find((m) => m.to === 'kim@example.org');
    assert.ok(mail);
    const before = await gql(
      ctx.instance,
      `{ event(uuid: "${SEED.events.anonymous}") { participantStats { participant } } }`,
    );
    const r = await gql(
      ctx.instance,
      'mutation($t: String!) { confirmParticipation(confirmationToken: $t) { role } }',
      {
        t: mail.confirmationToken,
      },
    );
    assert.deepEqual(r.body.data, { confirmParticipation: { role: 'PARTICIPANT' } });
    const after = await gql(
      ctx.instance,
      `{ event(uuid: "${SEED.events.anonymous}") { participantStats { participant } } }`,
    );
    const count = (b: typeof before) =>
      (b.body.data?.['event'] as { participantStats: { participant: number } }).participantStats
        .participant;
    assert.equal(count(after), count(before) + 1);
    const again = await gql(
      ctx.instance,
      'mutation($t: String!) { confirmParticipation(confirmationToken: $t) { role } }',
      {
        t: mail.confirmationToken,
      },
    );
    assert.equal(again.body.errors?.[0]?.['message'], 'Participation is already confirmed');
  });

  it('rejects an invalid confirmation token', async () => {
    const r = await gql(
      ctx.instance,
      'mutation { confirmParticipation(confirmationToken: "bogus") { role } }',
    );
    assert.equal(r.body.errors?.[0]?.['message'], 'This token is invalid');
  });

  it('confirms a RESTRICTED participation as NOT_APPROVED', async () => {
    await join(SEED.events.restricted, 'lee@example.org');
    const outbox = (await (await fetch(`${ctx.instance.url}/__kiosque/outbox`)).json()) as {
      to: string;
      confirmationToken: string;
    }[];
    const token = outbox.find((m) => m.to === 'lee@example.org')!.confirmationToken;
    const r = await gql(
      ctx.instance,
      'mutation($t: String!) { confirmParticipation(confirmationToken: $t) { role } }',
      { t: token },
    );
    assert.deepEqual(r.body.data, { confirmParticipation: { role: 'NOT_APPROVED' } });
  });

  it('joins directly as PARTICIPANT on the confirmation-free event', async () => {
    const r = await join(SEED.events.anonymousNoConfirmation, 'direct@example.org');
    assert.equal((r.body.data?.['joinEvent'] as { role: string }).role, 'PARTICIPANT');
  });

  it('leaves with the cancellation token, and fails with a wrong one', async () => {
    const r = await join(SEED.events.anonymous, 'leave@example.org');
    const token = (r.body.data?.['joinEvent'] as { metadata: { cancellationToken: string } })
      .metadata.cancellationToken;
    const LEAVE =
      'mutation($a: ID!, $e: ID!, $t: String) { leaveEvent(actorId: $a, eventId: $e, token: $t) { id event { uuid } } }';
    const eventId = await idOf(SEED.events.anonymous);
    const wrong = await gql(ctx.instance, LEAVE, {
      a: SEED.anonymousActorId,
      e: eventId,
      t: 'wrong',
    });
    assert.equal(wrong.body.errors?.[0]?.['message'], 'Participant not found');
    const ok = await gql(ctx.instance, LEAVE, { a: SEED.anonymousActorId, e: eventId, t: token });
    assert.equal(
      (ok.body.data?.['leaveEvent'] as { event: { uuid: string } }).event.uuid,
      SEED.events.anonymous,
    );
    const rejoin = await join(SEED.events.anonymous, 'leave@example.org');
    assert.equal(rejoin.body.errors, undefined);
  });
});
