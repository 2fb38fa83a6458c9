/**
 * Every host's snippet, rendered by the host itself: the configurator is set up in Chromium
 * against a dev instance, its live preview read and its snippets copied; then the WordPress
 * block and shortcode go into posts of a real WordPress with the plugin, and the Eleventy
 * (Nunjucks and Liquid), Hugo and Astro snippets become the pages of one small site per host,
 * built with the real tool. Each page, opened in Chromium, must show the same event titles,
 * in the same order, as the preview did.
 *
 * The snippets load the elements from the CDN; the browser gets the local build instead
 * (packages/elements/dist, `npm run build`). WordPress and Astro serve their own copy.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { startDevInstance, type DevInstance } from '@kiosque/dev-instance';
import { ROOT, run, type BuildResult } from '../../../fixtures/fallback/hosts.js';
import { serveDirectory } from '../../../fixtures/fallback/static-server.js';
import { requireWordPress, startWordPress, type WordPress } from '../../wordpress/test/harness.js';
import type { Tag, View } from '../src/config.js';
import { CDN_SCRIPT_URL, type Snippets } from '../src/snippets.js';

const configuratorRoot = fileURLToPath(new URL('..', import.meta.url));
const elementsDist = path.join(ROOT, 'packages/elements/dist');

// Every host is tested, or the file fails here in one line: a missing program (php, MariaDB,
// WordPress, Hugo, Chromium) or a missing build.
requireWordPress('The configurator hosts test', ['hugo', 'chromium']);
if (!existsSync(path.join(elementsDist, 'kiosque.js'))) {
  throw new Error('packages/elements/dist/kiosque.js is missing: run npm run build');
}

/**
 * The dev instance's clock is frozen for the run, at the current minute: the hosts and the
 * browser ask for "upcoming" events and for this month's calendar with their own clock.
 */
const now = new Date(Math.floor(Date.now() / 60_000) * 60_000);

interface Case {
  name: string;
  /** Page names in the sites built for the hosts. */
  slug: string;
  view: View;
  tag: Tag;
  /** What the volunteer does in the configurator after choosing the view. */
  configure(page: Page): Promise<void>;
}

const CASES: Case[] = [
  {
    name: 'a list of one group',
    slug: 'group-list',
    view: 'list',
    tag: 'kiosque-events',
    async configure(page) {
      await page.getByLabel(/Repair Café Montréal/).check();
      await page.getByLabel('How many events', { exact: true }).fill('3');
      await page.getByLabel('How many events', { exact: true }).press('Tab');
    },
  },
  {
    name: 'a filtered list in French',
    slug: 'filtered-list',
    view: 'compact',
    tag: 'kiosque-events',
    async configure(page) {
      await page.getByLabel('Tags', { exact: true }).fill('vélo');
      await page.getByLabel('Tags', { exact: true }).press('Tab');
      await page.getByLabel('Where', { exact: true }).selectOption('in-person');
      await page.locator('#look-lang').selectOption('fr');
    },
  },
  {
    name: 'one event',
    slug: 'one-event',
    view: 'event',
    tag: 'kiosque-event',
    async configure(page) {
      const select = page.locator('#event');
      const second = await select.locator('option').nth(1).getAttribute('value');
      await select.selectOption(second!);
    },
  },
  {
    name: "a calendar of this month's events",
    slug: 'calendar',
    view: 'calendar',
    tag: 'kiosque-calendar',
    async configure() {},
  },
  {
    name: 'a map of two groups',
    slug: 'map',
    view: 'map',
    tag: 'kiosque-map',
    async configure(page) {
      await page.getByLabel(/Vélo Libre/).check();
      await page.getByLabel(/Climate Action Lyon/).check();
    },
  },
];

/**
 * Defines `kiosqueTitles(element)` in every page: the event titles an element shows, in order,
 * read from its shadow DOM, or null while it is still loading. A map's titles are those of its
 * list, which it renders once opened; a calendar's those of its agenda (an event spanning
 * several days is counted once).
 */
