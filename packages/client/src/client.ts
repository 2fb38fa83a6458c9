import {
  defaultCache,
  EventCache,
  stableStringify,
  type Fetched,
  type LoadResult,
} from './cache.js';
import {
  configExtrasOperation,
  configOperation,
  eventOperation,
  eventsOperation,
  groupEventsOperation,
  groupsPerRequest,
  searchOperation,
  withConfig,
  type Operation,
} from './documents.js';
import { invalidResponse, KiosqueError } from './errors.js';
import { normalizeEndpoint, normalizeInstance } from './instance.js';
import type { ParticipationContext } from './participation.js';
import {
  isEventUuid,
  type EventPage,
  type InstanceInfo,
  type KiosqueEvent,
  type Participation,
} from './model.js';
import type * as Read from './read.js';
import type { ReadContext, Results } from './read.js';
import { isRecord } from './shape.js';
import { DEFAULT_TIMEOUT, send, type GraphQLResult } from './transport.js';
import { capabilitiesFor, NEWEST_VERSION, type Capabilities } from './version.js';

export interface ClientOptions {
  /** Base URL of the Mobilizon instance, e.g. "https://mobilizon.example" (a trailing /api is accepted). */
  instance: string;
  /** fetch implementation (default: globalThis.fetch). */
  fetch?: typeof fetch;
  /** Per-request timeout in ms (default 8000). */
  timeout?: number;
  /** Cache to use; default: one module-level cache shared by every client; false: none. */
  cache?: EventCache | false;
  /** How long an answer is fresh, in ms (default 5 min). */
  ttl?: number;
  /** How long after `ttl` an answer is still served while revalidating, in ms (default 24 h). */
  staleWhileRevalidate?: number;
  /** Accept-Language for mutations (server messages and emails). */
  locale?: string;
  /**
   * GraphQL endpoint to call instead of `<instance>/api`, e.g. a same-origin proxy that serves
   * this instance (the WordPress plugin's privacy mode). Links still point at the instance.
   */
  endpoint?: string;
}

export interface CallOptions {
  signal?: AbortSignal;
  timeout?: number;
  /** Bypass the cache for this call (the answer is still cached). */
  fresh?: boolean;
}

export interface EventQuery {
  /** Group handles: "name" (local) or "name@domain" (remote). */
  groups?: string[];
  /** 1..99, default 10. */
  limit?: number;
  /** 1-based, default 1. */
  page?: number;
  from?: Date | string;
  to?: Date | string;
  /** Tag titles; an event matches when it has any of them. */
  tags?: string[];
  /** Category id, e.g. "MEETING". */
  category?: string;
  type?: 'online' | 'in-person';
  near?: { lat: number; lon: number };
  /** km around `near` (default 50). */
  radius?: number;
  search?: string;
  includeCancelled?: boolean;
  /** Only events that live on this instance (not federated copies). */
  localOnly?: boolean;
}

export interface JoinInput {
  event: KiosqueEvent;
  email: string;
  message?: string;
  locale?: string;
  /** IANA zone for the confirmation email; default: the runtime's zone. */
  timezone?: string;
}

export interface LeaveInput {
  event: KiosqueEvent;
  /** `cancellationToken` returned by joinEvent. */
  token: string;
}

export interface KiosqueClient {
  /** Normalized origin, no trailing slash. */
  readonly instance: string;
  /** `${instance}/api`. */
  readonly endpoint: string;
  instanceInfo(opts?: CallOptions): Promise<InstanceInfo>;
  events(query?: EventQuery, opts?: CallOptions): Promise<EventPage>;
  event(uuid: string, opts?: CallOptions): Promise<KiosqueEvent>;
  /** Like `event()`, and says whether it is the last good data of an unreachable instance. */
  eventResult(uuid: string, opts?: CallOptions): Promise<EventResult>;
  joinEvent(input: JoinInput, opts?: CallOptions): Promise<Participation>;
  leaveEvent(input: LeaveInput, opts?: CallOptions): Promise<void>;
  /** Cached page for this query, read synchronously (memory, else a synchronous store), or null. */
  peek(query?: EventQuery): EventPage | null;
}

