import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ngeohash from 'ngeohash';
import { SEED } from '../src/index.js';
import { NOW, gql, useInstance, type EventLike } from './helpers.js';

const FIELDS =
  'id uuid title beginsOn endsOn status local visibility category language tags { title } options { isOnline } physicalAddress { geom locality }';

type Page = { total: number; elements: EventLike[] };

describe('events', () => {
  const ctx = useInstance();
  const list = async (args: string): Promise<Page> => {
    const { body } = await gql(
      ctx.instance,
      `{ events(${args}) { total elements { ${FIELDS} } } }`,
    );
    assert.equal(body.errors, undefined);
    return body.data?.['events'] as Page;
  };

  it('lists only upcoming or ongoing public, non-draft, non-cancelled events', async () => {
    const page = await list('limit: 99');
    assert.ok(page.total > 40);
    for (const e of page.elements) {
      assert.notEqual(e.status, 'CANCELLED');
      assert.equal(e.visibility, 'PUBLIC');
      assert.ok(new Date(e.endsOn ?? e.beginsOn) > NOW);
    }
    const uuids = page.elements.map((e) => e.uuid);
    assert.ok(uuids.includes(SEED.events.ongoing), 'ongoing event is included on 5.x');
    assert.ok(!uuids.includes(SEED.events.unlisted));
    assert.ok(!uuids.includes(SEED.events.draft));
    assert.ok(!uuids.includes(SEED.events.cancelled));
    assert.ok(uuids.includes(SEED.events.remote), 'events from followed instances are listed');
  });

  it('rejects limit >= 100 with events_max_limit_reached', async () => {
    const { status, body } = await gql(ctx.instance, '{ events(limit: 100) { total } }');
    assert.equal(status, 200);
    assert.deepEqual(body.data, { events: null });
    const error = body.errors?.[0];
    assert.equal(error?.['code'], 'events_max_limit_reached');
    assert.equal(error?.['status_code'], 422);
    assert.deepEqual(error?.['path'], ['events']);
  });

  it('sorts by beginsOn ascending by default and descending on request', async () => {
    const asc = (await list('limit: 20')).elements.map((e) => Date.parse(e.beginsOn));
    assert.deepEqual(
      asc,
      [...asc].sort((a, b) => a - b),
    );
    const desc = (await list('limit: 20, direction: DESC')).elements.map((e) =>
      Date.parse(e.beginsOn),
    );
    assert.deepEqual(
      desc,
      [...desc].sort((a, b) => b - a),
    );
  });

  it('pages with page and limit and reports the total', async () => {
    const first = await list('limit: 5, page: 1');
    const second = await list('limit: 5, page: 2');
    assert.equal(first.elements.length, 5);
    assert.equal(first.total, second.total);
    assert.notEqual(first.elements[0]?.uuid, second.elements[0]?.uuid);
  });

  it('filters by geohash location and radius in km', async () => {
    const lyon = ngeohash.encode(45.764, 4.8357, 6);
    const page = await list(`limit: 99, location: "${lyon}", radius: 20`);
    assert.ok(page.total > 0);
    for (const e of page.elements) assert.equal(e.physicalAddress?.['locality' as never], 'Lyon');
  });
});

