/**
 * The reader of answers (`src/read.ts`) loads on first use: beside the first request, never
 * for an answer from the cache, and a reader that cannot load fails a call like an
 * unreachable instance. A module hook (reader-hooks.mjs) watches and blocks its load, so the
 * tests run in this order, in a process of their own (node:test runs each file apart).
 */
import assert from 'node:assert/strict';
import { register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';
import { after, before, describe, it } from 'node:test';
import type { KiosqueError, PersistentStore } from '../src/index.js';
import { createClient, EventCache, isKiosqueError } from '../src/index.js';
import { mobilizon, rawEvent, startFixture, type Fixture } from './fixture-server.js';

const state = new Int32Array(new SharedArrayBuffer(8));
const { port1: told, port2 } = new MessageChannel();
told.unref();
register('./reader-hooks.mjs', import.meta.url, {
  data: { state, port: port2 },
  transferList: [port2],
});
const BLOCKED = 0;
const ASKED = 1;

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => void unhandled.push(reason);

let fx: Fixture;
before(async () => {
  process.on('unhandledRejection', onUnhandled);
  fx = await startFixture(mobilizon('5.1.3', () => eventsAnswer()));
});
/** Lets an answer held back by a test go, so that the fixture can close even if it failed. */
let release = (): void => undefined;
after(async () => {
  release();
  process.off('unhandledRejection', onUnhandled);
  await fx.close();
});

function eventsAnswer(): unknown {
  return { data: { events: { total: 2, elements: [rawEvent(1), rawEvent(2)] } } };
}

/** A store that holds the config and one page of the instance, fetched `age` ms ago. */
function storeWith(age: number): PersistentStore {
  const fetchedAt = Date.now() - age;
  const info = {
    instance: fx.url,
    name: 'Fixture',
    description: null,
    version: '5.1.3',
    anonymousParticipation: { allowed: false, emailValidation: false, actorId: null },
    maps: { tiles: null, routing: null },
    categories: [],
    instanceFeeds: false,
    globalSearchDefault: false,
  };
  const page = {
    events: [
      {
        uuid: '00000000-0000-4000-8000-000000000009',
        title: 'Kept',
        beginsOn: '2099-01-09T10:00:00.000Z',
      },
    ],
    total: 1,
    hasMore: false,
  };
  const stored = (d: unknown): string => JSON.stringify({ v: 1, t: fetchedAt, d });
  return {
    get: (key) =>
      key.includes('"kind":"config"')
        ? stored(info)
        : key.includes('"kind":"events"')
          ? stored(page)
          : null,
    set: () => undefined,
    delete: () => undefined,
  };
}

function client(cache: EventCache | false = false) {
  return createClient({ instance: fx.url, cache });
}

async function rejection(promise: Promise<unknown>): Promise<KiosqueError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(isKiosqueError(error), `expected a KiosqueError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a rejection');
}

/** No rejection went unhandled, once pending callbacks have run. */
async function noUnhandledRejection(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(unhandled, []);
}

describe('the reader of answers', () => {
  it('is not loaded for a page served from the cache', async () => {
    fx.requests.length = 0;
    const page = await client(new EventCache({ store: storeWith(0) })).events();
    assert.deepEqual(
      page.events.map((e) => e.title),
      ['Kept'],
    );
    assert.equal(fx.requests.length, 0);
    assert.equal(Atomics.load(state, ASKED), 0);
  });

  it('fails a call like an unreachable instance (kind network) when it cannot load', async () => {
    Atomics.store(state, BLOCKED, 1);
    const error = await rejection(client().events());
    assert.equal(error.kind, 'network');
    assert.match(error.message, /reads answers \(read\.js\)/);
    assert.ok(Atomics.load(state, ASKED) > 0);
    await noUnhandledRejection();
  });

  it('leaves the error of a failed request as the transport classified it', async () => {
    const cases: [string, Parameters<Fixture['setHandler']>[0], string][] = [
      ['HTTP 500', () => ({ text: 'Internal error', status: 500 }), 'http'],
      [
        'malformed JSON',
        () => ({ text: '{"data":', contentType: 'application/json' }),
        'invalid-response',
      ],
      ['a reset connection', () => ({ reset: true }), 'network'],
    ];
    for (const [name, handler, kind] of cases) {
      fx.setHandler(handler);
      const error = await rejection(client().events());
      assert.equal(error.kind, kind, name);
      assert.doesNotMatch(error.message, /read\.js/, name);
    }
    fx.setHandler(mobilizon('5.1.3', () => eventsAnswer()));
    await noUnhandledRejection();
  });

  it('lets the cache serve the last good data when it cannot load', async () => {
    const twoDays = 2 * 24 * 60 * 60 * 1000;
    const page = await client(new EventCache({ store: storeWith(twoDays) })).events();
    assert.equal(page.stale, true);
    assert.deepEqual(
      page.events.map((e) => e.title),
      ['Kept'],
    );
    await noUnhandledRejection();
  });

  it(
    'is loaded again by the next call after a failed load, beside its request',
    { timeout: 10_000 },
    async () => {
      Atomics.store(state, BLOCKED, 0);
      const before = Atomics.load(state, ASKED);
      const asked = new Promise<void>((resolve) => {
        release = resolve;
        // Messages of earlier tests may still be queued: only a new request counts.
        const check = (): void => {
          if (Atomics.load(state, ASKED) === before) return;
          told.off('message', check);
          resolve();
        };
        told.on('message', check);
      });
      // The instance answers only once the client has asked for the reader: a client that
      // waited for the answer before loading it would never get one.
      fx.setHandler(async (req) => {
        await asked;
        return mobilizon('5.1.3', () => eventsAnswer())(req);
      });
      const page = await client().events();
      assert.deepEqual(
        page.events.map((e) => e.title),
        ['Event 1', 'Event 2'],
      );
      assert.equal(page.stale, false);
      await noUnhandledRejection();
    },
  );
});