export interface EventResult {
  event: KiosqueEvent;
  /** True when served from the last good data because the instance could not be reached. */
  stale: boolean;
  /** Epoch ms when the event was fetched from the instance. */
  fetchedAt: number;
}

export const DEFAULT_TTL = 5 * 60 * 1000;
export const DEFAULT_STALE_WHILE_REVALIDATE = 24 * 60 * 60 * 1000;
export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 99;
/**
 * Before 5.1, organizedEvents(afterDatetime) compares with the start, so an ongoing event
 * would vanish: ask a day earlier and filter on the end client-side.
 */
const ONGOING_MARGIN_MS = 24 * 60 * 60 * 1000;

export type EventStrategy = 'group-events' | 'search' | 'upcoming';

/** The validated form of an EventQuery: also the cache key of a page. */
export interface NormalizedQuery {
  groups: string[];
  limit: number;
  page: number;
  from: string | null;
  to: string | null;
  tags: string[];
  category: string | null;
  type: 'online' | 'in-person' | null;
  near: { lat: number; lon: number } | null;
  radius: number | null;
  search: string | null;
  includeCancelled: boolean;
  localOnly: boolean;
}

function invalid(message: string): KiosqueError {
  return new KiosqueError({ kind: 'invalid-input', message });
}

function toIso(value: Date | string | undefined, name: string): string | null {
  if (value === undefined || value === null) return null;
  const t = value instanceof Date ? value.getTime() : Date.parse(value);
  if (Number.isNaN(t)) throw invalid(`"${name}" is not a valid date: ${String(value)}`);
  return new Date(t).toISOString();
}

function positiveInt(
  value: number | undefined,
  name: string,
  fallback: number,
  max: number,
): number {
  if (value === undefined || value === null) return fallback;
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw invalid(`"${name}" must be an integer from 1 to ${max}, got ${String(value)}`);
  }
  return value;
}

function cleanList(list: string[] | undefined, name: string): string[] {
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) throw invalid(`"${name}" must be an array of strings`);
  const out = list
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.trim())
    .filter(Boolean);
  return [...new Set(out)];
}

