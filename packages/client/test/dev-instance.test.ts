/**
 * The full operation set against the dev instance, which emulates the schema of each
 * version and rejects what that version lacks with HTTP 400: a green run proves the
 * version gating end to end.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SEED, startDevInstance, type DevInstance } from '@kiosque/dev-instance';
import {
  createClient,
  EventCache,
  isKiosqueError,
  loadEvents,
  type KiosqueClient,
} from '../src/index.js';

const VERSIONS = ['1.3.2', '2.1.0', '5.1.3'] as const;

for (const version of VERSIONS) {
  describe(`against a Mobilizon ${version} dev instance`, () => {
    let dev: DevInstance;
    let client: KiosqueClient;
    before(async () => {
      dev = await startDevInstance({ port: 0, version });
      client = createClient({ instance: dev.url, cache: new EventCache({ store: null }) });
    });
    after(() => dev.close());

    /** A client with an empty cache that records the operation of each request. */
    function firstVisit(): { client: KiosqueClient; sent: string[] } {
      const sent: string[] = [];
      const recording: typeof fetch = (input, init) => {
        sent.push(new URL(String(input)).searchParams.get('operationName') ?? 'POST');
        return fetch(input, init);
      };
      const fresh = createClient({
        instance: dev.url,
        cache: new EventCache({ store: null }),
        fetch: recording,
      });
      return { client: fresh, sent };
    }
    const stepByStep = (operation: string) =>
      version === '5.1.3'
        ? [`${operation}WithConfig`]
        : [`${operation}WithConfig`, 'KiosqueConfig', 'KiosqueConfigExtras', operation];

    it('asks for the config beside the first events of a visit, the step-by-step way before 5.1', async () => {
      const { client: fresh, sent } = firstVisit();
      const [a, b] = await Promise.all([fresh.events({ limit: 5 }), fresh.events({ limit: 5 })]);
      assert.equal(a.events.length, 5);
      assert.deepEqual(b.events, a.events);
      assert.deepEqual(sent, stepByStep('KiosqueEvents'));
      assert.equal((await fresh.instanceInfo()).version, version);
      await fresh.events({ limit: 5 });
      assert.equal(sent.length, stepByStep('KiosqueEvents').length);
    });

    it('asks for the config beside the first group events and the first event', async () => {
      const groups = firstVisit();
      const page = await groups.client.events({
        groups: [SEED.groups.repairCafe, 'no-such-group'],
      });
      assert.ok(page.events.length > 0);
      assert.equal(page.errors[0]?.kind, 'not-found');
      assert.deepEqual(groups.sent, stepByStep('KiosqueGroupEvents'));

      const one = firstVisit();
      assert.equal((await one.client.event(SEED.events.full)).uuid, SEED.events.full);
      assert.deepEqual(one.sent, stepByStep('KiosqueEvent'));

      const missing = firstVisit();
      await assert.rejects(
        missing.client.event('00000000-0000-4000-8000-00000000dead'),
        (e) => isKiosqueError(e) && e.kind === 'not-found',
      );
    });

    it('reads the instance info and version', async () => {
      const info = await client.instanceInfo();
      assert.equal(info.version, version);
      assert.equal(info.anonymousParticipation.actorId, SEED.anonymousActorId);
      if (version !== '1.3.2') assert.ok(info.categories.length > 0);
    });

    it('lists upcoming events, sorted, without cancelled ones', async () => {
      const page = await client.events({ limit: 20 });
      assert.ok(page.events.length > 0);
      const starts = page.events.map((e) => Date.parse(e.beginsOn));
      assert.deepEqual(
        starts,
        [...starts].sort((a, b) => a - b),
      );
      assert.ok(page.events.every((e) => e.status !== 'CANCELLED'));
    });

    it('keeps only local events with localOnly', async () => {
      const page = await client.events({ limit: 50, localOnly: true });
      assert.ok(page.events.every((e) => e.local));
    });

    it('gets one event by uuid and the not-found kind for an unknown one', async () => {
      const event = await client.event(SEED.events.full);
      assert.equal(event.uuid, SEED.events.full);
      assert.equal(event.capacity.remaining, 0);
      await assert.rejects(
        client.event('00000000-0000-4000-8000-00000000dead'),
        (e) => isKiosqueError(e) && e.kind === 'not-found',
      );
    });

    it('searches with every filter the version allows', async () => {
      const page = await client.events({
        search: 'a',
        tags: ['climat', 'repair'],
        category: 'MEETING',
        type: 'in-person',
        near: { lat: 48.8566, lon: 2.3522 },
        radius: 100,
        from: new Date(),
        to: new Date(Date.now() + 90 * 86400_000),
      });
      assert.ok(Array.isArray(page.events));
      const upcoming = await client.events({ from: new Date(), limit: 20 });
      assert.ok(upcoming.events.length > 0);
      assert.ok(upcoming.events.every((e) => e.status !== 'CANCELLED'));
      const online = await client.events({ type: 'online', limit: 20 });
      assert.ok(online.events.every((e) => e.isOnline || e.address === null));
    });

    it('gets the events of many groups, local and remote, in batches', async () => {
      const groups = Object.values(SEED.groups);
      const page = await client.events({ groups, limit: 30 });
      assert.ok(page.events.length > 0);
      assert.deepEqual(page.errors, []);
      assert.ok(page.events.some((e) => e.organizer?.isGroup));
    });

    it('reports an unknown group among known ones in page.errors', async () => {
      const page = await client.events({ groups: [SEED.groups.repairCafe, 'no-such-group'] });
      assert.equal(page.errors.length, 1);
      assert.equal(page.errors[0]?.kind, 'not-found');
    });

    it('joins an event anonymously and leaves it with the token', async () => {
      const event = await client.event(SEED.events.anonymous);
      const participation = await client.joinEvent({
        event,
        email: `kiosque-${version}@example.org`,
        message: 'Hello',
        locale: 'fr',
        timezone: 'Europe/Paris',
      });
      assert.ok(['NOT_CONFIRMED', 'PARTICIPANT', 'NOT_APPROVED'].includes(participation.role));
      assert.ok(participation.cancellationToken);
      await client.leaveEvent({ event, token: participation.cancellationToken });
    });

    it('merges two sources of the same instance without duplicates', async () => {
      const page = await loadEvents(
        [{ instance: dev.url }, { instance: dev.url, groups: [SEED.groups.climateAction] }],
        { limit: 30 },
        { clientOptions: { cache: new EventCache({ store: null }) } },
      );
      const keys = page.events.map((e) => e.url ?? e.uuid);
      assert.equal(new Set(keys).size, keys.length);
    });
  });
}

