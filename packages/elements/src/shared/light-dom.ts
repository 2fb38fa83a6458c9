import type { EventPage, KiosqueEvent } from '@kiosque/client';
import type * as JsonLd from '@kiosque/render/json-ld';

type JsonLdWriter = typeof JsonLd;

/** The JSON-LD writer, loaded on first use: structured data is not needed for the first paint. */
let writer: Promise<JsonLdWriter> | null = null;
/** The latest call for each element: an older one that resolves later writes nothing. */
const latest = new WeakMap<HTMLElement, object>();

function existingJsonLd(host: HTMLElement): Element[] {
  return [...host.querySelectorAll(':scope > script[type="application/ld+json"]')];
}

/**
 * Writes schema.org Event JSON-LD for the shown events into the element's light DOM, where
 * search engines read it. Replaces what a host rendered there (docs/fallback-contract.md),
 * so a page never carries two copies. With `enabled` false, removes it at once.
 *
 * The writer comes from a chunk loaded on the first call, so the JSON-LD appears a moment
 * after the events; the returned promise resolves once it is written (it never rejects: if
 * the chunk cannot load, the light DOM keeps what it had and the next call tries again).
 */
export function writeJsonLd(
  host: HTMLElement,
  events: KiosqueEvent[],
  enabled: boolean,
): Promise<void> {
  const call = {};
  latest.set(host, call);
  if (!enabled || events.length === 0) {
    for (const script of existingJsonLd(host)) script.remove();
    return Promise.resolve();
  }
  writer ??= import('@kiosque/render/json-ld');
  return writer.then(
    ({ eventJsonLd, scriptJson }) => {
      if (latest.get(host) !== call) return;
      const json = scriptJson(events.map(eventJsonLd));
      const [first, ...rest] = existingJsonLd(host);
      for (const script of rest) script.remove();
      if (first?.textContent === json) return;
      const script = first ?? document.createElement('script');
      script.setAttribute('type', 'application/ld+json');
      script.textContent = json;
      if (!first) host.append(script);
    },
    () => {
      writer = null;
    },
  );
}

function isEvent(value: unknown): value is KiosqueEvent {
  if (!value || typeof value !== 'object') return false;
  const e = value as Record<string, unknown>;
  return (
    typeof e['uuid'] === 'string' &&
    typeof e['title'] === 'string' &&
    typeof e['beginsOn'] === 'string' &&
    !Number.isNaN(Date.parse(e['beginsOn'])) &&
    typeof e['capacity'] === 'object' &&
    e['capacity'] !== null
  );
}

/**
 * The events a host embedded for the element to paint from at once
 * (`<script type="application/json" data-kiosque-data>`), or null. Malformed data is ignored.
 */
export function readEmbeddedData(host: HTMLElement): EventPage | null {
  const script = host.querySelector(':scope > script[type="application/json"][data-kiosque-data]');
  if (!script?.textContent) return null;
  try {
    const data = JSON.parse(script.textContent) as { fetchedAt?: unknown; events?: unknown };
    if (!Array.isArray(data.events)) return null;
    const events = data.events.filter(isEvent);
    return {
      events,
      total: events.length,
      hasMore: false,
      stale: false,
      fetchedAt: typeof data.fetchedAt === 'number' ? data.fetchedAt : Date.now(),
      errors: [],
    };
  } catch {
    return null;
  }
}
