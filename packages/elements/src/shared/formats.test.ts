import { expect, fixture, html } from '@open-wc/testing';
import type { KiosqueEvent } from '@kiosque/client';
import type { LitElement } from 'lit';
import '../kiosque-calendar.js';
import '../kiosque-events.js';
import { recordedEvents } from '../test/fixtures.js';
import { loaded, shadow } from '../test/helpers.js';

const HOUR = 60 * 60 * 1000;
const ZONES = ['Europe/Paris', 'America/Montreal', 'Asia/Tokyo', 'Europe/Paris'];

/** `count` events, an hour apart from the 1st of next month, in a few zones. */
function manyEvents(count: number): KiosqueEvent[] {
  const recorded = recordedEvents();
  const now = new Date();
  const start = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1, 8);
  return Array.from({ length: count }, (_, i) => {
    const base = recorded[i % recorded.length]!;
    return {
      ...base,
      uuid: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      title: `Event ${i}`,
      beginsOn: new Date(start + i * HOUR).toISOString(),
      endsOn: new Date(start + i * HOUR + HOUR / 2).toISOString(),
      timezone: ZONES[i % ZONES.length]!,
    };
  });
}

/** How many Intl.DateTimeFormat objects `render` makes (with or without `new`). */
async function formattersMadeBy(render: () => Promise<unknown>): Promise<number> {
  const original = Intl.DateTimeFormat;
  let made = 0;
  Intl.DateTimeFormat = new Proxy(original, {
    construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      made++;
      return new target(...args);
    },
    apply(target, self, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      made++;
      return target(...args);
    },
  });
  try {
    await render();
  } finally {
    Intl.DateTimeFormat = original;
  }
  return made;
}

async function list(events: KiosqueEvent[]): Promise<void> {
  const el = await fixture<LitElement>(
    html`<kiosque-events .events=${events} limit="99"></kiosque-events>`,
  );
  await loaded(el);
  expect(shadow(el).querySelectorAll('[part~="event"]').length).to.equal(
    Math.min(99, events.length),
  );
}

async function calendar(events: KiosqueEvent[]): Promise<void> {
  const month = events[0]!.beginsOn.slice(0, 7);
  const el = await fixture<LitElement>(
    html`<kiosque-calendar .events=${events} month=${month}></kiosque-calendar>`,
  );
  await loaded(el);
  expect(shadow(el).querySelectorAll('[part~="day"]').length).to.be.greaterThan(27);
}

describe('date formatters', () => {
  it('are made a bounded number of times, however many events the list draws', async () => {
    await formattersMadeBy(() => list(manyEvents(5)));
    const few = await formattersMadeBy(() => list(manyEvents(20)));
    const many = await formattersMadeBy(() => list(manyEvents(500)));
    // Each (locale, options, zone) once: a new list with more events needs none of its own.
    expect(many).to.be.at.most(few + 4);
    expect(many).to.be.below(40);
  });

  it('are made a bounded number of times, however many events the calendar places', async () => {
    await formattersMadeBy(() => calendar(manyEvents(5)));
    const many = await formattersMadeBy(() => calendar(manyEvents(500)));
    expect(many).to.be.below(40);
  });
});
