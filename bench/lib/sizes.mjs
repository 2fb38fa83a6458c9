/**
 * Bundle sizes: raw, gzip -9 and brotli (max quality) of the CDN build's initial module and
 * lazy chunks, and of one bundle per element entry with nothing external (Lit and the client
 * included), built the same way as the CDN build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { distDir, elementsDir, importSource, repo } from './env.mjs';

export function sizeOf(buffers) {
  const list = Array.isArray(buffers) ? buffers : [buffers];
  const sum = (f) => list.reduce((total, b) => total + f(b), 0);
  return {
    raw: sum((b) => b.length),
    gzip: sum((b) => gzipSync(b, { level: 9 }).length),
    brotli: sum(
      (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    ),
  };
}

const STATIC_IMPORT =
  /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;

function importsOf(file) {
  const code = readFileSync(file, 'utf8');
  const here = dirname(file);
  const resolveAll = (re) => [...code.matchAll(re)].map((m) => resolve(here, m[1]));
  return { static: resolveAll(STATIC_IMPORT), dynamic: resolveAll(DYNAMIC_IMPORT) };
}

/** The files loaded at once with `entry` (itself and its static imports, transitively). */
function staticClosure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of importsOf(file).static) visit(next);
  };
  visit(entry);
  return [...seen];
}

/** An entry's initial closure, and each lazily imported chunk with what it adds. */
export function moduleGraph(entry) {
  const initial = staticClosure(entry);
  const lazy = [];
  const loaded = new Set(initial);
  const queue = [...initial];
  while (queue.length) {
    const file = queue.shift();
    for (const target of importsOf(file).dynamic) {
      if (loaded.has(target)) continue;
      const adds = staticClosure(target).filter((f) => !loaded.has(f));
      adds.forEach((f) => loaded.add(f));
      lazy.push({ file: target, from: file, files: adds });
      queue.push(...adds);
    }
  }
  return { initial, lazy };
}

/** Third-party packages a chunk bundles, read from its source map. */
function packagesIn(file) {
  if (!existsSync(`${file}.map`)) return [];
  const { sources = [] } = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const names = sources
    .map((s) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(s)?.[1])
    .filter(Boolean);
  return [...new Set(names)];
}

function sourcesIn(file) {
  if (!existsSync(`${file}.map`)) return [];
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  return (map.sources ?? []).map((s) => resolve(dirname(file), map.sourceRoot ?? '', s));
}

const resolveConditions = ['source', 'module', 'browser', 'import', 'default'];

/**
 * Builds `input` with the CDN build's options (packages/elements/build/cdn.ts) and plugins into
 * a temp dir. `asShipped`: leave third-party style sheets as their packages ship them (the map
 * baseline), without the images our build drops from Leaflet's.
 */
async function buildLikeCdn(input, outDir, { asShipped = false } = {}) {
  const { build } = await import('vite');
  const { minifyLiteralsPlugin } = await importSource('packages/elements/build/minify-literals.ts');
  const { leafletStyleSheet } = await importSource('packages/elements/build/leaflet-css.ts');
  const { cdnBuildOptions } = await importSource('packages/elements/build/cdn.ts');
  await build({
    root: elementsDir,
    configFile: false,
    logLevel: 'silent',
    plugins: asShipped ? [minifyLiteralsPlugin()] : [minifyLiteralsPlugin(), leafletStyleSheet()],
    resolve: { conditions: resolveConditions },
    build: { ...cdnBuildOptions(input, outDir), emptyOutDir: true },
  });
}

const read = (files) => files.map((f) => readFileSync(f));

/** Third-party packages of the map: their scripts and style sheets are the budget's baseline. */
const MAP_THIRD_PARTY = /node_modules\/(leaflet|leaflet\.markercluster)\//;

/**
 * The style sheets our modules in `chunkFiles` import as `?inline` strings from the map's
 * third-party packages (Leaflet's and markercluster's CSS). Source maps do not list them, so
 * they are read from the importing sources.
 */
function thirdPartyStyleSheets(chunkFiles) {
  const ours = [...new Set(chunkFiles.flatMap(sourcesIn))].filter(
    (s) => s.startsWith(join(elementsDir, 'src')) && existsSync(s),
  );
  const require = createRequire(join(elementsDir, 'package.json'));
  const sheets = ours.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\bfrom\s+['"]([^'"]+\.css)\?inline['"]/g)].map((m) =>
      require.resolve(m[1]),
    ),
  );
  return [...new Set(sheets)].filter((s) => MAP_THIRD_PARTY.test(s));
}

/**
 * The map budget's baseline: what the map chunks bundle from Leaflet and
 * leaflet.markercluster — exactly their script files found in the chunks' source maps, and
 * the style sheets our adapter inlines — built the same way as the chunks into one module.
 */
async function mapThirdPartyBaseline(chunkFiles, tmp, { asShipped = true } = {}) {
  const scripts = [...new Set(chunkFiles.flatMap(sourcesIn))].filter((s) =>
    MAP_THIRD_PARTY.test(s),
  );
  if (scripts.length === 0) return null;
  const sheets = thirdPartyStyleSheets(chunkFiles);
  const lines = [
    ...scripts.map((s, i) => `export * as js${i} from ${JSON.stringify(s)};`),
    ...sheets.map((s, i) => `export { default as css${i} } from ${JSON.stringify(`${s}?inline`)};`),
  ];
  const entry = join(tmp, 'map-third-party.js');
  await writeFile(entry, lines.join('\n'));
  const out = join(tmp, asShipped ? 'map-third-party-out' : 'map-third-party-ours');
  await buildLikeCdn({ 'map-third-party': entry }, out, { asShipped });
  const files = moduleGraph(join(out, 'map-third-party.js')).initial;
  return { files: [...scripts, ...sheets].map((f) => relative(repo, f)), ...sizeOf(read(files)) };
}

