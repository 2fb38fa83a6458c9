/**
 * End-to-end: the built plugin zip installed in a real WordPress (Debian's 6.1 + MariaDB +
 * php -S), the dev instance as the Mobilizon instance, pages checked over HTTP and in
 * headless Chromium with and without JavaScript.
 */
import assert from 'node:assert/strict';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createClient, type KiosqueEvent } from '@kiosque/client';
import {
  SEED,
  hostileEvents,
  startDevInstance,
  type DevInstance,
  type FaultOptions,
} from '@kiosque/dev-instance';
import { checkPage, elementSources, validateElements } from '@kiosque/fallback-fixture';
import { requireWordPress, startWordPress, freePort, type WordPress } from './harness.js';
import { SENTINEL, hostileActors, unsafeOnPage, type HostileProxy } from './hostile.js';

// A machine without php, MariaDB, WordPress, Chromium or the built zip fails here, in one line.
requireWordPress('The WordPress suite', ['chromium']);

let dev: DevInstance;
let wp: WordPress;
let browser: Browser;
let pages: Record<string, number>;
let counter: CountingProxy;
let redirector: Server;
let redirectorUrl: string;
/** Serves the seed plus events with an XSS vector in every field; `hostile` adds hostile organizers. */
let hostileDev: DevInstance;
let hostile: HostileProxy;
let hostileUuids: string[];
/** The instance of the fault matrix (its faults are switched per row), and older versions. */
let faulty: DevInstance;
let v1: DevInstance;
let v2: DevInstance;
let closed: string;

interface CountingProxy {
  url: string;
  counts: Map<string, number>;
  close(): Promise<void>;
}

/** Forwards to the dev instance after a delay, counting GraphQL operations by name. */
async function countingProxy(target: string, delayMs: number): Promise<CountingProxy> {
  const counts = new Map<string, number>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      try {
        const name = (JSON.parse(body.toString() || '{}') as { operationName?: string })
          .operationName;
        if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
      } catch {
        /* not JSON */
      }
      setTimeout(() => {
        const upstream = httpRequest(
          `${target}${req.url ?? '/'}`,
          { method: req.method, headers: { 'content-type': 'application/json' } },
          (up) => {
            res.writeHead(up.statusCode ?? 502, up.headers);
            up.pipe(res);
          },
        );
        upstream.on('error', () => res.destroy());
        upstream.end(body);
      }, delayMs);
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const SHORTCODES: Record<string, string> = {
  'shortcode-events': `[kiosque_events group="${SEED.groups.climateAction}" limit="3"]`,
  'shortcode-calendar': '[kiosque_calendar]',
  'shortcode-map': `[kiosque_map group="${SEED.groups.veloLibre}"]`,
  'shortcode-event': `[kiosque_event uuid="${SEED.events.full}"]`,
  'shortcode-rsvp': `[kiosque_rsvp uuid="${SEED.events.anonymous}"]`,
};
const BLOCKS: Record<string, string> = {
  'block-events': `<!-- wp:kiosque/events {"group":"${SEED.groups.repairCafe}","limit":4} /-->`,
  'block-calendar': `<!-- wp:kiosque/calendar {"group":"${SEED.groups.climateAction}"} /-->`,
  'block-map': '<!-- wp:kiosque/map {"limit":20} /-->',
  'block-event': `<!-- wp:kiosque/event {"uuid":"${SEED.events.multiDay}"} /-->`,
  'block-rsvp': `<!-- wp:kiosque/rsvp {"uuid":"${SEED.events.anonymousNoConfirmation}"} /-->`,
};
/** The event's picture hidden, in the contract's spelling and in the one earlier versions saved. */
const WITHOUT_IMAGE: Record<string, string> = {
  'event-without-image-shortcode': `[kiosque_event uuid="${SEED.events.full}" without-image]`,
  'event-without-image-block': `<!-- wp:kiosque/event {"uuid":"${SEED.events.full}","withoutImage":true} /-->`,
  'event-without-images-shortcode': `[kiosque_event uuid="${SEED.events.full}" without_images="yes"]`,
  'event-without-images-block': `<!-- wp:kiosque/event {"uuid":"${SEED.events.full}","withoutImages":true} /-->`,
};

before(async () => {
  dev = await startDevInstance({ port: 0 });
  counter = await countingProxy(dev.url, 400);
  const devHost = new URL(dev.url).host;
  const counterHost = new URL(counter.url).host;
  redirector = createServer((_req, res) => {
    // Points at the dev instance under a name that is not allowed (localhost).
    res.writeHead(302, { location: `http://localhost:${new URL(dev.url).port}/api` });
    res.end();
  });
  const redirectPort = await freePort();
  await new Promise<void>((resolve) => redirector.listen(redirectPort, '127.0.0.1', resolve));
  redirectorUrl = `http://127.0.0.1:${redirectPort}`;
  const hostileList = hostileEvents().map((event, k) => ({
    ...event,
    uuid: `00000000-0000-4000-8000-${String(k + 1).padStart(12, '0')}`,
  }));
  [hostileDev, faulty, v1, v2] = await Promise.all([
    startDevInstance({
      port: 0,
      name: 'Hostile <img src=x onerror=alert(0)>',
      extraEvents: hostileList,
    }),
    startDevInstance({ port: 0 }),
    startDevInstance({ port: 0, version: '1.3.2' }),
    startDevInstance({ port: 0, version: '2.1.0' }),
  ]);
  hostile = await hostileActors(hostileDev.url);
  hostileUuids = hostileList.map(
    (_e, k) => `00000000-0000-4000-8000-${String(k + 1).padStart(12, '0')}`,
  );
  const closedPort = await freePort();
  closed = `http://127.0.0.1:${closedPort}`;
  const content: Record<string, string> = {
    ...SHORTCODES,
    ...BLOCKS,
    ...WITHOUT_IMAGE,
    counted: `[kiosque_events instance="${counter.url}" group="${SEED.groups.veloLibre}" limit="2"]`,
    'privacy-event': `<!-- wp:kiosque/event {"uuid":"${SEED.events.anonymousNoConfirmation}"} /-->`,
    ...hostilePages(hostile.url, hostileUuids),
    ...faultPages(),
  };
  const started = await startWordPress({
    setupInput: { instance: dev.url, pages: content },
    allowPrivateHosts: [
      devHost,
      counterHost,
      new URL(redirectorUrl).host,
      new URL(hostile.url).host,
      ...[faulty, v1, v2].map((i) => new URL(i.url).host),
      `127.0.0.1:${closedPort}`,
    ],
    muPlugin: `add_filter( 'kiosque_stale_while_revalidate', static function ( $seconds ) {
	$test = get_option( 'kiosque_test_swr' );
	return false === $test ? $seconds : (int) $test;
} );
// Debian's WordPress has no French language pack, so the WPLANG option cannot be set to it.
add_filter( 'locale', static function ( $locale ) {
	$test = get_option( 'kiosque_test_locale' );
	return false === $test ? $locale : $test;
} );
add_filter( 'kiosque_request_timeout', static function ( $seconds ) {
	$test = get_option( 'kiosque_test_timeout' );
	return false === $test ? $seconds : (int) $test;
} );`,
    setup: `
update_option( 'kiosque_settings', array( 'instance' => $input['instance'] ) + Kiosque\\Settings::defaults() );
$ids = array();
foreach ( $input['pages'] as $slug => $content ) {
	$ids[ $slug ] = wp_insert_post( array( 'post_type' => 'page', 'post_status' => 'publish', 'post_title' => $slug, 'post_name' => $slug, 'post_content' => $content ) );
}
return $ids;`,
  });
  wp = started;
  pages = started.setupOutput as Record<string, number>;
  browser = await chromium.launch({
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-dev-shm-usage', '--disable-quic'],
  });
});

after(async () => {
  await browser?.close();
  await wp?.close();
  await counter?.close();
  await new Promise((resolve) => redirector?.close(resolve));
  await hostile?.close();
  await Promise.all([dev, hostileDev, faulty, v1, v2].map((i) => i?.close()));
});

function pageUrl(slug: string): string {
  const id = pages[slug];
  assert.ok(id, `page ${slug} exists`);
  return `${wp.url}/?page_id=${id}`;
}

async function html(slug: string): Promise<string> {
  const res = await fetch(pageUrl(slug));
  assert.equal(res.status, 200);
  return res.text();
}

/** Titles of the fallback events inside an element, read with JavaScript disabled. */
async function fallbackTitles(slug: string, tag: string): Promise<string[]> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(pageUrl(slug));
    return await page.locator(`${tag} .kiosque-fallback-event .p-name`).allTextContents();
  } finally {
    await context.close();
  }
}

