#!/usr/bin/env node
/**
 * Kiosque benchmarks: bundle sizes against budgets, render times, requests per page and time
 * to first events paint, in Chromium. Prints a table and writes bench/results/latest.json.
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
  const server = await startStaticServer();
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
  } finally {
    await browser.close();
    await server.close();
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