const READER = `
window.kiosqueTitles = (el) => {
  const root = el && el.shadowRoot;
  if (!root || !root.firstElementChild) return null;
  if (root.querySelector('.skeleton, .skeleton-map, [aria-busy="true"]')) return null;
  const text = (node) => (node.textContent || '').replace(/\\s+/g, ' ').trim();
  if (el.localName === 'kiosque-events') {
    return [...root.querySelectorAll('[part~="event"] [part~="title"]')].map(text);
  }
  if (el.localName === 'kiosque-event') {
    return [...root.querySelectorAll('[part~="title"]')].map(text);
  }
  if (el.localName === 'kiosque-calendar') {
    const seen = new Set();
    return [...root.querySelectorAll('[part~="agenda"] .item-title a')]
      .filter((a) => !seen.has(a.href) && seen.add(a.href))
      .map(text);
  }
  if (el.localName === 'kiosque-map') {
    const details = root.querySelector('details[part~="list"]');
    if (!details) return null;
    if (!details.open) {
      details.open = true;
      return null;
    }
    return [...details.querySelectorAll('.item .title')].map(text);
  }
  return null;
};`;

interface Expected {
  titles: string[];
  snippets: Pick<
    Snippets,
    | 'wordpressBlock'
    | 'wordpressShortcode'
    | 'eleventyConfig'
    | 'eleventyNunjucks'
    | 'eleventyLiquid'
    | 'hugo'
    | 'astro'
  >;
}

let instance: DevInstance;
let browser: Browser;
let work: string;
const expected = new Map<string, Expected>();
const sites = new Map<string, { dir: string; result: BuildResult }>();
let wordpress: WordPress | undefined;
let wordpressLinks: Record<string, string> = {};

/** Opens the configurator on the dev instance, sets up `c`, and reads its preview and snippets. */
async function fromConfigurator(base: string, c: Case): Promise<Expected> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript({ content: READER });
  await page.goto(`${base}/?instance=${encodeURIComponent(instance.url)}&lang=en`);
  await page.locator('#instance-status').getByText('Kiosque dev instance').waitFor();
  await page.locator(`input[name="view"][value="${c.view}"]`).check();
  await c.configure(page);
  await page.locator(`#preview-area > ${c.tag}`).waitFor({ state: 'attached' });
  const titles = await settledTitles(page, '#preview-area > *');
  const snippets = {} as Expected['snippets'];
  const hosts = {
    wordpress: ['wordpressBlock', 'wordpressShortcode'],
    eleventy: ['eleventyConfig', 'eleventyNunjucks', 'eleventyLiquid'],
    hugo: ['hugo'],
    astro: ['astro'],
  } as const;
  for (const [host, ids] of Object.entries(hosts)) {
    await page.locator(`input[name="host"][value="${host}"]`).check();
    for (const id of ids) {
      snippets[id] = (await page.locator(`pre[data-snippet="${id}"]`).textContent()) ?? '';
    }
  }
  await page.close();
  return { titles, snippets };
}

/** Waits until the element shows events, and returns their titles. */
async function settledTitles(page: Page, selector: string): Promise<string[]> {
  const handle = await page.waitForFunction(
    (sel) => {
      const titles = (
        window as unknown as { kiosqueTitles(el: Element | null): string[] | null }
      ).kiosqueTitles(document.querySelector(sel));
      return titles && titles.length ? titles : null;
    },
    selector,
    { timeout: 20_000 },
  );
  return (await handle.jsonValue()) as string[];
}

/**
 * Opens `url` and returns the titles its first `tag` element shows once they are those
 * expected (or what it shows when that does not happen), with any uncaught page error.
 */
async function shownAt(
  context: BrowserContext,
  url: string,
  tag: Tag,
  titles: string[],
): Promise<{ titles: string[] | null; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  const read = (): Promise<string[] | null> =>
    page.evaluate(
      (t) =>
        (window as unknown as { kiosqueTitles(el: Element | null): string[] | null }).kiosqueTitles(
          document.querySelector(t),
        ),
      tag,
    );
  await page
    .waitForFunction(
      ({ t, want }) =>
        JSON.stringify(
          (
            window as unknown as { kiosqueTitles(el: Element | null): string[] | null }
          ).kiosqueTitles(document.querySelector(t)),
        ) === want,
      { t: tag, want: JSON.stringify(titles) },
      { timeout: 20_000 },
    )
    .catch(() => undefined);
  const shown = await read();
  await page.close();
  return { titles: shown, errors };
}