describe('dev instance faults', () => {
  let dev: DevInstance;
  before(async () => {
    dev = await startDevInstance({ port: 0 });
  });
  after(() => dev.close());

  const fresh = () => createClient({ instance: dev.url, cache: false, timeout: 300 });
  const cases = [
    ['http-500', 'http'],
    ['malformed-json', 'invalid-response'],
    ['graphql-error', 'graphql'],
    ['reset', 'network'],
  ] as const;
  for (const [mode, kind] of cases) {
    it(`maps the ${mode} fault to kind ${kind}`, async () => {
      dev.setFaults({ mode });
      try {
        await assert.rejects(fresh().instanceInfo(), (e) => isKiosqueError(e) && e.kind === kind);
      } finally {
        dev.setFaults({ mode: 'none' });
      }
    });
  }

  it('maps latency beyond the timeout to kind timeout', async () => {
    dev.setFaults({ latencyMs: 1000 });
    try {
      await assert.rejects(
        fresh().instanceInfo(),
        (e) => isKiosqueError(e) && e.kind === 'timeout',
      );
    } finally {
      dev.setFaults({ latencyMs: 0 });
    }
  });

  it('serves the last good data, marked stale, when the instance goes down', async () => {
    const client = createClient({
      instance: dev.url,
      cache: new EventCache({ store: null }),
      ttl: 0,
      staleWhileRevalidate: 0,
    });
    const good = await client.events();
    dev.setFaults({ mode: 'http-500' });
    try {
      const page = await client.events();
      assert.equal(page.stale, true);
      assert.deepEqual(
        page.events.map((e) => e.uuid),
        good.events.map((e) => e.uuid),
      );
    } finally {
      dev.setFaults({ mode: 'none' });
    }
  });
});
