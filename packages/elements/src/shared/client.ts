import {
  createClient,
  type EventPage,
  type EventQuery,
  type KiosqueClient,
  type Source,
} from '@kiosque/client';

/**
 * The client for an instance, through `endpoint` when the host gave one (a same-origin proxy,
 * such as the WordPress plugin's privacy mode) instead of `<instance>/api`.
 */
export function clientFor(instance: string, endpoint?: string | null): KiosqueClient {
  return createClient(endpoint ? { instance, endpoint } : { instance });
}

/**
 * What the cache holds for a view with one source and `query`, to paint at once while it
 * revalidates; null for several sources, nothing cached or a setting the client refuses.
 */
export function peekSource(sources: Source[], query: Omit<EventQuery, 'groups'>): EventPage | null {
  const [source, ...more] = sources;
  if (!source || more.length) return null;
  try {
    return clientFor(source.instance, source.endpoint).peek({ ...query, groups: source.groups });
  } catch {
    return null;
  }
}
