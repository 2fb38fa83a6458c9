import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SEED, startDevInstance } from '../src/index.js';
import { readIcs } from '../../render/test/ical.js';
import { hostileEvents } from '../src/hostile.js';
import { NOW, gql, useInstance } from './helpers.js';

interface SeededEvent {
  id: string;
  uuid: string;
  beginsOn: string;
  endsOn: string | null;
  status: string;
  joinOptions: string;
  language: string;
  picture: { url: string } | null;
  options: { timezone: string; isOnline: boolean; showStartTime: boolean };
  physicalAddress: { locality: string } | null;
  metadata: { key: string }[];
}

describe('ICS', () => {
  const ctx = useInstance();

  it('exports one event with UTC times, UID, URL, STATUS, GEO, LOCATION and CATEGORIES', async () => {
    const res = await fetch(`${ctx.instance.url}/events/${SEED.events.full}/export/ics`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/calendar/);
    const text = await res.text();
    const unfolded = text.replace(/\r\n /g, '');
    assert.ok(text.includes('\r\n'));
    assert.match(unfolded, /BEGIN:VCALENDAR/);
    const host = new URL(ctx.instance.url).host;
    assert.match(unfolded, new RegExp(`UID:${SEED.events.full}@${host}`));
    // 18:30 in Paris.
    assert.match(unfolded, /DTSTART:\d{8}T1[67]3000Z/);
    assert.match(unfolded, new RegExp(`URL:${ctx.instance.url}/events/${SEED.events.full}`));
    assert.match(unfolded, /STATUS:CONFIRMED/);
    assert.match(unfolded, /GEO:48\.871800;2\.365600/);
    assert.match(unfolded, /LOCATION:La Base\\, 31 rue Bichat/);
    assert.match(unfolded, /CATEGORIES:vélo,réparation/);
    const [event] = readIcs(text);
    assert.equal(event?.uid, `${SEED.events.full}@${host}`);
    assert.equal(event?.allDay, false);
  });

  it('serves group feeds of upcoming events, local and remote, and the instance feed', async () => {
    const group = await (
      await fetch(`${ctx.instance.url}/@${SEED.groups.climateAction}/feed/ics`)
    ).text();
    assert.ok((group.match(/BEGIN:VEVENT/g) ?? []).length > 3);
    assert.ok(!group.includes(SEED.events.past));
    assert.equal((await fetch(`${ctx.instance.url}/@${SEED.groups.remote}/feed/ics`)).status, 200);
    assert.equal((await fetch(`${ctx.instance.url}/feed/instance/ics`)).status, 200);
    assert.equal((await fetch(`${ctx.instance.url}/@nobody/feed/ics`)).status, 404);
    assert.equal(
      (await fetch(`${ctx.instance.url}/events/${SEED.events.draft}/export/ics`)).status,
      404,
    );
  });

  it('writes feeds that an iCalendar parser reads without a problem, hostile events included', async () => {
    const hostile = await startDevInstance({ port: 0, extraEvents: hostileEvents() });
    try {
      for (const base of [ctx.instance.url, hostile.url]) {
        const feed = await (await fetch(`${base}/feed/instance/ics`)).text();
        const events = readIcs(feed);
        assert.ok(events.length > 3, base);
      }
    } finally {
      await hostile.close();
    }
  });
});

