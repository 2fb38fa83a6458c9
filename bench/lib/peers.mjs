/**
 * Kiosque side by side with its peers, in one Chromium page: the same events given to
 * `<kiosque-events>` and FullCalendar's list view, and to `<kiosque-calendar>` and
 * FullCalendar's month view; time from insertion to the last title on screen.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { elementsDir, median, repo } from './env.mjs';
import { sizeOf } from './sizes.mjs';

/** `<kiosque-events>` shows at most 99 events: Mobilizon answers `limit < 100` only. */
export const LIST_LIMIT = 99;

/** How many events a day cell of `<kiosque-calendar>` shows before "+N more". */
export function eventsPerCell() {
  const file = join(elementsDir, 'src/calendar/calendar-views.ts');
  const found = /\bconst EVENTS_PER_CELL = (\d+);/.exec(readFileSync(file, 'utf8'));
  if (!found) throw new Error(`EVENTS_PER_CELL not found in ${file}: the bench reads it there`);
  return Number(found[1]);
}

/** Gancio is not compared; why is in bench/README.md ("Kiosque beside its peers"). */
export const GANCIO = {
  compared: false,
  reason:
    "it is not on npm, and the build in Gancio's repository is AGPL-3.0 like the rest of Gancio",
};

/**
 * Bundles FullCalendar (`bench/peers/fullcalendar.js`: the vanilla package, list and day-grid
 * views, classic theme) as a site would ship it, minified, into a temp dir served as `/peers/`.
 */
export async function buildPeers() {
  const { build } = await import('vite');
  const dir = await mkdtemp(join(tmpdir(), 'kiosque-peers-'));
  await build({
    root: join(repo, 'bench'),
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir: dir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      cssMinify: true,
      lib: {
        entry: { fullcalendar: join(repo, 'bench/peers/fullcalendar.js') },
        formats: ['es'],
        cssFileName: 'fullcalendar',
      },
      rolldownOptions: { output: { entryFileNames: '[name].js' } },
    },
  });
  const files = ['fullcalendar.js', 'fullcalendar.css'].map((f) => join(dir, f));
  const { version } = createRequire(import.meta.url)('fullcalendar/package.json');
  return {
    dir,
    fullcalendar: { version, ...sizeOf(await Promise.all(files.map((f) => readFile(f)))) },
    close: () => rm(dir, { recursive: true, force: true }),
  };
}

/** Where an event takes place, as one line: venue and locality, or "Online". */
function placeOf(event) {
  const where = [event.address?.venue, event.address?.locality].filter(Boolean).join(', ');
  return where || (event.isOnline ? 'Online' : '');
}

