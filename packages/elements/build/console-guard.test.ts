/**
 * The console guard of the element tests (test/console-guard.js, loaded on every test page by
 * test/dev-instances.mjs) fails a test that warns, logs an error or leaves a rejection
 * unhandled, and one that declares a message with expectConsole() that never comes; a declared
 * message fails nothing. Runs the element test runner on the fixtures in test/guard-fixture/,
 * which the element tests never pick up.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const elements = fileURLToPath(new URL('..', import.meta.url));

interface Run {
  status: number | null;
  output: string;
}

/** Runs the element tests' runner, with their config, on `files` only. */
function wtr(...files: string[]): Promise<Run> {
  const child = spawn(
    'npx',
    ['wtr', '--config', 'web-test-runner.config.mjs', ...files.flatMap((f) => ['--files', f])],
    { cwd: elements, env: { ...process.env, NO_COLOR: '1', CI: 'true' } },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) =>
      // eslint-disable-next-line no-control-regex
      resolve({ status, output: output.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '') }),
    );
  });
}

describe('the console guard of the element tests', () => {
  // One run after the other: the test runner picks its port by looking for a free one from
  // 8000 up, and two runners starting at once can both pick the same port.
  let failing: Promise<Run>;
  let declared: Promise<Run>;
  before(() => {
    failing = wtr(
      'test/guard-fixture/warns.test.ts',
      'test/guard-fixture/errors.test.ts',
      'test/guard-fixture/rejects.test.ts',
      'test/guard-fixture/missing.test.ts',
    );
    declared = failing.then(
      () => wtr('test/guard-fixture/declared.test.ts'),
      () => wtr('test/guard-fixture/declared.test.ts'),
    );
  });

  it('is not one of the element test files', async () => {
    const configPath = new URL('../web-test-runner.config.mjs', import.meta.url).href;
    const { default: config } = (await import(configPath)) as { default: { files: string[] } };
    assert.ok(config.files.length > 0);
    for (const pattern of config.files) assert.match(pattern, /^src\//);
  });

  it('fails a test that warns, logs an error, leaves a rejection unhandled, or waits in vain for a declared message', async () => {
    const { status, output } = await failing;
    assert.notEqual(status, 0, output);
    for (const expected of [
      /warn: kiosque-guard-fixture: a warning nobody declared/,
      /during "console guard fixture: a warning warns"/,
      /error: kiosque-guard-fixture: an error nobody declared/,
      /unhandled rejection: Error: kiosque-guard-fixture: a rejection nobody handled/,
      /expected warn matching \/kiosque-guard-fixture: a warning that never comes\/, none came/,
    ]) {
      assert.match(output, expected);
    }
    assert.match(output, /0 passed, 4 failed/, output);
  });

  it('lets through, silently, what a test declares with expectConsole()', async () => {
    const { status, output } = await declared;
    assert.equal(status, 0, output);
    assert.match(output, /3 passed/, output);
    assert.doesNotMatch(output, /kiosque-guard-fixture/, 'nothing printed');
  });
});
