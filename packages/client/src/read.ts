/**
 * Reading the instance's answers: GraphQL results → pages, events and config of the Kiosque
 * model, with the client-side filters that finish what a version's server cannot filter.
 * The client loads this module (with `normalize.ts` and `filters.ts`) on first use, when it
 * sends a request, so it downloads beside the first answer; a visit that paints from the
 * cache, whose values are already normalized, never needs it.
 */
import type { Answer, NormalizedQuery, StoredPage } from './client.js';
import { invalidResponse, KiosqueError, type ErrorRequest } from './errors.js';
import { matchesFilter, type ClientFilter } from './filters.js';
import type { KiosqueEvent } from './model.js';
import { normalizeEvent, normalizeEvents, rawList, type NormalizeContext } from './normalize.js';
import { isRecord } from './shape.js';
import { byBeginsOn, dedupeEvents } from './sources.js';
import { isNotFound, type GraphQLResult } from './transport.js';

export { normalizeInstanceInfo } from './normalize.js';

export type Results = PromiseSettledResult<GraphQLResult>[];

export interface ReadContext extends NormalizeContext {
  /** The GraphQL endpoint that answered, for error reports. */
  endpoint: string;
}

/** The error of field `name` of a result (from the errors on its path), or null if it has none. */
function fieldError(
  result: GraphQLResult,
  name: string,
  request?: ErrorRequest,
): KiosqueError | null {
  const own = result.errors.filter((e) => e.path?.[0] === name);
  const first = own[0];
  if (!first) return null;
  const kind = isNotFound(first) ? 'not-found' : 'graphql';
  return new KiosqueError({ kind, message: first.message, errors: own, request });
}

/**
 * Field `name` of the one result of a plan. A null field with errors of its own fails the way
 * a request that returned only those errors fails (the config beside it is data too).
 */
function field(results: Results, name: string): unknown {
  const first = results[0];
  if (!first) throw new KiosqueError({ kind: 'invalid-response', message: 'No response' });
  if (first.status === 'rejected') throw first.reason;
  const value = first.value.data[name];
  const error = value === null || value === undefined ? fieldError(first.value, name) : null;
  if (error) throw error;
  return value;
}

function hasMore(total: number | null, received: number, q: NormalizedQuery): boolean {
  return total !== null ? q.page * q.limit < total : received >= q.limit;
}

/** The page of a plan whose one request returns a list field (`events`, `searchEvents`). */
export function listAnswer(
  results: Results,
  name: string,
  ctx: ReadContext,
  q: NormalizedQuery,
  filter: ClientFilter,
): Answer<StoredPage> {
  const list = rawList(field(results, name));
  if (!list) throw invalidResponse(ctx.endpoint, `${name} has an unexpected shape`);
  const events = normalizeEvents(list.elements, ctx).filter((e) => matchesFilter(e, filter));
  events.sort(byBeginsOn);
  const more = hasMore(list.total, list.elements.length, q);
  return { value: { events, total: list.total, hasMore: more }, cacheable: true };
}

/**
 * The page of the group-events plan: each request answers a batch of groups (aliases g0, g1…),
 * whose events are merged, filtered from `from` on, sorted and paged. A group that failed
 * goes into the page's errors, and such a page is not cached.
 */
export function groupEventsAnswer(
  q: NormalizedQuery,
  from: number,
  chunks: string[][],
  outcomes: Results,
  ctx: ReadContext,
): Answer<StoredPage> {
  const errors: KiosqueError[] = [];
  const collected: KiosqueEvent[] = [];
  let total = 0;
  let moreOnServer = false;
  let succeeded = 0;
  outcomes.forEach((outcome, chunkIndex) => {
    const groups = chunks[chunkIndex] ?? [];
    if (outcome.status === 'rejected') {
      const error = outcome.reason;
      errors.push(
        error instanceof KiosqueError ? error : invalidResponse(ctx.endpoint, String(error)),
      );
      return;
    }
    const result = outcome.value;
    groups.forEach((handle, i) => {
      const alias = `g${i}`;
      const group = result.data[alias];
      if (!isRecord(group)) {
        const request: ErrorRequest = {
          url: ctx.endpoint,
          method: 'GET',
          operationName: 'KiosqueGroupEvents',
          variables: { group: handle },
        };
        errors.push(
          fieldError(result, alias, request) ??
            new KiosqueError({
              kind: 'not-found',
              message: `Group "${handle}" not found`,
              request,
            }),
        );
        return;
      }
      const list = rawList(group['organizedEvents']);
      if (!list) {
        errors.push(
          invalidResponse(ctx.endpoint, `organizedEvents of "${handle}" has an unexpected shape`),
        );
        return;
      }
      succeeded++;
      total += list.total ?? list.elements.length;
      if ((list.total ?? 0) > list.elements.length) moreOnServer = true;
      collected.push(...normalizeEvents(list.elements, ctx));
    });
  });
  if (succeeded === 0) throw errors[0] ?? invalidResponse(ctx.endpoint, 'no group answered');

  const filter: ClientFilter = {
    from,
    to: q.to ? Date.parse(q.to) : null,
    tags: q.tags,
    category: q.category,
    type: q.type,
    near: q.near,
    radius: q.radius,
    search: q.search,
    includeCancelled: q.includeCancelled,
    localOnly: q.localOnly,
  };
  const matching = dedupeEvents(collected)
    .filter((e) => matchesFilter(e, filter))
    .sort(byBeginsOn);
  const start = (q.page - 1) * q.limit;
  const filtered =
    Boolean(q.tags.length || q.category || q.type || q.near || q.search || q.localOnly) ||
    !q.includeCancelled;
  const value: StoredPage & { errors: KiosqueError[] } = {
    events: matching.slice(start, start + q.limit),
    // Server totals count what the server filtered; once we filter more, say "unknown".
    total: filtered || q.groups.length > 1 ? null : total,
    hasMore: matching.length > start + q.limit || moreOnServer,
    errors,
  };
  return { value, cacheable: errors.length === 0 };
}

/** The event of the one-event plan; kind `not-found` when the instance has no such event. */
export function eventAnswer(
  results: Results,
  uuid: string,
  ctx: ReadContext,
): Answer<KiosqueEvent> {
  const raw = field(results, 'event');
  if (raw === null || raw === undefined) {
    throw new KiosqueError({
      kind: 'not-found',
      message: `Event ${uuid} not found on ${ctx.instance}`,
      request: {
        url: ctx.endpoint,
        method: 'GET',
        operationName: 'KiosqueEvent',
        variables: { uuid },
      },
    });
  }
  const event = normalizeEvent(raw, ctx);
  if (!event) throw invalidResponse(ctx.endpoint, 'the event lacks a uuid, title or start date');
  return { value: event, cacheable: true };
}
