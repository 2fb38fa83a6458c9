import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../kiosque-filters.js';
import '../kiosque-events.js';
import '../kiosque-calendar.js';
import type { KiosqueEvents } from '../events/events.js';
import type { KiosqueCalendar } from '../calendar/calendar.js';
import type { KiosqueFilters } from './filters.js';
import { filtersFromUrl, urlWithFilters, EMPTY_FILTERS } from './filters.js';
import { rangeFor } from './ranges.js';
import { instanceUrl, loaded, shadow, until } from '../test/helpers.js';

const start = location.href;

function part<T extends Element = HTMLElement>(el: KiosqueFilters, selector: string): T {
  const found = shadow(el).querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector}`);
  return found;
}

async function typeSearch(el: KiosqueFilters, text: string): Promise<void> {
  const input = part<HTMLInputElement>(el, '#search');
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

function param(name: string): string | null {
  return new URLSearchParams(location.search).get(`kiosque-${name}`);
}

async function renderWrapped(): Promise<{ el: KiosqueFilters; list: KiosqueEvents }> {
  const el = await fixture<KiosqueFilters>(
    html`<kiosque-filters>
      <kiosque-events instance=${instanceUrl()} limit="20"></kiosque-events>
    </kiosque-filters>`,
  );
  const list = el.querySelector('kiosque-events')!;
  await loaded(list);
  await el.updateComplete;
  return { el, list };
}

describe('<kiosque-filters>', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
    history.replaceState(null, '', start);
  });

  it('renders a search landmark with search, format, dates, near me and the result count', async () => {
    const { el } = await renderWrapped();
    const form = part(el, 'form');
    expect(form.getAttribute('role')).to.equal('search');
    expect(form.getAttribute('aria-label')).to.equal('Filter events');
    expect(part(el, 'label[for="search"]').textContent!.trim()).to.equal('Search');
    expect(
      [...shadow(el).querySelectorAll('[part="date"]')].map((n) => n.textContent!.trim()),
    ).to.deep.equal(['Any time', 'Today', 'This weekend', 'This month', 'Choose dates']);
    await until(() => part(el, '[part="count"]').textContent!.trim() !== '', 'the count');
    expect(part(el, '[part="count"]').textContent!.trim()).to.match(/^20\+? events$/);
  });

  it('is accessible', async () => {
    const { el } = await renderWrapped();
    await until(() => !!shadow(el).querySelector('[part="tag"]'), 'the topics');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('offers the instance’s categories and drives the views with the chosen one', async () => {
    const { el, list } = await renderWrapped();
    await until(() => !!shadow(el).querySelector('#category'), 'the categories');
    const select = part<HTMLSelectElement>(el, '#category');
    expect(select.options[0]!.textContent!.trim()).to.equal('All categories');
    expect(select.options.length).to.be.above(2);
    select.value = select.options[1]!.value;
    select.dispatchEvent(new Event('change'));
    expect(list.getAttribute('category')).to.equal(select.options[1]!.value);
    expect(param('category')).to.equal(select.options[1]!.value);
  });

  it('searches after a pause in typing and announces the number of results', async () => {
    const { el, list } = await renderWrapped();
    const input = part<HTMLInputElement>(el, '#search');
    input.value = 'Tête d';
    input.dispatchEvent(new Event('input'));
    expect(list.getAttribute('search')).to.equal(null);
    await until(() => list.getAttribute('search') === 'Tête d', 'the search to apply');
    expect(param('search')).to.equal('Tête d');
    await until(
      () => part(el, '[role="status"]').textContent!.trim() === '1 event',
      'the announcement',
    );
    expect(list.shownEvents.map((e) => e.title)).to.deep.equal([
      'Pique-nique zéro déchet au parc de la Tête d’Or',
    ]);
  });

  it('offers the tags of the events in view as toggle chips', async () => {
    const { el, list } = await renderWrapped();
    await until(() => !!shadow(el).querySelector('[part="tag"]'), 'the topics');
    const inView = new Set(list.shownEvents.flatMap((e) => e.tags));
    const chips = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="tag"]')];
    for (const chip of chips) expect(inView.has(chip.textContent!.trim())).to.equal(true);
    const tag = chips[0]!.textContent!.trim();
    chips[0]!.click();
    await el.updateComplete;
    expect(list.getAttribute('tags')).to.equal(tag);
    expect(param('tags')).to.equal(tag);
    expect(part(el, '[part="tag"][aria-pressed="true"]').textContent!.trim()).to.equal(tag);
    await until(() => list.shownEvents.every((e) => e.tags.includes(tag)), 'the tagged events');
  });

  it('turns date choices into from / to, and shows a calendar the month they start in', async () => {
    const el = await fixture<KiosqueFilters>(
      html`<kiosque-filters without-url>
        <kiosque-calendar instance=${instanceUrl()} month="2020-01"></kiosque-calendar>
      </kiosque-filters>`,
    );
    const calendar = el.querySelector<KiosqueCalendar>('kiosque-calendar')!;
    const month = shadow(el).querySelector<HTMLInputElement>('input[value="month"]')!;
    month.click();
    const expected = rangeFor('month', new Date(), 'en');
    expect(calendar.getAttribute('from')).to.equal(expected.from);
    expect(calendar.getAttribute('to')).to.equal(expected.to);
    expect(calendar.getAttribute('month')).to.equal(expected.from.slice(0, 7));
    expect(location.href).to.equal(start);
  });

  it('says so when a custom range ends before it starts, and applies only its start', async () => {
    const { el, list } = await renderWrapped();
    shadow(el).querySelector<HTMLInputElement>('input[value="custom"]')!.click();
    await el.updateComplete;
    const from = part<HTMLInputElement>(el, '#from');
    const to = part<HTMLInputElement>(el, '#to');
    from.value = '2030-05-10';
    from.dispatchEvent(new Event('change'));
    await el.updateComplete;
    to.value = '2030-05-01';
    to.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(part(el, '#range-error').getAttribute('role')).to.equal('alert');
    expect(to.getAttribute('aria-invalid')).to.equal('true');
    expect(list.getAttribute('from')).to.equal('2030-05-10');
    expect(list.hasAttribute('to')).to.equal(false);
  });

  it('drives the views named in for, and gives them back their own filters when cleared', async () => {
    // Not fixture(): it waits for an animation frame for a plain <div>, which a test page that
    // is not in front never gets.
    const wrapper = document.createElement('div');
    render(
      html`<kiosque-filters for="a b" without-url></kiosque-filters>
        <kiosque-events id="a" instance=${instanceUrl()} type="in-person"></kiosque-events>
        <kiosque-events id="b" instance=${instanceUrl()}></kiosque-events>`,
      wrapper,
    );
    document.body.append(wrapper);
    cleanups.push(() => wrapper.remove());
    const el = wrapper.querySelector<KiosqueFilters>('kiosque-filters')!;
    const [a, b] = [...wrapper.querySelectorAll<KiosqueEvents>('kiosque-events')];
    await el.updateComplete;
    await typeSearch(el, 'vélo');
    expect(a!.getAttribute('search')).to.equal('vélo');
    expect(b!.getAttribute('search')).to.equal('vélo');
    const type = part<HTMLSelectElement>(el, '#type');
    type.value = 'online';
    type.dispatchEvent(new Event('change'));
    expect(a!.getAttribute('type')).to.equal('online');
    await el.updateComplete;
    part<HTMLButtonElement>(el, '[part="reset"]').click();
    expect(a!.getAttribute('type')).to.equal('in-person');
    expect(a!.hasAttribute('search')).to.equal(false);
    expect(b!.hasAttribute('type')).to.equal(false);
  });

  it('starts from the page address, and Back returns to the previous choice', async () => {
    const url = new URL(start);
    url.searchParams.set('kiosque-search', 'vélo');
    url.searchParams.set('kiosque-type', 'in-person');
    history.replaceState(null, '', url);
    const { el, list } = await renderWrapped();
    expect(part<HTMLInputElement>(el, '#search').value).to.equal('vélo');
    expect(list.getAttribute('search')).to.equal('vélo');
    expect(list.getAttribute('type')).to.equal('in-person');

    const online = part<HTMLSelectElement>(el, '#type');
    online.value = 'online';
    online.dispatchEvent(new Event('change'));
    expect(param('type')).to.equal('online');
    expect(param('search')).to.equal('vélo');
    expect(new URLSearchParams(location.search).has('wtr-session-id')).to.equal(true);

    history.back();
    await until(() => list.getAttribute('type') === 'in-person', 'Back to restore the format');
    expect(part<HTMLSelectElement>(el, '#type').value).to.equal('in-person');
  });

  it('filters near the visitor, and says clearly when the position is refused', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation')!;
    const stub = (answer: { lat: number; lon: number } | { code: number }) =>
      Object.defineProperty(Navigator.prototype, 'geolocation', {
        configurable: true,
        get: () => ({
          getCurrentPosition: (ok: PositionCallback, fail: PositionErrorCallback) =>
            'code' in answer
              ? fail({ code: answer.code } as GeolocationPositionError)
              : ok({
                  coords: { latitude: answer.lat, longitude: answer.lon },
                } as GeolocationPosition),
        }),
      });
    try {
      const { el, list } = await renderWrapped();
      stub({ code: 1 });
      part<HTMLButtonElement>(el, '[part="near-me"]').click();
      await el.updateComplete;
      expect(part(el, '[part="message"]').getAttribute('role')).to.equal('alert');
      expect(part(el, '[part="message"]').textContent).to.contain('refused');
      expect(list.hasAttribute('near')).to.equal(false);

      stub({ lat: 45.7612, lon: 4.8357 });
      part<HTMLButtonElement>(el, '[part="near-me"]').click();
      await el.updateComplete;
      expect(list.getAttribute('near')).to.equal('45.76,4.84');
      expect(list.getAttribute('radius')).to.equal('50');
      expect(part(el, '[part="near-me"]').getAttribute('aria-pressed')).to.equal('true');
      expect(param('near')).to.equal('45.76,4.84');
    } finally {
      Object.defineProperty(Navigator.prototype, 'geolocation', descriptor);
    }
  });

  it('keeps the other parameters and the hash of the page address', () => {
    const url = urlWithFilters('https://site.example/agenda?page=2#top', {
      ...EMPTY_FILTERS,
      search: 'vélo',
      when: 'custom',
      from: '2030-01-02',
    });
    expect(url.href).to.equal(
      'https://site.example/agenda?page=2&kiosque-search=v%C3%A9lo&kiosque-when=custom&kiosque-from=2030-01-02#top',
    );
    expect(filtersFromUrl(url.search)).to.deep.include({
      search: 'vélo',
      when: 'custom',
      from: '2030-01-02',
    });
    expect(filtersFromUrl('?kiosque-when=someday&kiosque-type=boat').when).to.equal('');
  });

  it('speaks French with lang="fr"', async () => {
    const el = await fixture<KiosqueFilters>(
      html`<kiosque-filters lang="fr" without-url></kiosque-filters>`,
    );
    await until(
      () => part(el, 'label[for="search"]').textContent!.trim() === 'Rechercher',
      'French',
    );
    expect(part(el, 'form').getAttribute('aria-label')).to.equal('Filtrer les événements');
  });

  it('is usable with the keyboard: the dates are one radio group', async () => {
    const { el, list } = await renderWrapped();
    const { sendKeys } = await import('@web/test-runner-commands');
    shadow(el).querySelector<HTMLInputElement>('input[value=""]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(shadow(el).querySelector<HTMLInputElement>('input[value="today"]')!.checked).to.equal(
      true,
    );
    const today = rangeFor('today', new Date(), 'en');
    expect(list.getAttribute('from')).to.equal(today.from);
    expect(list.getAttribute('to')).to.equal(today.to);
  });
});
