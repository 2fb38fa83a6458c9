#!/usr/bin/env node
/**
 * `npm start`: the dev instance on port 4000 (`/api`), the demo page and the configurator, every
 * URL printed. PORT, DEMO_PORT and CONFIGURATOR_PORT change the ports.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 4000);
const demoPort = Number(process.env.DEMO_PORT ?? 5173);
const configuratorPort = Number(process.env.CONFIGURATOR_PORT ?? 5174);
const children = [];
const COLOUR_CODES = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

function start(name, args, cwd, ready) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(child);
    let seen = '';
    child.stdout.on('data', (chunk) => {
      // Without colour codes: Vite colours "Local:" whenever FORCE_COLOR is set, even to 0.
      seen += String(chunk).replace(COLOUR_CODES, '');
      if (ready.test(seen)) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`${name} exited with code ${code}`)));
  });
}

function stop() {
  for (const child of children) child.kill('SIGTERM');
}
process.on('SIGINT', () => (stop(), process.exit(0)));
process.on('SIGTERM', () => (stop(), process.exit(0)));

try {
  await start(
    'dev instance',
    ['--conditions=source', '--import', 'tsx', 'src/cli.ts', '--port', String(port)],
    `${root}packages/dev-instance`,
    /at http/,
  );
  await start(
    'demo',
    [
      `${root}node_modules/vite/bin/vite.js`,
      '--port',
      String(demoPort),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    `${root}packages/elements/demo`,
    /Local:/,
  );
  await start(
    'configurator',
    [
      `${root}node_modules/vite/bin/vite.js`,
      '--port',
      String(configuratorPort),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    `${root}packages/configurator`,
    /Local:/,
  );
  console.log(`
Kiosque is running.
  Mobilizon dev instance: http://localhost:${port}/api
  Demo page:              http://localhost:${demoPort}/?instance=http://localhost:${port}
  Configurator:           http://localhost:${configuratorPort}/?instance=http://localhost:${port}
  Dev mailbox:            http://localhost:${port}/__kiosque/mailbox (the e-mails the instance would send)
Press Ctrl+C to stop.`);
} catch (error) {
  console.error(String(error));
  stop();
  process.exit(1);
}
