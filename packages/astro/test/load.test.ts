import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startDevInstance } from '@kiosque/dev-instance';
import { icsEndpoint } from '../src/ics.js';
import { loadFor } from '../src/load.js';

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
