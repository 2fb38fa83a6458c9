import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient, type KiosqueEvent } from '@kiosque/client';
import '../kiosque-event.js';
import type { KiosqueEventElement } from './event.js';
import { sanitizeHtml } from '../shared/sanitize.js';
import { instanceUrl, loaded, setFaults, settled, shadow, until } from '../test/helpers.js';
import { XSS_VECTORS, URL_VECTORS, hostileUuid } from '../../test/hostile-events.mjs';

/** Well-known events of the dev instance's seed (`SEED.events` in packages/dev-instance). */
const SEED = {
  full: '66ba7675-5007-481f-a80f-7ca83f6262d6',
  nearlyFull: '092bbc98-1dfa-41ce-a694-36a2e962b6ec',
  cancelled: '8416e723-4588-4261-bbc6-3c8c3a6241c5',
  external: 'edf23d3f-02eb-4c1f-864c-8c2fafcf44ae',
  online: 'c0d53158-c359-40aa-a75a-dc46ec556ab0',
  multiDay: 'f99b4b0d-f121-47be-945d-05c3efad54bb',
  hiddenTimes: '5a3deb13-343b-44f5-bb8c-ec9c892153ec',
  arabic: 'bc528085-cb9b-42f3-a3cb-0ee0618ccb63',
  tokyo: 'a039ed5d-8174-47ff-8b8b-0bceecf0af50',
  past: '5106f39f-90e6-4cc9-9c54-480073b12781',
  invite: '3486c112-fb71-4424-af2d-103cc4040835',
  restricted: '7b848de5-6259-4096-82c5-d2df1f882f5b',
  ongoing: '7b1bc72a-2895-4f7a-8531-82098a53fa05',
} as const;
const MISSING = '00000000-0000-4000-8000-00000000dead';

declare global {
  interface Window {
    __kiosqueXss?: (n: unknown) => void;
  }
}

async function render(template: ReturnType<typeof html>): Promise<KiosqueEventElement> {
  const element = await fixture<KiosqueEventElement>(template);
  await loaded(element);
  return element;
}

async function show(uuid: string, name: Parameters<typeof instanceUrl>[0] = 'main') {
  return render(html`<kiosque-event instance=${instanceUrl(name)} uuid=${uuid}></kiosque-event>`);
}

function part(element: Element, name: string): HTMLElement | null {
  return shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);
}

