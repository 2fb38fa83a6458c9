import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { createClient, type KiosqueEvent } from '@kiosque/client';
import '../kiosque-calendar.js';
import '../kiosque-source.js';
import type { KiosqueCalendar } from './calendar.js';
import { instanceUrl, loaded, settled, shadow, until } from '../test/helpers.js';

/** Seed event uuids of the dev instance (SEED.events in packages/dev-instance/src/seed.ts). */
const MULTI_DAY = 'f99b4b0d-f121-47be-945d-05c3efad54bb';

async function render(template: ReturnType<typeof html>): Promise<KiosqueCalendar> {
  const element = await fixture<KiosqueCalendar>(template);
  await loaded(element);
  return element;
}

/** `YYYY-MM-DD` of a Date in the visitor's zone. */
function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function monthOf(date: Date): string {
  return localDay(date).slice(0, 7);
}

/** The month `n` months after the current one, `YYYY-MM`. */
function monthFromNow(n: number): string {
  const now = new Date();
  return monthOf(new Date(now.getFullYear(), now.getMonth() + n, 1));
}

function days(el: KiosqueCalendar): HTMLElement[] {
  return [...shadow(el).querySelectorAll<HTMLElement>('[role="gridcell"]')];
}

function cell(el: KiosqueCalendar, day: string): HTMLElement {
  const found = shadow(el).querySelector<HTMLElement>(`[role="gridcell"][data-day="${day}"]`);
  if (!found) throw new Error(`No cell for ${day}`);
  return found;
}

function focusedDay(el: KiosqueCalendar): string | undefined {
  return (shadow(el).activeElement as HTMLElement | null)?.dataset['day'];
}

function heading(el: KiosqueCalendar): string {
  return shadow(el).querySelector('[part="heading"]')!.textContent!.trim();
}

/** First and last instant of the days a grid shows, in the visitor's zone. */
function shownRange(el: KiosqueCalendar): { from: string; to: string } {
  const all = days(el);
  const [y1, m1, d1] = all[0]!.dataset['day']!.split('-').map(Number);
  const [y2, m2, d2] = all.at(-1)!.dataset['day']!.split('-').map(Number);
  return {
    from: new Date(y1!, m1! - 1, d1!).toISOString(),
    to: new Date(new Date(y2!, m2! - 1, d2! + 1).getTime() - 1).toISOString(),
  };
}

interface SeenRequest {
  origin: string;
  operation: string;
  variables: Record<string, unknown>;
}

/** Records the GraphQL requests sent while `action` runs. */
async function requestsDuring(action: () => Promise<void>): Promise<SeenRequest[]> {
  const seen: SeenRequest[] = [];
  const original = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    let variables: Record<string, unknown> = {};
    let operation = url.searchParams.get('operationName') ?? '';
    if (url.searchParams.has('variables')) {
      variables = JSON.parse(url.searchParams.get('variables')!) as Record<string, unknown>;
    } else if (typeof init?.body === 'string') {
      const body = JSON.parse(init.body) as {
        variables?: Record<string, unknown>;
        operationName?: string;
      };
      variables = body.variables ?? {};
      operation ||= body.operationName ?? '';
    }
    seen.push({ origin: url.origin, operation, variables });
    return original(input, init);
  };
  try {
    await action();
  } finally {
    window.fetch = original;
  }
  return seen.filter(
    (r) => r.operation !== 'KiosqueConfig' && r.operation !== 'KiosqueConfigExtras',
  );
}

/** An event in the visitor's zone, for data given through the `events` property. */
function made(title: string, start: Date, end: Date | null, extra: Partial<KiosqueEvent> = {}) {
  const uuid = `00000000-0000-4000-8000-${String(Math.abs(hash(title)))
    .padStart(12, '0')
    .slice(0, 12)}`;
  return {
    uuid,
    title,
    url: `https://calendar.example/events/${uuid}`,
    instanceUrl: `https://calendar.example/events/${uuid}`,
    beginsOn: start.toISOString(),
    endsOn: end?.toISOString() ?? null,
    timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    showStartTime: true,
    showEndTime: true,
    status: 'CONFIRMED',
    capacity: { maximum: null, remaining: null, participants: null },
    address: null,
    isOnline: false,
    onlineUrl: null,
    ...extra,
  } as unknown as KiosqueEvent;
}

