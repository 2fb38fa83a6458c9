/**
 * The configurator in Chromium against the dev instance: checking the instance, finding and
 * adding groups, every view's live preview, and every snippet rendered or read back showing
 * the same events as the preview. Also axe, the keyboard, French and 360 px.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { startDevInstance, type DevInstance } from '@kiosque/dev-instance';
import { VIEWS, type Attribute } from '../src/config.js';
import {
  parseAstro,
  parseEleventyNunjucks,
  parseHtml,
  parseHugo,
  parseShortcode,
  parseWordpressBlock,
  kebabCase,
} from '../src/snippets.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const elementsEntry = fileURLToPath(new URL('../../elements/src/kiosque.ts', import.meta.url));
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let instance: DevInstance;
let vite: ViteDevServer;
let base: string;
let browser: Browser;

before(async () => {
  instance = await startDevInstance({ port: 0 });
  vite = await createServer({
    root,
    configFile: `${root}vite.config.ts`,
    logLevel: 'silent',
    server: { port: 0, host: '127.0.0.1', strictPort: false, hmr: false },
    plugins: [
      {
        name: 'snippet-pages',
        configureServer(server) {
          server.middlewares.use((request, response, next) => {
            const page = pages.get(request.url ?? '');
            if (!page) return next();
            response.setHeader('content-type', 'text/html; charset=utf-8');
            response.end(page);
          });
        },
      },
    ],
  });
  await vite.listen();
  base = vite.resolvedUrls!.local[0]!.replace(/\/$/, '');
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-dev-shm-usage', '--disable-quic'],
  });
});

after(async () => {
  await browser?.close();
  await vite?.close();
  await instance?.close();
});

/** A page that fails the test on any console error or uncaught error. */
async function openPage(width = 1280): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  // tsx compiles this file with esbuild's keepNames: functions sent to the page call `__name`.
  await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} ${message.location().url}`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

/** The configurator, connected to the dev instance, its snippets loading the local elements. */
async function connected(query = '', width = 1280): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(width);
  await opened.page.goto(`${base}/?instance=${encodeURIComponent(instance.url)}${query}`);
  await opened.page.locator('#instance-status').getByText('Kiosque dev instance').waitFor();
  await opened.page.evaluate((url) => {
    const app = document.querySelector('kiosque-configurator')!;
    app.scriptUrl = url;
    app.requestUpdate();
  }, `${base}/@fs${elementsEntry}`);
  return opened;
}

/**
 * What an element shows once loaded: the addresses of the events it links to (in its shadow
 * roots, nested ones included), or its text when it links to none.
 */
async function shown(page: Page, selector: string): Promise<string[]> {
  const handle = page.locator(selector).first();
  await handle.waitFor({ state: 'attached' });
  // Loaded: the element and every Kiosque element it shows (a list in <kiosque-views>, say)
  // have left their loading state.
  await page.waitForFunction(
    (sel) => {
      const el = document.querySelector(sel);
      if (!el?.shadowRoot) return false;
      const shownRoots = (root: ShadowRoot): ShadowRoot[] => [
        root,
        ...[...root.querySelectorAll('*')]
          .filter((child) => child.shadowRoot && child.getClientRects().length > 0)
          .flatMap((child) => shownRoots(child.shadowRoot!)),
      ];
      return shownRoots(el.shadowRoot).every((root) => {
        const busy = root.querySelector(
          '[role="status"][aria-busy="true"], .loading, [part~="skeleton"]',
        );
        const text = root.textContent ?? '';
        return (
          !busy && (root !== el.shadowRoot || /\S/.test(text)) && !/Loading|Chargement/.test(text)
        );
      });
    },
    selector,
    { timeout: 20_000 },
  );
  // And has rendered what it loaded: every update of every element inside is done.
  await page.evaluate(async (sel) => {
    const updates: unknown[] = [];
    const collect = (root: ParentNode) => {
      for (const child of root.querySelectorAll('*')) {
        updates.push((child as Element & { updateComplete?: Promise<unknown> }).updateComplete);
        if (child.shadowRoot) collect(child.shadowRoot);
      }
    };
    collect(document.querySelector(sel)!.parentNode!);
    await Promise.all(updates);
  }, selector);
  return page.evaluate((sel) => {
    const links: string[] = [];
    const walk = (node: ParentNode) => {
      for (const a of node.querySelectorAll('a[href]')) {
        const href = (a as HTMLAnchorElement).href;
        if (/\/events\/[0-9a-f-]{36}/.test(href)) links.push(href.replace(/#.*$/, ''));
      }
      for (const el of node.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
    };
    const el = document.querySelector(sel)!;
    walk(el.shadowRoot!);
    if (links.length) return [...new Set(links)].sort();
    return [(el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim()];
  }, selector);
}

/**
 * The attributes the configurator gave its preview element, checked to be on that element
 * (which also reflects some of its own, such as `theme`).
 */
async function previewAttributes(page: Page): Promise<{ tag: string; attributes: Attribute[] }> {
  return page.evaluate(() => {
    const spec = document.querySelector('kiosque-configurator')!.spec!;
    const el = document.querySelector('#preview-area > *')!;
    if (el.localName !== spec.tag) throw new Error(`the preview shows ${el.localName}`);
    for (const [name, value] of spec.attributes) {
      if (el.getAttribute(name) !== (value === true ? '' : value)) {
        throw new Error(`the preview has ${name}="${el.getAttribute(name)}", not "${value}"`);
      }
    }
    return { tag: spec.tag, attributes: spec.attributes };
  });
}

async function snippet(page: Page, host: string, id: string): Promise<string> {
  await page.locator(`input[name="host"][value="${host}"]`).check();
  return (await page.locator(`pre[data-snippet="${id}"]`).textContent()) ?? '';
}

/** Pages served by the configurator's own server for `render` (same origin as its scripts). */
const pages = new Map<string, string>();

/** Opens `html` as a page of the configurator's server, and returns what its element shows. */
async function render(
  html: string,
  selector: string,
): Promise<{ events: string[]; errors: string[] }> {
  const { page, errors } = await openPage();
  const path = `/snippet-${pages.size}.html`;
  pages.set(
    path,
    `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"></head><body>${html}</body></html>`,
  );
  await page.goto(`${base}${path}`);
  const events = await shown(page, selector);
  await page.close();
  return { events, errors };
}