export function normalizeQuery(query: EventQuery = {}): NormalizedQuery {
  const groups = cleanList(query.groups, 'groups').map((g) => g.replace(/^@/, ''));
  for (const g of groups) {
    if (!/^[^@\s/?#]+(@[^@\s/?#]+)?$/.test(g)) {
      throw invalid(`"${g}" is not a group handle: use "name" or "name@instance.example".`);
    }
  }
  let near: NormalizedQuery['near'] = null;
  if (query.near !== undefined && query.near !== null) {
    const { lat, lon } = query.near;
    if (
      !Number.isFinite(lat) ||
      !Number.isFinite(lon) ||
      Math.abs(lat) > 90 ||
      Math.abs(lon) > 180
    ) {
      throw invalid(`"near" must be { lat: -90..90, lon: -180..180 }`);
    }
    near = { lat, lon };
  }
  let radius: number | null = null;
  if (query.radius !== undefined && query.radius !== null) {
    if (!Number.isFinite(query.radius) || query.radius <= 0)
      throw invalid('"radius" must be a positive number of km');
    radius = query.radius;
  }
  if (query.type !== undefined && query.type !== 'online' && query.type !== 'in-person') {
    throw invalid(`"type" must be "online" or "in-person", got ${String(query.type)}`);
  }
  const search = typeof query.search === 'string' ? query.search.trim() : '';
  const category = typeof query.category === 'string' ? query.category.trim() : '';
  return {
    groups: groups.sort(),
    limit: positiveInt(query.limit, 'limit', DEFAULT_LIMIT, MAX_LIMIT),
    page: positiveInt(query.page, 'page', 1, 10_000),
    from: toIso(query.from, 'from'),
    to: toIso(query.to, 'to'),
    tags: cleanList(query.tags, 'tags').sort(),
    category: category || null,
    type: query.type ?? null,
    near,
    radius: near ? radius : null,
    search: search || null,
    includeCancelled: query.includeCancelled === true,
    localOnly: query.localOnly === true,
  };
}

/** Which operation `events()` uses for a query. */
export function strategyFor(q: NormalizedQuery): EventStrategy {
  if (q.groups.length > 0) return 'group-events';
  if (q.search || q.tags.length > 0 || q.category || q.type || q.near || q.from || q.to)
    return 'search';
  return 'upcoming';
}

function isInstanceInfo(v: unknown): boolean {
  return (
    isRecord(v) &&
    typeof v['version'] === 'string' &&
    typeof v['name'] === 'string' &&
    Array.isArray(v['categories'])
  );
}

function isEventPageValue(v: unknown): boolean {
  return (
    isRecord(v) &&
    Array.isArray(v['events']) &&
    v['events'].every(
      (e) => isRecord(e) && typeof e['uuid'] === 'string' && typeof e['beginsOn'] === 'string',
    ) &&
    typeof v['hasMore'] === 'boolean'
  );
}

function isEventValue(v: unknown): boolean {
  return isRecord(v) && typeof v['uuid'] === 'string' && typeof v['title'] === 'string';
}

export interface StoredPage {
  events: KiosqueEvent[];
  total: number | null;
  hasMore: boolean;
}

export type Answer<T> = { value: T; cacheable: boolean };

type Reader = typeof Read;

/** The requests that answer one cache entry, and how to read their results. */
interface Plan<T> {
  key: string;
  ops: Operation[];
  parse(read: Reader, results: Results, ctx: ReadContext): Answer<T>;
}

type Planner<T> = (caps: Capabilities) => Promise<Plan<T>>;

let reading: Promise<Reader> | undefined;

/**
 * The module that reads answers (`read.ts`: normalization and client-side filters), loaded on
 * first use, once for every client: a visit that paints from the cache never downloads it.
 * Callers start it as they send a request, so it loads beside the answer. A load that fails
 * fails the call like an unreachable instance (kind `network`, so last good data is used),
 * and the next call tries again.
 */
function reader(): Promise<Reader> {
  if (!reading) {
    reading = import('./read.js').catch((cause: unknown) => {
      reading = undefined;
      throw new KiosqueError({
        kind: 'network',
        message:
          'Could not load the module of @kiosque/client that reads answers (read.js): check the connection, and that the site serves every file of the build',
        cause,
      });
    });
    // It is awaited once the requests are answered: a failure meanwhile is not unhandled.
    reading.catch(() => undefined);
  }
  return reading;
}

/**
 * The reader, once the requests of a plan are settled. When every request failed, the
 * transport's error (network, timeout, HTTP, malformed answer) is the call's error, whether
 * or not the reader loaded.
 */
function readerFor(read: Promise<Reader>, results: Results): Promise<Reader> {
  const [first] = results;
  if (first?.status === 'rejected' && results.every((r) => r.status === 'rejected')) {
    return Promise.reject(first.reason as Error);
  }
  return read;
}

/**
 * Answers that came with the config of a first visit (see `#fetchBundled`), by cache key,
 * until the load that asked for them takes them. Module-level, like the shared cache: the
 * elements of a page may hold different clients of one instance.
 */
const bundled = new Map<string, { answer: Answer<unknown> } | { error: unknown }>();
const NEWEST = capabilitiesFor(NEWEST_VERSION);

class Client implements KiosqueClient {
  readonly instance: string;
  readonly endpoint: string;
  readonly #fetch: typeof fetch;
  readonly #timeout: number;
  readonly #cache: EventCache | null;
  readonly #ttl: number;
  readonly #swr: number;
  readonly #locale: string | undefined;

  constructor(options: ClientOptions) {
    if (!isRecord(options)) throw invalid('createClient needs options: { instance: "https://…" }');
    this.instance = normalizeInstance(options.instance);
    this.endpoint =
      options.endpoint === undefined || options.endpoint === ''
        ? `${this.instance}/api`
        : normalizeEndpoint(options.endpoint);
    const f = options.fetch ?? (globalThis.fetch as typeof fetch | undefined);
    if (typeof f !== 'function') throw invalid('No fetch available: pass options.fetch');
    this.#fetch = options.fetch ? f : (input, init) => globalThis.fetch(input, init);
    this.#timeout = options.timeout ?? DEFAULT_TIMEOUT;
    this.#cache = options.cache === false ? null : (options.cache ?? defaultCache());
    this.#ttl = options.ttl ?? DEFAULT_TTL;
    this.#swr = options.staleWhileRevalidate ?? DEFAULT_STALE_WHILE_REVALIDATE;
    this.#locale = options.locale;
  }

  #send(
    op: Operation,
    signal: AbortSignal | undefined,
    opts: CallOptions | undefined,
    locale?: string,
  ): Promise<GraphQLResult> {
    return send(op, {
      endpoint: this.endpoint,
      fetch: this.#fetch,
      timeout: opts?.timeout ?? this.#timeout,
      signal,
      locale: locale ?? this.#locale,
    });
  }

  #key(kind: string, args: unknown, profile: string): string {
    return `${this.endpoint} ${stableStringify({ kind, args, profile })}`;
  }

  async #load<T>(
    key: string,
    fetcher: (signal: AbortSignal) => Promise<{ value: T; cacheable: boolean }>,
    opts: CallOptions | undefined,
    valid: (v: unknown) => boolean,
    staleWhileRevalidate = this.#swr,
  ): Promise<LoadResult<T>> {
    // Without a cache, a cache of this one call: the same abort and error handling.
    return (this.#cache ?? new EventCache({ store: null })).load<T>(key, fetcher, {
      ttl: this.#ttl,
      staleWhileRevalidate,
      fresh: opts?.fresh === true,
      signal: opts?.signal,
      valid,
    });
  }

  instanceInfo(opts?: CallOptions): Promise<InstanceInfo> {
    return this.#info(opts);
  }

  /**
   * The instance's config. When nothing is cached yet and `planner` says what the caller
   * will ask next, config and that request go as one (see `#fetchBundled`).
   */
  async #info(opts: CallOptions | undefined, planner?: Planner<unknown>): Promise<InstanceInfo> {
    const key = this.#key('config', null, 'probe');
    const bundle = planner && !this.#cache?.peek(key, isInstanceInfo) ? planner : undefined;
    const result = await this.#load<InstanceInfo>(
      key,
      async (signal) => ({
        value:
          (bundle && (await this.#fetchBundled(bundle, signal, opts))) ??
          (await this.#fetchInstanceInfo(signal, opts)),
        cacheable: true,
      }),
      opts,
      isInstanceInfo,
      // A known config of any age is used at once and refreshed behind: versions rarely
      // change, and a hanging instance must not hold every read up for a timeout first.
      Infinity,
    );
    return result.value;
  }

  async #fetchInstanceInfo(
    signal: AbortSignal,
    opts: CallOptions | undefined,
  ): Promise<InstanceInfo> {
    const read = reader();
    const base = await this.#send(configOperation(), signal, opts);
    const config = base.data['config'];
    if (!isRecord(config)) throw this.#invalidResponse('config is missing from the response');
    const caps = capabilitiesFor(typeof config['version'] === 'string' ? config['version'] : null);
    const extrasOp = configExtrasOperation(caps);
    let extras: unknown = null;
    if (extrasOp) {
      try {
        extras = (await this.#send(extrasOp, signal, opts)).data['config'];
      } catch (error) {
        // The extras are optional (labels, routing, feeds): only an abort stops us.
        if (error instanceof KiosqueError && error.kind === 'aborted') throw error;
      }
    }
    const info = (await read).normalizeInstanceInfo(this.instance, config, extras);
    if (!info) throw this.#invalidResponse('config has an unexpected shape');
    return info;
  }

  /**
   * A first visit: the planned request, built for the newest version, with the config beside
   * it. When the instance is that version (or answers it the same way), the planned answer is
   * kept for the load that asked for it and the page costs one request. An older instance
   * rejects the document as a whole: null, and the config is asked the step-by-step way.
   */
  async #fetchBundled(
    planner: Planner<unknown>,
    signal: AbortSignal,
    opts: CallOptions | undefined,
  ): Promise<InstanceInfo | null> {
    const plan = await planner(NEWEST);
    const [op] = plan.ops;
    if (!op || plan.ops.length > 1) return null;
    // Under 5.1's complexity cap for every read the client plans (`npm run check:schema`).
    const combined = withConfig(op, NEWEST);
    const read = reader();
    let result: GraphQLResult;
    try {
      result = await this.#send(combined, signal, opts);
    } catch (error) {
      const rejected =
        error instanceof KiosqueError &&
        (error.kind === 'graphql' || (error.kind === 'http' && error.response?.status === 400));
      if (rejected) return null;
      throw error;
    }
    const reading = await read;
    const config = result.data['config'];
    const info = isRecord(config)
      ? reading.normalizeInstanceInfo(this.instance, config, config)
      : null;
    if (!info) return null;
    const real = await planner(capabilitiesFor(info.version));
    const [same] = real.ops;
    if (
      real.ops.length === 1 &&
      same?.query === op.query &&
      stableStringify(same.variables) === stableStringify(op.variables)
    ) {
      try {
        const answer = real.parse(reading, [{ status: 'fulfilled', value: result }], {
          instance: this.instance,
          endpoint: this.endpoint,
          categories: info.categories,
        });
        bundled.set(real.key, { answer });
      } catch (error) {
        bundled.set(real.key, { error });
      }
    }
    return info;
  }

  #invalidResponse(message: string): KiosqueError {
    return invalidResponse(this.endpoint, message);
  }

  /** Loads what `planner` plans, with the version and categories of the instance. */
  async #planned<T>(
    planner: Planner<T>,
    opts: CallOptions | undefined,
    valid: (v: unknown) => boolean,
  ): Promise<LoadResult<T>> {
    // The version is needed to build documents: never bypass its cache for a `fresh` call.
    const info = await this.#info(
      opts ? { ...opts, fresh: false } : undefined,
      planner as Planner<unknown>,
    );
    const plan = await planner(capabilitiesFor(info.version));
    const ctx: ReadContext = {
      instance: this.instance,
      endpoint: this.endpoint,
      categories: info.categories,
    };
    try {
      return await this.#load<T>(
        plan.key,
        async (signal) => {
          const early = bundled.get(plan.key);
          if (early) {
            bundled.delete(plan.key);
            if ('error' in early) throw early.error;
            return early.answer as Fetched<T>;
          }
          const read = reader();
          const results = await Promise.allSettled(
            plan.ops.map((op) => this.#send(op, signal, opts)),
          );
          return plan.parse(await readerFor(read, results), results, ctx);
        },
        opts,
        valid,
      );
    } finally {
      // An answer this load did not need (served from the cache, or aborted) must not be
      // taken later, out of date, by the next load of this key.
      bundled.delete(plan.key);
    }
  }

  async events(query?: EventQuery, opts?: CallOptions): Promise<EventPage> {
    const q = normalizeQuery(query);
    // One instant for every plan of this call, so that plans for two versions compare.
    const now = Date.now();
    const result = await this.#planned<StoredPage>(
      (caps) => this.#planPage(q, caps, now),
      opts,
      isEventPageValue,
    );
    const errors = (result.value as StoredPage & { errors?: KiosqueError[] }).errors ?? [];
    return {
      events: result.value.events,
      total: result.value.total,
      hasMore: result.value.hasMore,
      stale: result.stale,
      fetchedAt: result.fetchedAt,
      errors,
    };
  }

  peek(query?: EventQuery): EventPage | null {
    if (!this.#cache) return null;
    let q: NormalizedQuery;
    try {
      q = normalizeQuery(query);
    } catch {
      return null;
    }
    const info = this.#cache.peek<InstanceInfo>(this.#key('config', null, 'probe'), isInstanceInfo);
    if (!info) return null;
    const caps = capabilitiesFor(info.value.version);
    const hit = this.#cache.peek<StoredPage>(
      this.#key('events', q, caps.profile),
      isEventPageValue,
    );
    if (!hit) return null;
    return {
      events: hit.value.events,
      total: hit.value.total,
      hasMore: hit.value.hasMore,
      stale: this.#cache.now() - hit.fetchedAt > this.#ttl + this.#swr,
      fetchedAt: hit.fetchedAt,
      errors: [],
    };
  }

  async #planPage(q: NormalizedQuery, caps: Capabilities, now: number): Promise<Plan<StoredPage>> {
    const key = this.#key('events', q, caps.profile);
    switch (strategyFor(q)) {
      case 'group-events':
        return { key, ...this.#planGroupEvents(q, caps, now) };
      case 'search':
        return { key, ...(await this.#planSearch(q, caps)) };
      default:
        return { key, ...this.#planUpcoming(q, caps) };
    }
  }

  #planUpcoming(q: NormalizedQuery, caps: Capabilities): Omit<Plan<StoredPage>, 'key'> {
    return {
      ops: [eventsOperation(caps, q.page, q.limit)],
      parse: (read, results, ctx) =>
        read.listAnswer(results, 'events', ctx, q, {
          includeCancelled: q.includeCancelled,
          localOnly: q.localOnly,
        }),
    };
  }

  async #planSearch(
    q: NormalizedQuery,
    caps: Capabilities,
  ): Promise<Omit<Plan<StoredPage>, 'key'>> {
    const op = searchOperation(caps, {
      term: q.search,
      tags: q.tags,
      category: q.category,
      type: q.type,
      // Loaded on first use: only searches near a point need it.
      location: q.near ? (await import('./geohash.js')).geohash(q.near.lat, q.near.lon) : null,
      radius: q.radius,
      beginsOn: q.from,
      endsOn: q.to,
      includeCancelled: q.includeCancelled,
      localOnly: q.localOnly,
      page: q.page,
      limit: q.limit,
    });
    return {
      ops: [op],
      // What the server could not filter on this version is filtered here.
      parse: (read, results, ctx) =>
        read.listAnswer(results, 'searchEvents', ctx, q, {
          includeCancelled: q.includeCancelled,
          localOnly: q.localOnly,
          category: caps.searchCategory ? null : q.category,
          type: caps.searchType ? null : q.type,
        }),
    };
  }

  #planGroupEvents(
    q: NormalizedQuery,
    caps: Capabilities,
    now: number,
  ): Omit<Plan<StoredPage>, 'key'> {
    const from = q.from ? Date.parse(q.from) : now;
    const endsOnSemantics = caps.version !== null && caps.longEvent; // 5.1+
    const after = new Date(endsOnSemantics ? from : from - ONGOING_MARGIN_MS).toISOString();
    // Enough events from each group to fill the requested page after merging.
    const perGroup = q.page * q.limit;
    const size = groupsPerRequest(caps);
    const chunks: string[][] = [];
    for (let i = 0; i < q.groups.length; i += size) chunks.push(q.groups.slice(i, i + size));
    return {
      ops: chunks.map((groups) =>
        groupEventsOperation(caps, { groups, after, before: q.to, page: 1, limit: perGroup }),
      ),
      parse: (read, outcomes, ctx) => read.groupEventsAnswer(q, from, chunks, outcomes, ctx),
    };
  }

  async event(uuid: string, opts?: CallOptions): Promise<KiosqueEvent> {
    return (await this.eventResult(uuid, opts)).event;
  }

  async eventResult(uuid: string, opts?: CallOptions): Promise<EventResult> {
    if (!isEventUuid(uuid)) throw invalid(`"${String(uuid)}" is not an event UUID`);
    const id = uuid.trim().toLowerCase();
    const result = await this.#planned<KiosqueEvent>(
      async (caps) => ({
        key: this.#key('event', id, caps.profile),
        ops: [eventOperation(caps, id)],
        parse: (read, results, ctx) => read.eventAnswer(results, id, ctx),
      }),
      opts,
      isEventValue,
    );
    return { event: result.value, stale: result.stale, fetchedAt: result.fetchedAt };
  }

  /** What the participation module (loaded on first use) needs from this client. */
  #participationContext(): ParticipationContext {
    return {
      instance: this.instance,
      locale: this.#locale,
      instanceInfo: (opts) => this.instanceInfo(opts),
      send: (op, signal, opts, locale) => this.#send(op, signal, opts, locale),
      invalidResponse: (message) => this.#invalidResponse(message),
    };
  }

  async joinEvent(input: JoinInput, opts?: CallOptions): Promise<Participation> {
    const { joinEvent } = await import('./participation.js');
    return joinEvent(this.#participationContext(), input, opts);
  }

  async leaveEvent(input: LeaveInput, opts?: CallOptions): Promise<void> {
    const { leaveEvent } = await import('./participation.js');
    return leaveEvent(this.#participationContext(), input, opts);
  }
}

export function createClient(options: ClientOptions): KiosqueClient {
  return new Client(options);
}
