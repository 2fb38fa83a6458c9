/**
 * Screenshots of stories from the built Storybook, for the READMEs (docs/screenshots/).
 *
 *   npm run build -w @kiosque/storybook
 *   npm run screenshots -w @kiosque/storybook                 # the README set into docs/screenshots
 *   npm run screenshots -w @kiosque/storybook -- /tmp/shots <story-id>[@width] …   # any stories
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveDirectory } from '../test/static-server.js';

const staticDir = fileURLToPath(new URL('../storybook-static', import.meta.url));
const docsDir = fileURLToPath(new URL('../../docs/screenshots', import.meta.url));

/** The README set: file name → story id and viewport width. */
const README_SHOTS: Record<string, string> = {
  'kiosque-events': 'elements-kiosque-events--default@900',
  'kiosque-events-grid': 'elements-kiosque-events--grid@900',
  'kiosque-calendar': 'elements-kiosque-calendar--default@900',
  'kiosque-map': 'elements-kiosque-map--default@900',
  'kiosque-event': 'elements-kiosque-event--default@900',
  'kiosque-rsvp': 'elements-kiosque-rsvp--default@700',
  'kiosque-events-rtl-narrow': 'elements-kiosque-events--rtl@360',
};

const [outArg, ...ids] = process.argv.slice(2);
const outDir = outArg ?? docsDir;
const shots: [string, string][] = ids.length
  ? ids.map((id) => [id.replace('@', '-'), id])
  : Object.entries(README_SHOTS);

await mkdir(outDir, { recursive: true });
const server = await serveDirectory(staticDir);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--hide-scrollbars'],
});
try {
  for (const [name, spec] of shots) {
    const [id, width = '900'] = spec.split('@') as [string, string?];
    const page = await browser.newPage({
      viewport: { width: Number(width), height: 700 },
      deviceScaleFactor: 1,
    });
    await page.goto(`${server.url}/iframe.html?id=${id}&viewMode=story`);
    await page.waitForFunction(
      () =>
        (window as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } })
          .__STORYBOOK_PREVIEW__?.currentRender?.phase === 'finished',
      undefined,
      { timeout: 20_000 },
    );
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(800);
    const file = `${outDir}/${name}.png`;
    await page.locator('#storybook-root').screenshot({ path: file });
    console.log(file);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
