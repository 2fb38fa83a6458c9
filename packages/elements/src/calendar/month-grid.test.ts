import { expect } from '@open-wc/testing';
import {
  addDays,
  addMonthsToDay,
  columnOf,
  endOfWeekOf,
  gridRange,
  keyTarget,
  monthGrid,
  monthKey,
  parseMonth,
  parseWeekStart,
  shiftMonth,
  startOfWeekOf,
  today,
  weekStartFor,
} from './month-grid.js';

describe('month grid', () => {
  it('reads YYYY-MM months and rejects anything else', () => {
    expect(parseMonth('2026-05')).to.deep.equal({ year: 2026, month: 5 });
    expect(parseMonth(' 2026-12 ')).to.deep.equal({ year: 2026, month: 12 });
    for (const bad of ['2026-13', '2026-00', '2026-5', 'May 2026', '', null, '2026-05-01']) {
      expect(parseMonth(bad), String(bad)).to.equal(null);
    }
    expect(monthKey({ year: 2026, month: 5 })).to.equal('2026-05');
  });

  it('moves across years when shifting months', () => {
    expect(shiftMonth({ year: 2026, month: 12 }, 1)).to.deep.equal({ year: 2027, month: 1 });
    expect(shiftMonth({ year: 2026, month: 1 }, -1)).to.deep.equal({ year: 2025, month: 12 });
  });

  it('starts the weeks of May 2026 on Monday 27 April and ends them on Sunday 31 May', () => {
    const grid = monthGrid({ year: 2026, month: 5 }, 1);
    expect(grid.first).to.equal('2026-04-27');
    expect(grid.last).to.equal('2026-05-31');
    expect(grid.weeks).to.have.length(5);
    for (const week of grid.weeks) expect(week).to.have.length(7);
  });

  it('starts the weeks on Sunday when asked, adding a sixth week when the month needs it', () => {
    const grid = monthGrid({ year: 2026, month: 5 }, 0);
    expect(grid.first).to.equal('2026-04-26');
    expect(grid.last).to.equal('2026-06-06');
    expect(grid.weeks).to.have.length(6);
  });

  it('shows four weeks only when a month fits them exactly (February 2026 from Sunday)', () => {
    const grid = monthGrid({ year: 2026, month: 2 }, 0);
    expect(grid.first).to.equal('2026-02-01');
    expect(grid.weeks).to.have.length(4);
  });

  it('covers the shown days from midnight to midnight in the given zone', () => {
    const grid = monthGrid({ year: 2026, month: 5 }, 1);
    const paris = gridRange(grid, 'Europe/Paris');
    expect(paris.from.toISOString()).to.equal('2026-04-26T22:00:00.000Z');
    expect(paris.to.toISOString()).to.equal('2026-05-31T21:59:59.999Z');
    const tokyo = gridRange(grid, 'Asia/Tokyo');
    expect(tokyo.from.toISOString()).to.equal('2026-04-26T15:00:00.000Z');
  });

  it('keeps whole days across a daylight saving change', () => {
    const grid = monthGrid({ year: 2026, month: 3 }, 1);
    const range = gridRange(grid, 'Europe/Paris');
    expect(range.from.toISOString()).to.equal('2026-02-22T23:00:00.000Z');
    expect(range.to.toISOString()).to.equal('2026-04-05T21:59:59.999Z');
  });

  it('does day arithmetic on calendar days', () => {
    expect(addDays('2026-02-28', 1)).to.equal('2026-03-01');
    expect(addDays('2026-03-01', -1)).to.equal('2026-02-28');
    expect(addMonthsToDay('2026-01-31', 1)).to.equal('2026-02-28');
    expect(addMonthsToDay('2026-03-31', -1)).to.equal('2026-02-28');
    expect(startOfWeekOf('2026-05-14', 1)).to.equal('2026-05-11');
    expect(endOfWeekOf('2026-05-14', 1)).to.equal('2026-05-17');
    expect(startOfWeekOf('2026-05-14', 6)).to.equal('2026-05-09');
    expect(columnOf('2026-05-14', 1)).to.equal(3);
    expect(columnOf('2026-05-14', 0)).to.equal(4);
  });

  it('takes the first weekday from the language, Sunday in English and Monday in French', () => {
    expect(weekStartFor('en-US')).to.equal(0);
    expect(weekStartFor('en')).to.equal(0);
    expect(weekStartFor('fr')).to.equal(1);
    expect(weekStartFor('de')).to.equal(1);
    expect(weekStartFor('en-GB')).to.equal(1);
  });

  it('accepts week-start values 0 to 6 only', () => {
    expect(parseWeekStart('0')).to.equal(0);
    expect(parseWeekStart(6)).to.equal(6);
    for (const bad of ['7', '-1', '1.5', 'monday', '', null, NaN]) {
      expect(parseWeekStart(bad), String(bad)).to.equal(null);
    }
  });

  it('moves the grid focus by key: mirrored arrows right to left, months with PageUp/PageDown', () => {
    const may = { year: 2026, month: 5 };
    const to = (key: string, day: string, rtl = false) => keyTarget(key, day, may, 1, rtl);
    expect(to('ArrowRight', '2026-05-14')).to.deep.equal({ day: '2026-05-15', changeMonth: false });
    expect(to('ArrowRight', '2026-05-14', true)?.day).to.equal('2026-05-13');
    expect(to('ArrowUp', '2026-05-14')?.day).to.equal('2026-05-07');
    expect(to('Home', '2026-05-14')?.day).to.equal('2026-05-11');
    expect(to('End', '2026-05-14')?.day).to.equal('2026-05-17');
    expect(to('PageDown', '2026-05-31')).to.deep.equal({ day: '2026-06-30', changeMonth: true });
    // From a day of the previous month shown on the grid, PageUp starts at the 1st.
    expect(to('PageUp', '2026-04-28')).to.deep.equal({ day: '2026-04-01', changeMonth: true });
    expect(to('Tab', '2026-05-14')).to.equal(null);
  });

  it('knows today in a zone', () => {
    const now = new Date('2026-05-31T23:30:00Z');
    expect(today('Europe/Paris', now)).to.equal('2026-06-01');
    expect(today('America/Montreal', now)).to.equal('2026-05-31');
  });
});
