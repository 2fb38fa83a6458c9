import { expect } from '@open-wc/testing';
import type { EventPage, KiosqueEvent } from '@kiosque/client';
import { loadRange } from './load-range.js';

const DAY = 24 * 60 * 60 * 1000;
const from = new Date('2026-04-27T00:00:00Z');
const to = new Date('2026-05-31T23:59:59.999Z');

/** 150 events, one every ~5.5 hours across the range. */
const all: KiosqueEvent[] = Array.from({ length: 150 }, (_, i) => {
  const begins = new Date(from.getTime() + Math.floor((i * (to.getTime() - from.getTime())) / 150));
  return {
    uuid: `e${i}`,
    url: `https://example.test/events/e${i}`,
    instanceUrl: `https://example.test/events/e${i}`,
    title: `Event ${i}`,
    beginsOn: begins.toISOString(),
    endsOn: new Date(begins.getTime() + 3600_000).toISOString(),
  } as unknown as KiosqueEvent;
});

function page(events: KiosqueEvent[], hasMore: boolean): EventPage {
  return { events, total: null, hasMore, stale: false, fetchedAt: Date.now(), errors: [] };
}

function within(range: { from: Date; to: Date }): KiosqueEvent[] {
  return all.filter((e) => {
    const t = Date.parse(e.beginsOn);
    return t >= range.from.getTime() && t <= range.to.getTime();
  });
}

describe('loadRange', () => {
  it('reads page after page while the instance says there are more', async () => {
    const asked: number[] = [];
    const result = await loadRange(
      async (range) => {
        asked.push(range.page);
        const events = within(range);
        const start = (range.page - 1) * 99;
        return page(events.slice(start, start + 99), events.length > start + 99);
      },
      from,
      to,
    );
    expect(asked).to.deep.equal([1, 2]);
    expect(result.events).to.have.length(150);
    expect(result.hasMore).to.equal(false);
  });

  it('splits the range when paging brings nothing new, so no event is lost', async () => {
    const ranges: [Date, Date][] = [];
    const result = await loadRange(
      async (range) => {
        ranges.push([range.from, range.to]);
        // Like several merged sources: only ever the first 99 events of a range.
        const events = within(range);
        return page(events.slice(0, 99), events.length > 99);
      },
      from,
      to,
    );
    expect(result.events.map((e) => e.uuid)).to.deep.equal(all.map((e) => e.uuid));
    expect(ranges[0]).to.deep.equal([from, to]);
    for (const [a, b] of ranges) {
      expect(a.getTime()).to.be.at.least(from.getTime());
      expect(b.getTime()).to.be.at.most(to.getTime());
    }
    expect(ranges.length).to.be.below(10);
  });

  it('keeps the stale flag and the oldest fetch time of any page', async () => {
    const old = Date.now() - 2 * DAY;
    let n = 0;
    const result = await loadRange(
      async () => {
        n++;
        return { ...page([all[n]!], n < 2), stale: n === 2, fetchedAt: n === 2 ? old : Date.now() };
      },
      from,
      to,
    );
    expect(result.stale).to.equal(true);
    expect(result.fetchedAt).to.equal(old);
  });
});
