/**
 * Starts the dev instances that element tests run against, in the test runner's process,
 * and hands their URLs to the test pages as `window.KIOSQUE_TEST`. Every test page also loads
 * the console guard (console-guard.js) before the test framework.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';
import { hostileEvents } from './hostile-events.mjs';

/** The guard's path on the test server, whose root is the repository (the config's rootDir). */
const consoleGuard = `/${relative(
  fileURLToPath(new URL('../../..', import.meta.url)),
  fileURLToPath(new URL('./console-guard.js', import.meta.url)),
)}`;

const instances = {};

export function devInstancesPlugin() {
  let started = [];
  return {
    name: 'kiosque-dev-instances',
    async serverStart() {
      register();
      const { startDevInstance } = await import('../../dev-instance/src/index.ts');
      const specs = {
        main: {},
        second: { name: 'Second dev instance' },
        v1: { version: '1.3.2' },
        v2: { version: '2.1.0' },
        broken: {},
        // <kiosque-event>'s last-good-data test faults this one, so it clashes with no other suite.
        'event-faults': {},
        // The fault matrix (src/faults/faults.matrix.test.ts) faults this one row by row.
        faults: {},
        down: { faults: { mode: 'http-500' } },
        hostile: { name: 'Hostile <img src=x onerror=alert(0)>', extraEvents: hostileEvents() },
        // <kiosque-rsvp>: joins change counts, so they get their own instances.
        rsvp: {},
        // The visitor's journey on the demo page: participations of its own.
        journey: {},
        'no-email-validation': { anonymousParticipation: { emailValidation: false } },
      };
      for (const [key, options] of Object.entries(specs)) {
        const instance = await startDevInstance({ port: 0, ...options });
        instances[key] = instance.url;
        started.push(instance);
      }
      instances.closed = `http://127.0.0.1:${await closedPort()}`;
    },
    async serverStop() {
      await Promise.all(started.map((instance) => instance.close()));
      started = [];
    },
  };
}

/** A local port nobody listens on: a host that does not answer. */
async function closedPort() {
  const { createServer } = await import('node:net');
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export function testGlobalsHtml(testFramework) {
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
  <body>
    <script>
      window.KIOSQUE_TEST = ${JSON.stringify({ instances })};
      window.litIssuedWarnings = new Set(['dev-mode']);
    </script>
    <script src="${consoleGuard}"></script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`;
}
