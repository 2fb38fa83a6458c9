import type { EventPage, KiosqueEvent } from '@kiosque/client';
import { eventJsonLd, scriptJson } from '@kiosque/client/fallback';

/**
 * Writes schema.org Event JSON-LD for the shown events into the element's light DOM, where
 * search engines read it. Replaces what a host rendered there (docs/fallback-contract.md),
 * so a page never carries two copies. With `enabled` false, removes it.
 */
export function writeJsonLd(host: HTMLElement, events: KiosqueEvent[], enabled: boolean): void {
  const existing = host.querySelectorAll(':scope > script[type="application/ld+json"]');
  if (!enabled || events.length === 0) {
    for (const script of existing) script.remove();
    return;
  }
  const json = scriptJson(events.map(eventJsonLd));
  const [first, ...rest] = existing;
  for (const script of rest) script.remove();
  if (first?.textContent === json) return;
  const script = first ?? document.createElement('script');
  script.setAttribute('type', 'application/ld+json');
  script.textContent = json;
  if (!first) host.append(script);
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
