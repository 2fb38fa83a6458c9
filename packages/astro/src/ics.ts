/**
 * An `.ics` endpoint of the events a page shows, for Astro's static build:
 *
 *   // src/pages/agenda.ics.ts
 *   import { icsEndpoint } from '@kiosque/astro/ics';
 *   export const GET = icsEndpoint({ instance: 'https://mobilizon.example', group: 'repair-cafe' });
 *
 * The attributes are those of the component whose events the file should hold.
 */
import type { HostAttributes, HostElement } from '@kiosque/client/hosts';
import { eventsToIcs } from '@kiosque/render/ics';
import { loadFor, type LoadOptions } from './load.js';

export interface IcsEndpointOptions extends LoadOptions {
  /** Which element's selection (default `kiosque-events`). */
  tag?: HostElement;
  /** Calendar name. Default "Events". */
  name?: string;
}

export function icsEndpoint(
  attrs: HostAttributes & { instance: string },
  options: IcsEndpointOptions = {},
): () => Promise<Response> {
  return async () => {
    const loaded = await loadFor(options.tag ?? 'kiosque-events', attrs, options);
    if (loaded.error) return new Response('The events could not be loaded.', { status: 503 });
    return new Response(eventsToIcs(loaded.events, { name: options.name ?? 'Events' }), {
      headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
    });
  };
}
