import { expect, fixture, html } from '@open-wc/testing';
import type { KiosqueEvent } from '@kiosque/client';
import type { LitElement } from 'lit';
import '../kiosque-calendar.js';
import '../kiosque-event.js';
import '../kiosque-events.js';
import '../kiosque-map.js';
import { recordedEvents } from '../test/fixtures.js';
import { loaded, shadow, until } from '../test/helpers.js';

/** An event on 14 May 2031 at 10:00 in the visitor's zone, online only (so off the map). */
function event(overrides: Partial<KiosqueEvent>): KiosqueEvent {
  const [recorded] = recordedEvents();
  return {
    ...recorded!,
    beginsOn: new Date(2031, 4, 14, 10).toISOString(),
    endsOn: new Date(2031, 4, 14, 12).toISOString(),
    timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    showStartTime: true,
    showEndTime: true,
    status: 'CONFIRMED',
    joinMode: 'free',
    isOnline: true,
    onlineUrl: 'https://meet.example/room',
    address: null,
    picture: null,
    ...overrides,
  };
}

interface Summary {
  when: string | null;
  where: string | null;
  badges: (string | null | undefined)[][];
}

/** What a view's summary of its one event shows: dates, place and badges (class and text). */
function summaryOf(item: Element): Summary {
  const text = (selector: string) => item.querySelector(selector)?.textContent?.trim() ?? null;
  return {
    when: text('[part="when"]'),
    where: text('[part="where"]'),
    badges: [...item.querySelectorAll('[part="badge"]')].map((badge) => [
      badge.classList[1],
      badge.textContent,
    ]),
  };
}

/** The summary of `given` in the list, in the calendar's agenda and in the map's list. */
async function summaries(given: KiosqueEvent): Promise<[Summary, Summary, Summary]> {
  const holder = await fixture(
    html`<div>
      <kiosque-events .events=${[given]}></kiosque-events>
      <kiosque-calendar .events=${[given]} month="2031-05"></kiosque-calendar>
      <kiosque-map .events=${[given]}></kiosque-map>
    </div>`,
  );
  const [list, calendar, map] = ['kiosque-events', 'kiosque-calendar', 'kiosque-map'].map((tag) =>
    holder.querySelector<LitElement>(tag)!,
  ) as [LitElement, LitElement, LitElement];
  for (const element of [list, calendar, map]) await loaded(element);
  shadow(map).querySelector('details')!.open = true;
  await until(() => !!shadow(map).querySelector('details .item'), 'the map’s list');
  return [
    summaryOf(shadow(list).querySelector('[part~="event"]')!),
    summaryOf(shadow(calendar).querySelector('[part="agenda"] [part="item"]')!),
    summaryOf(shadow(map).querySelector('details .item')!),
  ];
}

describe('the summary of an event', () => {
  it('shows the same dates, place and badges in the list, the calendar and the map', async () => {
    const [list, calendar, map] = await summaries(
      event({
        status: 'TENTATIVE',
        capacity: { maximum: 20, participants: 18, remaining: 2, hideCount: false },
        joinMode: 'external',
        externalUrl: 'https://tickets.example/',
      }),
    );
    expect(list).to.deep.include({
      where: 'Online',
      badges: [
        ['tentative', 'To be confirmed'],
        ['places-left', '2 places left'],
        ['external', 'Registration on another site'],
        ['online', 'Online'],
      ],
    });
    expect(list.when).to.match(/10:00|10 AM/);
    expect(calendar).to.deep.equal(list);
    expect(map).to.deep.equal(list);
  });

  it('gives <kiosque-event> the date line of the summaries', async () => {
    const given = event({ timezone: 'Pacific/Kiritimati' });
    const [list] = await summaries(given);
    const single = await fixture<LitElement>(html`<kiosque-event .event=${given}></kiosque-event>`);
    await loaded(single);
    const when = shadow(single).querySelector('[part="when"]')!;
    expect(when.textContent?.trim()).to.equal(list.when);
    expect(when.querySelector('.zone')?.getAttribute('part')).to.equal('zone');
    expect(list.when).to.contain('(');
  });

  it('gives a cancelled event no capacity badge in any view', async () => {
    const views = await summaries(
      event({
        status: 'CANCELLED',
        capacity: { maximum: 20, participants: 20, remaining: 0, hideCount: false },
      }),
    );
    for (const summary of views) {
      expect(summary.badges).to.deep.equal([
        ['cancelled', 'Cancelled'],
        ['online', 'Online'],
      ]);
    }
  });
});
