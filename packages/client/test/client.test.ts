import assert from 'node:assert/strict';
import ngeohash from 'ngeohash';
import { after, before, describe, it } from 'node:test';
import {
  createClient,
  EventCache,
  loadEvents,
  strategyFor,
  normalizeQuery,
  isKiosqueError,
} from '../src/index.js';
import { config, mobilizon, rawEvent, startFixture, type Fixture, isOp } from './fixture-server.js';

let fx: Fixture;
before(async () => {
  fx = await startFixture(() => ({ json: {} }));
});
after(() => fx.close());

function client(instance = fx.url) {
  return createClient({ instance, cache: new EventCache({ store: null }) });
}
const empty = { total: 0, elements: [] };

describe('createClient', () => {
  it('normalizes the instance and derives the endpoint', () => {
    const c = createClient({ instance: 'https://mobilizon.example/api/', cache: false });
    assert.equal(c.instance, 'https://mobilizon.example');
    assert.equal(c.endpoint, 'https://mobilizon.example/api');
  });

  it('rejects a bad instance with kind invalid-input', () => {
    assert.throws(
      () => createClient({ instance: 'ftp://x.example' }),
      (e) => isKiosqueError(e) && e.kind === 'invalid-input',
    );
  });
});

describe('events() strategy', () => {
  it('uses events for a plain query, search for filters and group events for groups', () => {
    assert.equal(strategyFor(normalizeQuery({})), 'upcoming');
    assert.equal(strategyFor(normalizeQuery({ localOnly: true, limit: 5 })), 'upcoming');
    assert.equal(strategyFor(normalizeQuery({ tags: ['music'] })), 'search');
    assert.equal(strategyFor(normalizeQuery({ near: { lat: 1, lon: 2 } })), 'search');
    assert.equal(strategyFor(normalizeQuery({ from: '2030-01-01' })), 'search');
    assert.equal(strategyFor(normalizeQuery({ groups: ['a'], tags: ['x'] })), 'group-events');
  });

  it('rejects a limit of 100 or more with kind invalid-input', () => {
    assert.throws(
      () => normalizeQuery({ limit: 100 }),
      (e) => isKiosqueError(e) && e.kind === 'invalid-input',
    );
    assert.throws(
      () => normalizeQuery({ limit: 0 }),
      (e) => isKiosqueError(e) && e.kind === 'invalid-input',
    );
    assert.throws(
      () => normalizeQuery({ from: 'soon' }),
      (e) => isKiosqueError(e) && e.kind === 'invalid-input',
    );
  });

  it('lists upcoming events and keeps only local ones with localOnly', async () => {
    fx.setHandler(
      mobilizon('5.1.3', () => ({
        data: { events: { total: 2, elements: [rawEvent(2), rawEvent(1, { local: false })] } },
      })),
    );
    const all = await client().events();
    assert.deepEqual(
      all.events.map((e) => e.title),
      ['Event 1', 'Event 2'],
    );
    const local = await client().events({ localOnly: true });
    assert.deepEqual(
      local.events.map((e) => e.title),
      ['Event 2'],
    );
  });

  it('searches with the 5.1 arguments: categoryOneOf, statusOneOf, START_TIME_ASC, geohash', async () => {
    fx.requests.length = 0;
    fx.setHandler(mobilizon('5.1.3', () => ({ data: { searchEvents: empty } })));
    await client().events({
      search: 'jazz',
      tags: ['music', 'live'],
      category: 'MEETING',
      type: 'online',
      near: { lat: 48.85, lon: 2.35 },
      radius: 10,
    });
    const req = fx.requests.find((r) => isOp(r, 'KiosqueSearchEvents'));
    assert.ok(req);
    assert.match(req.query, /categoryOneOf: \$categoryOneOf/);
    assert.match(req.query, /statusOneOf: \[CONFIRMED,? TENTATIVE\]/);
    assert.match(req.query, /sortBy: START_TIME_ASC/);
    assert.match(req.query, /\.\.\. on Event \{/);
    assert.equal(req.variables['tags'], 'live,music');
    assert.equal(req.variables['type'], 'ONLINE');
    const geohash = String(req.variables['location']);
    assert.equal(geohash.length, 9);
    const point = ngeohash.decode(geohash);
    assert.ok(Math.abs(point.latitude - 48.85) < 1e-4 && Math.abs(point.longitude - 2.35) < 1e-4);
    assert.equal(req.variables['radius'], 10);
    assert.equal('beginsOn' in req.variables, false);
  });

  it('searches a 2.1 instance without 3.x arguments and filters cancelled events itself', async () => {
    fx.requests.length = 0;
    fx.setHandler(
      mobilizon('2.1.0', () => ({
        data: {
          searchEvents: {
            total: 3,
            elements: [rawEvent(3), rawEvent(1, { status: 'CANCELLED' }), rawEvent(2)],
          },
        },
      })),
    );
    const page = await client().events({ category: 'MEETING', type: 'in-person' });
    // The first request, built for 5.1, is rejected; the version is then asked on its own.
    assert.deepEqual(
      fx.requests.map((r) => r.operationName),
      [
        'KiosqueSearchEventsWithConfig',
        'KiosqueConfig',
        'KiosqueConfigExtras',
        'KiosqueSearchEvents',
      ],
    );
    const req = fx.requests.find((r) => r.operationName === 'KiosqueSearchEvents');
    assert.ok(req);
    assert.doesNotMatch(req.query, /statusOneOf|sortBy|categoryOneOf|searchTarget/);
    assert.equal(req.variables['category'], 'MEETING');
    assert.deepEqual(
      page.events.map((e) => e.title),
      ['Event 2', 'Event 3'],
    );
  });

  it('searches a 1.3 instance with the portable arguments and filters type and category itself', async () => {
    fx.requests.length = 0;
    fx.setHandler(
      mobilizon('1.3.2', () => ({
        data: {
          searchEvents: {
            total: 2,
            elements: [
              rawEvent(1, { category: 'PARTY' }),
              rawEvent(2, { physicalAddress: null, onlineAddress: 'https://visio.example' }),
            ],
          },
        },
      })),
    );
    const online = await client().events({ type: 'online' });
    const req = fx.requests.find((r) => r.operationName === 'KiosqueSearchEvents');
    assert.ok(req);
    assert.doesNotMatch(
      req.query,
      /type: |category: |categoryOneOf|language|isOnline|metadata \{ key/,
    );
    assert.deepEqual(
      online.events.map((e) => e.title),
      ['Event 2'],
    );
    const meetings = await client().events({ category: 'MEETING' });
    assert.deepEqual(
      meetings.events.map((e) => e.title),
      ['Event 2'],
    );
  });

  it('gets the events of several groups in one aliased request and drops cancelled ones', async () => {
    fx.requests.length = 0;
    fx.setHandler(
      mobilizon('5.1.3', (req) => {
        assert.equal(req.variables['g0'], 'alpha');
        assert.equal(req.variables['g1'], 'beta@other.example');
        return {
          data: {
            g0: {
              organizedEvents: {
                total: 2,
                elements: [rawEvent(4), rawEvent(2, { status: 'CANCELLED' })],
              },
            },
            g1: { organizedEvents: { total: 1, elements: [rawEvent(3), rawEvent(4)] } },
          },
        };
      }),
    );
    const page = await client().events({ groups: ['beta@other.example', '@alpha'] });
    const groupRequests = fx.requests.filter((r) => isOp(r, 'KiosqueGroupEvents'));
    assert.equal(groupRequests.length, 1);
    assert.deepEqual(
      page.events.map((e) => e.title),
      ['Event 3', 'Event 4'],
    );
    const withCancelled = await client().events({
      groups: ['alpha', 'beta@other.example'],
      includeCancelled: true,
    });
    assert.deepEqual(
      withCancelled.events.map((e) => e.title),
      ['Event 2', 'Event 3', 'Event 4'],
    );
  });

  it('splits many groups into several requests under the complexity cap of 1.x', async () => {
    fx.requests.length = 0;
    fx.setHandler(
      mobilizon('1.3.2', (req) => {
        const data: Record<string, unknown> = {};
        for (const k of Object.keys(req.variables).filter((v) => /^g\d+$/.test(v)))
          data[k] = { organizedEvents: empty };
        return { data };
      }),
    );
    await client().events({ groups: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] });
    const groupRequests = fx.requests.filter((r) => isOp(r, 'KiosqueGroupEvents'));
    assert.equal(groupRequests.length, 3); // 3 + 3 + 1 at ~56 fields per group, cap 200
  });

  it('reports a missing group in page.errors while the others still show', async () => {
    fx.setHandler(
      mobilizon('5.1.3', () => ({
        data: { g0: { organizedEvents: { total: 1, elements: [rawEvent(1)] } }, g1: null },
        errors: [
          { message: 'Group not found', code: 'group_not_found', status_code: 404, path: ['g1'] },
        ],
      })),
    );
    const page = await client().events({ groups: ['alpha', 'ghost'] });
    assert.equal(page.events.length, 1);
    assert.equal(page.errors.length, 1);
    assert.equal(page.errors[0]?.kind, 'not-found');
    assert.equal(page.errors[0]?.code, 'group_not_found');
  });

  it('throws not-found when the only group does not exist', async () => {
    fx.setHandler(
      mobilizon('5.1.3', () => ({
        data: { g0: null },
        errors: [
          { message: 'Group not found', code: 'group_not_found', status_code: 404, path: ['g0'] },
        ],
      })),
    );
    await assert.rejects(
      client().events({ groups: ['ghost'] }),
      (e) => isKiosqueError(e) && e.kind === 'not-found',
    );
  });

  it('filters group events near a point with the haversine distance', async () => {
    fx.setHandler(
      mobilizon('5.1.3', () => ({
        data: {
          g0: {
            organizedEvents: {
              total: 2,
              elements: [rawEvent(1), rawEvent(2, { physicalAddress: { geom: '2.35;48.85' } })],
            },
          },
        },
      })),
    );
    const page = await client().events({
      groups: ['alpha'],
      near: { lat: 45.75, lon: 4.85 },
      radius: 20,
    });
    assert.deepEqual(
      page.events.map((e) => e.title),
      ['Event 1'],
    );
  });
});

describe('instanceInfo()', () => {
  it('reads name, version, anonymous participation, maps, categories and feeds', async () => {
    fx.setHandler(() => ({ json: { data: { config: config('5.1.3') } } }));
    const info = await client().instanceInfo();
    assert.equal(info.name, 'Fixture');
    assert.equal(info.version, '5.1.3');
    assert.deepEqual(info.anonymousParticipation, {
      allowed: true,
      emailValidation: true,
      actorId: '42',
    });
    assert.equal(info.maps.routing, 'OPENSTREETMAP');
    assert.deepEqual(info.categories, [{ id: 'MEETING', label: 'Meeting' }]);
    assert.equal(info.instanceFeeds, true);
    assert.equal(info.globalSearchDefault, false);
  });

  it('asks a 1.3 instance only for config fields it has', async () => {
    fx.requests.length = 0;
    fx.setHandler(() => ({ json: { data: { config: config('1.3.2') } } }));
    await client().instanceInfo();
    const extras = fx.requests.find((r) => r.operationName === 'KiosqueConfigExtras');
    assert.ok(extras);
    assert.doesNotMatch(extras.query, /eventCategories|search/);
  });
});

describe('event() and RSVP', () => {
  it('omits the timezone of joinEvent on 1.x', async () => {
    fx.requests.length = 0;
    fx.setHandler(
      mobilizon('1.3.2', (req) =>
        isOp(req, 'KiosqueEvent')
          ? { data: { event: rawEvent(1) } }
          : {
              data: {
                joinEvent: { id: '1', role: 'PARTICIPANT', metadata: { cancellationToken: 't' } },
              },
            },
      ),
    );
    const c = client();
    const event = await c.event('00000000-0000-4000-8000-000000000001');
    await c.joinEvent({ event, email: 'a@b.example', timezone: 'Europe/Paris' });
    const join = fx.requests.find((r) => r.operationName === 'KiosqueJoinEvent');
    assert.doesNotMatch(join?.query ?? '', /timezone/);
  });

  it('leaves an event with the cancellation token and the anonymous actor', async () => {
    fx.requests.length = 0;
    fx.setHandler(
      mobilizon('5.1.3', (req) =>
        isOp(req, 'KiosqueEvent')
          ? { data: { event: rawEvent(1) } }
          : { data: { leaveEvent: { id: '1' } } },
      ),
    );
    const c = client();
    const event = await c.event('00000000-0000-4000-8000-000000000001');
    await c.leaveEvent({ event, token: 'tok' });
    const leave = fx.requests.find((r) => r.operationName === 'KiosqueLeaveEvent');
    assert.deepEqual(leave?.variables, { eventId: '101', actorId: '42', token: 'tok' });
    assert.equal(leave?.method, 'POST');
  });

  it('refuses to join with an invalid email before any request', async () => {
    const c = client();
    const event = { id: '1', instance: fx.url } as never;
    await assert.rejects(
      c.joinEvent({ event, email: 'nope' }),
      (e) => isKiosqueError(e) && e.kind === 'invalid-input',
    );
  });

  it('throws invalid-input for a malformed uuid', async () => {
    await assert.rejects(
      client().event('not-a-uuid'),
      (e) => isKiosqueError(e) && e.kind === 'invalid-input',
    );
  });
});

describe('loadEvents()', () => {
  it('merges sources, dedupes by url, sorts by start and keeps failed sources in errors', async () => {
    const other = await startFixture(
      mobilizon('2.1.0', () => ({
        data: { events: { total: 2, elements: [rawEvent(1), rawEvent(5)] } },
      })),
    );
    fx.setHandler(
      mobilizon('5.1.3', () => ({
        data: { events: { total: 2, elements: [rawEvent(3), rawEvent(1)] } },
      })),
    );
    try {
      const page = await loadEvents(
        [{ instance: fx.url }, { instance: other.url }, { instance: 'http://127.0.0.1:1' }],
        {},
        { clientOptions: { cache: new EventCache({ store: null }) } },
      );
      assert.deepEqual(
        page.events.map((e) => e.title),
        ['Event 1', 'Event 3', 'Event 5'],
      );
      assert.equal(page.errors.length, 1);
      assert.equal(page.errors[0]?.kind, 'network');
    } finally {
      await other.close();
    }
  });

  it('throws the first error when every source fails', async () => {
    await assert.rejects(
      loadEvents([{ instance: 'http://127.0.0.1:1' }], {}, { clientOptions: { cache: false } }),
      (e) => isKiosqueError(e) && e.kind === 'network',
    );
  });
});

describe('first visit', () => {
  it('uses the answer of a newer instance that accepts the 5.1 document: one request', async () => {
    fx.requests.length = 0;
    fx.setHandler(
      mobilizon('5.2.0', () => ({ data: { events: { total: 1, elements: [rawEvent(1)] } } })),
    );
    const page = await client().events();
    assert.deepEqual(
      page.events.map((e) => e.title),
      ['Event 1'],
    );
    assert.deepEqual(
      fx.requests.map((r) => r.operationName),
      ['KiosqueEventsWithConfig'],
    );
  });

  it('reports an unreachable instance from the first request without asking again', async () => {
    fx.requests.length = 0;
    fx.setHandler(() => ({ text: 'down', status: 503 }));
    await assert.rejects(client().events(), (e) => isKiosqueError(e) && e.kind === 'http');
    assert.equal(fx.requests.length, 1);
  });

  it('asks again with the portable document when the config beside the events has no version', async () => {
    fx.requests.length = 0;
    fx.setHandler((req) =>
      req.operationName === 'KiosqueEventsWithConfig'
        ? { json: { data: { config: { name: 42 }, events: empty } } }
        : mobilizon('5.1.3', () => ({ data: { events: { total: 1, elements: [rawEvent(2)] } } }))(
            req,
          ),
    );
    const page = await client().events();
    assert.deepEqual(
      page.events.map((e) => e.title),
      ['Event 2'],
    );
    assert.deepEqual(
      fx.requests.map((r) => r.operationName),
      ['KiosqueEventsWithConfig', 'KiosqueEvents'],
    );
    assert.doesNotMatch(fx.requests[1]?.query ?? '', /longEvent|timezone/);
  });
});
