import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { KiosqueEvent } from '@kiosque/client';
import '../kiosque-map.js';
import { directionsUrl, type KiosqueMap } from './map.js';
import { instanceUrl, loaded, settled, shadow, until } from '../test/helpers.js';
import { languagesReady } from '../i18n/index.js';

// Read before any map is shown: importing the element must not load Leaflet.
const leafletGlobalAtImport = (globalThis as { L?: unknown }).L;

const HOUR = 60 * 60 * 1000;

/** A small event; every test builds just the ones it needs. */
function makeEvent(overrides: Partial<KiosqueEvent> & { at?: [number, number] | null } = {}) {
  const { at = [45.7743, 4.8301], ...rest } = overrides;
  const uuid = rest.uuid ?? crypto.randomUUID();
  const base = instanceUrl();
  const event: KiosqueEvent = {
    id: '1',
    uuid,
    url: `${base}/events/${uuid}`,
    instanceUrl: `${base}/events/${uuid}`,
    title: 'Repair Café',
    description: null,
    excerpt: null,
    beginsOn: new Date(Date.now() + 48 * HOUR).toISOString(),
    endsOn: new Date(Date.now() + 50 * HOUR).toISOString(),
    timezone: 'Europe/Paris',
    showStartTime: true,
    showEndTime: true,
    status: 'CONFIRMED',
    isOnline: false,
    onlineUrl: null,
    address: at
      ? {
          venue: 'Maison des associations',
          street: '12 rue Sébastien Gryphe',
          locality: 'Lyon',
          postalCode: '69007',
          region: null,
          country: 'France',
          coordinates: { lat: at[0], lon: at[1] },
          timezone: 'Europe/Paris',
        }
      : null,
    picture: null,
    tags: [],
    category: null,
    language: 'fr',
    organizer: null,
    capacity: { maximum: null, participants: 0, remaining: null, hideCount: false },
    joinMode: 'free',
    externalUrl: null,
    anonymousParticipation: true,
    local: true,
    accessibility: { wheelchair: null, liveSubtitles: null, signLanguage: null, smokeFree: null },
    instance: base,
    ...rest,
  };
  return event;
}

function mapReady(element: KiosqueMap): Promise<CustomEvent> {
  return new Promise((resolve) =>
    element.addEventListener('kiosque-map-ready', (e) => resolve(e as unknown as CustomEvent), {
      once: true,
    }),
  );
}

async function renderMap(template: ReturnType<typeof html>): Promise<KiosqueMap> {
  const holder = await fixture(html`<div>${template}</div>`);
  const element = holder.querySelector('kiosque-map') as KiosqueMap;
  const ready = mapReady(element);
  await element.updateComplete;
  await ready;
  await languagesReady();
  await element.updateComplete;
  return element;
}

/**
 * Resolves once the IntersectionObservers already watching `element` (its own, which loads
 * Leaflet near the viewport) have reported on it, and the element has updated since. An
 * observer made now reports in the same rendering update as they do, or a later one, and after
 * them. Resolves with what it saw.
 */
async function observed(element: KiosqueMap): Promise<IntersectionObserverEntry> {
  const entry = await new Promise<IntersectionObserverEntry>((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        observer.disconnect();
        resolve(entries[0]!);
      },
      { rootMargin: '200px' },
    );
    observer.observe(element);
  });
  await element.updateComplete;
  return entry;
}

function markers(element: KiosqueMap): HTMLElement[] {
  return [...shadow(element).querySelectorAll<HTMLElement>('.kiosque-marker')];
}

function popup(element: KiosqueMap): HTMLElement | null {
  return shadow(element).querySelector<HTMLElement>('.leaflet-popup .popup');
}

function tileImages(element: KiosqueMap): HTMLImageElement[] {
  return [...shadow(element).querySelectorAll<HTMLImageElement>('img.leaflet-tile')];
}

function resourceHosts(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).hostname)
    .filter((host, i, all) => all.indexOf(host) === i);
}

