/**
 * Opens every story of the built Storybook (storybook-static) in Chromium, waits for its
 * elements to settle, and fails on a console error, an uncaught error, a failing play
 * function, or an axe violation (WCAG 2 A/AA, shadow DOM included). One test per story.
 *
 *   npm test -- stories        (builds Storybook first when the build is missing or older
 *                               than a story, an element or the Storybook config)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ensureBuilt } from '../../scripts/build-state.mjs';
import { requireTools } from '../../scripts/system-deps.mjs';
import { serveDirectory, type StaticServer } from './static-server.js';

requireTools(['chromium'], 'The stories suite');

const storybookDir = fileURLToPath(new URL('..', import.meta.url));
const staticDir = `${storybookDir}storybook-static`;
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Hosts of the fake instances that never answer: their stories never settle, by design. */
const NEVER_SETTLES = ['loading.kiosque.test'];
/** How long an element may take to fire kiosque-load or kiosque-error. */
const SETTLE_TIMEOUT = 10_000;
/** How many stories are open at once. */
const CONCURRENCY = 4;

interface IndexEntry {
  type: 'story' | 'docs';
  id: string;
  title: string;
  name: string;
}

await ensureBuilt();
const index = JSON.parse(readFileSync(`${staticDir}/index.json`, 'utf8')) as {
  entries: Record<string, IndexEntry>;
};
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

/**
 * Runs in the story's page before anything else: records which elements fired kiosque-load
 * or kiosque-error (the events bubble out of shadow roots; the origin is the element).
 */
function watchElements(): void {
  const settled = new WeakSet<EventTarget>();
  Object.assign(window, { __settled: settled });
  const mark = (event: Event) => {
    const origin = event.composedPath()[0];
    if (origin) settled.add(origin);
  };
  document.addEventListener('kiosque-load', mark, true);
  document.addEventListener('kiosque-error', mark, true);
}

interface PreviewWindow {
  __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } };
  __settled: WeakSet<EventTarget>;
}

/** Waits until Storybook has rendered the story and every element in it has settled. */
async function settle(page: Page): Promise<void> {
  // Storybook's own verdict: the story rendered and its play function ran.
  const phase = await page.waitForFunction(
    () => {
      const phase = (window as unknown as PreviewWindow).__STORYBOOK_PREVIEW__?.currentRender
        ?.phase;
      return phase && ['finished', 'completed', 'errored', 'aborted'].includes(phase)
        ? phase
        : null;
    },
    undefined,
    { timeout: 20_000 },
  );
  const verdict = await phase.jsonValue();
  assert.ok(
    verdict === 'finished' || verdict === 'completed',
    `Storybook says the story ${verdict}`,
  );
  await page.waitForFunction(
    ({ neverSettles }) => {
      const settled = (window as unknown as PreviewWindow).__settled;
      const waiting = [
        ...document.querySelectorAll(
          '#storybook-root kiosque-events, #storybook-root kiosque-calendar, #storybook-root kiosque-map, #storybook-root kiosque-event',
        ),
      ].filter((el) => {
        const instance = el.getAttribute('instance') ?? '';
        return !neverSettles.some((host) => instance.includes(host)) && !settled.has(el);
      });
      return waiting.length === 0;
    },
    { neverSettles: NEVER_SETTLES },
    { timeout: SETTLE_TIMEOUT },
  );
  // Let the last update render and anything it started (lazy chunks, pictures) finish.
  await page.evaluate(async () => {
    const elements = [...document.querySelectorAll('#storybook-root *')].filter((el) =>
      el.localName.startsWith('kiosque-'),
    ) as (Element & { updateComplete?: Promise<unknown> })[];
    await Promise.all(elements.map((el) => el.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
}

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(
      { include: [['#storybook-root']] },
      {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        resultTypes: ['violations'],
      },
    );
    return result.violations.map(({ id, help, nodes }) => ({
      id,
      help,
      nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
    }));
  });
}

let server: StaticServer;
let browser: Browser;
/** One context for every story: pages share the HTTP cache (each story still loads afresh). */
let context: BrowserContext;

before(async () => {
  server = await serveDirectory(staticDir);
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-dev-shm-usage', '--disable-quic'],
  });
  context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('every story', { concurrency: CONCURRENCY }, () => {
  it('the built Storybook lists stories', () => {
    assert.ok(stories.length > 0, 'index.json lists no story');
  });

  for (const story of stories) {
    it(`${story.title} › ${story.name} renders with no console error and no axe violation`, async () => {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const { url } = message.location();
        errors.push(`console.error: ${message.text()}${url ? ` (${url})` : ''}`);
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      try {
        // tsx compiles this file with esbuild's keepNames: the functions sent to the page call
        // its `__name` helper, which the page must have too.
        await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
        await page.addInitScript(watchElements);
        await page.goto(
          `${server.url}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`,
        );
        await settle(page);
        assert.deepEqual(errors, [], 'the story reported errors');
        if (story.name === 'Stale') {
          const notes = await page.locator('#storybook-root [part~="stale"]').count();
          assert.ok(notes > 0, 'the story shows no "may be out of date" note');
        }
        const violations = await axeViolations(page);
        assert.deepEqual(
          violations.map(
            (v) =>
              `${v.id} (${v.help}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
          ),
          [],
          'axe found violations',
        );
      } finally {
        await page.close();
      }
    });
  }
});
