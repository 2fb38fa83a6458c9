import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { registerLanguage } from '../i18n/index.js';
import type { KiosqueEvent } from '@kiosque/client';
import '../kiosque-events.js';
import '../kiosque-source.js';
import type { KiosqueEvents } from './events.js';
import { recordedEvents } from '../test/fixtures.js';
import { instanceUrl, loaded, setFaults, shadow, until } from '../test/helpers.js';

async function render(template: ReturnType<typeof html>): Promise<KiosqueEvents> {
  const element = await fixture<KiosqueEvents>(template);
  await loaded(element);
  return element;
}

const titles = (el: Element) =>
  [...shadow(el).querySelectorAll('[part~="title"]')].map((n) => n.textContent!.trim());

/** Counts the GraphQL requests the page sends to an instance while `action` runs. */
async function countRequests(action: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const real = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.pathname.endsWith('/api')) seen.push(url.searchParams.get('operationName') ?? 'POST');
    return real(input, init);
  };
  try {
    await action();
  } finally {
    window.fetch = real;
  }
  return seen;
}

describe('<kiosque-events> features', () => {
  describe('layouts', () => {
    const events = recordedEvents('https://mobilizon.example');

    it('groups the list layout under day headings', async () => {
      const el = await render(html`<kiosque-events .events=${events} limit="20"></kiosque-events>`);
      const headings = shadow(el).querySelectorAll('h3[part="day-heading"]');
      expect(headings.length).to.be.greaterThan(3);
      expect(shadow(el).querySelectorAll('section[part="day"] li[part="event"]').length).to.equal(
        Math.min(20, events.length),
      );
    });

    it('shows cards with pictures in the grid layout', async () => {
      const el = await render(
        html`<kiosque-events layout="grid" .events=${events} limit="20"></kiosque-events>`,
      );
      expect(shadow(el).querySelectorAll('h3')).to.have.length(0);
      const cards = shadow(el).querySelectorAll('li.card');
      expect(cards.length).to.equal(Math.min(20, events.length));
      expect(shadow(el).querySelectorAll('li.card img.card-image').length).to.be.greaterThan(0);
    });

    it('shows one line per event with date and title in the compact layout', async () => {
      const el = await render(
        html`<kiosque-events layout="compact" .events=${events} limit="5"></kiosque-events>`,
      );
      const rows = [...shadow(el).querySelectorAll('li.compact')];
      expect(rows).to.have.length(5);
      for (const row of rows) {
        expect(row.querySelector('time')?.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}T/);
        expect(row.querySelector('a')).to.exist;
      }
      expect(shadow(el).querySelectorAll('img')).to.have.length(0);
    });

    it('falls back to the list layout for an unknown layout name', async () => {
      const el = await render(
        html`<kiosque-events layout="carousel" .events=${events}></kiosque-events>`,
      );
      expect(shadow(el).querySelector('[part="base"]')?.className).to.contain('layout-list');
    });
  });

  describe('heading-level', () => {
    const events = recordedEvents('https://mobilizon.example');
    /** The tag names of the day headings and of the event titles, each without repeats. */
    const levels = (el: Element) => {
      const names = (part: string) => [
        ...new Set([...shadow(el).querySelectorAll(`[part="${part}"]`)].map((n) => n.localName)),
      ];
      return { days: names('day-heading'), titles: names('title') };
    };

    it('draws h3 day headings and h4 titles by default', async () => {
      const el = await render(html`<kiosque-events .events=${events} limit="5"></kiosque-events>`);
      expect(levels(el)).to.deep.equal({ days: ['h3'], titles: ['h4'] });
    });

    it('puts the day headings at heading-level and the titles one level below', async () => {
      const el = await render(
        html`<kiosque-events heading-level="4" .events=${events} limit="5"></kiosque-events>`,
      );
      expect(levels(el)).to.deep.equal({ days: ['h4'], titles: ['h5'] });
      el.headingLevel = 1;
      await el.updateComplete;
      expect(levels(el)).to.deep.equal({ days: ['h1'], titles: ['h2'] });
      const day = shadow(el).querySelector('[part="day"]')!;
      expect(shadow(el).getElementById(day.getAttribute('aria-labelledby')!)?.localName).to.equal(
        'h1',
      );
    });

    it('gives the grid layout’s titles the level below heading-level too', async () => {
      const el = await render(
        html`<kiosque-events
          layout="grid"
          heading-level="2"
          .events=${events}
          limit="5"
        ></kiosque-events>`,
      );
      expect(levels(el)).to.deep.equal({ days: [], titles: ['h3'] });
    });

    it('stops at h6, and falls back to the default for a value that is no number', async () => {
      const six = await render(
        html`<kiosque-events heading-level="6" .events=${events} limit="5"></kiosque-events>`,
      );
      expect(levels(six)).to.deep.equal({ days: ['h6'], titles: ['h6'] });
      const nine = await render(
        html`<kiosque-events heading-level="9" .events=${events} limit="5"></kiosque-events>`,
      );
      expect(levels(nine)).to.deep.equal({ days: ['h6'], titles: ['h6'] });
      const invalid = await render(
        html`<kiosque-events heading-level="top" .events=${events} limit="5"></kiosque-events>`,
      );
      expect(levels(invalid)).to.deep.equal({ days: ['h3'], titles: ['h4'] });
    });
  });

  describe('badges and details', () => {
    const events = recordedEvents('https://mobilizon.example');
    const byTitle = (el: Element, pattern: RegExp) =>
      [...shadow(el).querySelectorAll('li[part="event"]')].find((li) =>
        pattern.test(li.querySelector('[part="title"]')?.textContent ?? ''),
      );

    it('badges cancelled, full, nearly full, external and online events', async () => {
      const el = await render(html`<kiosque-events .events=${events} limit="50"></kiosque-events>`);
      const badges = [...shadow(el).querySelectorAll('[part="badge"]')].map((b) =>
        b.textContent!.trim(),
      );
      expect(badges).to.include('Cancelled');
      expect(badges).to.include('Full');
      expect(badges.some((b) => /^\d+ places? left$/.test(b))).to.be.true;
      expect(badges).to.include('Registration on another site');
      expect(badges).to.include('Online');
    });

    it('shows accessibility information as icons with text', async () => {
      const withAccess: KiosqueEvent = {
        ...events[0]!,
        accessibility: {
          wheelchair: 'fully',
          liveSubtitles: true,
          signLanguage: true,
          smokeFree: true,
        },
      };
      const el = await render(html`<kiosque-events .events=${[withAccess]}></kiosque-events>`);
      const list = shadow(el).querySelector('[part="accessibility"]')!;
      expect(list.getAttribute('aria-label')).to.equal('Accessibility');
      expect([...list.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal([
        'Wheelchair accessible',
        'Live subtitles',
        'Sign language',
        'Smoke-free',
      ]);
      expect(list.querySelectorAll('svg[aria-hidden="true"]')).to.have.length(4);
    });

    it('links each event to the instance’s calendar export, except cancelled ones', async () => {
      const el = await render(html`<kiosque-events .events=${events} limit="50"></kiosque-events>`);
      const confirmed = byTitle(el, /./)!;
      const link = confirmed.querySelector<HTMLAnchorElement>('[part="calendar-link"]')!;
      expect(link.href).to.match(
        /^https:\/\/mobilizon\.example\/events\/[0-9a-f-]{36}\/export\/ics$/,
      );
      expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Add to calendar: .+$/);
      for (const li of shadow(el).querySelectorAll('li.is-cancelled')) {
        expect(li.querySelector('[part="calendar-link"]')).to.be.null;
      }
    });

    it('strikes nothing but marks cancelled events in every layout', async () => {
      const el = await render(
        html`<kiosque-events layout="compact" .events=${events} limit="50"></kiosque-events>`,
      );
      const cancelled = shadow(el).querySelector('li.is-cancelled');
      expect(cancelled?.querySelector('.badge.cancelled')?.textContent).to.equal('Cancelled');
    });
  });

  describe('filters and sources', () => {
    it('shows only events with one of the given tags', async () => {
      const el = await render(
        html`<kiosque-events instance=${instanceUrl()} tags="vélo" limit="20"></kiosque-events>`,
      );
      expect(titles(el).length).to.be.greaterThan(0);
      const all = await render(
        html`<kiosque-events instance=${instanceUrl()} limit="20"></kiosque-events>`,
      );
      expect(titles(el)).to.not.deep.equal(titles(all));
    });

    it('shows only online events with type="online"', async () => {
      const el = await render(
        html`<kiosque-events instance=${instanceUrl()} type="online" limit="10"></kiosque-events>`,
      );
      const places = [...shadow(el).querySelectorAll('[part="where"]')].map((n) =>
        n.textContent!.trim(),
      );
      expect(places.length).to.be.greaterThan(0);
      for (const place of places) expect(place).to.equal('Online');
    });

    it('shows only events near a point within the radius', async () => {
      const el = await render(
        html`<kiosque-events
          instance=${instanceUrl()}
          near="45.764,4.8357"
          radius="20"
          type="in-person"
          limit="20"
        ></kiosque-events>`,
      );
      const places = [...shadow(el).querySelectorAll('[part="where"]')].map((n) =>
        n.textContent!.trim(),
      );
      expect(places.length).to.be.greaterThan(0);
      for (const place of places) expect(place).to.contain('Lyon');
    });

    it('shows only events between from and to', async () => {
      const from = new Date(Date.now() + 14 * 864e5).toISOString().slice(0, 10);
      const to = new Date(Date.now() + 30 * 864e5).toISOString().slice(0, 10);
      const el = await render(
        html`<kiosque-events
          instance=${instanceUrl()}
          from=${from}
          to=${to}
          limit="50"
        ></kiosque-events>`,
      );
      const times = [...shadow(el).querySelectorAll('time')].map((t) =>
        Date.parse(t.getAttribute('datetime')!),
      );
      expect(times.length).to.be.greaterThan(0);
      for (const time of times) {
        expect(time).to.be.at.least(Date.parse(`${from}T00:00:00`) - 864e5 * 7);
        expect(time).to.be.at.most(Date.parse(`${to}T23:59:59`));
      }
    });

    it('finds events by free text', async () => {
      const el = await render(
        html`<kiosque-events
          instance=${instanceUrl()}
          search="pique-nique"
          limit="10"
        ></kiosque-events>`,
      );
      expect(titles(el).length).to.be.greaterThan(0);
      expect(titles(el).some((title) => title.toLowerCase().includes('pique-nique'))).to.be.true;
      const all = await render(
        html`<kiosque-events instance=${instanceUrl()} limit="10"></kiosque-events>`,
      );
      expect(titles(el)).to.not.deep.equal(titles(all));
    });

    it('says no event matches the filters when none does', async () => {
      const el = await render(
        html`<kiosque-events
          instance=${instanceUrl()}
          search="zzzz-nothing-matches-zzzz"
        ></kiosque-events>`,
      );
      expect(shadow(el).querySelector('[role="status"]')?.textContent).to.contain(
        'No events match these filters.',
      );
    });

    it('merges and deduplicates events from <kiosque-source> children of two instances', async () => {
      const el = await render(
        html`<kiosque-events limit="40">
          <kiosque-source instance=${instanceUrl()} group="climate-action"></kiosque-source>
          <kiosque-source instance=${instanceUrl('second')} group="climate-action"></kiosque-source>
          <kiosque-source instance=${instanceUrl()} group="climate-action"></kiosque-source>
        </kiosque-events>`,
      );
      const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('[part="link"]')].map(
        (a) => a.href,
      );
      expect(links.some((h) => h.startsWith(instanceUrl()))).to.be.true;
      expect(links.some((h) => h.startsWith(instanceUrl('second')))).to.be.true;
      expect(new Set(links).size).to.equal(links.length);
    });

    it('reloads when a <kiosque-source> is added', async () => {
      const el = await render(
        html`<kiosque-events
          instance=${instanceUrl()}
          group="velo-libre"
          limit="40"
        ></kiosque-events>`,
      );
      const before = titles(el).length;
      const source = document.createElement('kiosque-source');
      source.setAttribute('group', 'repair-cafe');
      el.append(source);
      await until(() => titles(el).length > before, 'events of the added source');
    });
  });

  describe('more events and links', () => {
    it('loads the next page with "More events" and keeps the first one', async () => {
      const el = await render(
        html`<kiosque-events instance=${instanceUrl()} limit="4"></kiosque-events>`,
      );
      const first = titles(el);
      expect(first).to.have.length(4);
      shadow(el).querySelector<HTMLButtonElement>('[part="more"]')!.click();
      await until(() => titles(el).length === 8, 'eight events');
      expect(titles(el).slice(0, 4)).to.deep.equal(first);
    });

    it('links to the group page and to a webcal subscription for group sources', async () => {
      const el = await render(
        html`<kiosque-events
          instance=${instanceUrl()}
          group="climate-action"
          limit="2"
        ></kiosque-events>`,
      );
      const page = shadow(el).querySelector<HTMLAnchorElement>('[part="instance-link"]')!;
      expect(page.href).to.equal(`${instanceUrl()}/@climate-action`);
      const subscribe = shadow(el).querySelector<HTMLAnchorElement>('[part="subscribe-link"]')!;
      expect(subscribe.getAttribute('href')).to.equal(
        `${instanceUrl().replace('http:', 'webcal:')}/@climate-action/feed/ics`,
      );
    });

    it('links to the instance when there is no group', async () => {
      const el = await render(
        html`<kiosque-events instance=${instanceUrl()} limit="2"></kiosque-events>`,
      );
      const link = shadow(el).querySelector<HTMLAnchorElement>('[part="instance-link"]')!;
      expect(link.textContent).to.contain(new URL(instanceUrl()).host);
      expect(shadow(el).querySelector('[part="subscribe-link"]')).to.be.null;
    });
  });

  describe('endpoint', () => {
    it('asks the endpoint given (a same-origin proxy) and still links to the instance', async () => {
      const proxy = `${instanceUrl('second')}/api`;
      const asked: string[] = [];
      const real = window.fetch;
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        asked.push(new URL(input instanceof Request ? input.url : String(input)).origin);
        return real(input, init);
      };
      try {
        const el = await render(
          html`<kiosque-events
            instance=${instanceUrl()}
            endpoint=${proxy}
            limit="17"
          ></kiosque-events>`,
        );
        expect(titles(el)).to.have.length(17);
        for (const link of shadow(el).querySelectorAll<HTMLAnchorElement>('[part="link"]')) {
          expect(link.href.startsWith(`${instanceUrl()}/events/`)).to.be.true;
        }
      } finally {
        window.fetch = real;
      }
      expect(asked.length).to.be.greaterThan(0);
      expect(new Set(asked)).to.deep.equal(new Set([new URL(instanceUrl('second')).origin]));
    });
  });

  describe('data sharing and cache', () => {
    it('shares one request between elements showing the same source', async () => {
      const seen = await countRequests(async () => {
        const wrapper = await fixture(
          html`<div>
            <kiosque-events instance=${instanceUrl()} limit="13"></kiosque-events>
            <kiosque-events instance=${instanceUrl()} limit="13" layout="grid"></kiosque-events>
            <kiosque-events instance=${instanceUrl()} limit="13" layout="compact"></kiosque-events>
          </div>`,
        );
        await Promise.all(
          [...wrapper.querySelectorAll('kiosque-events')].map((e) => loaded(e as KiosqueEvents)),
        );
      });
      expect(seen.filter((op) => !op.startsWith('KiosqueConfig'))).to.have.length(1);
    });

    it('shows the last good data with a note when the instance goes down', async () => {
      await setFaults('broken', { mode: 'none' });
      const first = await render(
        html`<kiosque-events instance=${instanceUrl('broken')} limit="3"></kiosque-events>`,
      );
      const expected = titles(first);
      await setFaults('broken', { mode: 'http-500' });
      const realNow = Date.now;
      // Past the freshness and stale-while-revalidate windows: the cache must ask the instance.
      Date.now = () => realNow() + 3 * 24 * 60 * 60 * 1000;
      try {
        const again = await render(
          html`<kiosque-events instance=${instanceUrl('broken')} limit="3"></kiosque-events>`,
        );
        await until(() => !!shadow(again).querySelector('[part="stale"]'), 'the stale note');
        expect(titles(again)).to.deep.equal(expected);
        expect(shadow(again).querySelector('[part="stale"]')?.textContent).to.contain(
          'may be out of date',
        );
      } finally {
        Date.now = realNow;
        await setFaults('broken', { mode: 'none' });
      }
    });

    it('paints at once from data embedded by a host, then revalidates', async () => {
      const events = recordedEvents(instanceUrl()).slice(0, 2);
      const wrapper = document.createElement('div');
      wrapper.innerHTML = `<kiosque-events instance="${instanceUrl('down')}"><script type="application/json" data-kiosque-data="1">${JSON.stringify(
        { fetchedAt: Date.now(), events },
      ).replace(/</g, '\\u003c')}</script></kiosque-events>`;
      document.body.append(wrapper);
      const el = wrapper.querySelector('kiosque-events') as KiosqueEvents;
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(events.map((e) => e.title));
      wrapper.remove();
    });
  });

  describe('languages and themes', () => {
    it('speaks a language the site registers', async () => {
      registerLanguage('nl', { empty: 'Geen komende evenementen.', eventsLabel: 'Evenementen' });
      const el = await render(html`<kiosque-events lang="nl" .events=${[]}></kiosque-events>`);
      expect(shadow(el).querySelector('[role="status"]')?.textContent?.trim()).to.equal(
        'Geen komende evenementen.',
      );
    });

    it('applies a site’s strings over a shipped language that loads later', async () => {
      registerLanguage('es', { moreEvents: 'Más citas' });
      const el = await render(
        html`<kiosque-events lang="es" instance=${instanceUrl()} limit="2"></kiosque-events>`,
      );
      expect(shadow(el).querySelector('[part="more"]')?.textContent?.trim()).to.equal('Más citas');
      expect(shadow(el).querySelector('[part="calendar-link"] span')?.textContent).to.equal(
        'Añadir al calendario',
      );
    });

    it('follows the visitor’s dark mode with theme="auto", and only then', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      try {
        const auto = await render(
          html`<kiosque-events theme="auto" .events=${[]}></kiosque-events>`,
        );
        const light = await render(html`<kiosque-events .events=${[]}></kiosque-events>`);
        expect(getComputedStyle(auto).colorScheme).to.equal('dark');
        expect(getComputedStyle(light).colorScheme).to.not.equal('dark');
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });
  });

  describe('JSON-LD', () => {
    it('writes schema.org Event JSON-LD for the shown events into the light DOM', async () => {
      const el = await render(
        html`<kiosque-events instance=${instanceUrl()} limit="3"></kiosque-events>`,
      );
      await until(() => !!el.querySelector('script[type="application/ld+json"]'), 'the JSON-LD');
      const script = el.querySelector(':scope > script[type="application/ld+json"]');
      const data = JSON.parse(script!.textContent!) as { '@type': string; name: string }[];
      expect(data.map((d) => d['@type'])).to.deep.equal(['Event', 'Event', 'Event']);
      expect(data.map((d) => d.name)).to.deep.equal(titles(el));
    });

    it('writes no JSON-LD with without-json-ld', async () => {
      const el = await render(
        html`<kiosque-events instance=${instanceUrl()} limit="3" without-json-ld></kiosque-events>`,
      );
      expect(el.querySelector('script[type="application/ld+json"]')).to.be.null;
    });
  });
});