function hash(text: string): number {
  let h = 0;
  for (const c of text) h = (h * 31 + c.charCodeAt(0)) | 0;
  return h;
}

/** A few events in May 2026, in the visitor's zone. */
function mayEvents(): KiosqueEvent[] {
  return [
    made('Picnic', new Date(2026, 4, 2, 12), new Date(2026, 4, 2, 15)),
    made('Festival', new Date(2026, 4, 9, 10), new Date(2026, 4, 12, 18)),
    made('Concert', new Date(2026, 4, 14, 20), new Date(2026, 4, 14, 22), {
      status: 'CANCELLED',
    } as Partial<KiosqueEvent>),
    made('Workshop', new Date(2026, 4, 14, 9), new Date(2026, 4, 14, 12), {
      capacity: { maximum: 10, remaining: 0, participants: 10 },
    } as unknown as Partial<KiosqueEvent>),
  ];
}

describe('<kiosque-calendar>', () => {
  describe('renders', () => {
    it('shows the current month, its weeks starting on Sunday in English', async () => {
      const el = await render(
        html`<kiosque-calendar instance=${instanceUrl()}></kiosque-calendar>`,
      );
      const now = new Date();
      expect(heading(el)).to.equal(
        new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric' }).format(now),
      );
      expect(el.month).to.equal('');
      const first = days(el)[0]!.dataset['day']!;
      const firstOfMonth = `${monthOf(now)}-01`;
      const [y, m, d] = first.split('-').map(Number);
      expect(new Date(y!, m! - 1, d!).getDay()).to.equal(0);
      expect(first <= firstOfMonth).to.be.true;
      expect(
        (new Date(now.getFullYear(), now.getMonth(), 1).getTime() -
          new Date(y!, m! - 1, d!).getTime()) /
          86_400_000,
      ).to.be.below(7);
      const headers = [...shadow(el).querySelectorAll('[role="columnheader"]')];
      expect(headers).to.have.length(7);
      expect(headers[0]!.querySelector('.visually-hidden')!.textContent).to.equal('Sunday');
      expect(days(el).length % 7).to.equal(0);
      expect(cell(el, localDay(now)).getAttribute('aria-current')).to.equal('date');
    });

    it('starts weeks on Monday in French, and on the day week-start says', async () => {
      const fr = await render(
        html`<kiosque-calendar lang="fr" .events=${[]} month="2026-05"></kiosque-calendar>`,
      );
      expect(days(fr)[0]!.dataset['day']).to.equal('2026-04-27');
      expect(
        shadow(fr).querySelector('[role="columnheader"] .visually-hidden')!.textContent,
      ).to.equal('lundi');
      const saturday = await render(
        html`<kiosque-calendar week-start="6" .events=${[]} month="2026-05"></kiosque-calendar>`,
      );
      expect(days(saturday)[0]!.dataset['day']).to.equal('2026-04-25');
    });

    it('puts each event on its day, linking to its page on the instance', async () => {
      const month = monthFromNow(1);
      const el = await render(
        html`<kiosque-calendar instance=${instanceUrl()} month=${month}></kiosque-calendar>`,
      );
      const range = shownRange(el);
      const page = await createClient({ instance: instanceUrl() }).events({
        from: range.from,
        to: range.to,
        limit: 99,
      });
      const single = page.events.filter(
        (e) =>
          !e.endsOn ||
          localDay(new Date(e.beginsOn)) === localDay(new Date(Date.parse(e.endsOn) - 1)),
      );
      expect(single.length).to.be.greaterThan(3);
      for (const event of single) {
        const day = cell(el, localDay(new Date(event.beginsOn)));
        const link = day.querySelector<HTMLAnchorElement>(`a[href$="/events/${event.uuid}"]`);
        const more = day.querySelector('[part="more"]');
        expect(link || more, `${event.title} on ${day.dataset['day']}`).to.exist;
        if (link) expect(link.href).to.equal(`${instanceUrl()}/events/${event.uuid}`);
      }
    });

    it('draws a multi-day event of the instance as one bar over its days', async () => {
      const event = await createClient({ instance: instanceUrl() }).event(MULTI_DAY);
      const start = new Date(event.beginsOn);
      const end = new Date(Date.parse(event.endsOn!) - 1);
      // The week starts on the event's first day, so its first bar spans several columns
      // whatever the weekday the dev instance's clock puts it on.
      const el = await render(
        html`<kiosque-calendar
          instance=${instanceUrl()}
          month=${monthOf(start)}
          week-start=${start.getDay()}
        ></kiosque-calendar>`,
      );
      const bars = [
        ...shadow(el).querySelectorAll<HTMLAnchorElement>(`[part~="span"][href$="${MULTI_DAY}"]`),
      ];
      expect(bars.length).to.be.greaterThan(0);
      const covered = bars.reduce(
        (sum, bar) => sum + Number(bar.style.getPropertyValue('--span')),
        0,
      );
      const expectedDays =
        Math.round(
          (new Date(end.getFullYear(), end.getMonth(), end.getDate()).getTime() -
            new Date(start.getFullYear(), start.getMonth(), start.getDate()).getTime()) /
            86_400_000,
        ) + 1;
      expect(covered).to.equal(expectedDays);
      expect(bars[0]!.closest('[role="gridcell"]')!.getAttribute('data-day')).to.equal(
        localDay(start),
      );
      expect(bars[0]!.getBoundingClientRect().width).to.be.greaterThan(
        bars[0]!.closest('[role="gridcell"]')!.getBoundingClientRect().width,
      );
    });

    it('continues a multi-day bar on the next week row', async () => {
      const el = await render(
        html`<kiosque-calendar
          .events=${mayEvents()}
          month="2026-05"
          week-start="1"
        ></kiosque-calendar>`,
      );
      const bars = [...shadow(el).querySelectorAll<HTMLElement>('[part~="span"]')];
      expect(
        bars.map((b) => b.closest('[role="gridcell"]')!.getAttribute('data-day')),
      ).to.deep.equal(['2026-05-09', '2026-05-11']);
      expect(bars.map((b) => b.style.getPropertyValue('--span'))).to.deep.equal(['2', '2']);
      expect(bars[0]!.classList.contains('goes-on')).to.be.true;
      expect(bars[1]!.classList.contains('from-before')).to.be.true;
      expect(bars[1]!.textContent).to.contain('(continued)');
      expect(cell(el, '2026-05-10').textContent).to.contain('Festival');
    });

    it('fires kiosque-load with the number of events shown', async () => {
      const el = document.createElement('kiosque-calendar');
      el.events = mayEvents();
      el.month = '2026-05';
      const event = settled(el);
      document.body.append(el);
      try {
        const fired = (await event) as CustomEvent;
        expect(fired.type).to.equal('kiosque-load');
        expect(fired.detail).to.deep.equal({ count: 4, stale: false });
      } finally {
        el.remove();
      }
    });

    it('writes the month’s events as JSON-LD into the page, unless without-json-ld', async () => {
      const el = await render(
        html`<kiosque-calendar .events=${mayEvents()} month="2026-05"></kiosque-calendar>`,
      );
      await until(() => !!el.querySelector('script[type="application/ld+json"]'), 'the JSON-LD');
      const script = el.querySelector('script[type="application/ld+json"]');
      const data = JSON.parse(script!.textContent!) as { name: string; '@type': string }[];
      expect(data.map((d) => d.name)).to.have.members([
        'Picnic',
        'Festival',
        'Concert',
        'Workshop',
      ]);
      el.withoutJsonLd = true;
      await el.updateComplete;
      expect(el.querySelector('script[type="application/ld+json"]')).to.equal(null);
    });
  });

  describe('heading-level', () => {
    /** The tag names of the month heading, the day list's heading and the agenda's day headings. */
    async function levels(el: KiosqueCalendar) {
      cell(el, '2026-05-14').click();
      await el.updateComplete;
      const names = (part: string) => [
        ...new Set([...shadow(el).querySelectorAll(`[part="${part}"]`)].map((n) => n.localName)),
      ];
      return {
        month: names('heading'),
        panel: names('panel-heading'),
        agenda: names('agenda-heading'),
      };
    }

    const may = (level?: string) =>
      render(
        html`<kiosque-calendar
          heading-level=${level ?? nothing}
          .events=${mayEvents()}
          month="2026-05"
        ></kiosque-calendar>`,
      );

    it('draws an h3 month heading and h4 day headings by default', async () => {
      expect(await levels(await may())).to.deep.equal({
        month: ['h3'],
        panel: ['h4'],
        agenda: ['h4'],
      });
    });

    it('puts the month heading at heading-level and the day headings one level below', async () => {
      const el = await may('4');
      expect(await levels(el)).to.deep.equal({ month: ['h4'], panel: ['h5'], agenda: ['h5'] });
      const month = shadow(el).querySelector('[part="heading"]')!;
      expect(month.id).to.equal('heading');
      expect(month.getAttribute('aria-live')).to.equal('polite');
      const panel = shadow(el).querySelector<HTMLElement>('[part="panel-heading"]')!;
      expect(panel.tabIndex).to.equal(-1);
      expect(shadow(el).activeElement).to.equal(panel);
      el.headingLevel = 2;
      await el.updateComplete;
      expect(await levels(el)).to.deep.equal({ month: ['h2'], panel: ['h3'], agenda: ['h3'] });
    });

    it('stops at h6, and falls back to the default for a value that is no number', async () => {
      expect(await levels(await may('6'))).to.deep.equal({
        month: ['h6'],
        panel: ['h6'],
        agenda: ['h6'],
      });
      expect(await levels(await may('12'))).to.deep.equal({
        month: ['h6'],
        panel: ['h6'],
        agenda: ['h6'],
      });
      expect(await levels(await may('second'))).to.deep.equal({
        month: ['h3'],
        panel: ['h4'],
        agenda: ['h4'],
      });
    });
  });

  describe('navigation', () => {
    it('goes to the previous and next month and back to today with the buttons', async () => {
      const el = await render(
        html`<kiosque-calendar instance=${instanceUrl()} month="2026-05"></kiosque-calendar>`,
      );
      const changes: string[] = [];
      el.addEventListener('kiosque-month-change', (e) => changes.push(e.detail.month));
      shadow(el).querySelector<HTMLButtonElement>('[part="next"]')!.click();
      await loaded(el);
      expect(el.month).to.equal('2026-06');
      expect(el.getAttribute('month')).to.equal('2026-06');
      expect(heading(el)).to.equal('June 2026');
      shadow(el).querySelector<HTMLButtonElement>('[part="prev"]')!.click();
      shadow(el).querySelector<HTMLButtonElement>('[part="prev"]')!.click();
      await loaded(el);
      expect(heading(el)).to.equal('April 2026');
      shadow(el).querySelector<HTMLButtonElement>('[part="today"]')!.click();
      await loaded(el);
      expect(el.month).to.equal(monthFromNow(0));
      expect(changes).to.deep.equal(['2026-06', '2026-05', '2026-04', monthFromNow(0)]);
      expect(shadow(el).querySelector('[part="heading"]')!.getAttribute('aria-live')).to.equal(
        'polite',
      );
    });

    it('does not fire kiosque-month-change when the page sets the month', async () => {
      const el = await render(
        html`<kiosque-calendar .events=${[]} month="2026-05"></kiosque-calendar>`,
      );
      let fired = 0;
      el.addEventListener('kiosque-month-change', () => fired++);
      el.month = '2026-07';
      await el.updateComplete;
      expect(heading(el)).to.equal('July 2026');
      expect(fired).to.equal(0);
    });
  });

  describe('fetching', () => {
    it('asks the instance for exactly the days the grid shows', async () => {
      const month = monthFromNow(2);
      let el!: KiosqueCalendar;
      const requests = await requestsDuring(async () => {
        el = await render(
          html`<kiosque-calendar
            instance=${instanceUrl()}
            month=${month}
            search=" "
            category="MEETING"
          ></kiosque-calendar>`,
        );
      });
      const range = shownRange(el);
      const search = requests.filter((r) => 'beginsOn' in r.variables);
      expect(search).to.have.length.greaterThan(0);
      for (const request of search) {
        expect(request.variables['beginsOn']).to.equal(range.from);
        expect(request.variables['endsOn']).to.equal(range.to);
        expect(request.variables['limit']).to.equal(99);
      }
    });

    it('asks groups for the shown days too, and loads the next month with PageDown', async () => {
      const month = monthFromNow(3);
      let el!: KiosqueCalendar;
      const first = await requestsDuring(async () => {
        el = await render(
          html`<kiosque-calendar
            instance=${instanceUrl()}
            group="climate-action"
            month=${month}
          ></kiosque-calendar>`,
        );
      });
      const range = shownRange(el);
      const group = first.find((r) => r.operation.startsWith('KiosqueGroupEvents'));
      expect(group?.variables['after']).to.equal(range.from);
      expect(group?.variables['before']).to.equal(range.to);

      const second = await requestsDuring(async () => {
        days(el)
          .find((d) => d.tabIndex === 0)!
          .focus();
        await sendKeys({ press: 'PageDown' });
        await until(() => el.month === monthFromNow(4), 'the next month');
        await loaded(el);
      });
      const next = shownRange(el);
      const nextGroup = second.find((r) => r.operation.startsWith('KiosqueGroupEvents'));
      expect(nextGroup?.variables['after']).to.equal(next.from);
      expect(nextGroup?.variables['before']).to.equal(next.to);
    });

    it('applies the shared filters', async () => {
      const month = monthFromNow(1);
      const all = await render(
        html`<kiosque-calendar instance=${instanceUrl()} month=${month}></kiosque-calendar>`,
      );
      let tagged!: KiosqueCalendar;
      const requests = await requestsDuring(async () => {
        tagged = await render(
          html`<kiosque-calendar
            instance=${instanceUrl()}
            month=${month}
            type="online"
          ></kiosque-calendar>`,
        );
      });
      expect(requests.some((r) => r.variables['type'] === 'ONLINE')).to.be.true;
      const count = (el: KiosqueCalendar) =>
        new Set([...shadow(el).querySelectorAll<HTMLAnchorElement>('.grid a')].map((a) => a.href))
          .size;
      expect(count(tagged)).to.be.greaterThan(0);
      expect(count(tagged)).to.be.lessThan(count(all));
    });

    it('merges <kiosque-source> children on several instances', async () => {
      const month = monthFromNow(1);
      let el!: KiosqueCalendar;
      const requests = await requestsDuring(async () => {
        el = await render(
          html`<kiosque-calendar month=${month}>
            <kiosque-source instance=${instanceUrl()} group="climate-action"></kiosque-source>
            <kiosque-source instance=${instanceUrl('second')}></kiosque-source>
          </kiosque-calendar>`,
        );
      });
      const origins = new Set(requests.map((r) => r.origin));
      expect(origins.has(new URL(instanceUrl()).origin)).to.be.true;
      expect(origins.has(new URL(instanceUrl('second')).origin)).to.be.true;
      const hrefs = [...shadow(el).querySelectorAll<HTMLAnchorElement>('.grid a')].map(
        (a) => a.href,
      );
      expect(hrefs.some((h) => h.startsWith(instanceUrl()))).to.be.true;
      expect(hrefs.some((h) => h.startsWith(instanceUrl('second')))).to.be.true;
    });
  });

  describe('states', () => {
    it('announces loading politely and draws the grid while waiting', async () => {
      const original = window.fetch;
      window.fetch = () => new Promise<Response>(() => undefined);
      try {
        const el = await fixture<KiosqueCalendar>(
          html`<kiosque-calendar
            instance="https://waiting.example"
            month="2026-05"
          ></kiosque-calendar>`,
        );
        await el.updateComplete;
        const status = shadow(el).querySelector('[role="status"]');
        expect(status?.getAttribute('aria-live')).to.equal('polite');
        expect(status?.textContent).to.contain('Loading events');
        expect(shadow(el).querySelector('[role="grid"]')?.getAttribute('aria-busy')).to.equal(
          'true',
        );
        expect(days(el).length).to.equal(42);
        await expect(el).shadowDom.to.be.accessible();
      } finally {
        window.fetch = original;
      }
    });

    it('says quietly that a month has no events, still showing the grid', async () => {
      const el = await render(
        html`<kiosque-calendar .events=${[]} month="2026-05"></kiosque-calendar>`,
      );
      expect(shadow(el).querySelector('[part="status"]')?.textContent).to.contain(
        'No events in May 2026.',
      );
      expect(days(el)).to.have.length(42);
      await expect(el).shadowDom.to.be.accessible();
    });

    it('shows a localized error with "Try again" and fires kiosque-error when the instance fails', async () => {
      const el = await fixture<KiosqueCalendar>(
        html`<kiosque-calendar instance=${instanceUrl('down')}></kiosque-calendar>`,
      );
      const event = await settled(el);
      expect(event.type).to.equal('kiosque-error');
      await loaded(el);
      const alert = shadow(el).querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('answered with an error');
      expect(days(el).length).to.be.greaterThan(27);
      const retry = alert.querySelector<HTMLButtonElement>('[part="retry"]')!;
      retry.focus();
      const again = settled(el);
      await sendKeys({ press: 'Enter' });
      expect((await again).type).to.equal('kiosque-error');
      await expect(el).shadowDom.to.be.accessible();
    });

    it('says why when no instance is set, or the month is not YYYY-MM', async () => {
      const none = await fixture<KiosqueCalendar>(html`<kiosque-calendar></kiosque-calendar>`);
      expect(shadow(none).querySelector('[role="alert"]')?.textContent).to.contain(
        'no instance address',
      );
      const bad = await fixture<KiosqueCalendar>(
        html`<kiosque-calendar .events=${[]} month="May"></kiosque-calendar>`,
      );
      expect(shadow(bad).querySelector('[role="alert"]')?.textContent).to.contain(
        '“May” is not a month',
      );
    });

    it('shows the last good month with a note when the instance cannot be reached', async () => {
      const month = monthFromNow(5);
      const first = await render(
        html`<kiosque-calendar
          instance=${instanceUrl()}
          month=${month}
          tags="climat"
        ></kiosque-calendar>`,
      );
      const expected = [...shadow(first).querySelectorAll('.grid a')].map((a) => a.textContent);
      const original = window.fetch;
      const realNow = Date.now;
      window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
      Date.now = () => realNow() + 25 * 60 * 60 * 1000;
      try {
        const again = await render(
          html`<kiosque-calendar
            instance=${instanceUrl()}
            month=${month}
            tags="climat"
          ></kiosque-calendar>`,
        );
        await until(() => !!shadow(again).querySelector('[part="stale"]'), 'the stale note');
        expect(
          [...shadow(again).querySelectorAll('.grid a')].map((a) => a.textContent),
        ).to.deep.equal(expected);
        expect(shadow(again).querySelector('[part="stale"]')?.textContent).to.contain(
          'may be out of date',
        );
        await expect(again).shadowDom.to.be.accessible();
      } finally {
        window.fetch = original;
        Date.now = realNow;
      }
    });
  });

  describe('keyboard', () => {
    async function may(lang = 'en'): Promise<KiosqueCalendar> {
      const el = await render(
        html`<kiosque-calendar
          lang=${lang}
          .events=${mayEvents()}
          month="2026-05"
          week-start="1"
        ></kiosque-calendar>`,
      );
      cell(el, '2026-05-01').focus();
      return el;
    }

    it('has one tab stop in the grid, on the first of the month when today is elsewhere', async () => {
      const el = await may();
      const stops = days(el).filter((d) => d.tabIndex === 0);
      expect(stops.map((d) => d.dataset['day'])).to.deep.equal(['2026-05-01']);
      for (const link of shadow(el).querySelectorAll<HTMLElement>('.grid a')) {
        expect(link.tabIndex).to.equal(-1);
      }
    });

    it('moves by day with the arrows and by week with up and down, carrying the tab stop', async () => {
      const el = await may();
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedDay(el)).to.equal('2026-05-02');
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedDay(el)).to.equal('2026-05-09');
      await sendKeys({ press: 'ArrowLeft' });
      expect(focusedDay(el)).to.equal('2026-05-08');
      await sendKeys({ press: 'ArrowUp' });
      expect(focusedDay(el)).to.equal('2026-05-01');
      expect(
        days(el)
          .filter((d) => d.tabIndex === 0)
          .map((d) => d.dataset['day']),
      ).to.deep.equal(['2026-05-01']);
    });

    it('goes to the start and end of the week with Home and End', async () => {
      const el = await may();
      await sendKeys({ press: 'Home' });
      expect(focusedDay(el)).to.equal('2026-04-27');
      await sendKeys({ press: 'End' });
      expect(focusedDay(el)).to.equal('2026-05-03');
    });

    it('changes month with PageUp and PageDown, and when the arrows leave the grid', async () => {
      const el = await may();
      const changes: string[] = [];
      el.addEventListener('kiosque-month-change', (e) => changes.push(e.detail.month));
      await sendKeys({ press: 'PageDown' });
      expect(el.month).to.equal('2026-06');
      expect(focusedDay(el)).to.equal('2026-06-01');
      await sendKeys({ press: 'PageUp' });
      await sendKeys({ press: 'PageUp' });
      expect(el.month).to.equal('2026-04');
      expect(focusedDay(el)).to.equal('2026-04-01');
      await sendKeys({ press: 'Home' });
      expect(focusedDay(el)).to.equal('2026-03-30');
      await sendKeys({ press: 'ArrowLeft' });
      expect(el.month).to.equal('2026-03');
      expect(focusedDay(el)).to.equal('2026-03-29');
      expect(changes).to.deep.equal(['2026-06', '2026-05', '2026-04', '2026-03']);
    });

    it('lists the day’s events below the grid with Enter, and Escape returns to the day', async () => {
      const el = await may();
      for (let i = 0; i < 13; i++) await sendKeys({ press: 'ArrowRight' });
      expect(focusedDay(el)).to.equal('2026-05-14');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const panel = shadow(el).querySelector('[part="panel"]')!;
      expect(shadow(el).activeElement).to.equal(panel.querySelector('[part="panel-heading"]'));
      const links = [...panel.querySelectorAll<HTMLAnchorElement>('[part="link"]')];
      expect(links.map((a) => a.textContent)).to.deep.equal(['Workshop', 'Concert']);
      expect([...panel.querySelectorAll('[part="badge"]')].map((b) => b.textContent)).to.deep.equal(
        ['Full', 'Cancelled'],
      );
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(panel.querySelector('[part="close"]'));
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(links[0]);
      await expect(el).shadowDom.to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="panel"]')).to.equal(null);
      expect(focusedDay(el)).to.equal('2026-05-14');
    });

    it('opens a day with Space too, and lists a multi-day event on each of its days', async () => {
      const el = await may();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedDay(el)).to.equal('2026-05-15');
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowLeft' });
      expect(focusedDay(el)).to.equal('2026-05-12');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      const panel = shadow(el).querySelector('[part="panel"]')!;
      expect(panel.querySelector('[part="link"]')?.textContent).to.equal('Festival');
      expect(panel.textContent).to.contain('(continued)');
    });

    it('mirrors the left and right arrows in Arabic', async () => {
      const el = await may('ar');
      expect(shadow(el).querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
      await sendKeys({ press: 'ArrowLeft' });
      expect(focusedDay(el)).to.equal('2026-05-02');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedDay(el)).to.equal('2026-04-30');
    });
  });

  describe('narrow', () => {
    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
    });

    it('becomes an agenda of the month’s days with events at 360 px', async () => {
      await setViewport({ width: 360, height: 800 });
      const el = await render(
        html`<kiosque-calendar .events=${mayEvents()} month="2026-05"></kiosque-calendar>`,
      );
      const grid = shadow(el).querySelector<HTMLElement>('[role="grid"]')!;
      const agenda = shadow(el).querySelector<HTMLElement>('[part="agenda"]')!;
      expect(getComputedStyle(grid).display).to.equal('none');
      expect(getComputedStyle(agenda).display).to.not.equal('none');
      const headings = [...agenda.querySelectorAll('[part="agenda-heading"]')].map((h) =>
        h.textContent!.trim(),
      );
      expect(headings).to.have.length(6);
      expect(headings[0]).to.contain('2');
      expect(agenda.querySelectorAll('[part="link"]')).to.have.length(7);
      expect(agenda.getBoundingClientRect().width).to.be.at.most(360);
      shadow(el).querySelector<HTMLButtonElement>('[part="next"]')!.click();
      await el.updateComplete;
      expect(heading(el)).to.equal('June 2026');
      await expect(el).shadowDom.to.be.accessible();
    });
  });

  describe('languages', () => {
    it('speaks French with lang="fr"', async () => {
      const el = await render(
        html`<kiosque-calendar lang="fr" .events=${[]} month="2026-05"></kiosque-calendar>`,
      );
      expect(heading(el)).to.equal('mai 2026');
      expect(shadow(el).querySelector('[part="prev"]')!.getAttribute('aria-label')).to.equal(
        'Mois précédent',
      );
      expect(shadow(el).querySelector('[part="status"]')!.textContent).to.contain(
        'Aucun événement en mai 2026',
      );
    });

    it('lays out right to left in Arabic, with Arabic names and a Saturday week start', async () => {
      const el = await render(
        html`<kiosque-calendar
          lang="ar"
          .events=${mayEvents()}
          month="2026-05"
        ></kiosque-calendar>`,
      );
      expect(shadow(el).querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
      expect(shadow(el).querySelector('[part="today"]')!.textContent).to.equal('اليوم');
      expect(days(el)[0]!.dataset['day']).to.equal('2026-04-25');
      const first = days(el)[0]!.getBoundingClientRect();
      const second = days(el)[1]!.getBoundingClientRect();
      expect(first.left).to.be.greaterThan(second.left);
      await expect(el).shadowDom.to.be.accessible();
    });
  });

  describe('is accessible', () => {
    it('passes axe with the events of the instance', async () => {
      const el = await render(
        html`<kiosque-calendar instance=${instanceUrl()}></kiosque-calendar>`,
      );
      await expect(el).shadowDom.to.be.accessible();
    });

    it('passes axe in the dark theme', async () => {
      const el = await render(
        html`<kiosque-calendar
          theme="dark"
          .events=${mayEvents()}
          month="2026-05"
        ></kiosque-calendar>`,
      );
      await expect(el).shadowDom.to.be.accessible();
    });
  });
});
