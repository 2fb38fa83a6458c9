import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SEED } from '../src/index.js';
import { useInstance } from './helpers.js';

const SUBSCRIBE = 'http://ostatus.org/schema/1.0/subscribe';

interface Jrd {
  subject: string;
  links: { rel: string; href?: string; template?: string }[];
}

describe('WebFinger and remote interaction', () => {
  const ctx = useInstance();
  const host = () => new URL(ctx.instance.url).host;
  const finger = (resource: string) =>
    fetch(`${ctx.instance.url}/.well-known/webfinger?resource=${encodeURIComponent(resource)}`);

  it('gives a known person the subscribe template of the instance', async () => {
    const res = await finger(`acct:${SEED.accounts.person}@${host()}`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /application\/jrd\+json/);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    const jrd = (await res.json()) as Jrd;
    assert.equal(jrd.subject, `acct:${SEED.accounts.person}@${host()}`);
    assert.equal(
      jrd.links.find((l) => l.rel === SUBSCRIBE)?.template,
      `${ctx.instance.url}/interact?uri={uri}`,
    );
  });

  it('answers for local groups too', async () => {
    const res = await finger(`acct:${SEED.groups.climateAction}@${host()}`);
    assert.equal(res.status, 200);
  });

  it('answers 404 for an unknown account or another host', async () => {
    assert.equal((await finger(`acct:nobody@${host()}`)).status, 404);
    assert.equal((await finger(`acct:${SEED.accounts.person}@elsewhere.example`)).status, 404);
    assert.equal((await finger(`acct:anonymous@${host()}`)).status, 404);
  });

  it('answers 400 for a resource that is not an account', async () => {
    assert.equal((await finger('https://example.org/')).status, 400);
    assert.equal((await fetch(`${ctx.instance.url}/.well-known/webfinger`)).status, 400);
  });

  it('leaves out the subscribe template for the account without remote interaction', async () => {
    const res = await finger(`acct:${SEED.accounts.withoutInteraction}@${host()}`);
    assert.equal(res.status, 200);
    const jrd = (await res.json()) as Jrd;
    assert.equal(
      jrd.links.some((l) => l.rel === SUBSCRIBE),
      false,
    );
  });

  it('redirects /interact to the local page of an event, given its URL on any instance', async () => {
    const uri = `https://other.example/events/${SEED.events.anonymous}`;
    const res = await fetch(`${ctx.instance.url}/interact?uri=${encodeURIComponent(uri)}`, {
      redirect: 'manual',
    });
    assert.equal(res.status, 302);
    assert.equal(
      res.headers.get('location'),
      `${ctx.instance.url}/events/${SEED.events.anonymous}`,
    );
  });

  it('answers 404 from /interact for an unknown object or a non-http URI', async () => {
    for (const uri of [
      'https://other.example/events/00000000-0000-4000-8000-000000000000',
      `javascript:alert(1)//events/${SEED.events.anonymous}`,
      '',
    ]) {
      const res = await fetch(`${ctx.instance.url}/interact?uri=${encodeURIComponent(uri)}`, {
        redirect: 'manual',
      });
      assert.equal(res.status, 404, uri);
    }
  });

  it('serves a profile page for the person and a privacy page', async () => {
    assert.equal((await fetch(`${ctx.instance.url}/@${SEED.accounts.person}`)).status, 200);
    assert.equal((await fetch(`${ctx.instance.url}/privacy`)).status, 200);
  });
});
