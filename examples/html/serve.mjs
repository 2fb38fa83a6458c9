#!/usr/bin/env node
/**
 * Serves the plain-HTML example with the CDN build of the elements beside it:
 *
 *   npm run build && node examples/html/serve.mjs [--port 8080] [--instance http://127.0.0.1:4000]
 *
 * `/` is index.html (its instance attributes rewritten to --instance when given);
 * `/kiosque.js` and `/chunks/…` come from packages/elements/dist. Also used by the tests.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(here, '../../packages/elements/dist');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.map': 'application/json',
  '.css': 'text/css',
};
const DEFAULT_INSTANCE = 'http://127.0.0.1:4000';

/** Starts the server; resolves with its base URL and a close function. */
export async function serveExample({ port = 0, instance = DEFAULT_INSTANCE } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let file;
    if (url.pathname === '/' || url.pathname === '/index.html')
      file = path.join(here, 'index.html');
    else if (url.pathname === '/kiosque.js' || url.pathname.startsWith('/chunks/')) {
      file = path.join(dist, path.normalize(url.pathname));
      if (!file.startsWith(dist + path.sep)) file = null;
    }
    try {
      if (!file) throw new Error('not found');
      let body = await readFile(file);
      if (file.endsWith('index.html') && instance !== DEFAULT_INSTANCE) {
        body = Buffer.from(body.toString('utf8').replaceAll(DEFAULT_INSTANCE, instance));
      }
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const { url } = await serveExample({
    port: Number(arg('port') ?? 8080),
    instance: arg('instance') ?? DEFAULT_INSTANCE,
  });
  console.log(`Plain-HTML example at ${url}/`);
}
