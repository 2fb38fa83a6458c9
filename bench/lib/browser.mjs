/** Measurements in Chromium: render times, requests per page, time to first events paint. */
import { importSource, median } from './env.mjs';

/**
 * `count` events shaped like the dev instance's, for the `.events` property: real events
 * fetched through the client, cloned with new uuids, one every few hours, places scattered.
 */
export async function syntheticEvents(instanceUrl, count) {
  const { createClient } = await importSource('packages/client/src/index.ts');
  const page = await createClient({ instance: instanceUrl, cache: false }).events({ limit: 99 });
  const base = page.events;
  const start = Date.now() + 3_600_000;
  return Array.from({ length: count }, (_, i) => {
    const source = base[i % base.length];
    const uuid = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const begins = start + i * 5 * 3_600_000;
    const address = source.address?.coordinates
      ? {
          ...source.address,
          coordinates: { lat: 43 + ((i * 7919) % 600) / 100, lon: -1 + ((i * 104729) % 800) / 100 },
        }
      : source.address;
    return {
      ...source,
      uuid,
      id: String(100000 + i),
      url: `${instanceUrl}/events/${uuid}`,
      title: `${source.title} (${i + 1})`,
      beginsOn: new Date(begins).toISOString(),
      endsOn: new Date(begins + 2 * 3_600_000).toISOString(),
      address,
    };
  });
}

/**
 * What "rendered" means for each element: the event it fires once everything is drawn, and
 * how many events it shows then. The map draws its markers (and clusters them) after
 * `kiosque-load`, once Leaflet has loaded: its end is `kiosque-map-ready`.
 */
const RENDERED = {
  'kiosque-map': { event: 'kiosque-map-ready', count: 'markers' },
};
const DEFAULT_RENDERED = { event: 'kiosque-load', count: 'parts' };

/**
 * Median time from handing `events` to a new element until its events are painted: the
 * element's "rendered" event (see RENDERED), its update, and two animation frames. The first
 * run also loads the element's lazy chunks (Leaflet for the map); the median leaves it out
 * when there are three runs or more.
 */
export async function renderTime(browser, pageUrl, { tag, events, runs, attributes = {} }) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(pageUrl);
  // kiosque.js registers elements other than the list when their tag appears: ask for it.
  const defined = await page.evaluate(async (t) => {
    const kiosque = await import('/dist/kiosque.js');
    await kiosque.defineKiosqueElement?.(t);
    return !!customElements.get(t);
  }, tag);
  if (!defined) {
    await page.close();
    return null;
  }
  const rendered = RENDERED[tag] ?? DEFAULT_RENDERED;
  const times = [];
  let shown = 0;
  let clustered = null;
  for (let run = 0; run < runs; run++) {
    const result = await page.evaluate(
      async ({ tag, events, attributes, rendered }) => {
        document.body.replaceChildren();
        const element = document.createElement(tag);
        for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
        const start = performance.now();
        const done = new Promise((resolve, reject) => {
          element.addEventListener(rendered.event, resolve, { once: true });
          element.addEventListener(
            'kiosque-error',
            (e) => reject(new Error(String(e.detail?.error))),
            { once: true },
          );
          setTimeout(() => reject(new Error(`no ${rendered.event} within 30 s`)), 30_000);
        });
        element.events = events;
        document.body.append(element);
        const event = await done;
        await element.updateComplete;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const time = performance.now() - start;
        const shown =
          rendered.count === 'markers'
            ? event.detail.markers
            : element.shadowRoot.querySelectorAll('[part~="event"]').length;
        return { time, shown, clustered: event.detail?.clustered ?? null };
      },
      { tag, events, attributes, rendered },
    );
    times.push(result.time);
    shown = result.shown;
    clustered = result.clustered;
  }
  await page.close();
  return {
    median: median(times),
    runs,
    shown,
    until: rendered.event,
    ...(clustered === null ? {} : { clustered }),
  };
}

/**
 * A page with `count` elements on one source: requests to the instance on a first visit
 * (empty cache) and on a repeat visit within the TTL (same browser profile, new page load),
 * and the time to the first painted event for each.
 */
export async function visits(browser, pageUrl, instanceUrl, { count, runs }) {
  const cold = [];
  const warm = [];
  let firstRequests = null;
  let repeatRequests = null;
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    let requests = 0;
    page.on('request', (request) => {
      if (request.url().startsWith(`${instanceUrl}/api`)) requests++;
    });
    const url = `${pageUrl}?instance=${encodeURIComponent(instanceUrl)}&count=${count}`;
    const visit = async () => {
      requests = 0;
      await page.goto(url);
      await page.waitForFunction(() => typeof window.__firstEventsPaint === 'number', null, {
        timeout: 30_000,
      });
      // Every element shows its events, and the requests they make (background
      // revalidations included) are over.
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('kiosque-events, kiosque-calendar, kiosque-map')].every(
            (host) => host.shadowRoot?.querySelector('[part~="event"]'),
          ),
        null,
        { timeout: 30_000 },
      );
      await page.waitForLoadState('networkidle');
      return { paint: await page.evaluate(() => window.__firstEventsPaint), requests };
    };
    const first = await visit();
    const repeat = await visit();
    cold.push(first.paint);
    warm.push(repeat.paint);
    firstRequests = Math.max(firstRequests ?? 0, first.requests);
    repeatRequests = Math.max(repeatRequests ?? 0, repeat.requests);
    await context.close();
  }
  return {
    firstVisitRequests: firstRequests,
    repeatVisitRequests: repeatRequests,
    coldPaint: median(cold),
    warmPaint: median(warm),
    runs,
  };
}
