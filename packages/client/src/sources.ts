import {
  createClient,
  MAX_LIMIT,
  normalizeQuery,
  type CallOptions,
  type ClientOptions,
  type EventQuery,
} from './client.js';
import { KiosqueError } from './errors.js';
import { byBeginsOn, dedupeEvents } from './filters.js';
import type { EventPage } from './model.js';

export interface Source {
  instance: string;
  /** GraphQL endpoint to call instead of `<instance>/api` (a same-origin proxy). */
  endpoint?: string;
  /** Group handles; none = the instance's upcoming events (or a search, per the query). */
  groups?: string[];
}

export type LoadEventsOptions = CallOptions & { clientOptions?: Partial<ClientOptions> };

/**
 * Events from several sources, possibly on several instances, as one page: deduplicated by
 * event URL (else instance + uuid), sorted by start. A failing source lands in
 * `page.errors`; when every source fails, the first error is thrown.
 */
export async function loadEvents(
  sources: Source[],
  query: Omit<EventQuery, 'groups'> = {},
  opts: LoadEventsOptions = {},
): Promise<EventPage> {
  if (!Array.isArray(sources) || sources.length === 0) {
    throw new KiosqueError({
      kind: 'invalid-input',
      message: 'loadEvents needs at least one source',
    });
  }
  const q = normalizeQuery(query);
  const { clientOptions, ...callOptions } = opts;
  const [only] = sources;
  if (sources.length === 1 && only) {
    // One source pages on the server: exact at any depth.
    const client = createClient({ ...clientOptions, instance: only.instance, ...endpointOf(only) });
    const groups = only.groups?.length ? { groups: only.groups } : {};
    return client.events({ ...query, ...groups }, callOptions);
  }
  // Each source is asked for everything up to the requested page, then the merge is paged.
  const wanted = q.page * q.limit;
  const perSource: EventQuery = { ...query, page: 1, limit: Math.min(MAX_LIMIT, wanted) };
  const outcomes = await Promise.allSettled(
    sources.map((source) => {
      const client = createClient({
        ...clientOptions,
        instance: source.instance,
        ...endpointOf(source),
      });
      const groups = source.groups?.length ? { groups: source.groups } : {};
      return client.events({ ...perSource, ...groups }, callOptions);
    }),
  );
  const pages: EventPage[] = [];
  const errors: KiosqueError[] = [];
  for (const outcome of outcomes) {
    if (outcome.status === 'fulfilled') {
      pages.push(outcome.value);
      errors.push(...outcome.value.errors);
    } else {
      const reason: unknown = outcome.reason;
      errors.push(
        reason instanceof KiosqueError
          ? reason
          : new KiosqueError({ kind: 'invalid-response', message: String(reason), cause: reason }),
      );
    }
  }
  if (pages.length === 0)
    throw errors[0] ?? new KiosqueError({ kind: 'network', message: 'No source answered' });
  const merged = dedupeEvents(pages.flatMap((p) => p.events)).sort(byBeginsOn);
  const start = (q.page - 1) * q.limit;
  const totals = pages.map((p) => p.total);
  return {
    events: merged.slice(start, start + q.limit),
    total: pages.length === 1 && sources.length === 1 ? (totals[0] ?? null) : null,
    hasMore: merged.length > start + q.limit || pages.some((p) => p.hasMore),
    stale: pages.some((p) => p.stale),
    fetchedAt: Math.min(...pages.map((p) => p.fetchedAt)),
    errors,
  };
}

function endpointOf(source: Source): { endpoint?: string } {
  return source.endpoint ? { endpoint: source.endpoint } : {};
}
