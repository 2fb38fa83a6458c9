/**
 * The block editor previews the blocks with the upgraded elements, on Debian's WordPress (6.1,
 * or the copy KIOSQUE_WORDPRESS_DIR names) and on WordPress 6.5 assembled from the npm package
 * @wp-playground/wordpress-builds (test/wordpress-builds.ts).
 *
 * Where the editor's canvas is an iframe — the tablet and mobile previews from 6.1, and from 6.3
 * the desktop canvas too when every registered block is of API version 3 — only the blocks'
 * `script` and `style` handles and what `enqueue_block_assets` enqueues are loaded into it, not
 * the editor page's scripts: the elements must be defined there for the preview to upgrade.
 * 6.1 writes the iframe's script tags again without their type="module", hence the plugin's
 * classic loader script (assets/elements-loader.js).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Frame,
  type Page,
} from 'playwright-core';
import { createClient } from '@kiosque/client';
import { SEED, startDevInstance, type DevInstance } from '@kiosque/dev-instance';
import { requireWordPress, startWordPress, WORDPRESS_SOURCE, type WordPress } from './harness.js';
import { wordpressBuild } from './wordpress-builds.js';

const WHO = 'The editor test (test/editor.test.ts)';
requireWordPress(WHO, ['chromium']);

/** The `$wp_version` of a WordPress copy (the builds' PHP is minified: one line). */
function wordpressVersion(dir: string): string {
  const file = join(dir, 'wp-includes', 'version.php');
  const version = existsSync(file)
    ? /\$wp_version\s*=\s*'([^']+)'/.exec(readFileSync(file, 'utf8'))?.[1]
    : undefined;
  if (!version) throw new Error(`${WHO} found no $wp_version in ${file}`);
  return version;
}

/** Whether WordPress `version` is `major.minor` or newer. */
function atLeast(version: string, major: number, minor: number): boolean {
  const [a = 0, b = 0] = version.split('.').map(Number);
  return a > major || (a === major && b >= minor);
}

const SITES = [WORDPRESS_SOURCE, wordpressBuild('6.5', WORDPRESS_SOURCE, WHO)].map((dir) => {
  const version = wordpressVersion(dir);
  // From 6.3 the desktop canvas is an iframe when every block is of API version 3.
  return { dir, version, desktopIframe: atLeast(version, 6, 3) };
});

/** Generous: two cores, busy with other suites, and the first PHP requests of a new site. */
const WAIT = 90_000;

let dev: DevInstance;
let browser: Browser;

before(async () => {
  dev = await startDevInstance({ port: 0 });
  browser = await chromium.launch({
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-dev-shm-usage', '--disable-quic'],
  });
});

after(async () => {
  await browser?.close();
  await dev?.close();
});

type Session = Awaited<ReturnType<BrowserContext['storageState']>>;

/** The cookies of the admin, logged in on `wp`. */
async function logIn(wp: WordPress): Promise<Session> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(
      `${wp.url}/wp-login.php?redirect_to=${encodeURIComponent(`${wp.url}/wp-admin/profile.php`)}`,
      { timeout: WAIT },
    );
    await page.fill('#user_login', 'admin');
    await page.fill('#user_pass', 'admin');
    await Promise.all([
      page.waitForURL(/profile\.php/, { waitUntil: 'domcontentloaded', timeout: WAIT }),
      page.click('#wp-submit'),
    ]);
    return await context.storageState();
  } finally {
    await context.close();
  }
}

/**
 * The uncaught errors of a page, which the tests assert there are none of, and its console
 * errors and failed requests, reported as diagnostics (the welcome guide's picture on s.w.org
 * is one: nothing outside 127.0.0.1 answers here).
 */