describe('searchEvents', () => {
  const ctx = useInstance();
  const search = async (args: string): Promise<Page> => {
    const { body } = await gql(
      ctx.instance,
      `{ searchEvents(${args}) { total elements { ... on Event { ${FIELDS} } } } }`,
    );
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data?.['searchEvents'] as Page;
  };

  it('includes cancelled events without statusOneOf', async () => {
    const page = await search('limit: 200');
    assert.ok(page.elements.some((e) => e.uuid === SEED.events.cancelled));
  });

  it('excludes cancelled events with statusOneOf: [CONFIRMED, TENTATIVE]', async () => {
    const page = await search('limit: 200, statusOneOf: [CONFIRMED, TENTATIVE]');
    assert.ok(page.elements.every((e) => e.status !== 'CANCELLED'));
  });

  it('sorts newest-first with an empty term (MATCH_DESC)', async () => {
    const starts = (await search('limit: 30')).elements.map((e) => Date.parse(e.beginsOn));
    assert.deepEqual(
      starts,
      [...starts].sort((a, b) => b - a),
    );
  });

  it('sorts by START_TIME_ASC on request', async () => {
    const starts = (await search('limit: 30, sortBy: START_TIME_ASC')).elements.map((e) =>
      Date.parse(e.beginsOn),
    );
    assert.deepEqual(
      starts,
      [...starts].sort((a, b) => a - b),
    );
  });

  it('defaults beginsOn to now but returns past events for an explicit null', async () => {
    const upcoming = await search('limit: 200');
    assert.ok(upcoming.elements.every((e) => Date.parse(e.endsOn ?? e.beginsOn) > NOW.getTime()));
    const all = await search('limit: 200, beginsOn: null');
    assert.ok(all.elements.some((e) => e.uuid === SEED.events.past));
  });

  it('filters by endsOn', async () => {
    const limit = new Date(NOW.getTime() + 14 * 86400_000).toISOString();
    const page = await search(`limit: 200, endsOn: "${limit}"`);
    assert.ok(page.total > 0);
    for (const e of page.elements)
      assert.ok(Date.parse(e.endsOn ?? e.beginsOn) <= Date.parse(limit));
  });

  it('filters by tag titles (comma-separated, exact)', async () => {
    const page = await search('limit: 200, tags: "vélo,Garten"');
    assert.ok(page.total > 0);
    for (const e of page.elements)
      assert.ok(
        (e['tags'] as { title: string }[]).some((t) => ['vélo', 'Garten'].includes(t.title)),
      );
  });

  it('filters by category and categoryOneOf', async () => {
    for (const e of (await search('limit: 200, category: "ARTS"')).elements)
      assert.equal(e['category'], 'ARTS');
    const page = await search('limit: 200, categoryOneOf: ["MUSIC", "CRAFTS"]');
    assert.ok(page.total > 0);
    for (const e of page.elements) assert.ok(['MUSIC', 'CRAFTS'].includes(String(e['category'])));
  });

  it('filters by type ONLINE / IN_PERSON', async () => {
    const online = await search('limit: 200, type: ONLINE');
    assert.ok(online.total > 0);
    for (const e of online.elements)
      assert.equal((e['options'] as { isOnline: boolean }).isOnline, true);
    for (const e of (await search('limit: 200, type: IN_PERSON')).elements)
      assert.equal((e['options'] as { isOnline: boolean }).isOnline, false);
  });

  it('searches terms case- and accent-insensitively in title, description and tags', async () => {
    const page = await search('limit: 200, term: "REPARATION"');
    assert.ok(page.total > 0);
    assert.equal((await search('limit: 200, term: "zzzz-nothing"')).total, 0);
  });

  it('filters by languageOneOf', async () => {
    const page = await search('limit: 200, languageOneOf: ["ar"]');
    assert.ok(page.total > 0);
    for (const e of page.elements) assert.equal(e['language'], 'ar');
  });

  it('filters by location with the default 50 km radius', async () => {
    const tokyo = ngeohash.encode(35.6895, 139.6917, 6);
    const page = await search(`limit: 200, location: "${tokyo}"`);
    assert.ok(page.total > 0);
    for (const e of page.elements)
      assert.equal((e.physicalAddress as { locality: string }).locality, 'Tokyo');
  });

  it('searchTarget SELF keeps local events only', async () => {
    const page = await search('limit: 200, searchTarget: SELF');
    assert.ok(page.elements.every((e) => e.local));
  });
});

