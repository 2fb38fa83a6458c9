/**
 * What the benchmarks and the CSP check share: paths, a built `dist/kiosque.js`, dev
 * instances, a static server for the pages, and Chromium.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

export const repo = fileURLToPath(new URL('../../', import.meta.url));
export const elementsDir = join(repo, 'packages/elements');
export const distDir = join(elementsDir, 'dist');

let registered = false;
/** Imports a workspace's TypeScript source (dev instance, client) through tsx. */
export async function importSource(path) {
  if (!registered) {
    register();
    registered = true;
  }
  return import(join(repo, path));
}

export async function startInstance(options = {}) {
  const { startDevInstance } = await importSource('packages/dev-instance/src/index.ts');
  return startDevInstance({ port: 0, ...options });
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.css': 'text/css',
};

/**
 * Serves `/dist/*` (packages/elements/dist) and `/pages/*` (bench/pages) on 127.0.0.1, and
 * `/<name>/*` for each directory in `roots` (e.g. the peers' bundles).
 * `headers(path)` adds response headers, e.g. a Content-Security-Policy for one page.
 */
export async function startStaticServer({ headers = () => ({}), roots: more = {} } = {}) {
  const roots = { dist: distDir, pages: join(repo, 'bench/pages'), ...more };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const [, top, ...rest] = url.pathname.split('/');
    const root = roots[top ?? ''];
    const file = root ? normalize(join(root, ...rest)) : '';
    if (!root || !file.startsWith(root + sep)) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        ...headers(url.pathname),
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';

export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic'],
  });
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