/** The answer of an instance to the client's upcoming-events document, as text. */
async function upcomingAnswer(instance: string): Promise<string> {
  const docs = await import('../../client/src/documents.js');
  const { capabilitiesFor } = await import('../../client/src/version.js');
  const op = docs.eventsOperation(capabilitiesFor('5.1.3'), 1, 99);
  const res = await fetch(`${instance}/api`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: op.query, variables: op.variables, operationName: op.name }),
  });
  return res.text();
}

function rawEvents(answer: string): unknown[] {
  return (JSON.parse(answer) as { data: { events: { elements: unknown[] } } }).data.events.elements;
}

function titles(events: KiosqueEvent[]): string[] {
  return events.map((e) => e.title);
}

describe('server-side rendering', () => {
  test("the events shortcode lists the group's next events, without JavaScript", async () => {
    const expected = await createClient({ instance: dev.url, cache: false }).events({
      groups: [SEED.groups.climateAction],
      limit: 3,
    });
    assert.ok(expected.events.length > 0);
    assert.deepEqual(
      await fallbackTitles('shortcode-events', 'kiosque-events'),
      titles(expected.events),
    );
  });

  test("the events block lists the group's next events, without JavaScript", async () => {
    const expected = await createClient({ instance: dev.url, cache: false }).events({
      groups: [SEED.groups.repairCafe],
      limit: 4,
    });
    assert.deepEqual(
      await fallbackTitles('block-events', 'kiosque-events'),
      titles(expected.events),
    );
  });

  test('the event shortcode and block render their one event', async () => {
    const client = createClient({ instance: dev.url, cache: false });
    assert.deepEqual(await fallbackTitles('shortcode-event', 'kiosque-event'), [
      (await client.event(SEED.events.full)).title,
    ]);
    assert.deepEqual(await fallbackTitles('block-event', 'kiosque-event'), [
      (await client.event(SEED.events.multiDay)).title,
    ]);
  });

  test('the participation shortcode and block link to their event', async () => {
    const client = createClient({ instance: dev.url, cache: false });
    assert.deepEqual(await fallbackTitles('shortcode-rsvp', 'kiosque-rsvp'), [
      (await client.event(SEED.events.anonymous)).title,
    ]);
    assert.deepEqual(await fallbackTitles('block-rsvp', 'kiosque-rsvp'), [
      (await client.event(SEED.events.anonymousNoConfirmation)).title,
    ]);
  });

  test("the calendar shortcode and block list this month's events", async () => {
    const now = new Date();
    const from = new Date(now.getFullYear(), now.getMonth(), 1);
    const to = new Date(now.getFullYear(), now.getMonth() + 1, 0, 23, 59, 59);
    const client = createClient({ instance: dev.url, cache: false });
    const all = await client.events({ from, to, limit: 99 });
    const shortcode = await fallbackTitles('shortcode-calendar', 'kiosque-calendar');
    assert.ok(shortcode.length > 0);
    assert.deepEqual(shortcode, titles(all.events));
    const group = await client.events({ groups: [SEED.groups.climateAction], from, to, limit: 99 });
    assert.deepEqual(
      await fallbackTitles('block-calendar', 'kiosque-calendar'),
      titles(group.events),
    );
  });

  test('the map shortcode and block list the events they place', async () => {
    const client = createClient({ instance: dev.url, cache: false });
    const velo = await client.events({ groups: [SEED.groups.veloLibre], limit: 99 });
    assert.deepEqual(await fallbackTitles('shortcode-map', 'kiosque-map'), titles(velo.events));
    const upcoming = await client.events({ limit: 99 });
    assert.deepEqual(await fallbackTitles('block-map', 'kiosque-map'), titles(upcoming.events));
  });

  test('every element carries schema.org Event JSON-LD and its data', async () => {
    const page = await html('shortcode-events');
    const ld = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page);
    assert.ok(ld?.[1]);
    const events = JSON.parse(ld[1]) as Array<Record<string, unknown>>;
    assert.equal(events.length, 3);
    assert.equal(events[0]?.['@type'], 'Event');
    const data = /<script type="application\/json" data-kiosque-data="1">(.*?)<\/script>/s.exec(
      page,
    );
    assert.ok(data?.[1]);
    assert.equal((JSON.parse(data[1]) as { events: unknown[] }).events.length, 3);
  });

  test('the elements get the instance, their attributes and the site language', async () => {
    const page = await html('shortcode-events');
    const tag = `<kiosque-events instance="${dev.url}" lang="en-US" group="${SEED.groups.climateAction}" limit="3">`;
    assert.ok(page.includes(tag), `the page has ${tag}`);
    assert.ok(
      /<script type="module"[^>]*src=['"][^'"]*\/elements\/kiosque\.js/.test(page),
      'the elements script is loaded as a module',
    );
  });

  test("the event's picture is hidden with the element's own attribute, whichever spelling the page saved", async () => {
    for (const slug of Object.keys(WITHOUT_IMAGE)) {
      const tag = /<kiosque-event\b[^>]*>/.exec(await html(slug))?.[0] ?? '';
      assert.match(tag, /\swithout-image(?=[\s>])/, `${slug}: ${tag}`);
      assert.doesNotMatch(tag, /without-images/, `${slug}: ${tag}`);
    }
  });

  test('a French site gets French fallback text and lang="fr-FR" on the elements', async () => {
    await wp.php(`update_option( 'kiosque_test_locale', 'fr_FR' ); return true;`);
    try {
      const page = await html('shortcode-events');
      assert.ok(page.includes('lang="fr-FR"'), 'lang="fr-FR"');
      assert.ok(page.includes('S’abonner à ces événements (iCalendar)'), 'French subscribe link');
      const failed = (await wp.php(
        `return do_shortcode( '[kiosque_events instance="ftp://nope"]' );`,
      )) as string;
      assert.ok(failed.includes('Les événements n’ont pas pu être chargés.'), 'French error text');
    } finally {
      await wp.php(`delete_option( 'kiosque_test_locale' ); return true;`);
    }
  });

  test('pages without Kiosque content load no Kiosque script', async () => {
    const res = await fetch(`${wp.url}/?p=1`);
    const page = await res.text();
    assert.equal(res.status, 200);
    assert.ok(!page.includes('kiosque.js'), 'no kiosque.js on the page');
  });
});