function sorted(attributes: Attribute[]): Attribute[] {
  return [...attributes].sort(([a], [b]) => a.localeCompare(b));
}

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run(
            context: unknown,
            options: unknown,
          ): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

describe('the configurator', () => {
  it('shows the instance name once its address is checked', async () => {
    const { page, errors } = await connected();
    assert.match(
      await page.locator('#instance-status').innerText(),
      /Found: Kiosque dev instance \(Mobilizon 5\.1\.3\)\./,
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('explains an address that is not an instance, and one that does not answer', async () => {
    const { page, errors } = await openPage();
    await page.goto(base);
    await page.getByLabel('Address of the instance').fill('mobilizon.example/events');
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByRole('alert').getByText('This is not the address of an instance').waitFor();
    assert.equal(
      await page.getByLabel('Address of the instance').getAttribute('aria-invalid'),
      'true',
    );
    await page.getByLabel('Address of the instance').fill('http://127.0.0.1:9');
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByRole('alert').getByText('This instance could not be reached').waitFor();
    // A server that answers 404, without the CORS header of Mobilizon's API: it is there.
    const notFound = createHttpServer((_request, response) => response.writeHead(404).end());
    await new Promise<void>((resolve) => notFound.listen(0, '127.0.0.1', resolve));
    const { port } = notFound.address() as AddressInfo;
    try {
      await page.getByLabel('Address of the instance').fill(`http://127.0.0.1:${port}`);
      await page.getByRole('button', { name: 'Check' }).click();
      await page
        .getByRole('alert')
        .getByText('This address does not answer like a Mobilizon instance')
        .waitFor();
    } finally {
      await new Promise((resolve) => notFound.close(resolve));
    }
    assert.deepEqual(
      errors.filter((e) => !/127\.0\.0\.1:(9|\d{4,5})\b/.test(e)),
      [],
    );
    await page.close();
  });

  it('takes an address typed without https://', async () => {
    const { page } = await openPage();
    await page.goto(base);
    await page.getByLabel('Address of the instance').fill('mobilizon.example');
    await page.getByRole('button', { name: 'Check' }).click();
    // No network here: the address is taken, asked, and does not answer.
    await page.getByRole('alert').getByText('This instance could not be reached').waitFor();
    await page.close();
  });

  it('is used with the keyboard alone: type the address, Enter, Tab to the views', async () => {
    const { page } = await openPage();
    await page.goto(base);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'instance');
    await page.keyboard.type(instance.url);
    await page.keyboard.press('Enter');
    await page.locator('#instance-status').getByText('Kiosque dev instance').waitFor();
    // After the address and its button, the next stop is the choice of view.
    let stops = 0;
    while (
      stops < 4 &&
      (await page.evaluate(() => (document.activeElement as HTMLInputElement).name)) !== 'view'
    ) {
      await page.keyboard.press('Tab');
      stops++;
    }
    assert.equal(
      await page.evaluate(() => (document.activeElement as HTMLInputElement).name),
      'view',
    );
    await page.keyboard.press('ArrowRight');
    await page.locator('#preview-area kiosque-events[layout="grid"]').waitFor();
    await page.close();
  });

  it('lists the groups with upcoming events, finds them by name, and adds a typed one after checking it', async () => {
    const { page, errors } = await connected();
    await page.getByLabel('Find a group').fill('repair');
    assert.deepEqual(
      (await page.locator('.choices label').allInnerTexts()).map((t) =>
        t.replace(/\s+/g, ' ').trim(),
      ),
      ['Repair Café Montréal repair-cafe'],
    );
    await page.getByLabel('Add a group by its name').fill('no-such-group');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.locator('#group-status').getByText('Unknown group: “no-such-group”').waitFor();
    await page.getByLabel('Add a group by its name').fill('velo-libre');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.locator('#group-status').getByText('Group “velo-libre” added.').waitFor();
    await page.locator('#preview-area kiosque-events[group="velo-libre"]').waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });

  for (const view of VIEWS) {
    it(`${view}: the HTML snippet and every host's snippet show the same events as the preview`, async () => {
      const { page, errors } = await connected();
      await page.locator(`input[name="view"][value="${view}"]`).check();
      if (view !== 'event' && view !== 'rsvp') {
        await page.getByLabel(/Repair Café Montréal/).check();
        await page.getByLabel(/Climate Action Lyon/).check();
      }
      if (view === 'list') {
        await page.getByLabel('How many events').fill('3');
        await page.getByLabel('How many events').press('Tab');
        await page.locator('#color-accent').fill('#aa3300');
      }
      const preview = await previewAttributes(page);
      await page.locator(`#preview-area ${preview.tag}[instance]`).waitFor();
      const expected = await shown(page, '#preview-area > *');
      assert.ok(expected.length > 0 && expected[0] !== '', 'the preview shows something');

      // Plain HTML, rendered as it is.
      const html = await snippet(page, 'html', 'html');
      const parsedHtml = parseHtml(html);
      assert.equal(parsedHtml.tag, preview.tag);
      assert.deepEqual(
        sorted(parsedHtml.attributes.filter(([n]) => n !== 'style')),
        sorted(preview.attributes),
      );
      const rendered = await render(html, preview.tag);
      assert.deepEqual(rendered.events, expected, 'the HTML snippet shows the preview’s events');
      assert.deepEqual(rendered.errors, []);

      // Each host's snippet read back into attributes: the preview's.
      const block = parseWordpressBlock(await snippet(page, 'wordpress', 'wordpressBlock'));
      assert.equal(block.name, `kiosque/${preview.tag.slice('kiosque-'.length)}`);
      const fromHosts: Record<string, Attribute[]> = {
        'WordPress block': Object.entries(block.attributes).map(([n, v]) => [
          kebabCase(n),
          v === true ? true : String(v),
        ]),
        'WordPress shortcode': parseShortcode(
          await snippet(page, 'wordpress', 'wordpressShortcode'),
        ).attributes,
        Eleventy: parseEleventyNunjucks(await snippet(page, 'eleventy', 'eleventyNunjucks'))
          .attributes,
        Hugo: parseHugo(await snippet(page, 'hugo', 'hugo')).attributes,
        Astro: parseAstro(await snippet(page, 'astro', 'astro')).attributes,
      };
      for (const [host, attributes] of Object.entries(fromHosts)) {
        assert.deepEqual(sorted(attributes), sorted(preview.attributes), `${host} snippet`);
      }
      if (view === 'list') {
        // The colour reaches every host: inline in HTML, as a stylesheet rule elsewhere.
        assert.match(html, /style="--kiosque-color-accent: #aa3300"/);
        assert.match(
          await snippet(page, 'hugo', 'css'),
          /^kiosque-events \{\n {2}--kiosque-color-accent: #aa3300;\n\}$/,
        );
        // And an element written from a host's attributes shows the same events too.
        const fromHugo = fromHosts['Hugo']!.map(([n, v]) => (v === true ? n : `${n}="${v}"`)).join(
          ' ',
        );
        const script = `<script type="module" src="${base}/@fs${elementsEntry}"></script>`;
        const hugo = await render(
          `${script}<${preview.tag} ${fromHugo}></${preview.tag}>`,
          preview.tag,
        );
        assert.deepEqual(hugo.events, expected);
      }
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  it('has no axe violation, connected, with the snippets shown', async () => {
    const { page } = await connected();
    await shown(page, '#preview-area > *');
    assert.deepEqual(await axe(page), []);
    await page.close();
  });

  it('speaks French, and works at 360 px wide without sideways scrolling', async () => {
    const { page, errors } = await connected('&lang=fr', 360);
    assert.equal(
      await page.locator('h1').innerText(),
      'Mettez vos événements Mobilizon sur votre site',
    );
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
    await page.locator('input[name="view"][value="grid"]').check();
    await shown(page, '#preview-area > *');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.equal(overflow, 0, 'nothing is wider than the screen');
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