describe('faults', () => {
  const ctx = useInstance();
  const post = (headers: Record<string, string> = {}) =>
    fetch(`${ctx.instance.url}/api`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ config { name } }' }),
    });

  it('answers HTTP 500 for X-Kiosque-Fault: http-500', async () => {
    assert.equal((await post({ 'x-kiosque-fault': 'http-500' })).status, 500);
  });

  it('answers invalid JSON for malformed-json', async () => {
    const res = await post({ 'x-kiosque-fault': 'malformed-json' });
    assert.equal(res.status, 200);
    await assert.rejects(res.json());
  });

  it('answers a GraphQL error for graphql-error', async () => {
    const body = (await (await post({ 'x-kiosque-fault': 'graphql-error' })).json()) as {
      data: null;
      errors: Record<string, unknown>[];
    };
    assert.equal(body.data, null);
    assert.equal(body.errors[0]?.['code'], 'unknown_error');
    assert.equal(body.errors[0]?.['status_code'], 500);
  });

  it('resets the connection for reset', async () => {
    await assert.rejects(post({ 'x-kiosque-fault': 'reset' }));
  });

  it('delays the answer for latency=<ms>', async () => {
    const start = Date.now();
    await post({ 'x-kiosque-fault': 'latency=150' });
    assert.ok(Date.now() - start >= 140);
  });

  it('switches the whole instance down and back with POST /__kiosque/faults and setFaults', async () => {
    const preflight = await fetch(`${ctx.instance.url}/__kiosque/faults`, { method: 'OPTIONS' });
    assert.equal(preflight.status, 204);
    const set = await fetch(`${ctx.instance.url}/__kiosque/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ mode: 'http-500' }),
    });
    assert.equal(set.status, 200);
    assert.equal((await post()).status, 500);
    await fetch(`${ctx.instance.url}/__kiosque/faults`, {
      method: 'POST',
      body: JSON.stringify({ mode: 'none' }),
    });
    assert.equal((await post()).status, 200);
    ctx.instance.setFaults({ mode: 'graphql-error' });
    assert.equal(((await (await post()).json()) as { data: null }).data, null);
    ctx.instance.setFaults({});
    assert.equal((await post()).status, 200);
  });

  it('keeps instances independent', async () => {
    const other = await startDevInstance({ port: 0, now: NOW, faults: { mode: 'http-500' } });
    try {
      assert.equal((await post()).status, 200);
      const res = await fetch(`${other.url}/api?query=%7Bconfig%7Bname%7D%7D`);
      assert.equal(res.status, 500);
    } finally {
      await other.close();
    }
  });
});

const ALL = `{ searchEvents(limit: 500, beginsOn: null) { total elements { ... on Event {
  id uuid title description beginsOn endsOn status local visibility joinOptions language category url onlineAddress externalParticipationUrl
  picture { url metadata { width height blurhash } } tags { title }
  physicalAddress { geom locality timezone } attributedTo { preferredUsername domain avatar { url } }
  options { timezone anonymousParticipation maximumAttendeeCapacity showStartTime showEndTime isOnline }
  participantStats { participant } metadata { key value type }
} } } }`;

describe('seed', () => {
  const ctx = useInstance();

  it('is deterministic for the same now', async () => {
    const other = await startDevInstance({ port: 0, now: NOW });
    try {
      const a = JSON.stringify((await gql(ctx.instance, ALL)).body).replaceAll(
        ctx.instance.url,
        'BASE',
      );
      const b = JSON.stringify((await gql(other, ALL)).body).replaceAll(other.url, 'BASE');
      assert.equal(a, b);
    } finally {
      await other.close();
    }
  });

  it('has what the demo and tests need', async () => {
    const { body } = await gql(ctx.instance, ALL);
    const events = (body.data?.['searchEvents'] as { elements: SeededEvent[] }).elements;
    assert.ok(events.length >= 80, `${events.length} events`);
    const weekMs = 7 * 86400_000;
    for (let w = 0; w < 6; w++) {
      const from = NOW.getTime() + w * weekMs;
      assert.ok(
        events.some(
          (e) => Date.parse(e.beginsOn) >= from && Date.parse(e.beginsOn) < from + weekMs,
        ),
        `week ${w}`,
      );
    }
    assert.ok(
      events.some((e) => Date.parse(e.beginsOn) < NOW.getTime() - 20 * 86400_000),
      'past month',
    );
    assert.ok(
      events.some((e) => Date.parse(e.beginsOn) > NOW.getTime() + 150 * 86400_000),
      'six months ahead',
    );
    const set = (f: (e: SeededEvent) => unknown): Set<unknown> => new Set(events.map(f));
    for (const s of ['CONFIRMED', 'TENTATIVE', 'CANCELLED'])
      assert.ok(set((e) => e.status).has(s), s);
    for (const j of ['FREE', 'RESTRICTED', 'INVITE', 'EXTERNAL'])
      assert.ok(set((e) => e.joinOptions).has(j), j);
    for (const l of ['fr', 'en', 'de', 'ar']) assert.ok(set((e) => e.language).has(l), l);
    const zones = set((e) => e.options.timezone);
    for (const z of ['Europe/Paris', 'America/Montreal', 'Asia/Tokyo']) assert.ok(zones.has(z), z);
    const cities = set((e) => e.physicalAddress?.locality);
    assert.ok(cities.size >= 5);
    assert.ok(
      events.some((e) => e.endsOn === null),
      'no end time',
    );
    assert.ok(
      events.some((e) => e.options.isOnline),
      'online',
    );
    assert.ok(events.some((e) => e.options.showStartTime === false));
    assert.ok(events.some((e) => e.picture === null) && events.some((e) => e.picture !== null));
    assert.ok(
      events.some((e) => e.metadata.some((m) => m.key === 'mz:accessibility:wheelchairAccessible')),
    );
    assert.ok(events.some((e) => e.id === SEED.bigEventId));
    const urls = JSON.stringify(events).match(/https?:\/\/[^"\\]+/g) ?? [];
    for (const url of urls) {
      assert.ok(url.startsWith(ctx.instance.url) || url.startsWith('https://other.example/'), url);
    }
    for (const e of events) {
      const pic = e.picture;
      if (pic) assert.ok(pic.url.startsWith(ctx.instance.url));
    }
  });

  it('merges extraEvents into the seed', async () => {
    const instance = await startDevInstance({
      port: 0,
      now: NOW,
      extraEvents: [
        {
          title: '<img src=x onerror=alert(1)>',
          description: '<script>alert(1)</script>',
          beginsOn: new Date(NOW.getTime() + 86400_000),
        },
      ],
    });
    try {
      const { body } = await gql(
        instance,
        '{ searchEvents(term: "onerror") { elements { ... on Event { title description } } } }',
      );
      const e = (
        body.data?.['searchEvents'] as { elements: { title: string; description: string }[] }
      ).elements[0];
      assert.equal(e?.description, '<script>alert(1)</script>');
    } finally {
      await instance.close();
    }
  });
});
