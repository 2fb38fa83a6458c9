#!/usr/bin/env node
/**
 * Kiosque benchmarks: bundle sizes against budgets, render times, requests per page, time to
 * first events paint, and render times side by side with FullCalendar, in Chromium. Prints
 * tables and writes bench/results/latest.json.
 *
 *   npm run bench                            everything (builds dist/ first if missing)
 *   npm run bench -- --sizes-only            bundle sizes only (no browser)
 *   npm run bench -- --sizes-only --check    exit 1 when a size budget is exceeded (CI)
 *   npm run bench -- --runs 9                runs per timing (median reported; default 5)
 *
 * Sizes are deterministic and checked; times vary by machine and are only reported.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { renderTime, syntheticEvents, visits } from './lib/browser.mjs';
import { launchChromium, repo, startInstance, startStaticServer } from './lib/env.mjs';
import { GANCIO, LIST_LIMIT, buildPeers, comparePeers, eventsPerCell } from './lib/peers.mjs';
import { ensureBuilt } from '../scripts/build-state.mjs';
import { checkBudgets, measureSizes } from './lib/sizes.mjs';

const { values: args } = parseArgs({
  options: {
    'sizes-only': { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    runs: { type: 'string', default: '5' },
  },
});
const runs = Math.max(1, Number(args.runs) || 5);

const kB = (n) => (n === null || n === undefined ? '—' : `${(n / 1000).toFixed(1)} kB`);
const ms = (n) => (n === null || n === undefined ? '—' : `${Math.round(n)} ms`);

function table(title, header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    cells
      .map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i])))
      .join('  ');
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

const PEER_COLUMNS = [
  ['kiosque', 'Kiosque'],
  ['fullcalendar', 'FullCalendar, all'],
  ['fullcalendar-like-kiosque', 'FullCalendar, as Kiosque'],
];

/** Kiosque and FullCalendar given the same events, side by side: a table and its notes. */
async function comparePeerRenders(browser, pageUrl, events, peers) {
  const sizes = [50, 500, 1000];
  const rows = await comparePeers(browser, pageUrl, { events, sizes, runs });
  const cell = (row, id) => {
    const c = row.contenders.find((x) => x.id === id);
    return c ? `${ms(c.median)} (${c.shown})` : '—';
  };
  table(
    `Kiosque and FullCalendar ${peers.fullcalendar.version}, same events: insertion to the last title on screen (median of ${runs}; titles shown)`,
    ['view', 'events', ...PEER_COLUMNS.map(([, label]) => label), 'Kiosque / fastest', 'target'],
    rows.map((r) => [
      r.view === 'list' ? 'list' : 'month grid',
      r.events,
      ...PEER_COLUMNS.map(([id]) => cell(r, id)),
      r.ratio === null ? '—' : r.ratio.toFixed(2),
      r.target ? `${r.target.text}: ${r.target.met ? 'met' : 'NOT MET'}` : '',
    ]),
  );
  const perCell = eventsPerCell();
  console.log(
    [
      `List: <kiosque-events> draws at most ${LIST_LIMIT} events (Mobilizon answers limit < 100);`,
      `FullCalendar's list view draws them all, and "as Kiosque" the first ${LIST_LIMIT}.`,
      `Month: <kiosque-calendar> draws ${perCell} events a day and "+N more"; FullCalendar's`,
      `dayGridMonth draws them all, and "as Kiosque" ${perCell} a day (dayMaxEvents: ${perCell}).`,
      `FullCalendar as bundled here: ${kB(peers.fullcalendar.gzip)} gzip (JS and CSS).`,
      `Gancio's <gancio-events> is not compared: ${GANCIO.reason}.`,
    ].join('\n'),
  );
  return {
    runs,
    fullcalendar: peers.fullcalendar,
    gancio: GANCIO,
    listLimit: LIST_LIMIT,
    eventsPerCell: perCell,
    rows,
  };
}

await ensureBuilt();
const results = { date: new Date().toISOString(), node: process.version };

results.sizes = await measureSizes();
results.budgets = checkBudgets(results.sizes);
table(
  'Bundle sizes (gzip -9, brotli q11)',
  ['bundle', 'raw', 'gzip', 'brotli'],
  results.sizes.rows.map((r) => [r.name, kB(r.raw), kB(r.gzip), kB(r.brotli)]),
);
table(
  'Budgets',
  ['budget', 'gzip', 'limit', 'goal', ''],
  results.budgets.map((b) => [
    b.name,
    kB(b.actual),
    kB(b.limit),
    b.goal ? kB(b.goal) : '',
    b.ok ? 'ok' : b.found ? 'OVER' : 'NOT FOUND',
  ]),
);

if (!args['sizes-only']) {
  const instance = await startInstance();
  const peers = await buildPeers();
  const server = await startStaticServer({ roots: { peers: peers.dir } });
  const browser = await launchChromium();
  try {
    const page = `${server.url}/pages/bench.html`;
    const cases = [
      { tag: 'kiosque-events', count: 50, attributes: { limit: '99' } },
      { tag: 'kiosque-events', count: 500, attributes: { limit: '99' } },
      { tag: 'kiosque-events', count: 1000, attributes: { limit: '99' } },
      { tag: 'kiosque-calendar', count: 50 },
      { tag: 'kiosque-calendar', count: 500 },
      { tag: 'kiosque-calendar', count: 1000 },
      { tag: 'kiosque-map', count: 5000 },
    ];
    const all = await syntheticEvents(instance.url, 5000);
    results.render = [];
    for (const c of cases) {
      const measured = await renderTime(browser, page, {
        tag: c.tag,
        events: all.slice(0, c.count),
        runs,
        attributes: c.attributes,
      }).catch((error) => ({ error: error.message }));
      results.render.push({ tag: c.tag, events: c.count, ...(measured ?? { missing: true }) });
    }
    table(
      `Render time in Chromium (median of ${runs}; target under 300 ms)`,
      ['element', 'events given', 'events shown', 'until', 'median'],
      results.render.map((r) => [
        `<${r.tag}>`,
        r.events,
        r.missing
          ? 'not built yet'
          : (r.error ?? `${r.shown}${r.clustered === true ? ' markers, clustered' : ''}`),
        r.until ?? '',
        r.missing || r.error ? '—' : ms(r.median),
      ]),
    );

    results.visits = await visits(browser, page, instance.url, { count: 3, runs });
    const v = results.visits;
    table(
      `Three <kiosque-events> on one source (median of ${runs})`,
      ['visit', 'requests to the instance', 'target', 'first events paint'],
      [
        ['first (empty cache)', v.firstVisitRequests, 1, ms(v.coldPaint)],
        ['repeat within the TTL', v.repeatVisitRequests, 0, ms(v.warmPaint)],
      ],
    );

    results.peers = await comparePeerRenders(
      browser,
      `${server.url}/pages/compare.html`,
      all,
      peers,
    ).catch((error) => {
      console.log(`\nKiosque and its peers: not measured (${error.message})`);
      return { error: error.message };
    });
  } finally {
    await browser.close();
    await server.close();
    await peers.close();
    await instance.close();
  }
}

await mkdir(join(repo, 'bench/results'), { recursive: true });
const file = join(repo, 'bench/results/latest.json');
await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWritten to ${file}`);

const over = results.budgets.filter((b) => !b.ok);
if (args.check && over.length > 0) {
  const what = (b) => (b.found ? b.name : `${b.name} (bundle not found in the build)`);
  console.log(`\n${over.length} size budget(s) not met: ${over.map(what).join('; ')}`);
  process.exit(1);
}