describe('event and group', () => {
  const ctx = useInstance();

  it('returns public and unlisted events by uuid', async () => {
    for (const uuid of [SEED.events.full, SEED.events.unlisted]) {
      const { body } = await gql(ctx.instance, `{ event(uuid: "${uuid}") { uuid } }`);
      assert.deepEqual(body.data, { event: { uuid } });
    }
  });

  it('answers event_not_found (404) at the top level of the error for unknown, draft or invalid uuids', async () => {
    for (const uuid of ['00000000-0000-4000-8000-000000000000', SEED.events.draft, 'not-a-uuid']) {
      const { status, body } = await gql(ctx.instance, `{ event(uuid: "${uuid}") { uuid } }`);
      assert.equal(status, 200);
      assert.deepEqual(body.data, { event: null });
      const e = body.errors?.[0];
      assert.equal(e?.['code'], 'event_not_found');
      assert.equal(e?.['status_code'], 404);
      assert.equal(e?.['message'], 'Event not found');
      assert.deepEqual(e?.['path'], ['event']);
      assert.ok('field' in (e ?? {}));
      assert.equal(e?.['extensions'], undefined);
    }
  });

  it('answers group_not_found (404) for an unknown group, in French with Accept-Language fr', async () => {
    const { body } = await gql(
      ctx.instance,
      '{ group(preferredUsername: "nobody") { id } }',
      {},
      {
        'accept-language': 'fr-FR,fr;q=0.9',
      },
    );
    assert.equal(body.errors?.[0]?.['code'], 'group_not_found');
    assert.equal(body.errors?.[0]?.['status_code'], 404);
    assert.equal(body.errors?.[0]?.['message'], 'Groupe non trouvé');
  });

  it('finds local and remote groups; organizedEvents includes cancelled events', async () => {
    const { body } = await gql(
      ctx.instance,
      `{ local: group(preferredUsername: "${SEED.groups.climateAction}") { name domain organizedEvents(limit: 50) { total elements { uuid status } } }
         remote: group(preferredUsername: "${SEED.groups.remote}") { domain organizedEvents(limit: 50) { elements { local } } } }`,
    );
    const local = body.data?.['local'] as { name: string; domain: null; organizedEvents: Page };
    assert.equal(local.name, 'Climate Action Lyon');
    assert.equal(local.domain, null);
    assert.ok(local.organizedEvents.elements.some((e) => e.uuid === SEED.events.cancelled));
    const remote = body.data?.['remote'] as { domain: string; organizedEvents: Page };
    assert.equal(remote.domain, 'other.example');
    assert.ok(remote.organizedEvents.elements.every((e) => e.local === false));
  });

  it('organizedEvents afterDatetime compares the end on 5.1 (ongoing events included)', async () => {
    const { body } = await gql(
      ctx.instance,
      `{ group(preferredUsername: "${SEED.groups.kiezgarten}") { organizedEvents(afterDatetime: "${NOW.toISOString()}", limit: 50) { elements { uuid beginsOn } } } }`,
    );
    const elements = (body.data?.['group'] as { organizedEvents: Page }).organizedEvents.elements;
    assert.ok(elements.some((e) => e.uuid === SEED.events.ongoing));
  });

  it('returns config with anonymous actor, local tiles and categories', async () => {
    const { body } = await gql(
      ctx.instance,
      '{ config { anonymous { actorId participation { allowed validation { email { enabled confirmationRequired } } } } maps { tiles { endpoint } routing { type } } eventCategories { id label } instanceFeeds { enabled } search { global { isEnabled isDefault } } } }',
    );
    const config = body.data?.['config'] as {
      anonymous: { actorId: string };
      maps: { tiles: { endpoint: string } };
      eventCategories: { id: string }[];
    };
    assert.equal(config.anonymous.actorId, SEED.anonymousActorId);
    assert.equal(config.maps.tiles.endpoint, `${ctx.instance.url}/tiles/{z}/{x}/{y}.png`);
    assert.ok(config.eventCategories.some((c) => c.id === 'MEETING'));
  });
});
