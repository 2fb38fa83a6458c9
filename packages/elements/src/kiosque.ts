/**
 * The all-in-one entry, for a single `<script type="module" src=".../kiosque.js">` on any page.
 *
 * It registers every Kiosque element: `<kiosque-events>` and `<kiosque-source>` at once (the
 * most common embed pays for nothing else), and each other element as soon as its tag appears
 * in the page, from a chunk beside this file. Elements that render other elements in their
 * shadow roots load those themselves.
 */
import './browser-cache.js';
import './kiosque-events.js';
import './kiosque-source.js';

const lazyElements: Record<string, () => Promise<unknown>> = {
  'kiosque-event': () => import('./kiosque-event.js'),
  'kiosque-calendar': () => import('./kiosque-calendar.js'),
  'kiosque-map': () => import('./kiosque-map.js'),
  'kiosque-rsvp': () => import('./kiosque-rsvp.js'),
  'kiosque-filters': () => import('./kiosque-filters.js'),
  'kiosque-views': () => import('./kiosque-views.js'),
  'kiosque-event-dialog': () => import('./kiosque-event-dialog.js'),
};

const requested = new Map<string, Promise<unknown>>();

/**
 * Registers a Kiosque element now, without waiting for its tag to appear in the page
 * (for example before creating it inside a shadow root).
 */
export function defineKiosqueElement(tag: string): Promise<unknown> {
  const load = lazyElements[tag];
  if (!load) return Promise.resolve(customElements.get(tag));
  let promise = requested.get(tag);
  if (!promise) {
    promise = load().catch((error: unknown) => {
      requested.delete(tag);
      console.error(`[kiosque] <${tag}> could not be loaded.`, error);
    });
    requested.set(tag, promise);
  }
  return promise;
}

function scan(root: ParentNode): void {
  for (const tag of Object.keys(lazyElements)) {
    if (!requested.has(tag) && root.querySelector(tag)) void defineKiosqueElement(tag);
  }
}

function watch(): void {
  scan(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.localName in lazyElements) void defineKiosqueElement(node.localName);
        if (node.firstElementChild) scan(node);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

watch();

export { registerLanguage, loadLanguage, availableLanguages } from './i18n/index.js';
export { KIOSQUE_VERSION } from './shared/define.js';
