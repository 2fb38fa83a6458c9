/**
 * A small request cache shared by every client on a page: identical concurrent requests
 * share one fetch, answers stay fresh for `ttl`, are served while revalidating for
 * `staleWhileRevalidate`, and an optional persistent store lets a repeat visit paint at once
 * and an unreachable instance fall back to the last good data.
 */
import { KiosqueError, type ErrorKind } from './errors.js';

export interface PersistentStore {
  get(key: string): string | null | Promise<string | null>;
  set(key: string, value: string): void | Promise<void>;
  delete(key: string): void | Promise<void>;
}

/** Bumped when the stored shape changes; older values are ignored. */
const STORE_FORMAT = 1;
const DEFAULT_MAX_ENTRIES = 200;

/**
 * Failures of the instance, for which the last good data is better than an error: all but a
 * definite "not found", bad input and an abort.
 */
const FALLBACK_KINDS: ReadonlySet<ErrorKind> = new Set([
  'network',
  'timeout',
  'http',
  'graphql',
  'invalid-response',
]);

export function memoryStore(): PersistentStore {
  const map = new Map<string, string>();
  return {
    get: (key) => map.get(key) ?? null,
    set: (key, value) => void map.set(key, value),
    delete: (key) => void map.delete(key),
  };
}

/**
 * window.localStorage under a key prefix. Every call is guarded: when storage is missing,
 * blocked (private mode, sandboxed iframes) or full, it quietly does nothing.
 */
export function localStorageStore(prefix = 'kiosque:'): PersistentStore {
  const storage = (): WebStorage | null => {
    try {
      const s = (globalThis as { localStorage?: WebStorage }).localStorage;
      return s ?? null;
    } catch {
      return null;
    }
  };
  const clearOwn = (s: WebStorage): void => {
    const own: string[] = [];
    for (let i = 0; i < s.length; i++) {
      const k = s.key(i);
      if (k?.startsWith(prefix)) own.push(k);
    }
    for (const k of own) s.removeItem(k);
  };
  return {
    get(key) {
      try {
        return storage()?.getItem(prefix + key) ?? null;
      } catch {
        return null;
      }
    },
    set(key, value) {
      const s = storage();
      if (!s) return;
      try {
        s.setItem(prefix + key, value);
      } catch {
        // Probably full: drop our own entries once and retry; give up quietly after that.
        try {
          clearOwn(s);
          s.setItem(prefix + key, value);
        } catch {
          /* no room: run without persistence */
        }
      }
    },
    delete(key) {
      try {
        storage()?.removeItem(prefix + key);
      } catch {
        /* ignore */
      }
    },
  };
}

/** The part of the Web Storage API we use (the client is typed without the DOM lib). */
interface WebStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

let defaultStore: PersistentStore | null = null;

/** The store used by caches created without an explicit `store` (the shared cache included). */
export function setDefaultStore(store: PersistentStore | null): void {
  defaultStore = store;
}

export interface CacheEntry<T> {
  value: T;
  fetchedAt: number;
}

export interface LoadOptions {
  ttl: number;
  staleWhileRevalidate: number;
  /** Skip reading the cache (the answer is still written). */
  fresh: boolean;
  signal?: AbortSignal | undefined;
  /** Shape check for values read back from the store; failing values are ignored. */
  valid?: ((value: unknown) => boolean) | undefined;
}

export interface LoadResult<T> {
  value: T;
  fetchedAt: number;
  /** Last good data, served because the fetch failed. */
  stale: boolean;
}

/** What a fetcher returns: the value, and whether it may be cached (partial answers may not). */
export interface Fetched<T> {
  value: T;
  cacheable: boolean;
  /** When the answer arrived; set by the cache for every caller of a shared request. */
  fetchedAt?: number;
}

type Fetcher<T> = (signal: AbortSignal) => Promise<Fetched<T>>;

interface InFlight {
  promise: Promise<Fetched<unknown>>;
  controller: AbortController;
  waiters: number;
}

export class EventCache {
  readonly #memory = new Map<string, CacheEntry<unknown>>();
  readonly #inflight = new Map<string, InFlight>();
  readonly #store: PersistentStore | null | undefined;
  readonly #maxEntries: number;
  readonly #now: () => number;

  /**
   * @param options.store persistent store; omitted = the default store (see setDefaultStore),
   *   null = memory only.
   * @param options.maxEntries memory bound (least recently used entries go first).
   * @param options.now the clock ages are measured with, in ms (default: Date.now).
   */
  constructor(
    options: { store?: PersistentStore | null; maxEntries?: number; now?: () => number } = {},
  ) {
    this.#store = options.store;
    this.#maxEntries = Math.max(1, options.maxEntries ?? DEFAULT_MAX_ENTRIES);
    // Read Date.now at each call, so a page that moves the clock (a test, a replay) is followed.
    this.#now = options.now ?? (() => Date.now());
  }

  /** The time on this cache's clock, in ms. */
  now(): number {
    return this.#now();
  }