describe('in the browser', () => {
  test('<kiosque-events> upgrades the fallback and shows the events', async () => {
    const expected = await createClient({ instance: dev.url, cache: false }).events({
      groups: [SEED.groups.climateAction],
      limit: 3,
    });
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pageUrl('shortcode-events'));
    // [part="title"] exists only in the element's shadow root, once it rendered.
    const rendered = page.locator('kiosque-events [part="title"]');
    await rendered.first().waitFor();
    assert.deepEqual(
      (await rendered.allTextContents()).map((t) => t.trim()),
      titles(expected.events),
    );
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('every element in the browser', () => {
  const cases: Array<[string, string]> = [
    ['block-calendar', 'kiosque-calendar'],
    ['shortcode-map', 'kiosque-map'],
    ['block-event', 'kiosque-event'],
    ['shortcode-event', 'kiosque-event'],
  ];
  for (const [slug, tag] of cases) {
    test(`<${tag}> (${slug}) replaces its fallback with its own rendering of the same events`, async () => {
      const expected = await fallbackTitles(slug, tag);
      assert.ok(expected.length > 0);
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      try {
        await page.goto(pageUrl(slug));
        if (tag === 'kiosque-map') {
          // The map's list of the same events is a disclosure under the map.
          await page.locator('kiosque-map [part="list"] summary').click();
        }
        await page.waitForFunction(
          ({ tag, title }) =>
            document.querySelector(tag)?.shadowRoot?.textContent?.includes(title) ?? false,
          { tag, title: expected[0] ?? '' },
        );
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }

  test('a visitor participates in an event through <kiosque-rsvp> on the page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(pageUrl('block-rsvp'));
      const rsvp = page.locator('kiosque-rsvp');
      const email = rsvp.getByLabel('Email address');
      if (!(await email.isVisible().catch(() => false))) {
        await rsvp.getByRole('button', { name: 'Participate' }).first().click();
      }
      await email.fill('page-visitor@example.com');
      await rsvp.locator('form [part~="submit"]').first().click();
      await rsvp.getByText('You are registered').waitFor();
    } finally {
      await context.close();
    }
  });
});

describe('cache', () => {
  test('concurrent page loads cause one upstream request, and reloads none', async () => {
    counter.counts.clear();
    const loads = await Promise.all(Array.from({ length: 6 }, () => fetch(pageUrl('counted'))));
    const bodies = await Promise.all(loads.map((r) => r.text()));
    for (const body of bodies) assert.match(body, /kiosque-fallback-event/);
    assert.equal(counter.counts.get('KiosqueGroupEvents'), 1);
    assert.equal(counter.counts.get('KiosqueConfig'), 1);
    await html('counted');
    assert.equal(counter.counts.get('KiosqueGroupEvents'), 1);
  });

  test('an out-of-date answer is served at once, then refreshed once after the page is sent', async () => {
    const fetchedAt = (page: string) =>
      Number(/data-kiosque-data="1">\{"fetchedAt":(\d+)/.exec(page)?.[1] ?? Number.NaN);
    const first = fetchedAt(await html('counted'));
    const before = counter.counts.get('KiosqueGroupEvents') ?? 0;
    // A TTL of 0 written directly, so that saving the settings does not clear the cache.
    await wp.php(`global $wpdb;
$s = get_option( 'kiosque_settings' );
$s['cache_ttl'] = 0;
$wpdb->update( $wpdb->options, array( 'option_value' => maybe_serialize( $s ) ), array( 'option_name' => 'kiosque_settings' ) );
return true;`);
    try {
      assert.equal(fetchedAt(await html('counted')), first, 'the cached answer is served');
      // The refresh runs after the response; wait for it rather than for the connection.
      for (let i = 0; i < 50 && (counter.counts.get('KiosqueGroupEvents') ?? 0) <= before; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      assert.equal(counter.counts.get('KiosqueGroupEvents'), before + 1, 'and refreshed once');
      let latest = first;
      for (let i = 0; i < 20 && latest === first; i++) latest = fetchedAt(await html('counted'));
      assert.ok(latest > first, 'a later page has the fresh answer');
    } finally {
      await wp.php(
        `$s = get_option( 'kiosque_settings' ); $s['cache_ttl'] = 600; update_option( 'kiosque_settings', $s ); return true;`,
      );
    }
  });

  test('when the instance is down, the page keeps the last good events', async () => {
    const before = await fallbackTitles('shortcode-events', 'kiosque-events');
    assert.ok(before.length > 0);
    // Everything is out of date from now on, and nothing is served while revalidating.
    await wp.php(`add_option( 'kiosque_test_swr', 0 ); return true;`);
    await wp.php(
      `$s = get_option( 'kiosque_settings' ); $s['cache_ttl'] = 0; update_option( 'kiosque_settings', $s ); return true;`,
    );
    assert.deepEqual(await fallbackTitles('shortcode-events', 'kiosque-events'), before);
    dev.setFaults({ mode: 'http-500' });
    try {
      assert.deepEqual(await fallbackTitles('shortcode-events', 'kiosque-events'), before);
      assert.ok(
        !(await html('shortcode-events')).includes('kiosque-fallback-error'),
        'no error fallback',
      );
    } finally {
      dev.setFaults({});
      await wp.php(
        `$s = get_option( 'kiosque_settings' ); $s['cache_ttl'] = 600; update_option( 'kiosque_settings', $s ); delete_option( 'kiosque_test_swr' ); return true;`,
      );
    }
  });
});

describe('same output as @kiosque/client', () => {
  const versions = [
    null,
    '1.1.0',
    '1.3.2',
    '2.0.0',
    '2.1.0',
    '3.0.0',
    '3.1.1',
    '3.1.2',
    '3.2.0',
    '4.1.0',
    '5.0.2',
    '5.1.3',
    '6.0.0',
  ];

  test("the plugin sends the client's documents for every Mobilizon version", async () => {
    const docs = await import('../../client/src/documents.js');
    const participation = await import('../../client/src/participation.js');
    const { capabilitiesFor } = await import('../../client/src/version.js');
    const groupArgs = [
      { groups: ['a'], after: null, before: null, page: 1, limit: 5 },
      {
        groups: ['a', 'b@other.example', 'c'],
        after: '2026-01-01T00:00:00.000Z',
        before: '2026-02-01T00:00:00.000Z',
        page: 2,
        limit: 10,
      },
    ];
    const searchArgs = [
      {
        term: null,
        tags: [],
        category: null,
        type: null,
        location: null,
        radius: null,
        beginsOn: null,
        endsOn: null,
        includeCancelled: false,
        localOnly: false,
        page: 1,
        limit: 10,
      },
      {
        term: 'vélo',
        tags: ['a', 'b'],
        category: 'MEETING',
        type: 'online' as const,
        location: 'u0qj8',
        radius: 20,
        beginsOn: '2026-01-01T00:00:00.000Z',
        endsOn: '2026-03-01T00:00:00.000Z',
        includeCancelled: true,
        localOnly: true,
        page: 3,
        limit: 7,
      },
      {
        term: null,
        tags: [],
        category: 'WORKSHOP',
        type: 'in-person' as const,
        location: null,
        radius: null,
        beginsOn: null,
        endsOn: null,
        includeCancelled: false,
        localOnly: true,
        page: 1,
        limit: 1,
      },
    ];
    const joinArgs = [
      {
        eventId: '12',
        actorId: '3',
        email: 'a@example.com',
        message: null,
        locale: null,
        timezone: null,
      },
      {
        eventId: '12',
        actorId: '3',
        email: 'a@example.com',
        message: 'Hi',
        locale: 'fr',
        timezone: 'Europe/Paris',
      },
      {
        eventId: '12',
        actorId: '3',
        email: 'a@example.com',
        message: null,
        locale: null,
        timezone: 'bad zone"',
      },
    ];
    const expected = versions.map((version) => {
      const caps = capabilitiesFor(version);
      return {
        config: docs.configOperation(),
        configExtras: docs.configExtrasOperation(caps),
        events: docs.eventsOperation(caps, 2, 25),
        event: docs.eventOperation(caps, SEED.events.full),
        groups: groupArgs.map((a) => docs.groupEventsOperation(caps, a)),
        perRequest: docs.groupsPerRequest(caps),
        search: searchArgs.map((a) => docs.searchOperation(caps, a)),
        join: joinArgs.map((a) => participation.joinOperation(caps, a)),
        leave: participation.leaveOperation('12', '3', 'token'),
        withConfig: docs.withConfig(docs.eventsOperation(caps, 2, 25), caps),
      };
    });
    const actual = await wp.php(
      `$out = array();
foreach ( $input['versions'] as $version ) {
	$p     = Kiosque\\Documents::profile_for( $version );
	$out[] = array(
		'config'       => Kiosque\\Documents::config( Kiosque\\Documents::profile_for( null ) ),
		'configExtras' => Kiosque\\Documents::config_extras( $p ),
		'events'       => Kiosque\\Documents::events( $p, 2, 25 ),
		'event'        => Kiosque\\Documents::event( $p, $input['uuid'] ),
		'groups'       => array_map( fn( $a ) => Kiosque\\Documents::group_events( $p, $a['groups'], $a['after'], $a['before'], $a['page'], $a['limit'] ), $input['groupArgs'] ),
		'perRequest'   => $p['groupsPerRequest'],
		'search'       => array_map( fn( $a ) => Kiosque\\Documents::search( $p, $a ), $input['searchArgs'] ),
		'join'         => array_map( fn( $a ) => Kiosque\\Documents::join( $p, $a ), $input['joinArgs'] ),
		'leave'        => Kiosque\\Documents::leave( $p, '12', '3', 'token' ),
		'withConfig'   => Kiosque\\Documents::with_config( Kiosque\\Documents::events( $p, 2, 25 ), $p ),
	);
}
return $out;`,
      { versions, uuid: SEED.events.full, groupArgs, searchArgs, joinArgs },
    );
    const plain = JSON.parse(JSON.stringify(expected)) as unknown[];
    // PHP's JSON has no empty object: an operation without variables comes back as [].
    const got_ = JSON.parse(JSON.stringify(actual), (key, value: unknown) =>
      key === 'variables' && Array.isArray(value) && value.length === 0 ? {} : value,
    ) as unknown[];
    versions.forEach((version, i) => {
      const got = got_[i] as Record<string, unknown>;
      const want = plain[i] as Record<string, unknown>;
      for (const key of Object.keys(want)) {
        assert.deepEqual(got[key], want[key], `${key} for version ${version}`);
      }
    });
  });

  test('events are normalized exactly as the client does', async () => {
    const { normalizeEvents } = await import('../../client/src/normalize.js');
    const raw = rawEvents(await upcomingAnswer(dev.url));
    assert.ok(raw.length > 50);
    const categories = [{ id: 'MEETING', label: 'Réunion' }];
    const expected = normalizeEvents(raw, { instance: dev.url, categories });
    const actual = await wp.php(
      `return Kiosque\\Normalize::events( $input['raw'], $input['instance'], array( 'MEETING' => 'Réunion' ) );`,
      {
        raw,
        instance: dev.url,
      },
    );
    assert.deepEqual(actual, JSON.parse(JSON.stringify(expected)));
  });

  test('the fallback HTML and JSON-LD follow the contract like the reference renderer', async () => {
    const { renderFallback } = await import('@kiosque/render/fallback');
    const client = createClient({ instance: dev.url, cache: false });
    const page = await client.events({ limit: 40 });
    const extra = await Promise.all(
      [
        SEED.events.hiddenTimes,
        SEED.events.cancelled,
        SEED.events.online,
        SEED.events.arabic,
        SEED.events.noEndTime,
      ].map((u) => client.event(u)),
    );
    const events = [...page.events, ...extra];
    const options = { locale: 'en', fetchedAt: 1767225600000 };
    const expected = renderFallback(events, options);
    const actual = (await wp.php(
      `return Kiosque\\Fallback::render( $input['events'], $input['options'] );`,
      {
        events: JSON.parse(JSON.stringify(events)),
        options,
      },
    )) as string;
    // Date text is the one place hosts may differ (ICU data, or WordPress's date formats).
    const structure = (h: string) =>
      h
        .replace(/(<time[^>]*>)[^<]*(<\/time>)/g, '$1$2')
        .replace(/<script type="application\/(?:ld\+json|json)"[^>]*>.*?<\/script>/gs, '');
    assert.equal(structure(actual), structure(expected));
    const scripts = (h: string) =>
      [...h.matchAll(/<script type="application\/(?:ld\+json|json)"[^>]*>(.*?)<\/script>/gs)].map(
        (m) => JSON.parse(m[1] ?? ''),
      );
    assert.deepEqual(scripts(actual), scripts(expected));
    assert.equal(
      await wp.php(`return Kiosque\\Fallback::render( array(), array( 'fetchedAt' => 5 ) );`),
      renderFallback([], { fetchedAt: 5 }),
    );
    assert.equal(
      await wp.php(`return Kiosque\\Fallback::render( array(), array( 'error' => true ) );`),
      renderFallback([], { error: true }),
    );
  });

  test('hostile events are normalized, rendered and written to iCalendar by the plugin exactly as by @kiosque/client and @kiosque/render', async () => {
    const { renderFallback } = await import('@kiosque/render/fallback');
    const { normalizeEvents } = await import('../../client/src/normalize.js');
    // The answer as the instance sent it (lone surrogates escaped): each side decodes it.
    const answer = await upcomingAnswer(hostileDev.url);
    const raw = rawEvents(answer);
    const expected = normalizeEvents(raw, { instance: hostileDev.url, categories: [] });
    assert.ok(expected.length > 40, 'the hostile events');
    const normalized = await wp.php(
      `$raw = Kiosque\\Api::decode_json( $input['answer'] )['data']['events']['elements'];
return Kiosque\\Normalize::events( $raw, $input['instance'], array() );`,
      { answer, instance: hostileDev.url },
    );
    assert.deepEqual(normalized, JSON.parse(JSON.stringify(expected)));
    const options = { locale: 'en', fetchedAt: 1767225600000 };
    const actual = (await wp.php(
      `return Kiosque\\Fallback::render( $input['events'], $input['options'] );`,
      { events: normalized, options },
    )) as string;
    const reference = renderFallback(expected, options);
    const withoutDates = (h: string) => h.replace(/(<time[^>]*>)[^<]*(<\/time>)/g, '$1$2');
    assert.equal(withoutDates(actual), withoutDates(reference));
    // The feed too: what ical.js reads of the plugin's and of the reference writer's.
    const { eventsToIcs } = await import('@kiosque/render/ics');
    const { readIcs } = await import('../../render/test/ical.js');
    const feed = (await wp.php(
      `return Kiosque\\Ics::calendar( $input, 'Agenda' );`,
      normalized,
    )) as string;
    assert.deepEqual(readIcs(feed), readIcs(eventsToIcs(expected, { name: 'Agenda' })));
  });

  test('the iCalendar feed holds the same events as the reference writer, read by ical.js', async () => {
    const { eventsToIcs } = await import('@kiosque/render/ics');
    const { readIcs } = await import('../../render/test/ical.js');
    const client = createClient({ instance: dev.url, cache: false });
    const page = await client.events({ limit: 40 });
    const extra = await Promise.all(
      [SEED.events.hiddenTimes, SEED.events.online, SEED.events.arabic, SEED.events.noEndTime].map(
        (u) => client.event(u),
      ),
    );
    const events = [...page.events, ...extra].filter(
      (event, i, all) => all.findIndex((e) => e.uuid === event.uuid) === i,
    );
    const actual = (await wp.php(
      `return Kiosque\\Ics::calendar( $input, 'Agenda' );`,
      JSON.parse(JSON.stringify(events)),
    )) as string;
    // Each writer adds what is its own (PRODID, DTSTAMP, ORGANIZER): compare what ical.js reads.
    assert.deepEqual(readIcs(actual), readIcs(eventsToIcs(events, { name: 'Agenda' })));
    assert.ok(
      readIcs(actual).some((event) => event.allDay),
      'an event with hidden times',
    );
  });
});

describe('privacy mode', () => {
  const proxyKey = async (instance: string) =>
    (await wp.php(`return Kiosque\\Proxy::key( $input );`, instance)) as string;

  before(async () => {
    await wp.php(
      `$s = get_option( 'kiosque_settings' );
$s['privacy_mode'] = true;
$s['allowed_instances'] = $input;
update_option( 'kiosque_settings', $s );
return true;`,
      [`http://localhost:${new URL(dev.url).port}`, redirectorUrl],
    );
  });
  after(async () => {
    await wp.php(
      `$s = get_option( 'kiosque_settings' ); $s['privacy_mode'] = false; $s['allowed_instances'] = array(); update_option( 'kiosque_settings', $s ); return true;`,
    );
  });

  async function read(
    instance: string,
    op: { name: string; query: string; variables: Record<string, unknown> },
    headers: Record<string, string> = {},
  ) {
    const url = new URL(`${wp.url}/?rest_route=/kiosque/v1/graphql/${await proxyKey(instance)}`);
    url.searchParams.set('query', op.query);
    url.searchParams.set('variables', JSON.stringify(op.variables));
    url.searchParams.set('operationName', op.name);
    return fetch(url, { headers });
  }

  test("serves the elements' reads of the configured instance, with ETag and Cache-Control", async () => {
    const docs = await import('../../client/src/documents.js');
    const { capabilitiesFor } = await import('../../client/src/version.js');
    const op = docs.groupEventsOperation(capabilitiesFor('5.1.3'), {
      groups: [SEED.groups.climateAction],
      after: null,
      before: null,
      page: 1,
      limit: 3,
    });
    const res = await read(dev.url, op);
    assert.equal(res.status, 200);
    const body = (await res.json()) as {
      data: { g0: { organizedEvents: { elements: Array<{ picture: { url: string } | null }> } } };
    };
    const elements = body.data.g0.organizedEvents.elements;
    assert.equal(elements.length, 3);
    const picture = elements.find((e) => e.picture)?.picture?.url;
    assert.ok(picture?.startsWith(`${wp.url}/`), `pictures come from the site: ${picture}`);
    const etag = res.headers.get('etag');
    assert.ok(etag);
    assert.match(res.headers.get('cache-control') ?? '', /public, max-age=\d+/);
    const again = await read(dev.url, op, { 'if-none-match': etag });
    assert.equal(again.status, 304);
    const image = await fetch(picture ?? '');
    assert.equal(image.status, 200);
    assert.match(image.headers.get('content-type') ?? '', /^image\//);
  });

  test("serves a first visit's read with the config beside it, and only as the client builds it", async () => {
    const docs = await import('../../client/src/documents.js');
    const { capabilitiesFor, NEWEST_VERSION } = await import('../../client/src/version.js');
    const newest = capabilitiesFor(NEWEST_VERSION);
    const op = docs.withConfig(docs.eventOperation(newest, SEED.events.full), newest);
    const res = await read(dev.url, op);
    assert.equal(res.status, 200);
    const body = (await res.json()) as {
      data: { config: { version: string }; event: { uuid: string } };
    };
    assert.equal(body.data.event.uuid, SEED.events.full);
    assert.equal(typeof body.data.config.version, 'string');
    const older = capabilitiesFor('2.1.0');
    const wrong = docs.withConfig(docs.eventOperation(older, SEED.events.full), older);
    assert.equal((await read(dev.url, wrong)).status, 400);
  });

  test('refuses an instance that is not configured', async () => {
    const docs = await import('../../client/src/documents.js');
    const res = await read('https://mobilizon.example', docs.configOperation());
    assert.equal(res.status, 404);
  });

  test('refuses a configured instance at a private address', async () => {
    const docs = await import('../../client/src/documents.js');
    // localhost is the dev instance itself, but it is not in KIOSQUE_ALLOW_PRIVATE_HOSTS.
    const res = await read(`http://localhost:${new URL(dev.url).port}`, docs.configOperation());
    assert.equal(res.status, 502);
  });

  test('does not follow a redirect of a configured instance', async () => {
    const docs = await import('../../client/src/documents.js');
    const res = await read(redirectorUrl, docs.configOperation());
    assert.equal(res.status, 502);
  });

  test('refuses operations the elements do not send', async () => {
    const res = await read(dev.url, {
      name: 'KiosqueConfig',
      query: '{ __schema { types { name } } }',
      variables: {},
    });
    assert.equal(res.status, 400);
    const renamed = await read(dev.url, {
      name: 'KiosqueEvent',
      query:
        'query KiosqueEvent($uuid: UUID!) { event(uuid: $uuid) { id participants { total } } }',
      variables: { uuid: SEED.events.full },
    });
    assert.equal(renamed.status, 400);
  });

  test('a visitor joins an event through the site', async () => {
    const participation = await import('../../client/src/participation.js');
    const { capabilitiesFor } = await import('../../client/src/version.js');
    const event = await createClient({ instance: dev.url, cache: false }).event(
      SEED.events.anonymousNoConfirmation,
    );
    const op = participation.joinOperation(capabilitiesFor('5.1.3'), {
      eventId: event.id,
      actorId: SEED.anonymousActorId,
      email: 'visitor@example.com',
      message: null,
      locale: 'en',
      timezone: 'Europe/Paris',
    });
    const res = await fetch(
      `${wp.url}/?rest_route=/kiosque/v1/graphql/${await proxyKey(dev.url)}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: op.query, variables: op.variables, operationName: op.name }),
      },
    );
    assert.equal(res.status, 200);
    const body = (await res.json()) as { data: { joinEvent: { role: string } } };
    assert.equal(body.data.joinEvent.role, 'PARTICIPANT');
  });

  test('elements get the same-origin endpoint and pictures of the site', async () => {
    const page = await html('shortcode-event');
    assert.ok(
      page.includes(
        `endpoint="${wp.url}/index.php?rest_route=/kiosque/v1/graphql/${await proxyKey(dev.url)}"`,
      ) || page.includes(`endpoint="${wp.url}/?rest_route=`),
      'endpoint attribute',
    );
    const data = /data-kiosque-data="1">(.*?)<\/script>/s.exec(page)?.[1] ?? '';
    const event = (JSON.parse(data) as { events: KiosqueEvent[] }).events[0];
    assert.ok(event?.picture?.url.startsWith(`${wp.url}/`), 'the picture is served by the site');
  });

  test('images in descriptions are served by the site, and those it cannot serve are left out', async () => {
    const out = (await wp.php(
      `return array_map( array( 'Kiosque\\Proxy', 'rewrite_html' ), $input );`,
      [
        '<p>a<img alt="x > y" src="https://mobilizon.example/media/a.png?w=1&amp;h=2"></p>',
        '<img src=\'http://127.0.0.1:9/b.svg\' data-src="https://elsewhere.example/c.png">',
        '<img/src=https://mobilizon.example/d.png/>',
        '<img src="/media/relative.png" alt="relative">',
        '<img src="//mobilizon.example/e.png">',
        '<img src="data:image/png;base64,AAAA">',
        '<img alt="a" src = "javascript:alert(1)">',
        '<img ="x src=https://mobilizon.example/f.png">',
      ],
    )) as string[];
    const media = (url: string) =>
      wp.php(`return esc_attr( Kiosque\\Proxy::media_url( $input ) );`, url) as Promise<string>;
    assert.deepEqual(out, [
      `<p>a<img alt="x > y" src="${await media('https://mobilizon.example/media/a.png?w=1&h=2')}"></p>`,
      `<img src="${await media('http://127.0.0.1:9/b.svg')}" data-src="https://elsewhere.example/c.png">`,
      `<img /src="${await media('https://mobilizon.example/d.png/')}">`,
      '<img alt="relative">',
      '<img >',
      '<img src="data:image/png;base64,AAAA">',
      '<img alt="a">',
      // A browser reads this src too (after an attribute named `="x`): it is the site's as well.
      `<img ="x src="${await media('https://mobilizon.example/f.png')}"">`,
    ]);
    assert.ok(!out.join('').includes('//mobilizon.example'), 'no address of the instance is left');
  });

  /** Every request a page makes, and a check that none of them reaches the dev instance. */
  async function visit(slug: string) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests: URL[] = [];
    const posts: Array<{ url: URL; body: string }> = [];
    const errors: string[] = [];
    page.on('request', (r) => {
      requests.push(new URL(r.url()));
      if (r.method() === 'POST') posts.push({ url: new URL(r.url()), body: r.postData() ?? '' });
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pageUrl(slug));
    const toInstance = () =>
      requests
        .filter((u) => u.port === new URL(dev.url).port && u.protocol === 'http:')
        .map((u) => u.href);
    const isProxy = (u: URL) =>
      u.origin === wp.url &&
      (u.searchParams.get('rest_route') ?? u.pathname).startsWith('/kiosque/v1/graphql/');
    const graphql = () => requests.filter(isProxy);
    return { context, page, requests, posts, errors, toInstance, graphql, isProxy };
  }

  test('an upgraded <kiosque-events> gets its events and pictures from the site, never from the instance', async () => {
    const expected = await createClient({ instance: dev.url, cache: false }).events({
      groups: [SEED.groups.repairCafe],
      limit: 4,
    });
    assert.ok(
      expected.events.some((e) => e.picture),
      'some events have a picture',
    );
    const { context, page, requests, errors, toInstance, graphql } = await visit('block-events');
    try {
      const rendered = page.locator('kiosque-events [part="title"]');
      await rendered.first().waitFor();
      assert.deepEqual(
        (await rendered.allTextContents()).map((t) => t.trim()),
        titles(expected.events),
      );
      // The element asks the instance's version and the group's events through the proxy.
      await page.waitForLoadState('networkidle');
      assert.ok(
        graphql().some((u) =>
          /^KiosqueGroupEvents(WithConfig)?$/.test(u.searchParams.get('operationName') ?? ''),
        ),
        'the events are read through the proxy',
      );
      const images = page.locator('kiosque-events img');
      await images.first().waitFor();
      for (const src of await images.evaluateAll((imgs) =>
        imgs.map((i) => (i as HTMLImageElement).currentSrc),
      )) {
        assert.ok(src.startsWith(`${wp.url}/`), `picture from the site: ${src}`);
      }
      assert.ok(
        requests.some((u) =>
          (u.searchParams.get('rest_route') ?? '').startsWith('/kiosque/v1/media'),
        ),
        'pictures are loaded from the media route',
      );
      assert.deepEqual(toInstance(), []);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('a visitor participates through <kiosque-event> without the browser reaching the instance', async () => {
    const event = await createClient({ instance: dev.url, cache: false }).event(
      SEED.events.anonymousNoConfirmation,
    );
    const { context, page, posts, errors, toInstance, graphql, isProxy } =
      await visit('privacy-event');
    try {
      const element = page.locator('kiosque-event');
      await element.locator('[part="title"]').first().getByText(event.title).waitFor();
      const rsvp = element.locator('kiosque-rsvp');
      const email = rsvp.getByLabel('Email address');
      if (!(await email.isVisible().catch(() => false))) {
        await rsvp.getByRole('button', { name: 'Participate' }).first().click();
      }
      await email.fill('private-visitor@example.com');
      await rsvp.locator('form [part~="submit"]').first().click();
      await rsvp.getByText('You are registered').waitFor();
      assert.ok(
        graphql().some((u) =>
          /^KiosqueEvent(WithConfig)?$/.test(u.searchParams.get('operationName') ?? ''),
        ),
        'the event is read through the proxy',
      );
      assert.ok(
        posts.some((p) => isProxy(p.url) && p.body.includes('"operationName":"KiosqueJoinEvent"')),
        'the participation is sent to the proxy',
      );
      assert.deepEqual(toInstance(), []);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});

describe('feeds, widget, editor routes', () => {
  test('the list links to an iCalendar feed of exactly its events', async () => {
    const page = await html('shortcode-events');
    const href = /class="kiosque-subscribe"><a href="([^"]+)"/.exec(page)?.[1];
    assert.ok(href?.startsWith('webcal://'), 'a webcal link');
    const feedUrl = (href ?? '').replace(/^webcal:/, 'http:').replace(/&#038;|&amp;/g, '&');
    const res = await fetch(feedUrl);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/calendar/);
    const ics = await res.text();
    const summaries = [...ics.replace(/\r\n /g, '').matchAll(/^SUMMARY:(.*)$/gm)].map((m) =>
      m[1]?.replace(/\\([,;\\])/g, '$1'),
    );
    assert.deepEqual(summaries, await fallbackTitles('shortcode-events', 'kiosque-events'));
    const tampered = await fetch(feedUrl.replace(/group=[^&]+/, 'group=velo-libre'));
    assert.equal(tampered.status, 404);
  });

  test('the widget renders a compact list with its fallback', async () => {
    const out = (await wp.php(
      `ob_start();
the_widget( 'Kiosque\\\\Widget', array( 'title' => 'Agenda', 'group' => $input, 'limit' => 2 ), array( 'before_widget' => '<section>', 'after_widget' => '</section>', 'before_title' => '<h2>', 'after_title' => '</h2>' ) );
return ob_get_clean();`,
      SEED.groups.repairCafe,
    )) as string;
    assert.match(out, /<h2>Agenda<\/h2>/);
    assert.match(out, /<kiosque-events [^>]*layout="compact"/);
    assert.equal(out.match(/class="h-event kiosque-fallback-event"/g)?.length, 2);
  });

  test('the group check of the editor tells unknown groups apart', async () => {
    const result = (await wp.php(
      `wp_set_current_user( 1 );
$request = new WP_REST_Request( 'GET', '/kiosque/v1/group' );
$request->set_query_params( array( 'handle' => $input ) );
return rest_do_request( $request )->get_data();`,
      `${SEED.groups.climateAction}, no-such-group`,
    )) as { unknown: string[] };
    assert.deepEqual(result.unknown, ['no-such-group']);
  });

  test('the connection test reports the instance name and version, for editors only', async () => {
    const asAdmin = (await wp.php(
      `wp_set_current_user( 1 );
$request = new WP_REST_Request( 'GET', '/kiosque/v1/instance' );
$request->set_query_params( array( 'url' => $input ) );
return rest_do_request( $request )->get_data();`,
      dev.url,
    )) as { version: string; name: string };
    assert.equal(asAdmin.version, dev.version);
    assert.ok(asAdmin.name);
    const res = await fetch(
      `${wp.url}/?rest_route=/kiosque/v1/instance&url=${encodeURIComponent(dev.url)}`,
    );
    assert.equal(res.status, 401);
  });

  test('visitors see a quiet fallback and editors the reason when the instance is wrong', async () => {
    const render = async (user: number) =>
      (await wp.php(
        `wp_set_current_user( ${user} ); return do_shortcode( '[kiosque_events instance="ftp://nope"]' );`,
      )) as string;
    const visitor = await render(0);
    assert.match(visitor, /class="kiosque-fallback-error"/);
    assert.doesNotMatch(visitor, /kiosque-notice/);
    assert.match(await render(1), /class="kiosque-notice"[\s\S]*ftp:\/\/nope/);
  });
});

describe('admin', () => {
  let session: Awaited<ReturnType<BrowserContext['storageState']>>;

  before(async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(
      `${wp.url}/wp-login.php?redirect_to=${encodeURIComponent(`${wp.url}/wp-admin/profile.php`)}`,
    );
    await page.fill('#user_login', 'admin');
    await page.fill('#user_pass', 'admin');
    await Promise.all([
      page.waitForURL(/profile\.php/, { waitUntil: 'domcontentloaded' }),
      page.click('#wp-submit'),
    ]);
    session = await context.storageState();
    await context.close();
  });

  async function loggedIn() {
    const context = await browser.newContext({ storageState: session });
    const page = await context.newPage();
    return { context, page };
  }

  test('the settings page validates the instance and tests the connection', async () => {
    const { context, page } = await loggedIn();
    try {
      await page.goto(`${wp.url}/wp-admin/options-general.php?page=kiosque`);
      await page.fill('#kiosque_instance', 'https://mobilizon.example/events');
      await Promise.all([page.waitForURL(/settings-updated/), page.click('#submit')]);
      await page
        .getByText('"https://mobilizon.example/events" is not the address of a Mobilizon instance')
        .waitFor();
      assert.equal(await page.inputValue('#kiosque_instance'), dev.url);
      await page.click('#kiosque-test-connection');
      await page.getByText(`(Mobilizon ${dev.version})`).waitFor();
    } finally {
      await context.close();
    }
  });

  test('settings cannot be written without the nonce', async () => {
    const { context, page } = await loggedIn();
    try {
      await page.goto(`${wp.url}/wp-admin/profile.php`);
      const status = await page.evaluate(async (url) => {
        const body = new URLSearchParams({
          option_page: 'kiosque',
          action: 'update',
          'kiosque_settings[instance]': 'https://evil.example',
        });
        return (await fetch(`${url}/wp-admin/options.php`, { method: 'POST', body })).status;
      }, wp.url);
      assert.notEqual(status, 200);
      assert.equal(await wp.php(`return Kiosque\\Settings::get( 'instance' );`), dev.url);
    } finally {
      await context.close();
    }
  });
});

/** Pages with every block and shortcode showing the hostile instance (`H`). */
function hostilePages(H: string, uuids: string[]): Record<string, string> {
  const day = (offset: number) =>
    new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const [first = '', second = ''] = uuids;
  const block = (name: string, attrs: Record<string, unknown>) =>
    `<!-- wp:kiosque/${name} ${JSON.stringify({ instance: H, ...attrs })} /-->`;
  return {
    'xss-shortcodes': [
      `[kiosque_events instance="${H}" limit="99"]`,
      `[kiosque_events instance="${H}" limit="99" layout="grid"]`,
      `[kiosque_events instance="${H}" limit="99" layout="compact"]`,
      `[kiosque_calendar instance="${H}" from="${day(-1)}" to="${day(4)}"]`,
      `[kiosque_map instance="${H}"]`,
      `[kiosque_event instance="${H}" uuid="${first}"]`,
      `[kiosque_rsvp instance="${H}" uuid="${second}"]`,
    ].join('\n\n'),
    'xss-blocks': [
      block('events', { limit: 99 }),
      block('events', { limit: 99, layout: 'grid' }),
      block('calendar', { from: day(-1), to: day(4) }),
      block('map', {}),
      block('event', { uuid: second }),
      block('rsvp', { uuid: first }),
    ].join('\n\n'),
    // <kiosque-event> is where descriptions (HTML) and every link of an event are rendered.
    'xss-events': uuids.map((u) => `[kiosque_event instance="${H}" uuid="${u}"]`).join('\n\n'),
    'xss-rsvp': uuids
      .slice(0, 6)
      .map((u) => `[kiosque_rsvp instance="${H}" uuid="${u}"]`)
      .join('\n\n'),
  };
}

const ELEMENTS = 'kiosque-events, kiosque-calendar, kiosque-map, kiosque-event, kiosque-rsvp';

describe('hostile content from the instance', () => {
  const slugs = ['xss-shortcodes', 'xss-blocks', 'xss-events', 'xss-rsvp'];

  test('the hostile instance serves every hostile event, with organizers of its own', async () => {
    const listed = new Set(
      (
        await createClient({ instance: hostile.url, cache: false }).events({ limit: 99 })
      ).events.map((e) => e.uuid),
    );
    assert.ok(hostileUuids.length > 40);
    assert.deepEqual(
      hostileUuids.filter((u) => !listed.has(u)),
      [],
    );
    const event = await createClient({ instance: hostile.url, cache: false }).event(
      hostileUuids[0] ?? '',
    );
    assert.match(event.organizer?.name ?? '', /<script>/);
  });

  test('every element the plugin writes is valid HTML, from the dev instance and from the hostile one', async () => {
    for (const slug of [...Object.keys(SHORTCODES), ...Object.keys(BLOCKS), ...slugs]) {
      const page = await html(slug);
      assert.ok(elementSources(page).length > 0, `${slug} has Kiosque elements`);
      assert.deepEqual(await validateElements(page), [], slug);
    }
  });

  test('the pages of the dev instance keep the shared fallback contract (fixtures/fallback)', async () => {
    for (const slug of [...Object.keys(SHORTCODES), ...Object.keys(BLOCKS)]) {
      assert.deepEqual(await checkPage(await html(slug), { embedsData: true }), [], slug);
    }
  });

  for (const slug of slugs) {
    test(`${slug}: the HTML from the server has no script, handler or script URL from the instance`, async () => {
      const res = await fetch(pageUrl(slug));
      assert.equal(res.status, 200);
      const body = await res.text();
      assert.ok(body.includes('onerror'), 'the hostile content is on the page (escaped)');
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.goto(pageUrl(slug));
        assert.ok((await page.locator('.kiosque-fallback-event').count()) > 0, 'events listed');
        assert.equal(await page.locator('.kiosque-fallback-error').count(), 0, 'no element failed');
        assert.deepEqual(await unsafeOnPage(page), []);
      } finally {
        await context.close();
      }
    });
  }

  test('the checks see a handler, a script URL, a script inside an element and a script that ran', async () => {
    const context = await browser.newContext();
    await context.addInitScript(SENTINEL);
    try {
      const page = await context.newPage();
      await page.setContent(
        '<kiosque-events><a href="javascript:void 0" onclick="void 0">a</a><script>alert(1)</script></kiosque-events>',
      );
      assert.equal((await unsafeOnPage(page)).length, 3);
      assert.deepEqual(
        await page.evaluate(() => (window as unknown as { __kiosqueRan: string[] }).__kiosqueRan),
        ['alert(1)'],
      );
    } finally {
      await context.close();
    }
  });

  test('an answer with a lone UTF-16 surrogate is read as a browser reads it, not refused', async () => {
    assert.deepEqual(
      await wp.php(
        `return Kiosque\\Api::decode_json( $input );`,
        '{"t":"a\\ud800b","p":"\\ud83d\\ude00","e":"\\\\ud800"}',
      ),
      { t: 'a\uFFFDb', p: '\u{1F600}', e: '\\ud800' },
    );
  });

  test('the widget escapes what the instance sends', async () => {
    const out = (await wp.php(
      `ob_start();
the_widget( 'Kiosque\\\\Widget', array( 'title' => 'Agenda', 'instance' => $input, 'limit' => 99 ), array( 'before_widget' => '<section>', 'after_widget' => '</section>', 'before_title' => '<h2>', 'after_title' => '</h2>' ) );
return ob_get_clean();`,
      hostile.url,
    )) as string;
    const listed = out.match(/class="h-event kiosque-fallback-event"/g)?.length ?? 0;
    assert.ok(listed > 40, `${listed} events in ${out.slice(0, 600)}`);
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.setContent(`<!doctype html><html><body>${out}</body></html>`);
      assert.deepEqual(await unsafeOnPage(page), []);
    } finally {
      await context.close();
    }
  });

  /** Opens a page with the sentinel, waits for every element to render from the instance. */
  async function runHostile(slug: string, wait: (page: Page) => Promise<void>) {
    const context = await browser.newContext();
    await context.addInitScript(SENTINEL);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror ${e.message}`));
    page.on('dialog', (d) => {
      problems.push(`dialog ${d.message()}`);
      void d.dismiss();
    });
    try {
      await page.goto(pageUrl(slug));
      await page.waitForFunction(
        (selector) =>
          [...document.querySelectorAll(selector)].every(
            (el) => el.shadowRoot && el.shadowRoot.querySelector('[part]'),
          ),
        ELEMENTS,
      );
      await wait(page);
      await page.waitForLoadState('networkidle');
      const ran = await page.evaluate(
        () => (window as unknown as { __kiosqueRan: string[] }).__kiosqueRan,
      );
      return { ran, problems, unsafe: await unsafeOnPage(page) };
    } finally {
      await context.close();
    }
  }

  test('in Chromium, no script runs and no unsafe node exists once the lists, calendar and map upgraded', async () => {
    for (const slug of ['xss-shortcodes', 'xss-blocks']) {
      const result = await runHostile(slug, async (page) => {
        await page.locator('kiosque-events [part~="title"]').first().waitFor();
        await page.locator('kiosque-map [part="list"] summary').first().click();
        await page.locator('kiosque-event [part="title"]').first().waitFor();
      });
      assert.deepEqual(result, { ran: [], problems: [], unsafe: [] }, slug);
    }
  });

  test('in Chromium, no script runs from any description, link or organizer of <kiosque-event> and <kiosque-rsvp>', async () => {
    for (const slug of ['xss-events', 'xss-rsvp']) {
      const result = await runHostile(slug, async (page) => {
        await page.waitForFunction(
          (count) =>
            document.querySelectorAll('kiosque-event, kiosque-rsvp').length === count &&
            [...document.querySelectorAll('kiosque-event')].every((el) =>
              el.shadowRoot?.querySelector('[part="title"]'),
            ),
          slug === 'xss-events' ? hostileUuids.length : 6,
        );
      });
      assert.deepEqual(result, { ran: [], problems: [], unsafe: [] }, slug);
    }
  });

  test('the privacy proxy answers hostile data as JSON that a browser never renders, and pages stay inert', async () => {
    await wp.php(
      `$s = get_option( 'kiosque_settings' ); $s['privacy_mode'] = true; $s['allowed_instances'] = array( $input ); update_option( 'kiosque_settings', $s ); return true;`,
      hostile.url,
    );
    try {
      const docs = await import('../../client/src/documents.js');
      const { capabilitiesFor } = await import('../../client/src/version.js');
      const op = docs.eventsOperation(capabilitiesFor(hostileDev.version), 1, 60);
      const key = (await wp.php(`return Kiosque\\Proxy::key( $input );`, hostile.url)) as string;
      const url = new URL(`${wp.url}/?rest_route=/kiosque/v1/graphql/${key}`);
      url.searchParams.set('query', op.query);
      url.searchParams.set('variables', JSON.stringify(op.variables));
      url.searchParams.set('operationName', op.name);
      const res = await fetch(url);
      assert.equal(res.status, 200, await res.clone().text());
      assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      const body = await res.text();
      assert.ok(body.includes('onerror'), 'the hostile content is served');
      const context = await browser.newContext();
      await context.addInitScript(SENTINEL);
      try {
        const page = await context.newPage();
        await page.goto(url.href);
        assert.equal(await page.locator('img, script, svg, iframe').count(), 0, 'shown as text');
        assert.deepEqual(
          await page.evaluate(() => (window as unknown as { __kiosqueRan: string[] }).__kiosqueRan),
          [],
        );
      } finally {
        await context.close();
      }
      const result = await runHostile('xss-events', async (page) => {
        await page.locator('kiosque-event [part="title"]').first().waitFor();
      });
      assert.deepEqual(result, { ran: [], problems: [], unsafe: [] });
    } finally {
      await wp.php(
        `$s = get_option( 'kiosque_settings' ); $s['privacy_mode'] = false; $s['allowed_instances'] = array(); update_option( 'kiosque_settings', $s ); return true;`,
      );
    }
  });
});

/** The same five shortcodes against one instance, for the fault matrix. */
function faultShortcodes(instance: string, group = '', uuid: string = SEED.events.full): string {
  const g = group ? ` group="${group}"` : '';
  return [
    `[kiosque_events instance="${instance}"${g} limit="3"]`,
    `[kiosque_calendar instance="${instance}"${g}]`,
    `[kiosque_map instance="${instance}"${g}]`,
    `[kiosque_event instance="${instance}" uuid="${uuid}"]`,
    `[kiosque_rsvp instance="${instance}" uuid="${uuid}"]`,
  ].join('\n\n');
}

function faultPages(): Record<string, string> {
  return {
    fault: faultShortcodes(faulty.url),
    'fault-unreachable': faultShortcodes(closed),
    'fault-unknown': faultShortcodes(
      faulty.url,
      'no-such-group',
      '00000000-0000-4000-8000-00000000dead',
    ),
    'fault-v1': faultShortcodes(v1.url),
    'fault-v2': faultShortcodes(v2.url),
  };
}

interface ElementState {
  tag: string;
  uuids: string[];
  error: string | null;
  notice: boolean;
}

/** What each element of a page shows without JavaScript: its events, or its error message. */
async function elementStates(slug: string): Promise<ElementState[]> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    const res = await page.goto(pageUrl(slug));
    assert.equal(res?.status(), 200);
    return await page.evaluate((selector) => {
      const notice = document.querySelector('.kiosque-notice') !== null;
      return [...document.querySelectorAll(selector)].map((el) => ({
        tag: el.localName,
        uuids: [...el.querySelectorAll('li[data-uuid]')].map(
          (li) => li.getAttribute('data-uuid') ?? '',
        ),
        error: el.querySelector('.kiosque-fallback-error')?.textContent ?? null,
        notice,
      }));
    }, ELEMENTS);
  } finally {
    await context.close();
  }
}

let logRead = 0;
/** PHP notices, warnings and errors logged since the last call (WordPress 6.1's own deprecations aside). */
async function phpProblems(): Promise<string[]> {
  const { readFile } = await import('node:fs/promises');
  const log = await readFile(wp.debugLog, 'utf8').catch(() => '');
  const fresh = log.slice(logRead);
  logRead = log.length;
  return fresh
    .split('\n')
    .filter(
      (line) =>
        /PHP (Fatal error|Warning|Notice|Parse error|Recoverable)/.test(line) ||
        (/PHP Deprecated/.test(line) && /plugins\/kiosque\//.test(line)),
    );
}

/** Opens a page with JavaScript: every element ends with events or a message; nothing throws. */
async function inBrowser(slug: string): Promise<{ shown: string[]; problems: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror ${e.message}`));
  page.on('console', (m) => {
    // The browser's own report of a failed request (HTTP 500, reset) is not the page's doing.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) {
      problems.push(`console.error ${m.text()}`);
    }
  });
  try {
    await page.goto(pageUrl(slug));
    // Each element ends with a message (role="alert") or events; `null` while it loads.
    const states = () =>
      page.evaluate((selector) => {
        return [...document.querySelectorAll(selector)].map((el) => {
          const root = el.shadowRoot;
          if (!root) return null;
          const alert = root.querySelector('[role="alert"]')?.textContent?.trim();
          if (alert) return `${el.localName}: alert ${alert}`;
          // Loaded: no loading status left, and something rendered besides the frame.
          const loading = root.querySelector('[part="status"][role="status"]');
          if (!loading && root.querySelector('[part]:not([part="base"]):not([part="status"])')) {
            return `${el.localName}: events`;
          }
          return null;
        });
      }, ELEMENTS);
    let shown = await states();
    for (let i = 0; i < 200 && !shown.every(Boolean); i++) {
      await page.waitForTimeout(100);
      shown = await states();
    }
    assert.ok(shown.every(Boolean), `every element settles: ${JSON.stringify(shown)}`);
    return { shown: shown as string[], problems };
  } finally {
    await context.close();
  }
}

describe('faults of the instance', () => {
  const FAULTS: Array<{ name: string; faults: FaultOptions; lastGood: boolean }> = [
    { name: 'the connection is reset', faults: { mode: 'reset' }, lastGood: true },
    { name: 'it is slower than the timeout', faults: { latencyMs: 2500 }, lastGood: true },
    { name: 'it answers HTTP 500', faults: { mode: 'http-500' }, lastGood: true },
    { name: 'it answers malformed JSON', faults: { mode: 'malformed-json' }, lastGood: true },
    { name: 'it answers GraphQL errors', faults: { mode: 'graphql-error' }, lastGood: true },
  ];
  const FRENCH_ERROR = 'Les événements n’ont pas pu être chargés.';
  const ENGLISH_ERROR = 'The events could not be loaded.';

  before(async () => {
    // Answers are out of date at once (last good data is what is left), requests time out
    // after 1 s, and what a visitor sees is checked with nothing logged before.
    await wp.php(`update_option( 'kiosque_test_timeout', 1 );
update_option( 'kiosque_test_swr', 0 );
$s = get_option( 'kiosque_settings' ); $s['cache_ttl'] = 0; update_option( 'kiosque_settings', $s );
return true;`);
    await phpProblems();
  });
  after(async () => {
    faulty.setFaults({});
    await wp.php(`delete_option( 'kiosque_test_timeout' ); delete_option( 'kiosque_test_swr' ); delete_option( 'kiosque_test_locale' );
$s = get_option( 'kiosque_settings' ); $s['cache_ttl'] = 600; update_option( 'kiosque_settings', $s );
return true;`);
  });

  const flush = () => wp.php(`Kiosque\\Cache::flush(); return true;`);

  for (const row of FAULTS) {
    test(`with nothing cached, when ${row.name}, visitors read the localized message`, async () => {
      await flush();
      await wp.php(`update_option( 'kiosque_test_locale', 'fr_FR' ); return true;`);
      faulty.setFaults(row.faults);
      try {
        const states = await elementStates('fault');
        assert.equal(states.length, 5);
        for (const state of states) {
          assert.deepEqual(state, {
            tag: state.tag,
            uuids: [],
            error: FRENCH_ERROR,
            notice: false,
          });
        }
        const browser = await inBrowser('fault');
        assert.deepEqual(browser.problems, []);
      } finally {
        faulty.setFaults({});
        await wp.php(`delete_option( 'kiosque_test_locale' ); return true;`);
      }
      assert.deepEqual(await phpProblems(), []);
    });

    test(`with last good data cached, when ${row.name}, ${row.lastGood ? 'the page keeps it' : 'visitors read the message'}`, async () => {
      await flush();
      const good = await elementStates('fault');
      for (const state of good) assert.ok(state.uuids.length > 0, `${state.tag} lists events`);
      faulty.setFaults(row.faults);
      try {
        const states = await elementStates('fault');
        if (row.lastGood) assert.deepEqual(states, good);
        else {
          for (const state of states) {
            assert.deepEqual(state, {
              tag: state.tag,
              uuids: [],
              error: ENGLISH_ERROR,
              notice: false,
            });
          }
        }
        const browser = await inBrowser('fault');
        assert.deepEqual(browser.problems, []);
        assert.equal(browser.shown.length, 5);
      } finally {
        faulty.setFaults({});
      }
      assert.deepEqual(await phpProblems(), []);
    });
  }

  test('an instance that cannot be reached at all shows the message; editors read why', async () => {
    await flush();
    for (const state of await elementStates('fault-unreachable')) {
      assert.deepEqual(state, { tag: state.tag, uuids: [], error: ENGLISH_ERROR, notice: false });
    }
    const asEditor = (await wp.php(
      `wp_set_current_user( 1 ); return do_shortcode( get_post_field( 'post_content', $input ) );`,
      pages['fault-unreachable'],
    )) as string;
    assert.match(asEditor, /class="kiosque-notice"[\s\S]*Could not reach/);
    const { shown, problems } = await inBrowser('fault-unreachable');
    assert.deepEqual(problems, []);
    assert.ok(
      shown.every((s) => s.includes(': alert ')),
      shown.join('\n'),
    );
    assert.deepEqual(await phpProblems(), []);
  });

  test('an unknown group or event shows the message; editors read which one is unknown', async () => {
    await flush();
    for (const state of await elementStates('fault-unknown')) {
      assert.deepEqual(state, { tag: state.tag, uuids: [], error: ENGLISH_ERROR, notice: false });
    }
    const asEditor = (await wp.php(
      `wp_set_current_user( 1 ); return do_shortcode( get_post_field( 'post_content', $input ) );`,
      pages['fault-unknown'],
    )) as string;
    assert.match(asEditor, /The group &quot;no-such-group&quot; was not found on this instance\./);
    assert.match(asEditor, /00000000-0000-4000-8000-00000000dead/);
    const { shown, problems } = await inBrowser('fault-unknown');
    assert.deepEqual(problems, []);
    assert.ok(
      shown.every((s) => s.includes(': alert ')),
      shown.join('\n'),
    );
    assert.deepEqual(await phpProblems(), []);
  });

  for (const version of ['1.3.2', '2.1.0'] as const) {
    test(`Mobilizon ${version}, which lacks newer fields, gets the events the client gets`, async () => {
      const instance = version === '1.3.2' ? v1 : v2;
      const slug = version === '1.3.2' ? 'fault-v1' : 'fault-v2';
      const client = createClient({ instance: instance.url, cache: false });
      const [list, event] = await Promise.all([
        client.events({ limit: 3 }),
        client.event(SEED.events.full),
      ]);
      const states = await elementStates(slug);
      assert.deepEqual(
        states[0]?.uuids,
        list.events.map((e) => e.uuid),
      );
      for (const state of states) assert.ok(state.uuids.length > 0 && !state.error, state.tag);
      assert.deepEqual(states[3]?.uuids, [event.uuid]);
      const { shown, problems } = await inBrowser(slug);
      assert.deepEqual(problems, []);
      assert.ok(
        shown.every((s) => s.endsWith(': events')),
        shown.join('\n'),
      );
      assert.deepEqual(await phpProblems(), []);
    });
  }
});

describe('uninstall', () => {
  test('removes the settings, cached answers and locks', async () => {
    const left = await wp.php(`require_once ABSPATH . 'wp-admin/includes/plugin.php';
uninstall_plugin( 'kiosque/kiosque.php' );
global $wpdb;
return array(
	'settings' => get_option( 'kiosque_settings', null ),
	'rows'     => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->options} WHERE option_name LIKE '%kiosque%'" ),
);`);
    assert.deepEqual(left, { settings: null, rows: 0 });
  });
});
