import { expect } from '@open-wc/testing';
import { dayOf, rangeFor, validDay, weekendDays } from './ranges.js';

describe('date choices of <kiosque-filters>', () => {
  // Wednesday 13 May 2026, in the visitor's zone.
  const wednesday = new Date(2026, 4, 13, 15, 30);

  it('covers today only for "today"', () => {
    expect(rangeFor('today', wednesday, 'en')).to.deep.equal({
      from: '2026-05-13',
      to: '2026-05-13',
    });
  });

  it('covers the next Saturday and Sunday for "this weekend" on a weekday', () => {
    expect(rangeFor('weekend', wednesday, 'fr')).to.deep.equal({
      from: '2026-05-16',
      to: '2026-05-17',
    });
  });

  it('covers what is left of the weekend when it is the weekend', () => {
    const sunday = new Date(2026, 4, 17, 10);
    expect(rangeFor('weekend', sunday, 'en')).to.deep.equal({
      from: '2026-05-17',
      to: '2026-05-17',
    });
  });

  it('counts the weekend as the visitor’s language does (Friday and Saturday in Arabic)', () => {
    expect(weekendDays('ar-EG')).to.include(5);
    const range = rangeFor('weekend', wednesday, 'ar-EG');
    expect(range.from).to.equal('2026-05-15');
  });

  it('covers today to the end of the month for "this month"', () => {
    expect(rangeFor('month', wednesday, 'en')).to.deep.equal({
      from: '2026-05-13',
      to: '2026-05-31',
    });
  });

  it('keeps only valid days of a custom range', () => {
    expect(
      rangeFor('custom', wednesday, 'en', { from: '2026-06-01', to: '2026-02-30' }),
    ).to.deep.equal({ from: '2026-06-01', to: '' });
    expect(validDay('next week')).to.equal(null);
    expect(dayOf(new Date(2026, 0, 5))).to.equal('2026-01-05');
  });
});