  /**
   * Resolves once no request of this cache is in flight, background revalidations included
   * (their failures are settled too: this never rejects). For build-time renderers that must
   * not exit with a refresh under way, and for tests.
   */
  async idle(): Promise<void> {
    while (this.#inflight.size > 0) {
      await Promise.allSettled([...this.#inflight.values()].map((f) => f.promise));
      // The entries forget themselves one microtask after they settle.
      await Promise.resolve();
    }
  }

  get #persistent(): PersistentStore | null {
    return this.#store === undefined ? defaultStore : this.#store;
  }

  /** Forgets the memory entries (the persistent store is left alone). */
  clear(): void {
    this.#memory.clear();
  }

  /** Synchronous read: memory, else the persistent store if it answers synchronously. */
  peek<T>(key: string, valid?: (value: unknown) => boolean): CacheEntry<T> | null {
    const hit = this.#memory.get(key);
    if (hit) return hit as CacheEntry<T>;
    const store = this.#persistent;
    if (!store) return null;
    let raw: string | null | Promise<string | null>;
    try {
      raw = store.get(key);
    } catch {
      return null;
    }
    if (typeof raw !== 'string') {
      if (raw instanceof Promise) raw.catch(() => undefined);
      return null;
    }
    const entry = decode<T>(raw, valid);
    if (entry) this.#remember(key, entry);
    return entry;
  }

  async #read<T>(key: string, valid?: (value: unknown) => boolean): Promise<CacheEntry<T> | null> {
    const hit = this.#memory.get(key);
    if (hit) {
      // Refresh recency.
      this.#memory.delete(key);
      this.#memory.set(key, hit);
      return hit as CacheEntry<T>;
    }
    const store = this.#persistent;
    if (!store) return null;
    try {
      const raw = await store.get(key);
      const entry = typeof raw === 'string' ? decode<T>(raw, valid) : null;
      if (entry) this.#remember(key, entry);
      return entry;
    } catch {
      return null;
    }
  }

  #remember(key: string, entry: CacheEntry<unknown>): void {
    this.#memory.delete(key);
    this.#memory.set(key, entry);
    while (this.#memory.size > this.#maxEntries) {
      const oldest = this.#memory.keys().next().value;
      if (oldest === undefined) break;
      this.#memory.delete(oldest);
    }
  }

  #write(key: string, entry: CacheEntry<unknown>): void {
    this.#remember(key, entry);
    const store = this.#persistent;
    if (!store) return;
    try {
      const done = store.set(
        key,
        JSON.stringify({ v: STORE_FORMAT, t: entry.fetchedAt, d: entry.value }),
      );
      if (done instanceof Promise) done.catch(() => undefined);
    } catch {
      /* a failing store never fails a request */
    }
  }

  /**
   * Fetches once for all concurrent callers of the same key. The shared request is aborted
   * only when every caller has aborted; each caller gets its own `aborted` error.
   */
  #shared<T>(key: string, fetcher: Fetcher<T>, signal?: AbortSignal): Promise<Fetched<T>> {
    let flight = this.#inflight.get(key);
    if (!flight) {
      const controller = new AbortController();
      const promise = fetcher(controller.signal).then((fetched) => {
        // One instant for what is stored and what callers are told.
        const fetchedAt = this.#now();
        if (fetched.cacheable) this.#write(key, { value: fetched.value, fetchedAt });
        return { ...fetched, fetchedAt };
      });
      const created: InFlight = { promise, controller, waiters: 0 };
      flight = created;
      this.#inflight.set(key, created);
      const forget = (): void => {
        if (this.#inflight.get(key) === created) this.#inflight.delete(key);
      };
      promise.then(forget, forget);
    }
    const current = flight;
    current.waiters++;
    const own = current.promise as Promise<Fetched<T>>;
    if (!signal) return own;
    return new Promise<Fetched<T>>((resolve, reject) => {
      const onAbort = (): void => {
        current.waiters--;
        if (current.waiters <= 0) {
          // Nobody waits any more: a caller arriving now must start a fresh request,
          // not join this aborted one.
          if (this.#inflight.get(key) === current) this.#inflight.delete(key);
          current.controller.abort(signal.reason);
        }
        reject(
          new KiosqueError({ kind: 'aborted', message: 'Request aborted', cause: signal.reason }),
        );
      };
      if (signal.aborted) {
        onAbort();
        return;
      }
      signal.addEventListener('abort', onAbort, { once: true });
      own.then(
        (v) => {
          signal.removeEventListener('abort', onAbort);
          resolve(v);
        },
        (e: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(e instanceof Error ? e : new Error(String(e)));
        },
      );
    });
  }

  /** Cache-first load with stale-while-revalidate and last-good fallback. */
  async load<T>(key: string, fetcher: Fetcher<T>, options: LoadOptions): Promise<LoadResult<T>> {
    const cached = options.fresh ? null : await this.#read<T>(key, options.valid);
    if (cached) {
      const age = this.#now() - cached.fetchedAt;
      if (age < options.ttl) return { ...cached, stale: false };
      if (age < options.ttl + options.staleWhileRevalidate) {
        // Background revalidation: its failure must never surface as an unhandled rejection.
        this.#shared(key, fetcher).catch(() => undefined);
        return { ...cached, stale: false };
      }
    }
    try {
      const fetched = await this.#shared(key, fetcher, options.signal);
      return { value: fetched.value, fetchedAt: fetched.fetchedAt ?? this.#now(), stale: false };
    } catch (error) {
      const fallback = cached ?? (options.fresh ? await this.#read<T>(key, options.valid) : null);
      if (fallback && error instanceof KiosqueError && FALLBACK_KINDS.has(error.kind)) {
        return { ...fallback, stale: true };
      }
      throw error;
    }
  }
}

function decode<T>(raw: string, valid?: (value: unknown) => boolean): CacheEntry<T> | null {
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const o = parsed as Record<string, unknown>;
    if (o['v'] !== STORE_FORMAT || typeof o['t'] !== 'number' || !('d' in o)) return null;
    if (valid && !valid(o['d'])) return null;
    return { value: o['d'] as T, fetchedAt: o['t'] };
  } catch {
    return null;
  }
}

/** JSON with sorted object keys, so equal requests give equal cache keys. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

let sharedCache: EventCache | null = null;

/** The module-level cache every client uses unless given its own. */
export function defaultCache(): EventCache {
  sharedCache ??= new EventCache();
  return sharedCache;
}
