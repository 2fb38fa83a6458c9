#!/usr/bin/env node
/**
 * Runs every test suite of the workspace, one after the other, and ends with one line
 * `N passed, N failed, N skipped` summing them all. Exits non-zero when anything failed, and
 * when anything was skipped while CI is set.
 *
 *   npm test                 every suite
 *   npm test -- client       only the suites whose name contains "client" (a name that matches
 *                            no suite is an error)
 *
 * Before the suites run, what they test is built when it is missing or older than its sources
 * (scripts/build-state.mjs), and each suite's system programs are checked
 * (scripts/system-deps.mjs): a missing one fails that suite at once, with one line naming the
 * Debian package and the command that installs it.
 */
import { spawn } from 'node:child_process';
import { buildIfStale } from './build-state.mjs';
import { missingMessage, missingTools } from './system-deps.mjs';

/**
 * name: what `npm test -- <part>` matches; cmd: the command; needs: system programs
 * (scripts/system-deps.mjs); built: true when the suite tests build outputs.
 */
export const suites = [
  { name: 'repository checks', cmd: ['node', '--test', '--test-reporter=spec', 'scripts/test/'] },
  {
    name: 'dev-instance schema check',
    cmd: ['npm', 'run', '-s', 'check:schema', '-w', '@kiosque/dev-instance'],
  },
  {
    name: 'client document check',
    cmd: ['npm', 'run', '-s', 'check:schema', '-w', '@kiosque/client'],
  },
  { name: 'dev-instance', cmd: ['npm', 'run', '-s', 'test', '-w', '@kiosque/dev-instance'] },
  { name: 'render', cmd: ['npm', 'run', '-s', 'test', '-w', '@kiosque/render'] },
  { name: 'client', cmd: ['npm', 'run', '-s', 'test', '-w', '@kiosque/client'] },
  {
    name: 'elements build',
    cmd: ['npm', 'run', '-s', 'test:build', '-w', '@kiosque/elements'],
    needs: ['chromium'],
    built: true,
  },
  {
    name: 'elements (Chromium)',
    cmd: ['npm', 'run', '-s', 'test', '-w', '@kiosque/elements'],
    needs: ['chromium'],
  },
  {
    name: 'wordpress',
    cmd: ['npm', 'run', '-s', 'test', '-w', '@kiosque/wordpress'],
    needs: ['php', 'mariadb', 'wordpress', 'chromium'],
    built: true,
  },
  {
    name: 'eleventy',
    cmd: ['npm', 'run', '-s', 'test', '-w', '@kiosque/eleventy'],
    built: true,
  },
  {
    name: 'hugo',
    cmd: ['npm', 'run', '-s', 'test', '-w', '@kiosque/hugo'],
    needs: ['hugo', 'tzdata'],
    built: true,
  },
  { name: 'astro', cmd: ['npm', 'run', '-s', 'test', '-w', '@kiosque/astro'], built: true },
  {
    name: 'hosts fallback fixture (Chromium)',
    cmd: ['npm', 'run', '-s', 'test', '-w', '@kiosque/fallback-fixture'],
    needs: ['chromium', 'hugo', 'tzdata'],
    built: true,
  },
  {
    name: 'strict CSP (Chromium)',
    cmd: ['npm', 'run', '-s', 'test', '-w', '@kiosque/bench'],
    needs: ['chromium'],
    built: true,
  },
  {
    name: 'stories (Chromium)',
    cmd: ['npm', 'run', '-s', 'test', '-w', '@kiosque/storybook'],
    needs: ['chromium'],
    built: true,
  },
  {
    name: 'configurator (Chromium)',
    cmd: ['npm', 'run', '-s', 'test', '-w', '@kiosque/configurator'],
    needs: ['chromium', 'hugo', 'php', 'mariadb', 'wordpress'],
    built: true,
  },
];

