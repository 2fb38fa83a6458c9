#!/usr/bin/env node
/**
 * Runs every test suite of the workspace, one after the other, and ends with one line
 * `N passed, N failed` summing them all. Exits non-zero when anything failed.
 *
 *   npm test                 every suite
 *   npm test -- client       only the suites whose name contains "client"
 */
import { spawn } from 'node:child_process';

const suites = [
  {
    name: 'dev-instance schema check',
    cmd: ['npm', 'run', '-s', 'check:schema', '-w', '@kiosque/dev-instance'],
  },
  {
    name: 'client document check',
    cmd: ['npm', 'run', '-s', 'check:schema', '-w', '@kiosque/client'],
  },
  { name: 'dev-instance', cmd: ['npm', 'run', '-s', 'test', '-w', '@kiosque/dev-instance'] },
  { name: 'client', cmd: ['npm', 'run', '-s', 'test', '-w', '@kiosque/client'] },
  { name: 'elements build', cmd: ['npm', 'run', '-s', 'test:build', '-w', '@kiosque/elements'] },
  { name: 'elements (Chromium)', cmd: ['npm', 'run', '-s', 'test', '-w', '@kiosque/elements'] },
  { name: 'wordpress', cmd: ['npm', 'run', '-s', 'test', '-w', '@kiosque/wordpress'] },
  { name: 'eleventy', cmd: ['npm', 'run', '-s', 'test', '-w', '@kiosque/eleventy'] },
  { name: 'hugo', cmd: ['npm', 'run', '-s', 'test', '-w', '@kiosque/hugo'] },
  { name: 'astro', cmd: ['npm', 'run', '-s', 'test', '-w', '@kiosque/astro'] },
  {
    name: 'hosts fallback fixture (Chromium)',
    cmd: ['npm', 'run', '-s', 'test', '-w', '@kiosque/fallback-fixture'],
  },
  { name: 'strict CSP (Chromium)', cmd: ['npm', 'run', '-s', 'test', '-w', '@kiosque/bench'] },
  { name: 'stories (Chromium)', cmd: ['npm', 'run', '-s', 'test', '-w', '@kiosque/storybook'] },
  {
    name: 'configurator (Chromium)',
    cmd: ['npm', 'run', '-s', 'test', '-w', '@kiosque/configurator'],
  },
];

const only = process.argv.slice(2);
const selected = only.length ? suites.filter((s) => only.some((o) => s.name.includes(o))) : suites;

/** Reads the counts a runner printed: node:test's "ℹ pass N", or any "N passed, N failed". */
function counts(output) {
  const plain = output.replace(new RegExp(String.fromCharCode(27) + '\\[[0-9;]*[A-Za-z]', 'g'), '');
  const pass = [...plain.matchAll(/^\S*\s*(?:#|ℹ) pass (\d+)$/gm)].at(-1);
  const fail = [...plain.matchAll(/^\S*\s*(?:#|ℹ) fail (\d+)$/gm)].at(-1);
  if (pass && fail) return { passed: Number(pass[1]), failed: Number(fail[1]) };
  const line = [...plain.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  if (line) return { passed: Number(line[1]), failed: Number(line[2]) };
  return null;
}

function run(suite) {
  return new Promise((resolve) => {
    const child = spawn(suite.cmd[0], suite.cmd.slice(1), {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    let output = '';
    const tee = (stream, target) =>
      stream.on('data', (chunk) => {
        output += chunk;
        target.write(chunk);
      });
    tee(child.stdout, process.stdout);
    tee(child.stderr, process.stderr);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

let passed = 0;
let failed = 0;
const summary = [];
for (const suite of selected) {
  console.log(`\n=== ${suite.name} ===`);
  const { code, output } = await run(suite);
  const c = counts(output) ?? { passed: 0, failed: 0 };
  // A suite that exits non-zero without reporting a failure (a crash, a config error) counts as one.
  if (code !== 0 && c.failed === 0) c.failed = 1;
  if (code === 0 && c.passed === 0) {
    console.log(`${suite.name}: ran no test`);
    c.failed += 1;
  }
  passed += c.passed;
  failed += c.failed;
  summary.push(`${suite.name}: ${c.passed} passed, ${c.failed} failed`);
}

console.log('\n' + summary.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
