import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../kiosque-views.js';
import '../kiosque-events.js';
import '../kiosque-calendar.js';
import '../kiosque-map.js';
import type { KiosqueViews } from './views.js';
import type { KiosqueEvents } from '../events/events.js';
import { recordedEvents } from '../test/fixtures.js';
import { shadow, until } from '../test/helpers.js';

const start = location.href;

async function render(attributes = 'without-url', lang = 'en'): Promise<KiosqueViews> {
  const events = recordedEvents();
  const el = await fixture<KiosqueViews>(
    html`<kiosque-views ?without-url=${attributes === 'without-url'} lang=${lang}>
      <kiosque-events id="list" without-images .events=${events}></kiosque-events>
      <kiosque-calendar .events=${events}></kiosque-calendar>
      <kiosque-map for="list" .events=${events}></kiosque-map>
    </kiosque-views>`,
  );
  await el.updateComplete;
  return el;
}

function tabs(el: KiosqueViews): HTMLElement[] {
  return [...shadow(el).querySelectorAll<HTMLElement>('[role="tab"]')];
}

function shown(el: KiosqueViews): string[] {
  return [...el.children].filter((c) => !(c as HTMLElement).hidden).map((c) => c.localName);
}

describe('<kiosque-views>', () => {
  afterEach(() => {
    history.replaceState(null, '', start);
  });

  it('renders a tab per view and shows only the first view', async () => {
    const el = await render();
    expect(tabs(el).map((t) => t.textContent!.trim())).to.deep.equal(['List', 'Calendar', 'Map']);
    expect(tabs(el).map((t) => t.getAttribute('aria-selected'))).to.deep.equal([
      'true',
      'false',
      'false',
    ]);
    expect(shown(el)).to.deep.equal(['kiosque-events']);
    expect(shadow(el).querySelector('[role="tabpanel"]')!.getAttribute('aria-labelledby')).to.equal(
      'tab-list',
    );
  });

  it('is accessible', async () => {
    const el = await render();
    await expect(el).shadowDom.to.be.accessible();
  });

  it('switches with the arrow keys, Home and End, one tab stop for the tab list', async () => {
    const el = await render();
    const changes: string[] = [];
    el.addEventListener('kiosque-view-change', (e) => changes.push(e.view));
    tabs(el)[0]!.focus();
    expect(tabs(el).map((t) => t.tabIndex)).to.deep.equal([0, -1, -1]);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.view).to.equal('calendar');
    expect(shadow(el).activeElement).to.equal(tabs(el)[1]);
    expect(shown(el)).to.deep.equal(['kiosque-calendar']);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(['kiosque-map']);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.view).to.equal('list');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.view).to.equal('map');
    await until(() => changes.length === 4, 'the change events');
    expect(changes).to.deep.equal(['calendar', 'map', 'list', 'map']);
  });

  it('swaps the arrow keys in right-to-left languages', async () => {
    const el = await render('without-url', 'ar');
    await until(() => tabs(el)[0]!.textContent!.trim() === 'قائمة', 'Arabic');
    tabs(el)[0]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.view).to.equal('calendar');
  });

  it('keeps the chosen view in the page address, and Back returns to the previous one', async () => {
    const el = await render('with-url');
    tabs(el)[2]!.click();
    await el.updateComplete;
    expect(new URLSearchParams(location.search).get('kiosque-view')).to.equal('map');
    history.back();
    await until(() => el.view === '' || el.view === 'list', 'Back to the list');
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(['kiosque-events']);
  });

  it('starts on the view named in the page address', async () => {
    const url = new URL(start);
    url.searchParams.set('kiosque-view', 'calendar');
    history.replaceState(null, '', url);
    const el = await render('with-url');
    expect(shown(el)).to.deep.equal(['kiosque-calendar']);
  });

  it('shows the map when the list’s "Show on map" is pressed', async () => {
    const el = await render();
    const list = el.querySelector<KiosqueEvents>('kiosque-events')!;
    await until(() => !!shadow(list).querySelector('[part="show-on-map"]'), 'Show on map');
    shadow(list).querySelector<HTMLButtonElement>('[part="show-on-map"]')!.click();
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(['kiosque-map']);
  });
});
