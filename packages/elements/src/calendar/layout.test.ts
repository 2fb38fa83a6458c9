import { expect } from '@open-wc/testing';
import type { KiosqueEvent } from '@kiosque/client';
import { eventsOn, layoutWeek, placeEvent, placeEvents, singleDayEventsOn } from './layout.js';
import { monthGrid } from './month-grid.js';

function event(title: string, beginsOn: string, endsOn: string | null): KiosqueEvent {
  return { title, uuid: title, beginsOn, endsOn } as unknown as KiosqueEvent;
}

describe('calendar layout', () => {
  it('places an event on the visitor’s day, not the event’s', () => {
    // 02:00 in Tokyo on the 5th is 19:00 in Paris on the 4th.
    const e = event('Tokyo', '2026-05-04T17:00:00Z', '2026-05-04T19:00:00Z');
    expect(placeEvent(e, 'Europe/Paris')).to.include({ start: '2026-05-04', end: '2026-05-04' });
    expect(placeEvent(e, 'Asia/Tokyo')).to.include({ start: '2026-05-05', end: '2026-05-05' });
  });

  it('ends an event that ends at midnight on the day before', () => {
    const e = event('Night', '2026-05-04T20:00:00Z', '2026-05-05T00:00:00Z');
    expect(placeEvent(e, 'UTC')).to.include({ start: '2026-05-04', end: '2026-05-04' });
  });

  it('covers every day of a multi-day event, and only the start day without an end', () => {
    const festival = event('Festival', '2026-05-08T08:00:00Z', '2026-05-10T16:00:00Z');
    const open = event('Open', '2026-05-09T08:00:00Z', null);
    const placed = placeEvents([festival, open], '2026-05-01', '2026-05-31', 'UTC');
    expect(eventsOn('2026-05-09', placed).map((p) => p.event.title)).to.deep.equal([
      'Festival',
      'Open',
    ]);
    expect(eventsOn('2026-05-10', placed).map((p) => p.event.title)).to.deep.equal(['Festival']);
    expect(singleDayEventsOn('2026-05-09', placed).map((p) => p.event.title)).to.deep.equal([
      'Open',
    ]);
  });

  it('leaves out events outside the shown days', () => {
    const before = event('Before', '2026-04-01T08:00:00Z', '2026-04-01T10:00:00Z');
    const inside = event('Inside', '2026-05-02T08:00:00Z', '2026-05-02T10:00:00Z');
    const placed = placeEvents([before, inside], '2026-04-27', '2026-05-31', 'UTC');
    expect(placed.map((p) => p.event.title)).to.deep.equal(['Inside']);
  });

  it('draws a multi-day event across the weeks it spans, marked as continuing', () => {
    const grid = monthGrid({ year: 2026, month: 5 }, 1);
    // Saturday 9 to Tuesday 12 May: two days in the week of the 4th, two in the week of the 11th.
    const e = event('Festival', '2026-05-09T08:00:00Z', '2026-05-12T16:00:00Z');
    const placed = placeEvents([e], grid.first, grid.last, 'UTC');
    const first = layoutWeek(grid.weeks[1]!, placed);
    const second = layoutWeek(grid.weeks[2]!, placed);
    expect(first.segments[0]).to.include({
      column: 5,
      span: 2,
      continuesBefore: false,
      continuesAfter: true,
    });
    expect(second.segments[0]).to.include({
      column: 0,
      span: 2,
      continuesBefore: true,
      continuesAfter: false,
    });
  });

  it('stacks overlapping multi-day events in separate rows and reuses free rows', () => {
    const week = monthGrid({ year: 2026, month: 5 }, 1).weeks[1]!; // 4–10 May
    const a = event('A', '2026-05-04T08:00:00Z', '2026-05-06T08:00:00Z');
    const b = event('B', '2026-05-05T08:00:00Z', '2026-05-07T08:00:00Z');
    const c = event('C', '2026-05-08T08:00:00Z', '2026-05-09T08:00:00Z');
    const layout = layoutWeek(week, placeEvents([a, b, c], week[0]!, week[6]!, 'UTC'));
    const lane = (title: string) =>
      layout.segments.find((s) => s.placed.event.title === title)?.lane;
    expect([lane('A'), lane('B'), lane('C')]).to.deep.equal([0, 1, 0]);
    expect(layout.lanes).to.equal(2);
  });
});