function clearConsent(): void {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith('kiosque:map-consent:')) localStorage.removeItem(key);
  }
}

describe('<kiosque-map>', () => {
  before(() => {
    performance.setResourceTimingBufferSize(100000);
  });
  beforeEach(() => {
    clearConsent();
  });
  afterEach(() => {
    // Every tile, script and API call of these tests is served by the local dev instances.
    for (const host of resourceHosts()) expect(['127.0.0.1', 'localhost']).to.include(host);
  });

  describe('loads lazily', () => {
    it('does not load Leaflet or set window.L when the element is imported', () => {
      expect(leafletGlobalAtImport).to.equal(undefined);
      expect(performance.getEntriesByType('resource').some((e) => /leaflet/.test(e.name))).to.be
        .false;
    });

    it('loads the map only once it comes near the viewport', async () => {
      const holder = await fixture(
        html`<div>
          <div style="height: 300vh"></div>
          <kiosque-map .events=${[makeEvent()]}></kiosque-map>
        </div>`,
      );
      const el = holder.querySelector('kiosque-map') as KiosqueMap;
      await el.updateComplete;
      // The element has been told it is far from the viewport, and has updated since: what
      // starts Leaflet's import (its state of being near the viewport) has not happened.
      expect((await observed(el)).isIntersecting, 'far from the viewport').to.be.false;
      const { nearViewport } = el as unknown as { nearViewport?: boolean };
      expect(nearViewport, 'seen near the viewport').to.not.equal(true);
      expect(shadow(el).querySelector('.leaflet-container')).to.equal(null);
      expect(performance.getEntriesByType('resource').some((e) => /leaflet-src/.test(e.name))).to.be
        .false;
      const ready = mapReady(el);
      el.scrollIntoView();
      await ready;
      expect(shadow(el).querySelector('.leaflet-container')).to.not.equal(null);
    });
  });

  describe('renders', () => {
    it('shows the instance’s events as markers on tiles from the instance', async () => {
      const el = await renderMap(html`<kiosque-map instance=${instanceUrl()}></kiosque-map>`);
      expect(shadow(el).querySelector('.kiosque-marker, .kiosque-cluster')).to.not.equal(null);
      await until(() => tileImages(el).length > 0, 'tiles');
      for (const tile of tileImages(el)) {
        expect(tile.src.startsWith(`${instanceUrl()}/tiles/`)).to.be.true;
      }
      expect(shadow(el).querySelector('.leaflet-control-attribution')?.textContent).to.contain(
        'Kiosque dev instance tiles',
      );
    });

    it('groups many markers at one spot into a cluster that shows the count', async () => {
      const events = Array.from({ length: 30 }, (_, i) => makeEvent({ title: `Event ${i}` }));
      const el = await renderMap(html`<kiosque-map .events=${events}></kiosque-map>`);
      const cluster = shadow(el).querySelector('.kiosque-cluster')!;
      expect(cluster.textContent!.trim()).to.equal('30');
      expect(cluster.getAttribute('aria-label')).to.equal('30 events here: zoom in');
      expect(cluster.getAttribute('role')).to.equal('button');
      expect(markers(el)).to.have.length(0);
    });

    it('opens a popup with the title link, date in the event’s zone, place, badges and directions', async () => {
      const event = makeEvent({
        title: 'Vélo <b>party</b>',
        timezone: 'Asia/Tokyo',
        beginsOn: '2031-05-03T01:00:00.000Z',
        endsOn: '2031-05-03T03:00:00.000Z',
        capacity: { maximum: 12, participants: 12, remaining: 0, hideCount: false },
        at: [35.664, 139.6993],
      });
      const el = await renderMap(
        html`<kiosque-map instance=${instanceUrl()} .events=${[event]}></kiosque-map>`,
      );
      markers(el)[0]!.click();
      await until(() => popup(el) !== null, 'popup');
      const content = popup(el)!;
      const title = content.querySelector<HTMLAnchorElement>('.title a')!;
      expect(title.textContent).to.equal('Vélo <b>party</b>');
      expect(title.href).to.equal(event.instanceUrl);
      expect(content.querySelector('time')?.getAttribute('datetime')).to.equal(event.beginsOn);
      // 01:00 UTC is 10:00 in Tokyo.
      expect(content.querySelector('time')?.textContent).to.match(/10:00/);
      expect(content.textContent).to.contain('Maison des associations');
      expect(content.querySelector('.badge.full')?.textContent).to.equal('Full');
      const directions = content.querySelector<HTMLAnchorElement>('.directions a')!;
      expect(directions.href).to.match(/^https:\/\/www\.openstreetmap\.org\/directions\?route=/);
      expect(decodeURIComponent(directions.href)).to.contain('35.664000,139.699300');
      expect(directions.getAttribute('aria-label')).to.equal('Directions to Vélo <b>party</b>');
    });

    it('links directions to Google Maps when the instance routes with it', () => {
      const url = directionsUrl('GOOGLE_MAPS', { lat: 45.7743, lon: 4.8301 });
      expect(url).to.equal(
        'https://www.google.com/maps/dir/?api=1&destination=45.774300%2C4.830100',
      );
      expect(directionsUrl(null, { lat: 1, lon: 2 })).to.match(
        /^https:\/\/www\.openstreetmap\.org\//,
      );
    });

    it('marks a cancelled event in its popup', async () => {
      const event = makeEvent({ title: 'Marche', status: 'CANCELLED' });
      const el = await renderMap(html`<kiosque-map .events=${[event]}></kiosque-map>`);
      expect(markers(el)[0]!.classList.contains('is-cancelled')).to.be.true;
      markers(el)[0]!.click();
      await until(() => popup(el) !== null, 'popup');
      expect(popup(el)!.querySelector('.badge.cancelled')?.textContent).to.equal('Cancelled');
    });

    it('keeps online events off the map and says how many there are', async () => {
      const online = [1, 2, 3].map((i) =>
        makeEvent({ title: `Webinar ${i}`, at: null, isOnline: true, onlineUrl: 'https://x.test' }),
      );
      const el = await renderMap(
        html`<kiosque-map .events=${[makeEvent({ title: 'Picnic' }), ...online]}></kiosque-map>`,
      );
      expect(markers(el)).to.have.length(1);
      const note = shadow(el).querySelector<HTMLButtonElement>('[part="online-note"]')!;
      expect(note.textContent!.trim()).to.equal('+3 online events');
      note.click();
      await until(() => shadow(el).activeElement?.id === 'online-heading', 'focus on the list');
      const list = shadow(el).querySelector<HTMLDetailsElement>('[part="list"]')!;
      expect(list.open).to.be.true;
      const section = [...list.querySelectorAll(':scope > ul')].at(-1)!;
      expect([...section.querySelectorAll('a')].map((a) => a.textContent)).to.deep.equal([
        'Webinar 1',
        'Webinar 2',
        'Webinar 3',
      ]);
    });

    it('lists every event in a disclosure below the map, opened from its summary', async () => {
      const events = [makeEvent({ title: 'Picnic' }), makeEvent({ title: 'Workshop' })];
      const el = await renderMap(html`<kiosque-map .events=${events}></kiosque-map>`);
      const list = shadow(el).querySelector<HTMLDetailsElement>('[part="list"]')!;
      const summary = list.querySelector('summary')!;
      expect(summary.textContent).to.equal('List of events on this map (2)');
      summary.click();
      await until(() => list.querySelectorAll('a').length > 0, 'the list');
      expect([...list.querySelectorAll('a')].map((a) => a.textContent)).to.deep.equal([
        'Picnic',
        'Workshop',
      ]);
    });

    it('uses the tiles and attribution given as attributes', async () => {
      const tiles = `${instanceUrl('second')}/tiles/{z}/{x}/{y}.png`;
      const el = await renderMap(
        html`<kiosque-map
          instance=${instanceUrl()}
          tiles=${tiles}
          attribution="© Test <tiles>"
          limit="5"
        ></kiosque-map>`,
      );
      await until(() => tileImages(el).length > 0, 'tiles');
      for (const tile of tileImages(el)) {
        expect(tile.src.startsWith(`${instanceUrl('second')}/tiles/`)).to.be.true;
      }
      const attribution = shadow(el).querySelector('.leaflet-control-attribution')!;
      expect(attribution.textContent).to.contain('© Test <tiles>');
      expect(attribution.querySelector('tiles')).to.equal(null);
    });

    it('centres and zooms where center and zoom say', async () => {
      const el = await renderMap(
        html`<kiosque-map center="48.85,2.35" zoom="11" .events=${[makeEvent()]}></kiosque-map>`,
      );
      const map = el.leafletMap!;
      expect(map.getZoom()).to.equal(11);
      expect(map.getCenter().lat).to.be.closeTo(48.85, 0.001);
      expect(map.getCenter().lng).to.be.closeTo(2.35, 0.001);
    });

    it('fits the map to the events when no center is given', async () => {
      const events = [makeEvent({ at: [45.76, 4.84] }), makeEvent({ at: [48.85, 2.35] })];
      const el = await renderMap(html`<kiosque-map .events=${events}></kiosque-map>`);
      const bounds = el.leafletMap!.getBounds();
      // Close enough to frame Lyon and Paris, not the whole world.
      expect(el.leafletMap!.getZoom()).to.be.greaterThan(4);
      expect(bounds.contains([45.76, 4.84])).to.be.true;
      expect(bounds.contains([48.85, 2.35])).to.be.true;
    });

    it('treats an empty zoom attribute as no zoom, and fits to the events', async () => {
      const events = [makeEvent({ at: [45.76, 4.84] }), makeEvent({ at: [45.2, 5.7] })];
      const el = await renderMap(html`<kiosque-map zoom="" .events=${events}></kiosque-map>`);
      expect(el.leafletMap!.getZoom()).to.be.greaterThan(5);
    });

    it('says so when center is not a coordinate pair', async () => {
      const el = await renderMap(
        html`<kiosque-map center="Lyon" .events=${[makeEvent()]}></kiosque-map>`,
      );
      expect(shadow(el).querySelector('[part="note"]')?.textContent).to.contain('“center”');
    });
  });

  describe('consent', () => {
    it('loads no tile before the visitor presses "Show map", then remembers the choice', async () => {
      const holder = await fixture(
        html`<div><kiosque-map consent instance=${instanceUrl()} limit="5"></kiosque-map></div>`,
      );
      const el = holder.querySelector('kiosque-map') as KiosqueMap;
      await until(() => !!shadow(el).querySelector('[part="show-map"]'), 'the placeholder');
      performance.clearResourceTimings();
      // The element has been told it is in the viewport, and has updated since: a map would
      // have been started, in its .leaflet-host.
      expect((await observed(el)).isIntersecting, 'in the viewport').to.be.true;
      expect(shadow(el).querySelector('.leaflet-host')).to.equal(null);
      expect(shadow(el).querySelector('.leaflet-container')).to.equal(null);
      expect(performance.getEntriesByType('resource').filter((e) => e.name.includes('/tiles/'))).to
        .be.empty;
      expect(shadow(el).querySelector('[part="consent"]')?.textContent).to.contain('127.0.0.1');

      const ready = mapReady(el);
      shadow(el).querySelector<HTMLButtonElement>('[part="show-map"]')!.click();
      await ready;
      await until(
        () => tileImages(el).some((img) => img.complete && img.naturalWidth > 0),
        'a tile',
      );

      const again = await renderMap(
        html`<kiosque-map consent instance=${instanceUrl()} limit="5"></kiosque-map>`,
      );
      expect(shadow(again).querySelector('[part="show-map"]')).to.equal(null);
    });

    it('still works when localStorage throws', async () => {
      const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
      try {
        const holder = await fixture(
          html`<div>
            <kiosque-map
              consent
              .events=${[makeEvent()]}
              tiles=${`${instanceUrl()}/tiles/{z}/{x}/{y}.png`}
            ></kiosque-map>
          </div>`,
        );
        const el = holder.querySelector('kiosque-map') as KiosqueMap;
        await until(() => !!shadow(el).querySelector('[part="show-map"]'), 'the placeholder');
        const ready = mapReady(el);
        shadow(el).querySelector<HTMLButtonElement>('[part="show-map"]')!.click();
        await ready;
      } finally {
        Object.defineProperty(window, 'localStorage', original);
      }
    });
  });

  describe('states', () => {
    it('announces loading politely', async () => {
      const el = await fixture<KiosqueMap>(
        html`<kiosque-map instance=${instanceUrl()} group="velo-libre"></kiosque-map>`,
      );
      const status = shadow(el).querySelector('[role="status"]');
      expect(status?.getAttribute('aria-live')).to.equal('polite');
      await settled(el);
    });

    it('shows an error with "Try again" and fires kiosque-error when the instance fails', async () => {
      const el = await fixture<KiosqueMap>(
        html`<kiosque-map instance=${instanceUrl('down')}></kiosque-map>`,
      );
      const event = await settled(el);
      expect(event.type).to.equal('kiosque-error');
      await el.updateComplete;
      const alert = shadow(el).querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('answered with an error');
      expect(alert.querySelector('button')?.textContent).to.equal('Try again');
    });

    it('says why when no instance is set', async () => {
      const el = await fixture<KiosqueMap>(html`<kiosque-map></kiosque-map>`);
      expect(shadow(el).querySelector('[role="alert"]')?.textContent).to.contain(
        'no instance address',
      );
    });

    it('says "No events with a place" when no event can be placed', async () => {
      const el = await fixture<KiosqueMap>(
        html`<kiosque-map
          .events=${[makeEvent({ at: null, isOnline: true, onlineUrl: 'https://x.test' })]}
        ></kiosque-map>`,
      );
      await loaded(el);
      expect(shadow(el).querySelector('[part="status"]')?.textContent).to.contain(
        'No events with a place.',
      );
      expect(shadow(el).querySelector('[part="online-note"]')?.textContent).to.contain(
        '+1 online event',
      );
    });

    it('fires kiosque-load with the number of events', async () => {
      const el = await fixture<KiosqueMap>(
        html`<kiosque-map instance=${instanceUrl()} limit="4"></kiosque-map>`,
      );
      const event = (await settled(el)) as CustomEvent;
      expect(event.type).to.equal('kiosque-load');
      expect(event.detail.count).to.equal(4);
    });
  });

  describe('sync with a list', () => {
    it('fires kiosque-event-select and highlights in the element named by for', async () => {
      const event = makeEvent({ title: 'Picnic' });
      const holder = await fixture(
        html`<div>
          <div id="the-list"></div>
          <kiosque-map for="the-list" .events=${[event]}></kiosque-map>
        </div>`,
      );
      const list = holder.querySelector('#the-list') as HTMLElement & {
        selectEvent?: (uuid: string) => void;
      };
      const highlighted: string[] = [];
      list.selectEvent = (uuid) => highlighted.push(uuid);
      const el = holder.querySelector('kiosque-map') as KiosqueMap;
      await mapReady(el);
      const fired = new Promise<CustomEvent>((resolve) =>
        el.addEventListener('kiosque-event-select', (e) => resolve(e as unknown as CustomEvent), {
          once: true,
        }),
      );
      markers(el)[0]!.click();
      expect((await fired).detail.event.uuid).to.equal(event.uuid);
      expect(highlighted).to.deep.equal([event.uuid]);
    });

    it('highlights the event selected in a <kiosque-events> list, without firing itself', async () => {
      const events = [
        makeEvent({ title: 'Picnic' }),
        makeEvent({ title: 'Talk', at: [48.85, 2.35] }),
      ];
      const holder = await fixture(
        html`<div>
          <kiosque-events id="agenda" .events=${events}></kiosque-events>
          <kiosque-map for="agenda" .events=${events}></kiosque-map>
        </div>`,
      );
      const el = holder.querySelector('kiosque-map') as KiosqueMap;
      await mapReady(el);
      let mapFired = 0;
      el.addEventListener('kiosque-event-select', () => mapFired++);
      holder.querySelector('#agenda')!.dispatchEvent(
        new CustomEvent('kiosque-event-select', {
          bubbles: true,
          composed: true,
          detail: { event: events[1] },
        }),
      );
      await until(() => popup(el) !== null, 'popup');
      expect(popup(el)!.querySelector('.title')?.textContent?.trim()).to.equal('Talk');
      expect(
        shadow(el).querySelector('.kiosque-marker.is-selected')?.getAttribute('aria-label'),
      ).to.equal('Talk');
      expect(mapFired).to.equal(0);
    });
  });

  describe('keyboard', () => {
    it('reaches markers with Tab, named by the event title, and opens the popup with Enter', async () => {
      const el = await renderMap(
        html`<kiosque-map .events=${[makeEvent({ title: 'Picnic' })]}></kiosque-map>`,
      );
      shadow(el).querySelector<HTMLElement>('.leaflet-container')!.focus();
      await sendKeys({ press: 'Tab' });
      const marker = shadow(el).activeElement as HTMLElement;
      expect(marker.classList.contains('kiosque-marker')).to.be.true;
      expect(marker.getAttribute('role')).to.equal('button');
      expect(marker.getAttribute('aria-label')).to.equal('Picnic');
      await sendKeys({ press: 'Enter' });
      await until(() => popup(el) !== null, 'popup');
      expect(shadow(el).activeElement?.textContent).to.equal('Picnic');
      await sendKeys({ press: 'Escape' });
      await until(() => popup(el) === null, 'popup to close');
      await until(() => shadow(el).activeElement === marker, 'focus back on the marker');
    });

    it('opens the popup with Space too', async () => {
      const el = await renderMap(
        html`<kiosque-map .events=${[makeEvent({ title: 'Picnic' })]}></kiosque-map>`,
      );
      markers(el)[0]!.focus();
      await sendKeys({ press: 'Space' });
      await until(() => popup(el) !== null, 'popup');
    });
  });

  describe('near me', () => {
    const descriptor = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation')!;
    function stubGeolocation(result: { lat: number; lon: number } | { code: number }): void {
      const stub: Pick<Geolocation, 'getCurrentPosition'> = {
        getCurrentPosition(success, failure) {
          setTimeout(() => {
            if ('code' in result) {
              failure?.({ code: result.code, message: 'stub' } as GeolocationPositionError);
            } else {
              success({
                coords: { latitude: result.lat, longitude: result.lon },
              } as GeolocationPosition);
            }
          });
        },
      };
      Object.defineProperty(Navigator.prototype, 'geolocation', {
        configurable: true,
        get: () => stub,
      });
    }
    afterEach(() => {
      Object.defineProperty(Navigator.prototype, 'geolocation', descriptor);
    });

    it('recentres on the visitor and keeps only events within radius', async () => {
      stubGeolocation({ lat: 45.76, lon: 4.84 });
      const lyon = makeEvent({ title: 'Lyon', at: [45.7743, 4.8301] });
      const paris = makeEvent({ title: 'Paris', at: [48.85, 2.35] });
      const el = await renderMap(
        html`<kiosque-map locate radius="20" .events=${[lyon, paris]}></kiosque-map>`,
      );
      const ready = mapReady(el);
      shadow(el).querySelector<HTMLButtonElement>('[part="locate"]')!.click();
      await ready;
      expect(markers(el).map((m) => m.getAttribute('aria-label'))).to.deep.equal(['Lyon']);
      expect(el.leafletMap!.getCenter().lat).to.be.closeTo(45.76, 0.01);
      expect(shadow(el).querySelector('.locate-message')?.textContent).to.contain('20 km');
    });

    it('says clearly when location access is refused', async () => {
      stubGeolocation({ code: 1 });
      const el = await renderMap(html`<kiosque-map locate .events=${[makeEvent()]}></kiosque-map>`);
      shadow(el).querySelector<HTMLButtonElement>('[part="locate"]')!.click();
      await until(() => !!shadow(el).querySelector('.locate-message[role="alert"]'), 'message');
      expect(shadow(el).querySelector('.locate-message')?.textContent).to.contain('refused');
      expect(markers(el)).to.have.length(1);
    });
  });

  describe('languages', () => {
    it('speaks French with lang="fr"', async () => {
      const el = await fixture<KiosqueMap>(
        html`<kiosque-map
          lang="fr"
          consent
          tiles=${`${instanceUrl()}/tiles/{z}/{x}/{y}.png`}
          .events=${[makeEvent()]}
        ></kiosque-map>`,
      );
      await until(() => !!shadow(el).querySelector('[part="show-map"]'), 'the placeholder');
      await languagesReady();
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="show-map"]')?.textContent?.trim()).to.equal(
        'Afficher la carte',
      );
      expect(shadow(el).querySelector('[part="consent"]')?.getAttribute('aria-label')).to.equal(
        'Carte des événements',
      );
    });

    it('lays out right to left in Arabic, map and popups included', async () => {
      const el = await renderMap(
        html`<kiosque-map lang="ar" .events=${[makeEvent()]}></kiosque-map>`,
      );
      expect(shadow(el).querySelector('[part="base"]')?.getAttribute('dir')).to.equal('rtl');
      markers(el)[0]!.click();
      await until(() => popup(el) !== null, 'popup');
      expect(popup(el)!.getAttribute('dir')).to.equal('rtl');
      expect(
        shadow(el).querySelector('.leaflet-control-zoom-in')?.getAttribute('aria-label'),
      ).to.equal('تكبير');
    });
  });

  describe('is accessible', () => {
    it('passes axe with the map, markers, a cluster and an open popup', async () => {
      const events = [
        ...Array.from({ length: 5 }, () => makeEvent()),
        makeEvent({ title: 'Talk', at: [48.85, 2.35] }),
      ];
      const el = await renderMap(
        html`<kiosque-map instance=${instanceUrl()} .events=${events}></kiosque-map>`,
      );
      await until(() => tileImages(el).length > 0, 'tiles');
      markers(el)[0]!.click();
      await until(() => popup(el) !== null, 'popup');
      expect(shadow(el).querySelector('[part="map"]')?.getAttribute('aria-label')).to.equal(
        'Map of events',
      );
      await expect(el).shadowDom.to.be.accessible();
    });

    it('passes axe with the consent placeholder', async () => {
      const el = await fixture<KiosqueMap>(
        html`<kiosque-map
          consent
          tiles=${`${instanceUrl()}/tiles/{z}/{x}/{y}.png`}
          .events=${[makeEvent()]}
        ></kiosque-map>`,
      );
      await until(() => !!shadow(el).querySelector('[part="show-map"]'), 'the placeholder');
      await expect(el).shadowDom.to.be.accessible();
    });

    it('passes axe in Arabic', async () => {
      const el = await renderMap(
        html`<kiosque-map
          lang="ar"
          locate
          .events=${[makeEvent(), makeEvent({ at: null, isOnline: true })]}
        ></kiosque-map>`,
      );
      await expect(el).shadowDom.to.be.accessible();
    });

    it('passes axe in the error state', async () => {
      const el = await fixture<KiosqueMap>(
        html`<kiosque-map instance=${instanceUrl('down')}></kiosque-map>`,
      );
      await settled(el);
      await el.updateComplete;
      await expect(el).shadowDom.to.be.accessible();
    });
  });
});
