import type { EventPage, KiosqueError, KiosqueEvent } from '@kiosque/client';

/** Loads one page of the events between two instants. */
export type RangeLoader = (range: { from: Date; to: Date; page: number }) => Promise<EventPage>;

/** Pages read for one range before giving up on paging and splitting it instead. */
const MAX_PAGES = 10;
const DAY = 24 * 60 * 60 * 1000;

function keyOf(event: KiosqueEvent): string {
  return event.url || `${event.instanceUrl}|${event.uuid}`;
}

/**
 * Every event between `from` and `to`: page after page while the answer says there are
 * more. When paging stops bringing new events although more are announced (several sources
 * merged can only be paged so deep), the range is split in two and each half loaded the
 * same way, so a busy month is never cut short.
 */
export async function loadRange(load: RangeLoader, from: Date, to: Date): Promise<EventPage> {
  const seen = new Map<string, KiosqueEvent>();
  const errors: KiosqueError[] = [];
  let stale = false;
  let fetchedAt = Infinity;
  let incomplete = false;
  for (let page = 1; page <= MAX_PAGES; page++) {
    const result = await load({ from, to, page });
    stale ||= result.stale;
    fetchedAt = Math.min(fetchedAt, result.fetchedAt);
    errors.push(...result.errors);
    let added = 0;
    for (const event of result.events) {
      const key = keyOf(event);
      if (!seen.has(key)) {
        seen.set(key, event);
        added++;
      }
    }
    if (!result.hasMore) break;
    if (added === 0 || page === MAX_PAGES) {
      incomplete = true;
      break;
    }
  }
  if (incomplete && to.getTime() - from.getTime() > DAY) {
    const middle = new Date(from.getTime() + Math.floor((to.getTime() - from.getTime()) / 2));
    const halves = [
      await loadRange(load, from, middle),
      await loadRange(load, new Date(middle.getTime() + 1), to),
    ];
    for (const half of halves) {
      stale ||= half.stale;
      fetchedAt = Math.min(fetchedAt, half.fetchedAt);
      errors.push(...half.errors);
      for (const event of half.events) if (!seen.has(keyOf(event))) seen.set(keyOf(event), event);
    }
  }
  const events = [...seen.values()].sort((a, b) => Date.parse(a.beginsOn) - Date.parse(b.beginsOn));
  return {
    events,
    total: events.length,
    hasMore: false,
    stale,
    fetchedAt: Number.isFinite(fetchedAt) ? fetchedAt : Date.now(),
    errors,
  };
}
