/**
 * The elements under a strict Content-Security-Policy, in Chromium: the built
 * dist/kiosque.js, served from the page's origin, shows <kiosque-events> from a dev instance
 * with no violation reported.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { requireTools } from '../scripts/system-deps.mjs';
import { launchChromium, startInstance, startStaticServer } from './lib/env.mjs';
import { ensureBuilt } from '../scripts/build-state.mjs';

requireTools(['chromium'], 'The strict-CSP check');

const STRICT_SCRIPTS = "script-src 'self'; object-src 'none'; base-uri 'none'";
/** A script every policy here blocks, loaded last: its violation comes after the page's. */
const CANARY_HOST = 'kiosque-csp-canary.invalid';
const CANARY = `https://${CANARY_HOST}/canary.js`;

let instance;
let server;
let browser;
let policy = STRICT_SCRIPTS;

before(async () => {
  await ensureBuilt();
  instance = await startInstance();
  server = await startStaticServer({
    headers: (path) => (path === '/pages/csp.html' ? { 'content-security-policy': policy } : {}),
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await instance?.close();
});

/** Loads the CSP page with three elements and returns what was rendered and reported. */
async function load(contentSecurityPolicy) {
  policy = contentSecurityPolicy;
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  const query = `?instance=${encodeURIComponent(instance.url)}&count=3&limit=5`;
  await page.goto(`${server.url}/pages/csp.html${query}`);
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('kiosque-events')].every(
        (el) => el.shadowRoot?.querySelectorAll('[part~="event"]').length === 5,
      ),
    null,
    { timeout: 15_000 },
  );
  // Every update rendered, and the rendering updated twice (which starts the pictures in view,
  // lazy ones included)...
  await page.evaluate(async () => {
    await Promise.all(
      [...document.querySelectorAll('kiosque-events')].map((el) => el.updateComplete),
    );
    for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  });
  // ...then canaries: an image (the page itself, which is no image: it fails, with no
  // violation and no message), then, once it failed, a script the policy blocks. A picture the
  // page started earlier was checked before that image, so its violation is reported before the
  // script's.
  await page.evaluate((src) => {
    const image = new Image();
    image.addEventListener('error', () => {
      const script = document.createElement('script');
      script.src = src;
      document.head.append(script);
    });
    image.src = location.pathname;
  }, CANARY);
  await page.waitForFunction(
    (canary) => window.__cspViolations.some((v) => v.includes(canary)),
    CANARY_HOST,
    { timeout: 15_000 },
  );
  const isCanary = (text) => text.includes(CANARY_HOST);
  const violations = (await page.evaluate(() => window.__cspViolations)).filter(
    (v) => !isCanary(v),
  );
  const header = await page.evaluate(async () => {
    const response = await fetch(location.href);
    return response.headers.get('content-security-policy');
  });
  await page.close();
  return { violations, problems: problems.filter((p) => !isCanary(p)), header };
}

describe('strict Content Security Policy', () => {
  it(`shows events under "${STRICT_SCRIPTS}" with no violation`, async () => {
    const { violations, problems, header } = await load(STRICT_SCRIPTS);
    assert.equal(header, STRICT_SCRIPTS);
    assert.deepEqual(violations, []);
    assert.deepEqual(problems, []);
  });

  it("needs no more than style-src 'self' for styles (Lit adopts constructable stylesheets)", async () => {
    const strictest = `${STRICT_SCRIPTS}; style-src 'self'; default-src 'self'; connect-src 'self' ${instance.url}; img-src 'self' ${instance.url}`;
    const { violations, problems } = await load(strictest);
    assert.deepEqual(violations, []);
    assert.deepEqual(problems, []);
  });

  it('reports a violation when a policy blocks the instance, so the checks above can fail', async () => {
    const page = await browser.newPage();
    policy = `${STRICT_SCRIPTS}; connect-src 'self'`;
    const query = `?instance=${encodeURIComponent(instance.url)}&count=1`;
    await page.goto(`${server.url}/pages/csp.html${query}`);
    await page.waitForFunction(() => window.__cspViolations.length > 0, null, { timeout: 15_000 });
    const violations = await page.evaluate(() => window.__cspViolations);
    await page.close();
    assert.match(violations[0], /^connect-src blocked/);
  });
});