/** A browser context whose requests for the CDN build are answered by the local build. */
async function hostContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript({ content: READER });
  const cdn = CDN_SCRIPT_URL.replace(/kiosque\.js$/, '');
  await context.route(`${cdn}**`, (route) =>
    route.fulfill({
      path: path.join(elementsDist, route.request().url().slice(cdn.length)),
      contentType: 'text/javascript',
    }),
  );
  return context;
}

function page(title: string, body: string): string {
  return `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,"></head>\n<body>\n${body}\n</body>\n</html>\n`;
}

/** An Eleventy site: the plugin set up by the configurator's line, one page per snippet. */
async function buildEleventy(dir: string): Promise<BuildResult> {
  const [first] = [...expected.values()];
  await writeFile(path.join(dir, 'eleventy.config.js'), first!.snippets.eleventyConfig);
  await mkdir(path.join(dir, 'src'));
  for (const c of CASES) {
    const { snippets } = expected.get(c.slug)!;
    await writeFile(
      path.join(dir, 'src', `${c.slug}-nunjucks.njk`),
      page(c.name, snippets.eleventyNunjucks),
    );
    await writeFile(
      path.join(dir, 'src', `${c.slug}-liquid.liquid`),
      page(c.name, snippets.eleventyLiquid),
    );
  }
  const cli = path.join(ROOT, 'node_modules/@11ty/eleventy/cmd.cjs');
  return run(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', cli, '--input=src', '--output=dist', '--quiet'],
    { cwd: dir },
  );
}

/** A Hugo site with the theme component of packages/hugo, one page per snippet. */
async function buildHugo(dir: string): Promise<BuildResult> {
  await writeFile(
    path.join(dir, 'config.toml'),
    `baseURL = "http://127.0.0.1/"
languageCode = "en"
title = "Snippets"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
themesDir = ${JSON.stringify(path.join(ROOT, 'packages'))}
theme = ["hugo"]

[security.http]
  methods = ["(?i)GET|POST"]
  urls = ['^http://127\\.0\\.0\\.1:\\d+/']
`,
  );
  await mkdir(path.join(dir, 'layouts/_default'), { recursive: true });
  await writeFile(
    path.join(dir, 'layouts/_default/single.html'),
    page('{{ .Title }}', '{{ .Content }}'),
  );
  await mkdir(path.join(dir, 'content'));
  for (const c of CASES) {
    await writeFile(
      path.join(dir, 'content', `${c.slug}.md`),
      `---\ntitle: ${JSON.stringify(c.name)}\n---\n\n${expected.get(c.slug)!.snippets.hugo}\n`,
    );
  }
  return run(
    'hugo',
    ['--source', dir, '--destination', path.join(dir, 'dist'), '--cacheDir', `${dir}-cache`],
    { cwd: dir },
  );
}

/** An Astro site, one page per snippet (its frontmatter, then the component in a page). */
async function buildAstro(dir: string): Promise<BuildResult> {
  // Astro compiles the components of @kiosque/astro inside the project: keep the symlink path.
  await writeFile(
    path.join(dir, 'astro.config.mjs'),
    'export default { vite: { resolve: { preserveSymlinks: true } } };\n',
  );
  await mkdir(path.join(dir, 'src/pages'), { recursive: true });
  for (const c of CASES) {
    const snippet = expected.get(c.slug)!.snippets.astro;
    const match = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(snippet);
    assert.ok(match, 'the Astro snippet starts with its frontmatter');
    await writeFile(
      path.join(dir, 'src/pages', `${c.slug}.astro`),
      `${match[1]}\n${page(c.name, match[2]!.trim())}`,
    );
  }
  return run(process.execPath, [path.join(ROOT, 'node_modules/astro/astro.js'), 'build'], {
    cwd: dir,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  });
}