function watch(page: Page): { uncaught: string[]; errors: string[]; missing: string[] } {
  const uncaught: string[] = [];
  const errors: string[] = [];
  const missing: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => uncaught.push(e.message));
  page.on('response', (r) => {
    if (r.status() >= 400) missing.push(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => missing.push(`${r.failure()?.errorText ?? 'failed'} ${r.url()}`));
  return { uncaught, errors, missing };
}

/** Where a test leaves its screenshot: the system's temporary directory. */
function screenshotPath(version: string, view: string): string {
  return join(tmpdir(), `kiosque-editor-${version}-${view}.png`);
}

/**
 * Opens a new post in the block editor of `wp` as admin, welcome guide closed, and inserts an
 * events block of the climate action group; `device` is the preview ('Desktop', 'Tablet'…).
 */
async function editorWithEventsBlock(
  t: TestContext,
  wp: WordPress,
  session: Session,
  device: string,
) {
  const context = await browser.newContext({ storageState: session });
  const page = await context.newPage();
  const seen = watch(page);
  t.after(async () => {
    for (const e of seen.uncaught) t.diagnostic(`uncaught: ${e}`);
    for (const e of seen.errors) t.diagnostic(`console: ${e}`);
    for (const m of seen.missing) t.diagnostic(`request: ${m}`);
    await context.close();
  });
  await page.goto(`${wp.url}/wp-admin/post-new.php`, { timeout: WAIT });
  await page.waitForFunction(
    () => {
      const w = window as unknown as { wp?: { blocks?: { getBlockType(n: string): unknown } } };
      return Boolean(w.wp?.blocks?.getBlockType('kiosque/events'));
    },
    null,
    { timeout: WAIT },
  );
  await page.evaluate(
    ({ group, device }) => {
      type Store = Record<string, ((...a: unknown[]) => unknown) | undefined>;
      type Wp = {
        data: { dispatch(s: string): Store | undefined };
        blocks: { createBlock(n: string, a: Record<string, unknown>): unknown };
      };
      const w = (window as unknown as { wp: Wp }).wp;
      w.data.dispatch('core/preferences')?.['set']?.('core/edit-post', 'welcomeGuide', false);
      // 6.5+: the editor store; before, the post editor's.
      const setDevice =
        w.data.dispatch('core/editor')?.['setDeviceType'] ??
        w.data.dispatch('core/edit-post')?.['__experimentalSetPreviewDeviceType'];
      setDevice?.(device);
      const block = w.blocks.createBlock('kiosque/events', { group, limit: 2 });
      w.data.dispatch('core/block-editor')?.['insertBlocks']?.(block);
    },
    { group: SEED.groups.climateAction, device },
  );
  return { page, seen };
}

/** The editor's canvas: the iframe's frame when there is one, else the page. */
async function canvas(page: Page): Promise<{ iframed: boolean; frame: Frame }> {
  // The canvas is one or the other once the block is in it.
  const block = '.wp-block-kiosque-events';
  await page.locator(`${block}, iframe[name="editor-canvas"]`).first().waitFor({ timeout: WAIT });
  const iframe = await page.$('iframe[name="editor-canvas"]');
  const frame = iframe ? await iframe.contentFrame() : page.mainFrame();
  assert.ok(frame, 'the canvas iframe has a document');
  return { iframed: Boolean(iframe), frame };
}

async function expectedTitles(): Promise<string[]> {
  const { events } = await createClient({ instance: dev.url, cache: false }).events({
    groups: [SEED.groups.climateAction],
    limit: 2,
  });
  assert.ok(events.length > 0);
  return events.map((e) => e.title);
}

/**
 * Waits until `<kiosque-events>` is defined in `frame`; fails with the canvas's scripts and a
 * screenshot when it is not.
 */
async function elementsDefined(page: Page, frame: Frame, screenshot: string): Promise<void> {
  await frame.locator('.wp-block-kiosque-events kiosque-events').first().waitFor({ timeout: WAIT });
  try {
    await frame.waitForFunction(() => Boolean(customElements.get('kiosque-events')), null, {
      timeout: 30_000,
    });
  } catch {
    const scripts = await frame.evaluate(() =>
      [...document.querySelectorAll('script[src]')].map((s) => (s as HTMLScriptElement).src),
    );
    await page.screenshot({ path: screenshot });
    assert.fail(
      `<kiosque-events> is not defined inside the editor's iframe, whose scripts are ${scripts.join(' ') || 'none'} (screenshot ${screenshot})`,
    );
  }
}

/** Waits for the element's own rendering (its shadow parts) of the events in `frame`. */
async function previewTitles(frame: Frame): Promise<string[]> {
  const preview = frame.locator('.wp-block-kiosque-events kiosque-events [part="title"]');
  await preview.first().waitFor({ timeout: WAIT });
  return (await preview.allTextContents()).map((t) => t.trim());
}

for (const site of SITES) {
  describe(`WordPress ${site.version}`, () => {
    let wp: WordPress;
    let session: Session;

    before(async () => {
      wp = await startWordPress({
        wordpressDir: site.dir,
        setupInput: { instance: dev.url },
        allowPrivateHosts: [new URL(dev.url).host],
        setup: `update_option( 'kiosque_settings', array( 'instance' => $input['instance'] ) + Kiosque\\Settings::defaults() );
return true;`,
      });
      session = await logIn(wp);
    });

    after(async () => {
      await wp?.close();
    });

    const desktop = site.desktopIframe
      ? 'the desktop canvas is an iframe (blocks of API version 3) in which the events block previews with the upgraded element, and the group check names unknown groups'
      : 'the desktop editor previews the events block with the upgraded element, and the group check names unknown groups';
    test(desktop, async (t) => {
      const { page, seen } = await editorWithEventsBlock(t, wp, session, 'Desktop');
      const { iframed, frame } = await canvas(page);
      assert.equal(iframed, site.desktopIframe, 'the desktop canvas is an iframe from 6.3 on');
      const screenshot = screenshotPath(site.version, 'desktop');
      if (iframed) await elementsDefined(page, frame, screenshot);
      assert.deepEqual(await previewTitles(frame), await expectedTitles());
      await page.screenshot({ path: screenshot });
      await page.getByLabel('Group', { exact: true }).fill('no-such-group');
      await page
        .locator('.components-notice')
        .getByText('Unknown on this instance: no-such-group')
        .waitFor({ timeout: WAIT });
      assert.deepEqual(seen.uncaught, []);
    });

    test("in the tablet preview's iframe, <kiosque-events> is defined and draws the events, with the fallback's style", async (t) => {
      const { page, seen } = await editorWithEventsBlock(t, wp, session, 'Tablet');
      const { iframed, frame } = await canvas(page);
      assert.ok(iframed, 'the tablet preview is an iframe');
      const screenshot = screenshotPath(site.version, 'tablet');
      await elementsDefined(page, frame, screenshot);
      assert.deepEqual(await previewTitles(frame), await expectedTitles());
      assert.equal(await frame.locator('style#kiosque-fallback-inline-css').count(), 1);
      await page.screenshot({ path: screenshot });
      assert.deepEqual(seen.uncaught, []);
    });
  });
}