/** The suites `args` select, or the arguments that match none. */
export function select(args) {
  const unknown = args.filter((arg) => !suites.some((s) => s.name.includes(arg)));
  const selected = args.length
    ? suites.filter((s) => args.some((a) => s.name.includes(a)))
    : suites;
  return { selected, unknown };
}

const ESCAPES = new RegExp(String.fromCharCode(27) + '\\[[0-9;]*[A-Za-z]', 'g');

/**
 * Reads the counts a runner printed: node:test's "ℹ pass N" / "ℹ fail N" / "ℹ skipped N" /
 * "ℹ todo N", or a "N passed, N failed[, N skipped]" line (web-test-runner, our own checks).
 */
export function counts(output) {
  const plain = output.replace(ESCAPES, '');
  const last = (word) => {
    const match = [...plain.matchAll(new RegExp(`^\\S*\\s*(?:#|ℹ) ${word} (\\d+)$`, 'gm'))].at(-1);
    return match ? Number(match[1]) : null;
  };
  const pass = last('pass');
  const fail = last('fail');
  if (pass !== null && fail !== null) {
    return { passed: pass, failed: fail, skipped: (last('skipped') ?? 0) + (last('todo') ?? 0) };
  }
  const line = [...plain.matchAll(/(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/g)].at(-1);
  if (line) {
    return { passed: Number(line[1]), failed: Number(line[2]), skipped: Number(line[3] ?? 0) };
  }
  return null;
}

function run(cmd) {
  return new Promise((resolve) => {
    const child = spawn(cmd[0], cmd.slice(1), {
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
    child.on('error', (error) => resolve({ code: 1, output: `${output}\n${error.message}` }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

async function main(args) {
  const { selected, unknown } = select(args);
  if (unknown.length) {
    console.error(
      `npm test: no suite matches ${unknown.map((u) => `"${u}"`).join(', ')}. The suites are:\n` +
        suites.map((s) => `  ${s.name}`).join('\n'),
    );
    return 2;
  }

  const missing = new Map(selected.map((suite) => [suite, missingTools(suite.needs ?? [])]));
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const summary = [];
  const add = (name, c) => {
    totals.passed += c.passed;
    totals.failed += c.failed;
    totals.skipped += c.skipped;
    summary.push(`${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
  };

  if (selected.some((suite) => suite.built && missing.get(suite).length === 0)) {
    console.log('\n=== build (when missing or out of date) ===');
    const built = await buildIfStale({ log: (line) => console.log(line) });
    if (!built.ok) {
      console.log('The build failed: the suites that test its output cannot run.');
      add('build', { passed: 0, failed: 1, skipped: 0 });
    }
  }

  for (const suite of selected) {
    console.log(`\n=== ${suite.name} ===`);
    if (missing.get(suite).length) {
      console.log(missingMessage(missing.get(suite), `The ${suite.name} suite`));
      add(suite.name, { passed: 0, failed: 1, skipped: 0 });
      continue;
    }
    const { code, output } = await run(suite.cmd);
    const c = counts(output) ?? { passed: 0, failed: 0, skipped: 0 };
    // A suite that exits non-zero without reporting a failure (a crash, a config error) counts as one.
    if (code !== 0 && c.failed === 0) c.failed = 1;
    if (code === 0 && c.passed === 0) {
      console.log(`${suite.name}: ran no test`);
      c.failed += 1;
    }
    add(suite.name, c);
  }

  console.log('\n' + summary.join('\n'));
  const { code, note } = verdict(totals, Boolean(process.env.CI));
  if (note) console.log(note);
  console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  return code;
}

/** The exit code for these totals: a failure fails, and so does a skipped test in CI. */
export function verdict({ failed, skipped }, ci) {
  if (failed > 0) return { code: 1, note: null };
  if (skipped > 0 && ci) {
    return { code: 1, note: `${skipped} test(s) were skipped: in CI every test must run.` };
  }
  return { code: 0, note: null };
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  process.exit(await main(process.argv.slice(2)));
}