/** A folder for a site, whose imports (`@kiosque/eleventy`, …) resolve to this workspace. */
async function siteDir(name: string): Promise<string> {
  const dir = path.join(work, name);
  await mkdir(dir);
  await symlink(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

before(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'kiosque-snippets-'));
  instance = await startDevInstance({ port: 0, now });
  browser = await chromium.launch({
    executablePath: process.env['CHROME_PATH'] || '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-dev-shm-usage', '--disable-quic'],
  });

  const vite: ViteDevServer = await createServer({
    root: configuratorRoot,
    configFile: path.join(configuratorRoot, 'vite.config.ts'),
    logLevel: 'silent',
    server: { port: 0, host: '127.0.0.1', strictPort: false, hmr: false },
  });
  try {
    await vite.listen();
    const base = vite.resolvedUrls!.local[0]!.replace(/\/$/, '');
    for (const c of CASES) expected.set(c.slug, await fromConfigurator(base, c));
  } finally {
    await vite.close();
  }

  const builds: [string, (dir: string) => Promise<BuildResult>][] = [
    ['Eleventy', buildEleventy],
    ['Hugo', buildHugo],
    ['Astro', buildAstro],
  ];
  const startingWordPress = startWordPress({
    setupInput: Object.fromEntries(
      CASES.flatMap((c) => {
        const { snippets } = expected.get(c.slug)!;
        return [
          [`${c.slug}-block`, snippets.wordpressBlock],
          [`${c.slug}-shortcode`, snippets.wordpressShortcode],
        ];
      }),
    ),
    allowPrivateHosts: [new URL(instance.url).host],
    // Slashed: wp_insert_post() unslashes, and a block's JSON may hold backslashes.
    setup: `
$links = array();
foreach ( $input as $slug => $content ) {
	$id = wp_insert_post( wp_slash( array( 'post_type' => 'post', 'post_status' => 'publish', 'post_title' => $slug, 'post_name' => $slug, 'post_content' => $content ) ) );
	$links[ $slug ] = get_permalink( $id );
}
return $links;`,
  });
  await Promise.all([
    ...builds.map(async ([name, build]) => {
      const dir = await siteDir(name);
      sites.set(name, { dir: path.join(dir, 'dist'), result: await build(dir) });
    }),
    startingWordPress.then((started) => {
      wordpress = started;
      wordpressLinks = started.setupOutput as Record<string, string>;
    }),
  ]);
});

after(async () => {
  await wordpress?.close();
  await browser?.close();
  await instance?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** The checks of one host: for each case, the page that holds its snippet shows the preview's events. */
function sameEventsAsPreview(
  variants: { label: string; url(c: Case): string | Promise<string> }[],
): void {
  let context: BrowserContext;
  before(async () => {
    context = await hostContext();
  });
  after(async () => {
    await context?.close();
  });
  for (const c of CASES) {
    for (const variant of variants) {
      it(`${c.name}: the ${variant.label} shows the same events as the preview`, async () => {
        const want = expected.get(c.slug)!.titles;
        assert.ok(want.length > 0, 'the preview shows events');
        const shown = await shownAt(context, await variant.url(c), c.tag, want);
        assert.deepEqual(shown.titles, want);
        assert.deepEqual(shown.errors, []);
      });
    }
  }
}

/** Serves a built site for the tests of one host; its URL once the site is up. */
function servedSite(name: string): () => string {
  let site: Awaited<ReturnType<typeof serveDirectory>> | undefined;
  before(async () => {
    const built = sites.get(name)!;
    assert.equal(built.result.code, 0, built.result.output);
    site = await serveDirectory(built.dir);
  });
  after(async () => {
    await site?.close();
  });
  return () => site!.url;
}

describe('WordPress: the block and the shortcode in posts', () => {
  sameEventsAsPreview([
    { label: 'block', url: (c) => wordpressLinks[`${c.slug}-block`]! },
    { label: 'shortcode', url: (c) => wordpressLinks[`${c.slug}-shortcode`]! },
  ]);
});

describe('Eleventy: the plugin line and the shortcodes in a built site', () => {
  const url = servedSite('Eleventy');
  sameEventsAsPreview([
    { label: 'Nunjucks shortcode', url: (c) => `${url()}/${c.slug}-nunjucks/` },
    { label: 'Liquid shortcode', url: (c) => `${url()}/${c.slug}-liquid/` },
  ]);
});

describe('Hugo: the shortcode in a built site', () => {
  const url = servedSite('Hugo');
  sameEventsAsPreview([{ label: 'shortcode', url: (c) => `${url()}/${c.slug}/` }]);
});

describe('Astro: the component in a built site', () => {
  const url = servedSite('Astro');
  sameEventsAsPreview([{ label: 'component', url: (c) => `${url()}/${c.slug}/` }]);
});
