import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SEED, type MailMessage } from '../src/index.js';
import { gql, useInstance } from './helpers.js';

const JOIN = `mutation Join($eventId: ID!, $email: String, $locale: String) {
  joinEvent(actorId: "${SEED.anonymousActorId}", eventId: $eventId, email: $email, locale: $locale) {
    role metadata { cancellationToken }
  }
}`;

type Ctx = ReturnType<typeof useInstance>;

async function eventId(ctx: Ctx, uuid: string): Promise<string> {
  const { body } = await gql(ctx.instance, `{ event(uuid: "${uuid}") { id } }`);
  return (body.data?.['event'] as { id: string }).id;
}

async function join(ctx: Ctx, uuid: string, email: string, locale = 'en') {
  const r = await gql(ctx.instance, JOIN, { eventId: await eventId(ctx, uuid), email, locale });
  assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
  return r.body.data?.['joinEvent'] as { role: string; metadata: { cancellationToken: string } };
}

async function mailbox(ctx: Ctx): Promise<MailMessage[]> {
  return (await (
    await fetch(`${ctx.instance.url}/__kiosque/mailbox.json`)
  ).json()) as MailMessage[];
}

async function lastMailTo(ctx: Ctx, to: string): Promise<MailMessage> {
  const mail = (await mailbox(ctx)).filter((m) => m.to === to).at(-1);
  assert.ok(mail, `no mail to ${to}`);
  return mail;
}

async function participantCount(ctx: Ctx, uuid: string): Promise<number> {
  const { body } = await gql(
    ctx.instance,
    `{ event(uuid: "${uuid}") { participantStats { participant } } }`,
  );
  return (body.data?.['event'] as { participantStats: { participant: number } }).participantStats
    .participant;
}

describe('dev mailbox', () => {
  const ctx = useInstance();

  it('keeps a confirmation e-mail with confirm and cancel links when a join needs confirming', async () => {
    const joined = await join(ctx, SEED.events.anonymous, 'ada@example.org');
    const mail = await lastMailTo(ctx, 'ada@example.org');
    assert.equal(mail.kind, 'confirm-participation');
    assert.equal(mail.eventUuid, SEED.events.anonymous);
    assert.match(mail.subject, /Confirm your participation/);
    assert.equal(
      mail.confirmationUrl,
      `${ctx.instance.url}/participation/email/confirm/${mail.confirmationToken}`,
    );
    assert.equal(
      mail.cancellationUrl,
      `${ctx.instance.url}/participation/email/cancel/${SEED.events.anonymous}/${joined.metadata.cancellationToken}`,
    );
    assert.ok(mail.text.includes(mail.confirmationUrl!));
    assert.ok(mail.text.includes(mail.cancellationUrl));
    assert.deepEqual(ctx.instance.mailbox().at(-1), mail);
  });

  it('writes the e-mail in French for a French-speaking participant', async () => {
    await join(ctx, SEED.events.anonymous, 'zoe@example.org', 'fr-FR');
    const mail = await lastMailTo(ctx, 'zoe@example.org');
    assert.equal(mail.locale, 'fr');
    assert.match(mail.subject, /Confirmez votre participation/);
  });

  it('still lists confirmation e-mails at /__kiosque/outbox', async () => {
    await join(ctx, SEED.events.anonymous, 'outbox@example.org');
    const outbox = (await (await fetch(`${ctx.instance.url}/__kiosque/outbox`)).json()) as {
      to: string;
      confirmationToken: string;
    }[];
    assert.ok(outbox.some((m) => m.to === 'outbox@example.org' && m.confirmationToken));
  });

  it('sends a "registered" e-mail with a cancel link when no confirmation is needed', async () => {
    const joined = await join(ctx, SEED.events.anonymousNoConfirmation, 'direct@example.org');
    assert.equal(joined.role, 'PARTICIPANT');
    const mail = await lastMailTo(ctx, 'direct@example.org');
    assert.equal(mail.kind, 'participation-confirmed');
    assert.equal(mail.confirmationUrl, null);
    assert.ok(mail.cancellationUrl.endsWith(joined.metadata.cancellationToken));
  });

  it('confirms when the confirmation link is followed, and says so on the page', async () => {
    await join(ctx, SEED.events.anonymous, 'follow@example.org');
    const before = await participantCount(ctx, SEED.events.anonymous);
    const mail = await lastMailTo(ctx, 'follow@example.org');
    const res = await fetch(mail.confirmationUrl!);
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /data-outcome="confirmed"/);
    assert.match(html, /Your participation is confirmed/);
    assert.equal(await participantCount(ctx, SEED.events.anonymous), before + 1);
    const confirmed = await lastMailTo(ctx, 'follow@example.org');
    assert.equal(confirmed.kind, 'participation-confirmed');
  });

  it('shows Mobilizon’s message when a confirmation link is followed twice', async () => {
    await join(ctx, SEED.events.anonymous, 'twice@example.org');
    const mail = (await mailbox(ctx)).find(
      (m) => m.to === 'twice@example.org' && m.confirmationUrl,
    )!;
    await fetch(mail.confirmationUrl!);
    const again = await fetch(mail.confirmationUrl!);
    assert.equal(again.status, 400);
    assert.match(await again.text(), /Participation is already confirmed/);
  });

  it('confirms a restricted participation as waiting for approval', async () => {
    await join(ctx, SEED.events.restricted, 'review@example.org');
    const mail = await lastMailTo(ctx, 'review@example.org');
    const html = await (await fetch(mail.confirmationUrl!)).text();
    assert.match(html, /data-role="NOT_APPROVED"/);
    assert.equal(
      (await lastMailTo(ctx, 'review@example.org')).kind,
      'participation-pending-approval',
    );
  });

  it('says an unknown confirmation token is invalid', async () => {
    const res = await fetch(`${ctx.instance.url}/participation/email/confirm/nope`);
    assert.equal(res.status, 400);
    assert.match(await res.text(), /This token is invalid/);
  });

  it('asks before cancelling on GET, and cancels on POST from the cancellation link', async () => {
    const joined = await join(ctx, SEED.events.anonymousNoConfirmation, 'leave@example.org');
    const before = await participantCount(ctx, SEED.events.anonymousNoConfirmation);
    const { cancellationUrl } = await lastMailTo(ctx, 'leave@example.org');
    const ask = await fetch(cancellationUrl);
    assert.equal(ask.status, 200);
    assert.match(await ask.text(), /<form method="post">/);
    assert.equal(await participantCount(ctx, SEED.events.anonymousNoConfirmation), before);
    const done = await fetch(cancellationUrl, { method: 'POST' });
    assert.equal(done.status, 200);
    assert.match(await done.text(), /data-outcome="cancelled"/);
    assert.equal(await participantCount(ctx, SEED.events.anonymousNoConfirmation), before - 1);
    const again = await fetch(cancellationUrl, { method: 'POST' });
    assert.equal(again.status, 400);
    assert.match(await again.text(), /Participant not found/);
    const LEAVE = `mutation($e: ID!, $t: String) { leaveEvent(actorId: "${SEED.anonymousActorId}", eventId: $e, token: $t) { id } }`;
    const viaApi = await gql(ctx.instance, LEAVE, {
      e: await eventId(ctx, SEED.events.anonymousNoConfirmation),
      t: joined.metadata.cancellationToken,
    });
    assert.equal(viaApi.body.errors?.[0]?.['message'], 'Participant not found');
  });

  it('serves the mailbox as an HTML page with the links, text escaped', async () => {
    await join(ctx, SEED.events.anonymous, 'page@example.org');
    const res = await fetch(`${ctx.instance.url}/__kiosque/mailbox`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/html/);
    const html = await res.text();
    const mail = await lastMailTo(ctx, 'page@example.org');
    assert.ok(html.includes(`href="${mail.confirmationUrl}"`));
    assert.ok(html.includes(`href="${mail.cancellationUrl}"`));
    assert.ok(html.indexOf('page@example.org') < html.indexOf('ada@example.org'), 'newest first');
  });
});

