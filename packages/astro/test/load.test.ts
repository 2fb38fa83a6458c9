import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startDevInstance } from '@kiosque/dev-instance';
import { renderElement, type HostAttributes, type HostElement } from '@kiosque/client/hosts';
import {
  ERROR_FALLBACK,
  HOST_FAULTS,
  OLDER_VERSIONS,
  TEST_TIMEOUT_MS,
  listedUuids,
  type HostFault,
} from '../../../fixtures/fallback/faults.js';
import { icsEndpoint } from '../src/ics.js';
import { loadFor, type LoadOptions } from '../src/load.js';

const SEED_EVENT = '092bbc98-1dfa-41ce-a694-36a2e962b6ec';

type DevInstance = Awaited<ReturnType<typeof startDevInstance>>;

let instance: DevInstance;
let work: string;
let closed: string;

before(async () => {
  instance = await startDevInstance({ port: 0 });
  work = await mkdtemp(path.join(tmpdir(), 'kiosque-astro-'));
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  closed = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 1}`;
  await new Promise((resolve) => server.close(resolve));
});

after(async () => {
  await instance?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('@kiosque/astro build-time loading', () => {
  it('loads the events of an element from its attributes', async () => {
    const loaded = await loadFor(
      'kiosque-events',
      { instance: instance.url, group: 'repair-cafe', limit: 2 },
      { cacheDirectory: path.join(work, 'a') },
    );
    assert.equal(loaded.error, false);
    assert.equal(loaded.events.length, 2);
  });

  it('names the missing attribute with the component to write', () => {
    assert.throws(
      () => loadFor('kiosque-event', { instance: instance.url }),
      /^Error: \[@kiosque\/astro\] <kiosque-event> needs a "uuid": <KiosqueEvent instance=/,
    );
  });

  it('stops the build with a message naming onError when the instance is down', async () => {
    await assert.rejects(
      loadFor('kiosque-events', { instance: closed }, { cacheDirectory: path.join(work, 'b') }),
      {
        message: new RegExp(
          `^\\[@kiosque/astro\\] could not load the events on ${closed} \\(network: .*\\)\\. onError is "fail", so the build stops`,
        ),
      },
    );
  });

  it('renders the last cached data with a warning when onError is stale and the instance fails', async (t) => {
    const warnings: string[] = [];
    t.mock.method(console, 'warn', (message: unknown) => warnings.push(String(message)));
    const cacheDirectory = path.join(work, 'c');
    const attrs = { instance: instance.url, limit: 3, search: 'atelier' };
    const fresh = await loadFor('kiosque-events', attrs, { cacheDirectory, duration: 0 });
    instance.setFaults({ mode: 'http-500' });
    try {
      const stale = await loadFor(
        'kiosque-events',
        { limit: 3, search: 'atelier', instance: instance.url },
        {
          cacheDirectory,
          duration: 0,
          onError: 'stale',
        },
      );
      assert.equal(stale.error, false);
      assert.deepEqual(
        stale.events.map((e) => e.uuid),
        fresh.events.map((e) => e.uuid),
      );
    } finally {
      instance.setFaults({});
    }
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /onError is "stale": rendering the data cached at/);
  });

  it('serves an .ics of the selection', async () => {
    const response = await icsEndpoint(
      { instance: instance.url, limit: 2 },
      { cacheDirectory: path.join(work, 'd'), name: 'Agenda' },
    )();
    assert.equal(response.headers.get('content-type'), 'text/calendar; charset=utf-8');
    const ics = await response.text();
    assert.match(ics, /X-WR-CALNAME:Agenda/);
    assert.equal(ics.match(/BEGIN:VEVENT/g)?.length, 2);
  });
});

describe('@kiosque/astro when the instance fails (fixtures/fallback/faults.ts)', () => {
  let dir = 0;
  /** The events list and the event an Astro page would render, as Element.astro renders them. */
  async function render(fault: HostFault, url: string, options: LoadOptions): Promise<string> {
    const elements: Array<[HostElement, HostAttributes]> = [
      [
        'kiosque-events',
        { instance: url, group: fault.attributes?.group ?? 'repair-cafe', limit: 3 },
      ],
      ['kiosque-event', { instance: url, uuid: fault.attributes?.uuid ?? SEED_EVENT }],
    ];
    const html: string[] = [];
    for (const [tag, attrs] of elements) {
      const loaded = await loadFor(tag, attrs, options);
      html.push(
        renderElement(tag, attrs, {
          events: loaded.events,
          fetchedAt: loaded.fetchedAt,
          ...(loaded.error ? { error: true } : {}),
        }),
      );
    }
    return html.join('\n');
  }

  for (const fault of HOST_FAULTS) {
    it(`${fault.name}: "stale" keeps the last good data or renders the message, "fail" stops the build, each saying why`, async (t) => {
      const warnings: string[] = [];
      t.mock.method(console, 'warn', (message: unknown) => warnings.push(String(message)));
      const gone = fault.unreachable ? await startDevInstance({ port: 0 }) : null;
      const url = gone?.url ?? instance.url;
      const base = { timeout: TEST_TIMEOUT_MS, duration: 0 };
      const cacheDirectory = path.join(work, `faults-${++dir}`);
      const good = fault.attributes ? null : await render(fault, url, { ...base, cacheDirectory });
      if (good) assert.equal(listedUuids(good).length, 4);
      if (gone) await gone.close();
      else instance.setFaults(fault.faults ?? {});
      try {
        const stale = await render(fault, url, { ...base, cacheDirectory, onError: 'stale' });
        if (good) assert.deepEqual(listedUuids(stale), listedUuids(good), 'the last good data');
        else assert.equal(stale.match(/class="kiosque-fallback-error"/g)?.length, 1);
        const cold = await render(fault, url, {
          ...base,
          cacheDirectory: path.join(work, `faults-${++dir}`),
          onError: 'stale',
        });
        assert.match(cold, ERROR_FALLBACK);
        assert.ok(
          warnings.some((w) => w.startsWith('[@kiosque/astro] could not load the')),
          warnings.join('\n'),
        );
        await assert.rejects(
          render(fault, url, { ...base, cacheDirectory: path.join(work, `faults-${++dir}`) }),
          /^Error: \[@kiosque\/astro\] could not load the .* onError is "fail", so the build stops/,
        );
      } finally {
        instance.setFaults({});
      }
    });
  }

  for (const version of OLDER_VERSIONS) {
    it(`renders Mobilizon ${version}'s events, though it lacks newer fields`, async () => {
      const older = await startDevInstance({ port: 0, version });
      try {
        const html = await render({ name: version }, older.url, {
          cacheDirectory: path.join(work, `faults-${++dir}`),
        });
        assert.equal(listedUuids(html).length, 4);
        assert.doesNotMatch(html, /kiosque-fallback-error/);
      } finally {
        await older.close();
      }
    });
  }
});
