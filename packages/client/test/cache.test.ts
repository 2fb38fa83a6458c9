import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  createClient,
  EventCache,
  localStorageStore,
  memoryStore,
  setDefaultStore,
} from '../src/index.js';
import { mobilizon, rawEvent, startFixture, type Fixture, isOp } from './fixture-server.js';

let fx: Fixture;
before(async () => {
  fx = await startFixture(() => ({ json: {} }));
});
after(() => fx.close());

const eventsReply = mobilizon('5.1.3', () => ({
  data: { events: { total: 1, elements: [rawEvent(1)] } },
}));
const countEvents = (): number => fx.requests.filter((r) => isOp(r, 'KiosqueEvents')).length;

/** A clock the test moves by hand. */
function manualClock(start = 1_700_000_000_000): {
  now: () => number;
  advance: (ms: number) => void;
} {
  let time = start;
  return { now: () => time, advance: (ms) => (time += ms) };
}

/** Collects the unhandled rejections of the process until `stop()`. */
function watchRejections(): { reasons: unknown[]; stop: () => void } {
  const reasons: unknown[] = [];
  const listener = (reason: unknown): void => void reasons.push(reason);
  process.on('unhandledRejection', listener);
  return { reasons, stop: () => process.off('unhandledRejection', listener) };
}

