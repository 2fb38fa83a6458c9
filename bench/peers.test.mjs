import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  LIST_LIMIT,
  contendersFor,
  eventsPerCell,
  inOneMonth,
  lastListTitle,
  lastMonthTitle,
  summarize,
  toFullCalendar,
} from './lib/peers.mjs';

const event = (i, beginsOn) => ({
  id: String(i),
  uuid: `uuid-${i}`,
  url: `https://mobilizon.test/events/uuid-${i}`,
  instanceUrl: `https://mobilizon.test/events/uuid-${i}`,
  title: `Event (${i + 1})`,
  beginsOn,
  endsOn: null,
  isOnline: false,
  address: { venue: 'Hall', locality: 'Lyon' },
});
const every5Hours = (count) =>
  Array.from({ length: count }, (_, i) =>
    event(i, new Date(Date.UTC(2027, 0, 1) + i * 5 * 3_600_000).toISOString()),
  );

describe('the comparison with peers (npm run bench)', () => {
  it('gives FullCalendar the title, start, end, link and place of each event', () => {
    const [e] = every5Hours(1);
    assert.deepEqual(toFullCalendar({ ...e, endsOn: '2027-01-01T02:00:00.000Z' }), {
      id: '0',
      title: 'Event (1)',
      start: '2027-01-01T00:00:00.000Z',
      end: '2027-01-01T02:00:00.000Z',
      url: 'https://mobilizon.test/events/uuid-0',
      extendedProps: { location: 'Hall, Lyon' },
    });
    assert.equal('end' in toFullCalendar(e), false);
  });

  it('puts every event into the next month, between 06:00 and 14:00 UTC, in order', () => {
    const { month, events } = inOneMonth(every5Hours(1000), new Date('2026-12-06T05:00:00Z'));
    assert.equal(month, '2027-01');
    assert.ok(events.every((e) => e.beginsOn.startsWith('2027-01-')));
    const hours = events.map((e) => new Date(e.beginsOn).getUTCHours());
    assert.ok(hours.every((h) => h >= 6 && h < 14));
    const starts = events.map((e) => e.beginsOn);
    assert.deepEqual(starts, [...starts].sort());
    assert.equal(new Set(starts).size, 1000);
  });

  it('expects the last title each contender draws', () => {
    const list = every5Hours(500);
    assert.equal(lastListTitle(list, LIST_LIMIT), 'Event (99)');
    assert.equal(lastListTitle(list), 'Event (500)');
    const { events } = inOneMonth(every5Hours(1000));
    // 38 events a day: the 27th day holds the last 12, the grid shows 3 of them.
    assert.equal(lastMonthTitle(events), 'Event (1000)');
    assert.equal(lastMonthTitle(events, 3), 'Event (991)');
  });

  it('compares Kiosque with FullCalendar showing all events and as many as Kiosque', () => {
    const list = contendersFor('list', every5Hours(500));
    assert.deepEqual(
      list.map((c) => [c.id, c.take, c.last]),
      [
        ['kiosque', 500, 'Event (99)'],
        ['fullcalendar', 500, 'Event (500)'],
        ['fullcalendar-like-kiosque', 99, 'Event (99)'],
      ],
    );
    assert.deepEqual(list[1].options.visibleRange, { start: '2027-01-01', end: '2027-04-15' });
    const { month, events } = inOneMonth(every5Hours(50));
    const grid = contendersFor('month', events, { perCell: 3, month });
    assert.equal(grid[0].attributes.month, month);
    assert.equal(grid[2].options.dayMaxEvents, 3);
  });

  it('reads how many events a day cell of <kiosque-calendar> shows', () => {
    assert.ok(Number.isInteger(eventsPerCell()) && eventsPerCell() > 0);
  });

  it('reports the ratio to the fastest peer and the targets of the issue', () => {
    const row = (view, events, kiosque, ...peers) => ({
      view,
      events,
      contenders: [
        { id: 'kiosque', median: kiosque },
        ...peers.map((median, i) => ({ id: `peer${i}`, median })),
      ],
    });
    const list = summarize(row('list', 50, 20, 80, 40));
    assert.equal(list.ratio, 0.5);
    assert.equal(list.target.met, true);
    assert.equal(summarize(row('list', 50, 21, 80, 40)).target.met, false);
    assert.equal(summarize(row('month', 1000, 99, 300)).target.met, true);
    assert.equal(summarize(row('month', 1000, 100, 300)).target.met, false);
    assert.equal(summarize(row('list', 500, 30, 60)).target, null);
  });
});
