/**
 * Several sources as one page. `loadEvents` loads this module on first use: a page whose
 * elements each show one source never downloads it.
 */
import { MAX_LIMIT, type EventQuery, type NormalizedQuery } from './client.js';
import { KiosqueError } from './errors.js';
import type { EventPage } from './model.js';
import {
  byBeginsOn,
  dedupeEvents,
  sourceClient,
  sourceQuery,
  type LoadEventsOptions,
  type Source,
} from './sources.js';

/**
 * Each source is asked for everything up to the requested page (at most 99 events), then the
 * merge is deduplicated, sorted and paged. `q` is `query` validated.
 */
export async function mergeSources(
  sources: Source[],
  query: Omit<EventQuery, 'groups'>,
  q: NormalizedQuery,
  { clientOptions, ...callOptions }: LoadEventsOptions,
): Promise<EventPage> {
  const perSource: EventQuery = { ...query, page: 1, limit: Math.min(MAX_LIMIT, q.page * q.limit) };
  const outcomes = await Promise.allSettled(
    sources.map((source) =>
      sourceClient(source, clientOptions).events(sourceQuery(source, perSource), callOptions),
    ),
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
  return {
    events: merged.slice(start, start + q.limit),
    // Each source's total counts its own events, with the others' duplicates: unknown.
    total: null,
    hasMore: merged.length > start + q.limit || pages.some((p) => p.hasMore),
    stale: pages.some((p) => p.stale),
    fetchedAt: Math.min(...pages.map((p) => p.fetchedAt)),
    errors,
  };
}