/** A Kiosque event in FullCalendar's event format. */
export function toFullCalendar(event) {
  return {
    id: event.id,
    title: event.title,
    start: event.beginsOn,
    ...(event.endsOn ? { end: event.endsOn } : {}),
    url: event.url ?? event.instanceUrl,
    extendedProps: { location: placeOf(event) },
  };
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const utcDay = (iso) => iso.slice(0, 10);

/**
 * The events moved into one month, the month after `now`: from its 2nd day on, as many a day
 * as 27 days need, between 06:00 and 14:00 UTC so that each event falls on the same day in
 * every time zone of the dev instance's events (Montreal to Tokyo) and in the browser's.
 */
export function inOneMonth(events, now = new Date()) {
  const first = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
  const perDay = Math.ceil(events.length / 27);
  const moved = events.map((event, i) => {
    const begins = first + (1 + Math.floor(i / perDay)) * DAY + 6 * HOUR;
    const at = begins + Math.floor(((i % perDay) * 8 * HOUR) / perDay);
    return {
      ...event,
      beginsOn: new Date(at).toISOString(),
      endsOn: new Date(at + HOUR).toISOString(),
    };
  });
  return { month: new Date(first).toISOString().slice(0, 7), events: moved };
}

const byStart = (events) => [...events].sort((a, b) => a.beginsOn.localeCompare(b.beginsOn));

/** The title a list of `limit` events ends with. */
export function lastListTitle(events, limit = Infinity) {
  return byStart(events).slice(0, limit).at(-1)?.title ?? null;
}

/** The title a month grid showing `perCell` events a day ends with: the last day's last shown. */
export function lastMonthTitle(events, perCell = Infinity) {
  const sorted = byStart(events);
  const lastDay = utcDay(sorted.at(-1).beginsOn);
  const ofLastDay = sorted.filter((e) => utcDay(e.beginsOn) === lastDay);
  return ofLastDay.slice(0, perCell).at(-1).title;
}

/** The first and the day after the last day of the events, for a list view's range. */
function rangeOf(events) {
  const sorted = byStart(events);
  const end = new Date(Date.parse(utcDay(sorted.at(-1).beginsOn)) + DAY);
  return { start: utcDay(sorted[0].beginsOn), end: end.toISOString().slice(0, 10) };
}

/**
 * What each contender is given for `events`, and the title it ends with. The list: Kiosque
 * shows the first 99, FullCalendar all of them, and the first 99 for a like-with-like
 * comparison. The month: Kiosque shows `perCell` events a day and "+N more", FullCalendar all
 * of them (its default), and `perCell` a day with its "+more" link (`dayMaxEvents`).
 */
export function contendersFor(view, events, { perCell, month } = {}) {
  if (view === 'list') {
    const range = rangeOf(events);
    const list = { initialView: 'list', visibleRange: range };
    return [
      {
        id: 'kiosque',
        kind: 'kiosque',
        tag: 'kiosque-events',
        attributes: { limit: String(LIST_LIMIT) },
        take: events.length,
        last: lastListTitle(events, LIST_LIMIT),
      },
      {
        id: 'fullcalendar',
        kind: 'fullcalendar',
        options: list,
        take: events.length,
        last: lastListTitle(events),
      },
      {
        id: 'fullcalendar-like-kiosque',
        kind: 'fullcalendar',
        options: list,
        take: LIST_LIMIT,
        last: lastListTitle(events, LIST_LIMIT),
      },
    ];
  }
  const grid = { initialView: 'dayGridMonth', initialDate: `${month}-01` };
  return [
    {
      id: 'kiosque',
      kind: 'kiosque',
      tag: 'kiosque-calendar',
      attributes: { month },
      take: events.length,
      last: lastMonthTitle(events, perCell),
    },
    {
      id: 'fullcalendar',
      kind: 'fullcalendar',
      options: grid,
      take: events.length,
      last: lastMonthTitle(events),
    },
    {
      id: 'fullcalendar-like-kiosque',
      kind: 'fullcalendar',
      options: { ...grid, dayMaxEvents: perCell },
      take: events.length,
      last: lastMonthTitle(events, perCell),
    },
  ];
}

/** The ratio of Kiosque's median to the fastest peer's, and whether the target holds. */
export function summarize(row) {
  const peers = row.contenders.filter((c) => c.id !== 'kiosque' && typeof c.median === 'number');
  const kiosque = row.contenders.find((c) => c.id === 'kiosque');
  const fastest = peers.length ? Math.min(...peers.map((c) => c.median)) : null;
  const ratio = typeof kiosque?.median === 'number' && fastest ? kiosque.median / fastest : null;
  let target = null;
  if (row.view === 'list' && row.events === 50) {
    target = { text: '≤ 0.5 × fastest peer', met: ratio !== null && ratio <= 0.5 };
  }
  if (row.view === 'month' && row.events === 1000) {
    const ms = kiosque?.median;
    target = { text: 'Kiosque < 100 ms', met: typeof ms === 'number' && ms < 100 };
  }
  return { ...row, fastestPeer: fastest, ratio, target };
}

/**
 * For each view and size: every contender rendered `runs` times in one page, the contenders'
 * order turning each run, after one untimed warm-up of each. Median time from insertion to
 * the last title on screen, to the last title in the DOM and visible by its style (before
 * the two frames), and how many different titles were on screen.
 */
export async function comparePeers(browser, pageUrl, { events, sizes, runs }) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(pageUrl);
  await page.evaluate(() => window.benchReady);
  const perCell = eventsPerCell();
  const rows = [];
  try {
    for (const view of ['list', 'month']) {
      for (const count of sizes) {
        const given =
          view === 'list' ? { events: events.slice(0, count) } : inOneMonth(events.slice(0, count));
        const contenders = contendersFor(view, given.events, { perCell, month: given.month });
        await page.evaluate((data) => window.benchData(data), {
          kiosque: given.events,
          fullcalendar: given.events.map(toFullCalendar),
          titles: given.events.map((e) => e.title),
        });
        const times = new Map(contenders.map((c) => [c.id, { screen: [], lastTitleVisible: [] }]));
        const shown = new Map();
        for (let run = -1; run < runs; run++) {
          const turn = Math.max(0, run) % contenders.length;
          for (const contender of [...contenders.slice(turn), ...contenders.slice(0, turn)]) {
            const result = await page.evaluate((c) => window.benchMeasure(c), contender);
            if (run < 0) continue;
            times.get(contender.id).screen.push(result.screen);
            times.get(contender.id).lastTitleVisible.push(result.lastTitleVisible);
            shown.set(contender.id, result.shown);
          }
        }
        rows.push(
          summarize({
            view,
            events: count,
            ...(given.month ? { month: given.month } : {}),
            contenders: contenders.map((c) => ({
              id: c.id,
              given: Math.min(c.take, count),
              shown: shown.get(c.id),
              median: median(times.get(c.id).screen),
              lastTitleVisible: median(times.get(c.id).lastTitleVisible),
            })),
          }),
        );
      }
    }
  } finally {
    await page.close();
  }
  if (problems.length) throw new Error(`the comparison page failed: ${problems.join('; ')}`);
  return rows;
}
