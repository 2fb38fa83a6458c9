import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { clearParticipations } from '../shared/participations.js';
import { until } from '../test/helpers.js';
import {
  ANONYMOUS_EVENT,
  ANONYMOUS_SEARCH,
  ANONYMOUS_TITLE,
  click,
  deepActive,
  deepQuery,
  dialogClosed,
  dialogOpen,
  eventDialog,
  eventInUrl,
  freshEmail,
  localDay,
  mountDemo,
  press,
  tabTo,
  textOf,
  type,
  type Demo,
} from './walk.js';

const isTitleLink = (element: Element) =>
  element.localName === 'a' && textOf(element) === ANONYMOUS_TITLE;

function listLink(demo: Demo): HTMLAnchorElement | null {
  return demo.list.shadowRoot!.querySelector<HTMLAnchorElement>(
    `[data-uuid="${ANONYMOUS_EVENT}"] a[part~="link"]`,
  );
}

function tab(demo: Demo, name: string): HTMLElement {
  return demo.views.shadowRoot!.querySelector<HTMLElement>(`#tab-${name}`)!;
}

/** Filters by search: the list narrows to the event that allows participation without an account. */
async function searchForTheEvent(demo: Demo): Promise<void> {
  await until(
    () => demo.list.shownEvents.length === 1 && demo.list.shownEvents[0]?.uuid === ANONYMOUS_EVENT,
    'the list to show the searched event only',
  );
  expect(new URLSearchParams(location.search).get('kiosque-search')).to.equal(ANONYMOUS_SEARCH);
  const status = demo.filters.shadowRoot!.querySelector('[role="status"]');
  await until(() => textOf(status) === '1 event', 'the result count to be announced');
}

/** Participates without an account in the open dialog; the outcome shows and has the focus. */
async function participate(mode: 'mouse' | 'keyboard'): Promise<void> {
  const dialog = eventDialog()!;
  await until(() => !!deepQuery(dialog, '[part~="toggle"]'), 'Participate');
  const toggle = deepQuery(dialog, '[part~="toggle"]')!;
  if (mode === 'mouse') {
    await click(toggle);
    await until(() => !!deepQuery(dialog, 'input[type="email"]'), 'the participation form');
    await click(deepQuery(dialog, 'input[type="email"]'));
  } else {
    await tabTo((el) => el === toggle, 'the Participate button');
    await press('Enter');
    await until(() => deepActive()?.matches('input[type="email"]') ?? false, 'the email field');
  }
  await type(freshEmail());
  if (mode === 'mouse') {
    const form = deepQuery(dialog, 'form', (f) => !!f.querySelector('input[type="email"]'))!;
    await click(form.querySelector('button[type="submit"]'));
  } else {
    await press('Enter');
  }
  await until(() => !!deepQuery(dialog, '[part~="outcome"]'), 'the outcome of the participation');
  const outcome = deepQuery(dialog, '[part~="outcome"]')!;
  expect(outcome.dataset['outcome']).to.equal('NOT_CONFIRMED');
  expect(textOf(outcome)).to.contain('Check your inbox');
  await until(() => deepActive() === outcome, 'the focus on the outcome');
}

/** Shows the calendar at the event's month (its grid shows a few days of the next month too). */
async function showCalendarMonth(demo: Demo, agenda = false): Promise<string> {
  const day = localDay(demo.list.shownEvents[0]!.beginsOn);
  const grid = () => demo.calendar.shadowRoot!.querySelector('[part~="grid"]');
  await until(() => grid()?.getAttribute('aria-busy') === 'false', 'the calendar to load');
  const shown = agenda
    ? demo.calendar.month === day.slice(0, 7) ||
      (!demo.calendar.month && day.slice(0, 7) === localDay(new Date().toISOString()).slice(0, 7))
    : demo.calendar.shownEvents.some((e) => e.uuid === ANONYMOUS_EVENT);
  if (!shown) await click(demo.calendar.shadowRoot!.querySelector('[part="next"]'));
  await until(
    () => demo.calendar.shownEvents.some((e) => e.uuid === ANONYMOUS_EVENT),
    'the calendar to show the event',
  );
  return day;
}