/**
 * The lazily loaded code behind a feature: starting from the chunk that bundles `pkg`, up to
 * the lazy chunk the initial module imports, then every lazy chunk loaded from there.
 */
function lazyGroupWith(lazy, pkg) {
  let root = lazy.find((c) => c.files.some((f) => packagesIn(f).includes(pkg)));
  if (!root) return null;
  const owner = (file) => lazy.find((c) => c.files.includes(file));
  while (owner(root.from)) root = owner(root.from);
  const group = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of lazy) {
      if (!group.has(c) && [...group].some((g) => g.files.includes(c.from))) {
        group.add(c);
        grew = true;
      }
    }
  }
  return [...group].flatMap((c) => c.files);
}

/** Every `src/kiosque-*.ts` except the all-in-one `kiosque.ts`. */
function elementEntries() {
  return readdirSync(join(elementsDir, 'src'))
    .filter((f) => /^kiosque-[a-z-]+\.ts$/.test(f))
    .map((f) => basename(f, '.ts'))
    .sort();
}

export async function measureSizes() {
  const rows = [];
  const rel = (f) => relative(elementsDir, f);
  const kiosque = moduleGraph(join(distDir, 'kiosque.js'));
  rows.push({
    name: 'kiosque.js initial module',
    files: kiosque.initial.map(rel),
    ...sizeOf(read(kiosque.initial)),
  });
  for (const chunk of kiosque.lazy) {
    rows.push({
      name: `kiosque.js lazy ${basename(chunk.file).replace(/-[\w-]{8}\.js$/, '')}`,
      files: chunk.files.map(rel),
      packages: chunk.files.flatMap(packagesIn),
      ...sizeOf(read(chunk.files)),
    });
  }

  const tmp = await mkdtemp(join(tmpdir(), 'kiosque-bench-'));
  try {
    for (const name of elementEntries()) {
      const out = join(tmp, name);
      await buildLikeCdn({ [name]: join(elementsDir, 'src', `${name}.ts`) }, out);
      const graph = moduleGraph(join(out, `${name}.js`));
      rows.push({
        name: `<${name}> entry (Lit and client included)`,
        entry: name,
        ...sizeOf(read(graph.initial)),
      });
      for (const chunk of graph.lazy) {
        rows.push({
          name: `<${name}> lazy ${basename(chunk.file).replace(/-[\w-]{8}\.js$/, '')}`,
          packages: chunk.files.flatMap(packagesIn),
          ...sizeOf(read(chunk.files)),
        });
      }
    }
    const mapFiles = lazyGroupWith(kiosque.lazy, 'leaflet');
    const baseline = mapFiles ? await mapThirdPartyBaseline(mapFiles, tmp) : null;
    // The same third-party code as our build ships it (Leaflet's CSS without unused images):
    // what our own code is measured against.
    const shipped = mapFiles
      ? await mapThirdPartyBaseline(mapFiles, tmp, { asShipped: false })
      : null;
    const mapChunks = mapFiles ? sizeOf(read(mapFiles)) : null;
    if (mapChunks && baseline && shipped) {
      rows.push({
        name: 'kiosque.js map chunks (all lazy)',
        files: mapFiles.map(rel),
        ...mapChunks,
      });
      rows.push({
        name: 'map third party: Leaflet, markercluster and their CSS (baseline)',
        baseline: true,
        ...baseline,
      });
      rows.push({
        name: 'map third party as we ship it (Leaflet CSS without unused images)',
        ...shipped,
      });
      rows.push({
        name: 'map, our code: element and adapter (chunks − third party as shipped)',
        raw: mapChunks.raw - shipped.raw,
        gzip: mapChunks.gzip - shipped.gzip,
        brotli: mapChunks.brotli - shipped.brotli,
      });
    }
    return { rows, mapChunk: mapChunks, mapThirdParty: baseline, mapThirdPartyShipped: shipped };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** Budgets from issue 9, in gzip bytes (1 kB = 1000 bytes). */
export function checkBudgets(sizes) {
  const byName = (n) => sizes.rows.find((r) => r.name === n);
  const events = byName('<kiosque-events> entry (Lit and client included)');
  const all = byName('kiosque.js initial module');
  const budgets = [
    {
      name: '<kiosque-events> entry, gzip',
      actual: events?.gzip ?? null,
      limit: 25_000,
      goal: 12_000,
    },
    { name: 'kiosque.js initial module, gzip', actual: all?.gzip ?? null, limit: 35_000 },
  ];
  // Our map code (element and Leaflet adapter) on top of Leaflet, markercluster and their CSS
  // as our build ships them: what we trim from Leaflet's CSS does not count as our saving.
  const mapFound = Boolean(sizes.mapChunk && sizes.mapThirdPartyShipped);
  budgets.push({
    name: 'map chunks, gzip (Leaflet + markercluster + their CSS as shipped + 8 kB)',
    actual: mapFound ? sizes.mapChunk.gzip : null,
    limit: mapFound ? sizes.mapThirdPartyShipped.gzip + 8_000 : null,
  });
  // A budgeted bundle that was not found fails its budget: it cannot be shown to hold.
  return budgets.map((b) => ({
    ...b,
    found: b.actual !== null,
    ok: b.actual !== null && b.limit !== null && b.actual <= b.limit,
  }));
}
