import {
  createClient,
  normalizeQuery,
  type CallOptions,
  type ClientOptions,
  type EventQuery,
  type KiosqueClient,
} from './client.js';
import { KiosqueError } from './errors.js';
import type { EventPage, KiosqueEvent } from './model.js';

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
  const [only] = sources;
  if (sources.length === 1 && only) {
    // One source pages on the server: exact at any depth.
    const { clientOptions, ...callOptions } = opts;
    return sourceClient(only, clientOptions).events(sourceQuery(only, query), callOptions);
  }
  // Several sources: their merge is loaded on first use, since most pages show one.
  const { mergeSources } = await import('./merge-sources.js');
  return mergeSources(sources, query, q, opts);
}

/** The client of `source`, through its endpoint when it has one. */
export function sourceClient(source: Source, options?: Partial<ClientOptions>): KiosqueClient {
  return createClient({
    ...options,
    instance: source.instance,
    ...(source.endpoint ? { endpoint: source.endpoint } : {}),
  });
}

/** `query` for `source`, with the source's groups when it has some. */
export function sourceQuery(source: Source, query: EventQuery): EventQuery {
  return source.groups?.length ? { ...query, groups: source.groups } : query;
}

/** The order of every page: by start, then title. */
export function byBeginsOn(a: KiosqueEvent, b: KiosqueEvent): number {
  return Date.parse(a.beginsOn) - Date.parse(b.beginsOn) || a.title.localeCompare(b.title);
}

/** Same event seen twice (several groups, several instances): keep the first. */
export function dedupeEvents(events: KiosqueEvent[]): KiosqueEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const key = e.url ?? `${e.instance}/${e.uuid}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