describe('the visitor’s journey on the demo page', () => {
  const start = location.href;
  let demo: Demo;

  beforeEach(async () => {
    clearParticipations();
    demo = await mountDemo();
  });

  afterEach(async () => {
    if (eventDialog()?.open) {
      eventDialog()!.close();
      await dialogClosed();
    }
    await until(() => eventInUrl() === null, 'the address to lose the event');
    demo.container.remove();
    history.replaceState(null, '', start);
    await setViewport({ width: 800, height: 600 });
  });

  it('with a mouse: filter, open from the list, participate, close; open from the calendar and close with Back; open from the map and close with Escape; Back to the previous view', async () => {
    await click(demo.filters.shadowRoot!.querySelector('#search'));
    await type(ANONYMOUS_SEARCH);
    await searchForTheEvent(demo);

    // From the list.
    const link = listLink(demo)!;
    await click(link);
    await dialogOpen(ANONYMOUS_EVENT);
    expect(eventInUrl()).to.equal(ANONYMOUS_EVENT);
    await participate('mouse');
    await click(deepQuery(eventDialog()!, '[part="close"]'));
    await dialogClosed();
    await until(() => eventInUrl() === null, 'the address to lose the event');
    expect(deepActive()).to.equal(listLink(demo));

    // From the calendar.
    await click(tab(demo, 'calendar'));
    const day = await showCalendarMonth(demo);
    const chip = demo.calendar.shadowRoot!.querySelector<HTMLElement>(
      `[data-day="${day}"] a[part~="event"]`,
    );
    await click(chip);
    await dialogOpen(ANONYMOUS_EVENT);
    history.back();
    await dialogClosed();
    await until(() => eventInUrl() === null, 'Back to take the event out of the address');
    expect(demo.views.view).to.equal('calendar');

    // From the map.
    await click(tab(demo, 'map'));
    await until(
      () =>
        !!demo.map.shadowRoot!.querySelector(
          `.leaflet-marker-icon[aria-label="${ANONYMOUS_TITLE}"]`,
        ),
      'the event’s marker',
    );
    await click(
      demo.map.shadowRoot!.querySelector(`.leaflet-marker-icon[aria-label="${ANONYMOUS_TITLE}"]`),
    );
    await until(() => !!demo.map.shadowRoot!.querySelector('.popup .title a'), 'the popup');
    await click(demo.map.shadowRoot!.querySelector('.popup .title a'));
    await dialogOpen(ANONYMOUS_EVENT);
    await press('Escape');
    await dialogClosed();
    expect(deepActive()).to.equal(demo.map.shadowRoot!.querySelector('.popup .title a'));

    // Back returns to the calendar, with the search still applied.
    history.back();
    await until(
      () => demo.views.view === 'calendar' && !demo.calendar.hidden,
      'the calendar again',
    );
    expect(demo.map.hidden).to.equal(true);
    expect(demo.list.getAttribute('search')).to.equal(ANONYMOUS_SEARCH);
  });

  it('with the keyboard alone: the same journey, the focus always where the visitor is', async () => {
    await tabTo((el) => el.id === 'search', 'the search field');
    await type(ANONYMOUS_SEARCH);
    await searchForTheEvent(demo);

    // From the list: Tab to the title, Enter.
    const link = await tabTo(isTitleLink, 'the event in the list');
    await press('Enter');
    await dialogOpen(ANONYMOUS_EVENT);
    expect(deepActive()).to.equal(deepQuery(eventDialog()!, '[part="close"]'));
    await participate('keyboard');
    await press('Escape');
    await dialogClosed();
    expect(deepActive()).to.equal(link);
    await until(() => eventInUrl() === null, 'the address to lose the event');

    // Tabs: back to the tab list, arrow to the calendar.
    await tabTo((el) => el.getAttribute('role') === 'tab', 'the view tabs', { back: true });
    await press('ArrowRight');
    expect(demo.views.view).to.equal('calendar');
    expect(deepActive()).to.equal(tab(demo, 'calendar'));
    const day = localDay(demo.list.shownEvents[0]!.beginsOn);
    // Into the grid, arrow to the event's day, Enter lists the day's events.
    const cell = await tabTo((el) => el.getAttribute('role') === 'gridcell', 'the month grid');
    const from = new Date(`${(cell as HTMLElement).dataset['day']}T12:00`);
    const to = new Date(`${day}T12:00`);
    const steps = Math.round((to.getTime() - from.getTime()) / 86400000);
    for (let i = 0; i < Math.abs(steps); i++) await press(steps > 0 ? 'ArrowRight' : 'ArrowLeft');
    await until(() => (deepActive() as HTMLElement | null)?.dataset['day'] === day, 'the day');
    await press('Enter');
    const panelLink = await tabTo(isTitleLink, 'the event in the day’s list');
    await press('Enter');
    await dialogOpen(ANONYMOUS_EVENT);
    await press('Escape');
    await dialogClosed();
    expect(deepActive()).to.equal(panelLink);

    // The map: its tab, then its marker, Enter opens the popup, Enter on the title.
    await tabTo((el) => el.getAttribute('role') === 'tab', 'the view tabs', { back: true });
    await press('ArrowRight');
    expect(demo.views.view).to.equal('map');
    await until(
      () =>
        !!demo.map.shadowRoot!.querySelector(
          `.leaflet-marker-icon[aria-label="${ANONYMOUS_TITLE}"]`,
        ),
      'the event’s marker',
    );
    await tabTo((el) => el.getAttribute('aria-label') === ANONYMOUS_TITLE, 'the event’s marker');
    await press('Enter');
    await until(() => deepActive()?.closest('.popup .title') != null, 'the popup’s title');
    await press('Enter');
    await dialogOpen(ANONYMOUS_EVENT);
    history.back();
    await dialogClosed();
    await until(() => eventInUrl() === null, 'Back to take the event out of the address');
  });

  it('at 360 px wide: filters behind one button, the calendar as an agenda, the dialog full screen', async () => {
    await setViewport({ width: 360, height: 740 });
    const filtersRoot = demo.filters.shadowRoot!;
    expect(filtersRoot.querySelector<HTMLElement>('.secondary')!.getClientRects()).to.have.length(
      0,
    );
    await click(filtersRoot.querySelector('[part="more"]'));
    expect(
      filtersRoot.querySelector<HTMLElement>('.secondary')!.getClientRects().length,
    ).to.be.above(0);
    await click(filtersRoot.querySelector('#search'));
    await type(ANONYMOUS_SEARCH);
    await searchForTheEvent(demo);
    expect(document.documentElement.scrollWidth).to.be.at.most(360);

    await click(listLink(demo));
    const dialog = await dialogOpen(ANONYMOUS_EVENT);
    const box = dialog.shadowRoot!.querySelector('dialog')!.getBoundingClientRect();
    expect(box.width).to.equal(360);
    await participate('mouse');
    await click(deepQuery(dialog, '[part="close"]'));
    await dialogClosed();

    await click(tab(demo, 'calendar'));
    await showCalendarMonth(demo, true);
    const agendaLink = deepQuery<HTMLAnchorElement>(
      demo.calendar.shadowRoot!,
      '[part~="agenda"] a',
      isTitleLink,
    );
    await click(agendaLink);
    await dialogOpen(ANONYMOUS_EVENT);
    history.back();
    await dialogClosed();

    await click(tab(demo, 'map'));
    const marker = () =>
      demo.map.shadowRoot!.querySelector(`.leaflet-marker-icon[aria-label="${ANONYMOUS_TITLE}"]`);
    await until(() => !!marker(), 'the event’s marker');
    await click(marker());
    await until(() => !!demo.map.shadowRoot!.querySelector('.popup .title a'), 'the popup');
    await click(demo.map.shadowRoot!.querySelector('.popup .title a'));
    await dialogOpen(ANONYMOUS_EVENT);
    await press('Escape');
    await dialogClosed();
    expect(document.documentElement.scrollWidth).to.be.at.most(360);
  });
});