function text(element: Element, name: string): string {
  return part(element, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/**
 * Waits until the sanitized description replaced the plain-text excerpt (which is aria-busy);
 * a description that sanitizes to nothing is not rendered at all.
 */
async function described(element: KiosqueEventElement): Promise<HTMLElement> {
  await until(
    () => !part(element, 'description')?.hasAttribute('aria-busy'),
    'the sanitized description',
  );
  return part(element, 'description')!;
}

/** An event fetched from the dev instance, to pass as a property with some fields changed. */
async function fetched(uuid: string): Promise<KiosqueEvent> {
  const event = await createClient({ instance: instanceUrl(), cache: false }).event(uuid);
  return structuredClone(event);
}

function zoneParts(iso: string, zone: string): string[] {
  return new Intl.DateTimeFormat('en', { timeZone: zone, day: 'numeric' })
    .formatToParts(new Date(iso))
    .filter((p) => p.type === 'day')
    .map((p) => p.value);
}

describe('<kiosque-event>', () => {
  describe('renders', () => {
    it('renders the title as a level-2 heading, the picture with alt and size, and the category', async () => {
      const el = await show(SEED.full);
      const title = part(el, 'title')!;
      expect(title.localName).to.equal('h2');
      expect(title.textContent!.trim()).to.equal('Atelier réparation de vélos (complet)');
      const img = part(el, 'image') as HTMLImageElement;
      expect(img.src.startsWith(instanceUrl())).to.be.true;
      expect(img.alt).to.not.equal('');
      expect(img.getAttribute('width')).to.equal('1200');
      expect(img.getAttribute('height')).to.equal('675');
      expect(text(el, 'category')).to.not.equal('');
    });

    it('honours heading-level and demotes the description’s headings below the title', async () => {
      const event = await fetched(SEED.full);
      event.description = '<h1>Programme</h1><h2>Details</h2><p>x</p>';
      const el = await render(
        html`<kiosque-event heading-level="3" .event=${event}></kiosque-event>`,
      );
      expect(part(el, 'title')!.localName).to.equal('h3');
      const description = await described(el);
      expect(description.querySelector('h4')!.textContent).to.equal('Programme');
      expect(description.querySelector('h5')!.textContent).to.equal('Details');
      expect(description.querySelector('h1, h2, h3')).to.equal(null);
    });

    it('hides the picture with without-image', async () => {
      const el = await render(
        html`<kiosque-event
          instance=${instanceUrl()}
          uuid=${SEED.full}
          without-image
        ></kiosque-event>`,
      );
      expect(part(el, 'image')).to.equal(null);
      expect(part(el, 'title')).to.not.equal(null);
    });

    it('shows the organizer group with its avatar and a link to its page', async () => {
      const el = await show(SEED.full);
      const link = part(el, 'organizer-link') as HTMLAnchorElement;
      expect(link.textContent!.trim()).to.equal('Vélo Libre Paris');
      expect(link.href.startsWith('http')).to.be.true;
      expect((part(el, 'avatar') as HTMLImageElement).src.startsWith('http')).to.be.true;
      expect(text(el, 'organizer')).to.contain('@velo-libre');
    });

    it('shows the tags as a list', async () => {
      const el = await show(SEED.full);
      const tags = [...shadow(el).querySelectorAll('[part~="tag"]')].map((t) =>
        t.textContent!.trim(),
      );
      expect(tags).to.include('vélo');
      expect(part(el, 'tags')!.localName).to.equal('ul');
    });

    it('shows the start in a <time datetime> and the range in the event’s time zone', async () => {
      const el = await show(SEED.tokyo);
      const time = part(el, 'when')!.querySelector('time')!;
      expect(Date.parse(time.dateTime)).to.be.greaterThan(Date.now());
      expect(time.textContent).to.match(/7:00/);
      expect(time.textContent).to.match(/9:30/);
    });

    it('names the time zone when it differs from the visitor’s', async () => {
      const el = await show(SEED.tokyo);
      const visitor = Intl.DateTimeFormat().resolvedOptions().timeZone;
      if (visitor === 'Asia/Tokyo') expect(part(el, 'zone')).to.equal(null);
      else expect(text(el, 'zone')).to.contain('Tokyo');
    });

    it('honours hidden start and end times: the date only, and the tentative banner', async () => {
      const el = await show(SEED.hiddenTimes);
      expect(text(el, 'when')).to.not.match(/\d{1,2}[:.h]\d{2}/);
      expect(part(el, 'zone')).to.equal(null);
      expect(text(el, 'banner-tentative')).to.contain('not confirmed');
    });

    it('shows a multi-day event as one range with both days', async () => {
      const el = await show(SEED.multiDay);
      const time = part(el, 'when')!.querySelector('time')!;
      const [start] = zoneParts(time.dateTime, 'Europe/Berlin');
      const end = new Date(Date.parse(time.dateTime) + 2 * 24 * 3600_000).toISOString();
      const [last] = zoneParts(end, 'Europe/Berlin');
      expect(time.textContent).to.contain(start!);
      expect(time.textContent).to.contain(last!);
      expect(time.textContent).to.contain('–');
    });

    it('shows the full address and an OpenStreetMap directions link on an OpenStreetMap instance', async () => {
      const el = await show(SEED.full);
      const address = text(el, 'address');
      expect(address).to.contain('La Base');
      expect(address).to.contain('31 rue Bichat');
      expect(address).to.contain('75010 Paris');
      const link = part(el, 'directions') as HTMLAnchorElement;
      expect(link.href).to.match(
        /^https:\/\/www\.openstreetmap\.org\/directions\?from=&to=48\.\d+,2\.\d+&engine=fossgis_osrm_car#map=14\/48\.\d+\/2\.\d+$/,
      );
      expect(link.target).to.equal('_blank');
      expect(link.getAttribute('aria-label')).to.contain('La Base');
    });

    it('links directions to Google Maps when the instance routes with Google', async () => {
      const second = instanceUrl('second');
      const realFetch = window.fetch;
      window.fetch = async (input, init) => {
        const response = await realFetch(input, init);
        const url = input instanceof Request ? input.url : String(input);
        if (!url.startsWith(second)) return response;
        const body = (await response.text()).replace('"OPENSTREETMAP"', '"GOOGLE_MAPS"');
        return new Response(body, { status: response.status, headers: response.headers });
      };
      try {
        const el = await show(SEED.full, 'second');
        expect((part(el, 'directions') as HTMLAnchorElement).href).to.match(
          /^https:\/\/maps\.google\.com\/\?saddr=Current\+Location&daddr=48\.\d+,2\.\d+&driving$/,
        );
      } finally {
        window.fetch = realFetch;
      }
    });

    it('links to the online meeting, opening in a new tab, for an online event', async () => {
      const el = await show(SEED.online);
      const link = part(el, 'online-link') as HTMLAnchorElement;
      expect(link.href).to.equal(`${instanceUrl()}/online/beginner-coding`);
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.contain('noopener');
      expect(part(el, 'address')).to.equal(null);
    });

    it('shows no online link when the address is not http(s)', async () => {
      const event = await fetched(SEED.online);
      event.onlineUrl = 'javascript:alert(1)';
      const el = await render(html`<kiosque-event .event=${event}></kiosque-event>`);
      expect(part(el, 'online-link')).to.equal(null);
      expect(text(el, 'fact-online')).to.contain('Online');
    });

    it('shows the participant count and the places left', async () => {
      const el = await show(SEED.nearlyFull);
      expect(text(el, 'participants')).to.equal('19 participants · 1 place left');
      expect(part(el, 'banner')).to.equal(null);
    });

    it('says the event is full, in a banner and in the count, and offers no participation', async () => {
      const el = await show(SEED.full);
      expect(text(el, 'participants')).to.equal('12 participants · Full');
      expect(text(el, 'banner-full')).to.equal('This event is full.');
      expect(part(el, 'participate-link')).to.equal(null);
    });

    it('hides the count when the organizer hides it, and says the limit only', async () => {
      const event = await fetched(SEED.nearlyFull);
      event.capacity.hideCount = true;
      const el = await render(html`<kiosque-event .event=${event}></kiosque-event>`);
      expect(text(el, 'participants')).to.equal('Limited to 20 people');
    });

    it('shows a cancelled banner, and no add to calendar or participation, for a cancelled event', async () => {
      const el = await show(SEED.cancelled);
      expect(text(el, 'banner-cancelled')).to.equal('This event has been cancelled.');
      expect(part(el, 'calendar-link')).to.equal(null);
      expect(part(el, 'participate-link')).to.equal(null);
    });

    it('says when an event is over', async () => {
      const el = await show(SEED.past);
      expect(text(el, 'banner-past')).to.equal('This event is over.');
      expect(part(el, 'calendar-link')).to.equal(null);
    });

    it('shows the accessibility information as icons with text', async () => {
      const event = await fetched(SEED.full);
      event.accessibility = {
        wheelchair: 'partially',
        liveSubtitles: true,
        signLanguage: true,
        smokeFree: true,
      };
      const el = await render(html`<kiosque-event .event=${event}></kiosque-event>`);
      const items = [...part(el, 'accessibility')!.querySelectorAll('li')];
      expect(items.map((li) => li.textContent!.trim())).to.deep.equal([
        'Partially wheelchair accessible',
        'Live subtitles',
        'Sign language',
        'Smoke-free',
      ]);
      for (const li of items)
        expect(li.querySelector('svg[aria-hidden="true"]')).to.not.equal(null);
    });

    it('says when a place is not wheelchair accessible', async () => {
      const event = await fetched(SEED.full);
      event.accessibility = {
        wheelchair: 'no',
        liveSubtitles: null,
        signLanguage: null,
        smokeFree: null,
      };
      const el = await render(html`<kiosque-event .event=${event}></kiosque-event>`);
      expect(text(el, 'accessibility')).to.equal('Not wheelchair accessible');
    });

    it('links "Add to calendar" to the instance’s ICS export of the event', async () => {
      const el = await show(SEED.nearlyFull);
      const link = part(el, 'calendar-link') as HTMLAnchorElement;
      expect(link.href).to.equal(`${instanceUrl()}/events/${SEED.nearlyFull}/export/ics`);
      const ics = await (await fetch(link.href)).text();
      expect(ics).to.contain('BEGIN:VCALENDAR');
      expect(ics).to.contain(SEED.nearlyFull);
    });

    it('links to the event page on the instance, named after the instance', async () => {
      const el = await show(SEED.nearlyFull);
      const link = part(el, 'instance-link') as HTMLAnchorElement;
      expect(link.href).to.equal(`${instanceUrl()}/events/${SEED.nearlyFull}`);
      expect(link.textContent).to.contain('View on');
    });

    it('offers the external registration site for an event that registers elsewhere', async () => {
      const el = await show(SEED.external);
      await until(() => !!shadow(el).querySelector('kiosque-rsvp')?.shadowRoot, '<kiosque-rsvp>');
      const rsvp = shadow(el).querySelector('kiosque-rsvp')!;
      await until(
        () =>
          !!rsvp.shadowRoot!.querySelector(
            `a[href="${instanceUrl()}/external/register/${SEED.external}"]`,
          ),
        'the external registration link',
      );
    });

    it('shows what the host puts in the participation slot instead of the default', async () => {
      const el = await render(
        html`<kiosque-event instance=${instanceUrl()} uuid=${SEED.nearlyFull}
          ><button slot="participation">Book</button></kiosque-event
        >`,
      );
      const slot = shadow(el).querySelector<HTMLSlotElement>('slot[name="participation"]')!;
      expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Book']);
    });

    it('fires kiosque-load with a count of 1', async () => {
      const el = await fixture<KiosqueEventElement>(
        html`<kiosque-event instance=${instanceUrl()} uuid=${SEED.ongoing}></kiosque-event>`,
      );
      const event = (await settled(el)) as Event & { detail: { count: number; stale: boolean } };
      expect(event.type).to.equal('kiosque-load');
      expect(event.detail).to.deep.equal({ count: 1, stale: false });
    });
  });

  describe('description', () => {
    it('renders the description as sanitized HTML inside the shadow root', async () => {
      const event = await fetched(SEED.full);
      event.description =
        '<p>Hello <strong>there</strong> <a href="https://example.org/x" onclick="x()">link</a>' +
        '<a href="/relative">rel</a></p><script>window.__kiosqueXss(1)</script>' +
        '<img src="https://example.org/a.png" alt="A"><img src="data:image/png;base64,AA" alt="B">' +
        '<p style="color:red">styled</p><form><input></form><iframe src="https://example.org"></iframe>';
      const el = await render(html`<kiosque-event .event=${event}></kiosque-event>`);
      const description = await described(el);
      const links = [...description.querySelectorAll('a')];
      expect(links[0]!.href).to.equal('https://example.org/x');
      expect(links[0]!.getAttribute('onclick')).to.equal(null);
      expect(links[0]!.rel).to.equal('noopener noreferrer nofollow ugc');
      expect(links[0]!.target).to.equal('_blank');
      expect(links[1]!.href).to.equal(`${event.instance}/relative`);
      expect([...description.querySelectorAll('img')].map((i) => i.alt)).to.deep.equal(['A']);
      expect(description.querySelector('script, form, input, iframe, [style]')).to.equal(null);
      expect(description.textContent).to.contain('styled');
    });

    it('keeps formatting tags, tables and mailto links, drops everything else', async () => {
      const clean = await sanitizeHtml(
        '<blockquote><em>q</em></blockquote><table><tr><td colspan="2">c</td></tr></table>' +
          '<a href="mailto:a@example.org">m</a><a href="ftp://x">f</a><svg><a href="https://x"></a></svg>' +
          '<math><mi>x</mi></math><p class="c" id="i" data-x="1" aria-label="l">p</p>',
      );
      const box = document.createElement('div');
      box.innerHTML = clean;
      expect(box.querySelector('blockquote em')).to.not.equal(null);
      expect(box.querySelector('td')!.getAttribute('colspan')).to.equal('2');
      const [mail, ftp] = box.querySelectorAll('a');
      expect(mail!.getAttribute('href')).to.equal('mailto:a@example.org');
      expect(ftp!.hasAttribute('href')).to.be.false;
      expect(box.querySelector('svg, math, [class], [id], [data-x], [aria-label]')).to.equal(null);
    });

    it('shows the plain-text excerpt until the sanitizer is ready, never raw HTML', async () => {
      const event = await fetched(SEED.full);
      const el = await fixture<KiosqueEventElement>(
        html`<kiosque-event .event=${event}></kiosque-event>`,
      );
      const first = part(el, 'description');
      if (first) expect(first.querySelector('img, a, strong')).to.equal(null);
      await described(el);
    });
  });

  describe('states', () => {
    it('announces loading politely before the event arrives', async () => {
      const el = await fixture<KiosqueEventElement>(
        html`<kiosque-event instance=${instanceUrl()} uuid=${SEED.invite}></kiosque-event>`,
      );
      const status = shadow(el).querySelector('[role="status"]');
      expect(status?.getAttribute('aria-live')).to.equal('polite');
      expect(status?.textContent).to.contain('Loading the event');
      await settled(el);
    });

    it('says the event could not be found, without a retry button, and fires kiosque-error', async () => {
      const el = await fixture<KiosqueEventElement>(
        html`<kiosque-event instance=${instanceUrl()} uuid=${MISSING}></kiosque-event>`,
      );
      const event = (await settled(el)) as Event & { detail: { error: { kind: string } } };
      await el.updateComplete;
      expect(event.type).to.equal('kiosque-error');
      expect(event.detail.error.kind).to.equal('not-found');
      const alert = shadow(el).querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('This event could not be found');
      expect(part(el, 'retry')).to.equal(null);
    });

    it('says the calendar could not be reached when the instance is down, and retries', async () => {
      let fail = true;
      const realFetch = window.fetch;
      // Fails after a task, as a real connection error does.
      window.fetch = (input, init) =>
        fail
          ? new Promise((_resolve, reject) =>
              setTimeout(() => reject(new TypeError('Failed to fetch'))),
            )
          : realFetch(input, init);
      try {
        const el = await fixture<KiosqueEventElement>(
          html`<kiosque-event
            instance=${instanceUrl('second')}
            uuid=${SEED.online}
          ></kiosque-event>`,
        );
        await settled(el);
        await el.updateComplete;
        expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain(
          'could not be reached',
        );
        fail = false;
        part(el, 'retry')!.click();
        await loaded(el);
        await until(() => !!part(el, 'title'), 'the event after retrying');
        expect(text(el, 'title')).to.equal('Online: beginner coding workshop');
      } finally {
        window.fetch = realFetch;
      }
    });

    it('says when the instance answers with an error', async () => {
      const el = await fixture<KiosqueEventElement>(
        html`<kiosque-event instance=${instanceUrl('down')} uuid=${SEED.online}></kiosque-event>`,
      );
      await settled(el);
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('error');
      expect(part(el, 'retry')).to.not.equal(null);
    });

    it('says what is missing when there is no instance, no uuid, or a bad uuid', async () => {
      const noInstance = await fixture(html`<kiosque-event uuid=${SEED.online}></kiosque-event>`);
      const noUuid = await fixture(html`<kiosque-event instance=${instanceUrl()}></kiosque-event>`);
      const badUuid = await fixture(
        html`<kiosque-event instance=${instanceUrl()} uuid="42"></kiosque-event>`,
      );
      await until(() =>
        [noInstance, noUuid, badUuid].every((e) => shadow(e).querySelector('[role="alert"]')),
      );
      const says = (e: Element) => shadow(e).querySelector('[role="alert"]')!.textContent!;
      expect(says(noInstance)).to.contain('no instance address');
      expect(says(noUuid)).to.contain('no event id');
      expect(says(badUuid)).to.contain('not valid');
    });

    it('paints from data embedded by the host, and keeps it with a note when the instance is down', async () => {
      const event = await fetched(SEED.online);
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('kiosque-event');
      el.setAttribute('instance', instanceUrl('down'));
      el.setAttribute('uuid', SEED.online);
      const data = document.createElement('script');
      data.type = 'application/json';
      data.dataset['kiosqueData'] = '';
      data.textContent = JSON.stringify({ fetchedAt: Date.now() - 3600_000, events: [event] });
      el.append(data);
      const done = settled(el);
      host.append(el);
      await el.updateComplete;
      expect(text(el, 'title')).to.equal('Online: beginner coding workshop');
      const loadEvent = (await done) as Event & { detail: { stale: boolean } };
      await el.updateComplete;
      expect(loadEvent.detail.stale).to.be.true;
      expect(text(el, 'stale')).to.contain('may be out of date');
      expect(text(el, 'title')).to.equal('Online: beginner coding workshop');
    });
  });

  describe('last good data', () => {
    it('shows the event it last had, with a note, when the instance goes down before a reload', async () => {
      await setFaults('event-faults', { mode: 'none' });
      const first = await show(SEED.online, 'event-faults');
      expect(text(first, 'title')).to.equal('Online: beginner coding workshop');
      await setFaults('event-faults', { mode: 'http-500' });
      const realNow = Date.now;
      // Past the freshness and stale-while-revalidate windows: the cache must ask the instance.
      Date.now = () => realNow() + 3 * 24 * 60 * 60 * 1000;
      try {
        const again = await show(SEED.online, 'event-faults');
        await until(() => !!shadow(again).querySelector('[part="stale"]'), 'the stale note');
        expect(text(again, 'title')).to.equal('Online: beginner coding workshop');
        expect(text(again, 'stale')).to.contain('may be out of date');
      } finally {
        Date.now = realNow;
        await setFaults('event-faults', { mode: 'none' });
      }
    });
  });

  describe('JSON-LD', () => {
    it('writes schema.org Event JSON-LD into the light DOM', async () => {
      const el = await show(SEED.full);
      await until(() => !!el.querySelector('script[type="application/ld+json"]'), 'the JSON-LD');
      const scripts = el.querySelectorAll(':scope > script[type="application/ld+json"]');
      expect(scripts).to.have.length(1);
      const json = JSON.parse(scripts[0]!.textContent!) as Record<string, unknown>[];
      expect(json[0]!['@type']).to.equal('Event');
      expect(json[0]!['name']).to.equal('Atelier réparation de vélos (complet)');
    });

    it('writes none with without-json-ld, and removes it when the attribute is added', async () => {
      const none = await render(
        html`<kiosque-event
          instance=${instanceUrl()}
          uuid=${SEED.full}
          without-json-ld
        ></kiosque-event>`,
      );
      expect(none.querySelector('script')).to.equal(null);
      const el = await show(SEED.full);
      await until(() => !!el.querySelector('script[type="application/ld+json"]'), 'the JSON-LD');
      el.setAttribute('without-json-ld', '');
      await el.updateComplete;
      expect(el.querySelector('script')).to.equal(null);
    });
  });

  describe('languages', () => {
    it('speaks French with lang="fr"', async () => {
      const el = await render(
        html`<kiosque-event lang="fr" instance=${instanceUrl()} uuid=${SEED.full}></kiosque-event>`,
      );
      expect(text(el, 'banner-full')).to.equal('Cet événement est complet.');
      expect(text(el, 'copy-link')).to.equal('Copier le lien');
      expect(text(el, 'participants')).to.equal('12 participant·es · Complet');
      expect(part(el, 'when')!.textContent).to.match(/\d{1,2}:\d{2}/);
    });

    it('lays out right to left in Arabic', async () => {
      const el = await render(
        html`<kiosque-event
          lang="ar"
          instance=${instanceUrl()}
          uuid=${SEED.arabic}
        ></kiosque-event>`,
      );
      expect(shadow(el).querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
      expect(text(el, 'copy-link')).to.equal('نسخ الرابط');
      expect(text(el, 'title')).to.equal('أمسية شعرية في المدينة العتيقة');
    });

    it('says "not found" in French', async () => {
      const el = await fixture<KiosqueEventElement>(
        html`<kiosque-event lang="fr" instance=${instanceUrl()} uuid=${MISSING}></kiosque-event>`,
      );
      await settled(el);
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain(
        'Cet événement est introuvable',
      );
    });
  });

  describe('keyboard and sharing', () => {
    it('copies the event link from the keyboard and says so politely', async () => {
      let copied = '';
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: (value: string) => ((copied = value), Promise.resolve()) },
      });
      try {
        const el = await show(SEED.nearlyFull);
        const button = part(el, 'copy-link')!;
        button.focus();
        await sendKeys({ press: 'Enter' });
        await until(() => text(el, 'share-status') !== '', 'the confirmation');
        expect(copied).to.equal(`${instanceUrl()}/events/${SEED.nearlyFull}`);
        const status = part(el, 'share-status')!;
        expect(status.getAttribute('role')).to.equal('status');
        expect(status.getAttribute('aria-live')).to.equal('polite');
        expect(status.textContent).to.contain('Link copied.');
      } finally {
        delete (navigator as unknown as Record<string, unknown>)['clipboard'];
      }
    });

    it('shows the link to copy by hand when copying is refused', async () => {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('no', 'NotAllowedError')) },
      });
      const execCommand = document.execCommand;
      document.execCommand = () => false;
      try {
        const el = await show(SEED.nearlyFull);
        part(el, 'copy-link')!.click();
        await until(() => !!shadow(el).querySelector('.share-url'), 'the link field');
        const field = shadow(el).querySelector<HTMLInputElement>('.share-url')!;
        expect(field.value).to.equal(`${instanceUrl()}/events/${SEED.nearlyFull}`);
        expect(field.readOnly).to.be.true;
      } finally {
        document.execCommand = execCommand;
        delete (navigator as unknown as Record<string, unknown>)['clipboard'];
      }
    });

    it('uses the browser’s share sheet when there is one', async () => {
      let shared: ShareData | null = null;
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: (data: ShareData) => ((shared = data), Promise.resolve()),
      });
      try {
        const el = await show(SEED.nearlyFull);
        part(el, 'share')!.focus();
        await sendKeys({ press: 'Enter' });
        await until(() => shared !== null, 'the share sheet');
        expect(shared).to.deep.equal({
          title: 'Repair Café : plus qu’une place !',
          url: `${instanceUrl()}/events/${SEED.nearlyFull}`,
        });
      } finally {
        delete (navigator as unknown as Record<string, unknown>)['share'];
      }
    });

    it('reaches add to calendar, copy link and the event page with Tab, in that order', async () => {
      const el = await show(SEED.nearlyFull);
      const calendar = part(el, 'calendar-link')!;
      calendar.focus();
      expect(shadow(el).activeElement).to.equal(calendar);
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(part(el, 'copy-link'));
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(part(el, 'instance-link'));
    });
  });

  describe('is accessible', () => {
    it('passes axe with an event', async () => {
      const el = await show(SEED.full);
      await described(el);
      await expect(el).shadowDom.to.be.accessible();
    });

    it('passes axe for a cancelled, an online and a tentative event', async () => {
      for (const uuid of [SEED.cancelled, SEED.online, SEED.hiddenTimes]) {
        const el = await show(uuid);
        await expect(el).shadowDom.to.be.accessible();
      }
    });

    it('passes axe in dark theme and in Arabic', async () => {
      const dark = await render(
        html`<kiosque-event
          theme="dark"
          instance=${instanceUrl()}
          uuid=${SEED.online}
        ></kiosque-event>`,
      );
      await expect(dark).shadowDom.to.be.accessible();
      const ar = await render(
        html`<kiosque-event
          lang="ar"
          instance=${instanceUrl()}
          uuid=${SEED.arabic}
        ></kiosque-event>`,
      );
      await expect(ar).shadowDom.to.be.accessible();
    });

    it('passes axe while loading, when not found and when the instance is down', async () => {
      const loading = await fixture<KiosqueEventElement>(
        html`<kiosque-event instance=${instanceUrl()} uuid=${SEED.restricted}></kiosque-event>`,
      );
      const loadingDone = settled(loading);
      expect(shadow(loading).querySelector('[role="status"]')).to.not.equal(null);
      await expect(loading).shadowDom.to.be.accessible();
      await loadingDone;
      for (const template of [
        html`<kiosque-event instance=${instanceUrl()} uuid=${MISSING}></kiosque-event>`,
        html`<kiosque-event instance=${instanceUrl('down')} uuid=${SEED.online}></kiosque-event>`,
      ]) {
        const el = await fixture<KiosqueEventElement>(template);
        await until(() => !!shadow(el).querySelector('[role="alert"]'), 'the error');
        await expect(el).shadowDom.to.be.accessible();
      }
    });
  });

  describe('participation', () => {
    it('loads and shows <kiosque-rsvp compact> for the event', async () => {
      const el = await show(SEED.nearlyFull);
      await until(() => !!shadow(el).querySelector('kiosque-rsvp'), '<kiosque-rsvp>');
      const rsvp = shadow(el).querySelector('kiosque-rsvp') as HTMLElement & {
        event: KiosqueEvent;
      };
      expect(rsvp.hasAttribute('compact')).to.be.true;
      expect(rsvp.getAttribute('uuid')).to.equal(SEED.nearlyFull);
      expect(rsvp.getAttribute('instance')).to.equal(instanceUrl());
      expect(rsvp.event.uuid).to.equal(SEED.nearlyFull);
      expect(part(el, 'participate-link')).to.equal(null);
    });
  });

  describe('security', () => {
    let hits: unknown[];
    const saved = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
    beforeEach(() => {
      hits = [];
      window.__kiosqueXss = (n) => hits.push(n);
      window.alert = (n?: unknown) => void hits.push(`alert ${String(n)}`);
      window.confirm = () => (hits.push('confirm'), false);
      window.prompt = () => (hits.push('prompt'), null);
    });
    afterEach(() => {
      Object.assign(window, saved);
      delete window.__kiosqueXss;
    });

    const URL_ATTRIBUTES = [
      'href',
      'src',
      'srcset',
      'action',
      'formaction',
      'xlink:href',
      'background',
      'data',
      'poster',
    ];

    async function expectHarmless(el: KiosqueEventElement): Promise<void> {
      const root = shadow(el);
      await until(
        () => [...root.querySelectorAll('img')].every((img) => img.complete),
        'pictures to load or fail',
      );
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      expect(hits, 'a payload ran').to.deep.equal([]);
      for (const node of root.querySelectorAll('*')) {
        for (const attribute of node.attributes) {
          expect(attribute.name.startsWith('on'), `${node.localName}[${attribute.name}]`).to.be
            .false;
          if (URL_ATTRIBUTES.includes(attribute.name)) {
            expect(attribute.value, `${node.localName}[${attribute.name}]`).to.match(
              /^(https?:\/\/|mailto:)/,
            );
          }
        }
      }
      const description = part(el, 'description');
      if (description) {
        expect(
          description.querySelector(
            'script, iframe, object, embed, form, input, button, svg, math, style, base, meta, link, template',
          ),
        ).to.equal(null);
      }
      expect(root.querySelector('script, iframe, object, embed, form, base, meta')).to.equal(null);
      for (const child of el.children) {
        expect(child.localName).to.equal('script');
        expect(child.getAttribute('type')).to.equal('application/ld+json');
      }
    }

    it(`has at least 50 vectors and an event for each on the hostile instance`, () => {
      expect(XSS_VECTORS.length).to.be.at.least(50);
      expect(URL_VECTORS.length).to.be.at.least(8);
    });

    for (let start = 0; start < XSS_VECTORS.length; start += 10) {
      const end = Math.min(start + 10, XSS_VECTORS.length);
      it(`runs no script and makes no javascript: or data: link from vectors ${start + 1}–${end} in every field`, async () => {
        for (let index = start; index < end; index++) {
          const el = await show(hostileUuid(index), 'hostile');
          expect(part(el, 'title')!.textContent, `vector ${index}`).to.equal(XSS_VECTORS[index]);
          await described(el);
          await expectHarmless(el);
          el.remove();
        }
      });
    }

    it('runs no script from hostile organizer, links, instance name and category given as a property', async () => {
      for (let index = 0; index < XSS_VECTORS.length; index += 6) {
        const vector = XSS_VECTORS[index]!;
        const url = URL_VECTORS[index % URL_VECTORS.length]!;
        const base = await fetched(SEED.online);
        const event: KiosqueEvent = {
          ...base,
          title: vector,
          description: vector,
          excerpt: vector,
          url,
          instanceUrl: url,
          instance: url,
          externalUrl: url,
          joinMode: 'external',
          onlineUrl: url,
          category: { id: vector, label: vector },
          organizer: { name: vector, handle: vector, url, avatarUrl: url, isGroup: true },
          picture: { url, alt: vector, width: 1, height: 1, blurhash: vector },
        };
        const el = await render(html`<kiosque-event .event=${event}></kiosque-event>`);
        await described(el);
        await expectHarmless(el);
        el.remove();
      }
    });
  });
});