/** One turn of the event loop: a rejection left unhandled is reported by then. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('cache', () => {
  it('shares one fetch between identical concurrent requests', async () => {
    fx.requests.length = 0;
    // The first answer is held until the request reached the server: no call can be served
    // from an answer that came before it was made.
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let arrived = (): void => undefined;
    const first = new Promise<void>((resolve) => (arrived = resolve));
    fx.setHandler(async (req) => {
      arrived();
      await held;
      return eventsReply(req);
    });
    const cache = new EventCache({ store: null });
    const a = createClient({ instance: fx.url, cache });
    const b = createClient({ instance: fx.url, cache });
    const all = Promise.all([a.events(), b.events(), a.events(), b.events({ limit: 10 })]);
    await first;
    release();
    const pages = await all;
    assert.equal(countEvents(), 1);
    // A first visit asks the config beside the events: one request in all.
    assert.equal(fx.requests.length, 1);
    assert.ok(pages.every((p) => p.events.length === 1));
  });

  it('starts a fresh request for a caller arriving after every earlier caller aborted', async () => {
    const cache = new EventCache({ store: null });
    let started = 0;
    const fetcher = (signal: AbortSignal) => {
      const n = ++started;
      return new Promise<{ value: number; cacheable: boolean }>((resolve, reject) => {
        const timer = setTimeout(() => resolve({ value: n, cacheable: false }), 20);
        signal.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(new Error('aborted'));
        });
      });
    };
    const options = { ttl: 1000, staleWhileRevalidate: 0, fresh: false };
    const first = new AbortController();
    const aborted = cache.load('key', fetcher, { ...options, signal: first.signal });
    first.abort();
    // Joins right after the abort, before the aborted request has settled.
    const again = cache.load('key', fetcher, { ...options, signal: new AbortController().signal });
    await assert.rejects(aborted, { kind: 'aborted' });
    assert.equal((await again).value, 2);
  });

  it('serves a fresh answer from memory without a request', async () => {
    fx.requests.length = 0;
    fx.setHandler(eventsReply);
    const c = createClient({ instance: fx.url, cache: new EventCache({ store: null }) });
    await c.events();
    await c.events();
    assert.equal(countEvents(), 1);
    await c.events({}, { fresh: true });
    assert.equal(countEvents(), 2);
  });

  it('returns stale data at once and revalidates in the background after the ttl', async () => {
    fx.requests.length = 0;
    fx.setHandler(eventsReply);
    const clock = manualClock();
    const cache = new EventCache({ store: null, now: clock.now });
    const c = createClient({ instance: fx.url, cache, ttl: 20 });
    const first = await c.events();
    clock.advance(19);
    await c.events();
    await cache.idle();
    assert.equal(countEvents(), 1, 'within the ttl: no request');
    clock.advance(21);
    const second = await c.events();
    assert.equal(second.fetchedAt, first.fetchedAt);
    assert.equal(second.stale, false);
    await cache.idle();
    assert.equal(countEvents(), 2);
    const third = await c.events();
    assert.equal(third.fetchedAt, clock.now(), 'the revalidated answer is served');
  });

  it('does not surface a failing background revalidation', async () => {
    fx.setHandler(eventsReply);
    const clock = manualClock();
    const cache = new EventCache({ store: null, now: clock.now });
    const c = createClient({ instance: fx.url, cache, ttl: 10 });
    await c.events();
    await c.instanceInfo();
    clock.advance(20);
    fx.requests.length = 0;
    fx.setHandler(() => ({ text: 'down', status: 503 }));
    const rejections = watchRejections();
    try {
      const page = await c.events(); // triggers a failing background fetch
      assert.equal(page.events.length, 1);
      await cache.idle();
      await nextTurn();
      assert.ok(fx.requests.length > 0, 'the background fetch was made');
      assert.deepEqual(rejections.reasons, []);
    } finally {
      rejections.stop();
    }
  });

  it('falls back to the last good data marked stale when the instance is unreachable', async () => {
    fx.setHandler(eventsReply);
    const cache = new EventCache({ store: null });
    const c = createClient({ instance: fx.url, cache, ttl: 0, staleWhileRevalidate: 0 });
    await c.events();
    fx.setHandler(() => ({ text: 'down', status: 502 }));
    const page = await c.events();
    assert.equal(page.stale, true);
    assert.equal(page.events[0]?.title, 'Event 1');
  });

  it('says an event is the last good data when the instance is unreachable', async () => {
    const uuid = '00000000-0000-4000-8000-000000000001';
    fx.setHandler(mobilizon('5.1.3', () => ({ data: { event: rawEvent(1) } })));
    const c = createClient({
      instance: fx.url,
      cache: new EventCache({ store: null }),
      ttl: 0,
      staleWhileRevalidate: 0,
    });
    const fresh = await c.eventResult(uuid);
    assert.equal(fresh.stale, false);
    fx.setHandler(() => ({ text: 'down', status: 502 }));
    const last = await c.eventResult(uuid);
    assert.equal(last.stale, true);
    assert.equal(last.event.title, 'Event 1');
    assert.equal(last.fetchedAt, fresh.fetchedAt);
  });

  it('does not fall back to old data for a not-found answer', async () => {
    fx.setHandler(mobilizon('5.1.3', () => ({ data: { event: rawEvent(1) } })));
    const c = createClient({
      instance: fx.url,
      cache: new EventCache({ store: null }),
      ttl: 0,
      staleWhileRevalidate: 0,
    });
    await c.event('00000000-0000-4000-8000-000000000001');
    fx.setHandler(
      mobilizon('5.1.3', () => ({
        data: { event: null },
        errors: [{ message: 'gone', code: 'event_not_found' }],
      })),
    );
    await assert.rejects(c.event('00000000-0000-4000-8000-000000000001'), { kind: 'not-found' });
  });

  it('falls back to the last good data when the instance answers only GraphQL errors', async () => {
    fx.setHandler(eventsReply);
    const c = createClient({
      instance: fx.url,
      cache: new EventCache({ store: null }),
      ttl: 0,
      staleWhileRevalidate: 0,
    });
    await c.events();
    fx.setHandler(() => ({
      json: { errors: [{ message: 'Internal error', code: 'unknown_error' }] },
    }));
    const page = await c.events();
    assert.equal(page.stale, true);
    assert.equal(page.events[0]?.title, 'Event 1');
  });

  it('uses a known config of any age at once and refreshes it behind the read', async () => {
    fx.setHandler(eventsReply);
    const c = createClient({
      instance: fx.url,
      cache: new EventCache({ store: null }),
      ttl: 0,
      staleWhileRevalidate: 0,
    });
    await c.events();
    fx.requests.length = 0;
    // The config hangs; the events answer at once.
    const hanging = new Promise<never>(() => {});
    fx.setHandler((req) =>
      req.operationName?.startsWith('KiosqueConfig') ? hanging : eventsReply(req),
    );
    const page = await c.events();
    assert.equal(page.stale, false);
    assert.equal(page.events[0]?.title, 'Event 1');
    assert.deepEqual(fx.requests.map((r) => r.operationName).sort(), [
      'KiosqueConfig',
      'KiosqueEvents',
    ]);
  });

  it('lets a new page peek() data persisted by an earlier visit', async () => {
    fx.setHandler(eventsReply);
    const store = memoryStore();
    await createClient({ instance: fx.url, cache: new EventCache({ store }) }).events({ limit: 5 });
    const revisit = createClient({ instance: fx.url, cache: new EventCache({ store }) });
    const page = revisit.peek({ limit: 5 });
    assert.equal(page?.events[0]?.title, 'Event 1');
    assert.equal(revisit.peek({ limit: 6 }), null);
  });

  it('yields persisted last good data when the first request of a visit fails', async () => {
    fx.setHandler(eventsReply);
    const store = memoryStore();
    await createClient({
      instance: fx.url,
      cache: new EventCache({ store }),
      ttl: 0,
      staleWhileRevalidate: 0,
    }).events();
    fx.setHandler(() => ({ reset: true }));
    const page = await createClient({
      instance: fx.url,
      cache: new EventCache({ store }),
      ttl: 0,
      staleWhileRevalidate: 0,
    }).events();
    assert.equal(page.stale, true);
    assert.equal(page.events.length, 1);
  });

  it('never serves a first-visit answer that a cached page made unneeded, once that page is old', async () => {
    fx.setHandler(eventsReply);
    const store = memoryStore();
    const writes: string[] = [];
    const spy = { ...store, set: (k: string, v: string) => (writes.push(k), store.set(k, v)) };
    const clock = manualClock();
    const options = { instance: fx.url, ttl: 30, staleWhileRevalidate: 0 };
    await createClient({
      ...options,
      cache: new EventCache({ store: spy, now: clock.now }),
    }).events();
    // The stored config is gone, the stored page is not: a new page asks for the config beside
    // the events, and serves the page from the store.
    const configKey = writes.find((k) => k.includes('"config"'));
    assert.ok(configKey);
    store.delete(configKey);
    const c = createClient({ ...options, cache: new EventCache({ store, now: clock.now }) });
    assert.equal((await c.events()).events[0]?.title, 'Event 1');
    fx.setHandler(
      mobilizon('5.1.3', () => ({ data: { events: { total: 1, elements: [rawEvent(2)] } } })),
    );
    clock.advance(50);
    assert.equal((await c.events()).events[0]?.title, 'Event 2');
  });

  it('ignores corrupt or foreign stored values', async () => {
    fx.requests.length = 0;
    fx.setHandler(eventsReply);
    const store = memoryStore();
    const writes: string[] = [];
    const spy = { ...store, set: (k: string, v: string) => (writes.push(k), store.set(k, v)) };
    await createClient({ instance: fx.url, cache: new EventCache({ store: spy }) }).events();
    for (const key of writes) store.set(key, '{"v":1,"t":1,"d":{"events":"nope"}}');
    store.set(writes[0] ?? '', 'not json');
    const c = createClient({ instance: fx.url, cache: new EventCache({ store }) });
    assert.equal(c.peek(), null);
    const page = await c.events();
    assert.equal(page.events.length, 1);
  });

  it('uses the default store set with setDefaultStore', async () => {
    fx.setHandler(eventsReply);
    const store = memoryStore();
    setDefaultStore(store);
    try {
      await createClient({ instance: fx.url, cache: new EventCache() }).events({ limit: 3 });
      assert.ok(createClient({ instance: fx.url, cache: new EventCache() }).peek({ limit: 3 }));
    } finally {
      setDefaultStore(null);
    }
  });

  it('keeps at most maxEntries in memory', async () => {
    fx.setHandler(eventsReply);
    const cache = new EventCache({ store: null, maxEntries: 2 });
    const c = createClient({ instance: fx.url, cache });
    await c.events({ limit: 1 });
    await c.events({ limit: 2 });
    await c.events({ limit: 3 });
    assert.equal(c.peek({ limit: 1 }), null);
    assert.ok(c.peek({ limit: 3 }));
  });

  it('reads Date.now at each use when no clock is given, so a moved page clock is followed', () => {
    const cache = new EventCache({ store: null });
    const realNow = Date.now;
    Date.now = () => 42;
    try {
      assert.equal(cache.now(), 42);
    } finally {
      Date.now = realNow;
    }
  });
});

describe('localStorageStore', () => {
  it('acts as a no-op when localStorage is missing', () => {
    const store = localStorageStore();
    assert.equal(store.get('x'), null);
    store.set('x', 'y');
    store.delete('x');
  });

  it('acts as a no-op when localStorage throws', () => {
    const g = globalThis as { localStorage?: unknown };
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new Error('SecurityError');
      },
    });
    try {
      const store = localStorageStore();
      assert.equal(store.get('x'), null);
      store.set('x', 'y');
    } finally {
      delete g.localStorage;
    }
  });

  it('stores under its prefix in a working localStorage', () => {
    const data = new Map<string, string>();
    (globalThis as { localStorage?: unknown }).localStorage = {
      get length() {
        return data.size;
      },
      key: (i: number) => [...data.keys()][i] ?? null,
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
    };
    try {
      const store = localStorageStore('k:');
      store.set('a', '1');
      assert.equal(data.get('k:a'), '1');
      assert.equal(store.get('a'), '1');
    } finally {
      delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });
});
