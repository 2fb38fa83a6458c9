import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

describe('npm start (scripts/start.mjs)', () => {
  let child;
  let printed = '';
  let urls = [];

  before(async () => {
    const [port, demo, configurator] = [await freePort(), await freePort(), await freePort()];
    child = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        DEMO_PORT: String(demo),
        CONFIGURATOR_PORT: String(configurator),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        printed += chunk;
        if (printed.includes('Press Ctrl+C to stop.')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`npm start exited (${code}): ${printed}`)));
    });
    urls = [...printed.matchAll(/^ {2}([^:]+):\s+(http:\/\/\S+)/gm)].map((m) => ({
      name: m[1],
      url: m[2],
    }));
  });

  after(async () => {
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  });

  it('prints the instance, demo, configurator and dev mailbox URLs', () => {
    assert.deepEqual(
      urls.map((u) => u.name),
      ['Mobilizon dev instance', 'Demo page', 'Configurator', 'Dev mailbox'],
    );
  });

  it('serves a page at every URL it prints', async () => {
    for (const { name, url } of urls) {
      const res = await fetch(url, { headers: { accept: 'text/html' } });
      assert.equal(res.status, 200, `${name}: ${url}`);
      assert.match(res.headers.get('content-type') ?? '', /^text\/html/, `${name}: ${url}`);
    }
  });
});