describe('dev mailbox on a fresh instance', () => {
  const hostile = '00000000-0000-4000-8000-00000000dead';
  const ctx = useInstance({
    extraEvents: [
      {
        uuid: hostile,
        title: '<img src=x onerror=alert(1)> party',
        beginsOn: '2025-07-01T18:00:00Z',
        options: { anonymousParticipation: true },
      },
    ],
  });

  it('says the mailbox is empty before any join', async () => {
    const html = await (await fetch(`${ctx.instance.url}/__kiosque/mailbox`)).text();
    assert.match(html, /No e-mail sent yet/);
    assert.deepEqual(await mailbox(ctx), []);
  });

  it('escapes the event title in the mailbox page', async () => {
    await join(ctx, hostile, 'guest@example.org');
    const html = await (await fetch(`${ctx.instance.url}/__kiosque/mailbox`)).text();
    assert.ok(html.includes('&#60;img src=x onerror=alert(1)&#62; party'));
    assert.ok(!html.includes('<img src=x'));
  });
});

describe('anonymous participation settings', () => {
  describe('with email validation off', () => {
    const ctx = useInstance({ anonymousParticipation: { emailValidation: false } });

    it('reports it in config and refuses every anonymous join as Mobilizon does', async () => {
      const { body } = await gql(
        ctx.instance,
        '{ config { anonymous { participation { allowed validation { email { enabled } } } } } }',
      );
      assert.deepEqual(body.data, {
        config: {
          anonymous: {
            participation: { allowed: true, validation: { email: { enabled: false } } },
          },
        },
      });
      const r = await gql(ctx.instance, JOIN, {
        eventId: await eventId(ctx, SEED.events.anonymous),
        email: 'valid@example.org',
      });
      assert.equal(r.body.errors?.[0]?.['message'], 'A valid email is required by your instance');
      assert.deepEqual(await mailbox(ctx), []);
    });
  });

  describe('with anonymous participation off', () => {
    const ctx = useInstance({ anonymousParticipation: { allowed: false } });

    it('reports it in config and refuses anonymous joins', async () => {
      const { body } = await gql(
        ctx.instance,
        '{ config { anonymous { participation { allowed } } } }',
      );
      assert.deepEqual(body.data, {
        config: { anonymous: { participation: { allowed: false } } },
      });
      const r = await gql(ctx.instance, JOIN, {
        eventId: await eventId(ctx, SEED.events.anonymous),
        email: 'valid@example.org',
      });
      assert.equal(r.body.errors?.[0]?.['message'], 'Anonymous participation is not enabled');
    });
  });
});
