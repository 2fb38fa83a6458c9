import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkPaths } from '../check-paths.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// The samples are assembled at run time, so that this file does not hold what it tests for.
const UP = '..' + '/';
const SHARED = 'shared' + '/reference';
const SHARED_SEGMENTS = "'shared'" + ", 'reference'";
const TOOLS = 'shared' + '/tools';

describe('the self-contained repository lint (scripts/check-paths.mjs)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kiosque-paths-'));
  const root = path.join(dir, 'repo');
  after(() => rmSync(dir, { recursive: true, force: true }));
  const write = (file, text) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };

  it('flags a relative path that climbs out of the repository', () => {
    write(
      'packages/client/scripts/check.ts',
      `const dir = path.resolve(here, '${UP.repeat(4)}${SHARED}/mobilizon');\n`,
    );
    const findings = checkPaths(root, ['packages/client/scripts/check.ts']);
    assert.ok(findings.some((f) => f.startsWith('packages/client/scripts/check.ts:1:')));
    assert.ok(findings.some((f) => f.includes('leaves the repository')));
  });

  it("flags the workplace's shared folders named by segments, and absolute paths beside the checkout", () => {
    write(
      'packages/dev-instance/scripts/tools.ts',
      `return resolve(repoRoot, '..', ${SHARED_SEGMENTS}, 'mobilizon');\n` +
        `const wpcs = '${dir}/${TOOLS}/wpcs/phpcs';\n`,
    );
    const findings = checkPaths(root, ['packages/dev-instance/scripts/tools.ts']);
    assert.equal(findings.filter((f) => f.includes('tools.ts:1:')).length, 1);
    assert.ok(findings.some((f) => f.includes('tools.ts:2:') && f.includes('absolute path')));
  });

  it('accepts relative paths that stay inside, and leaves .ci/ alone', () => {
    write('packages/client/README.md', 'See [the elements](../elements/README.md).\n');
    write('packages/client/src/a.ts', "import { b } from '../../dev-instance/src/b.js';\n");
    write('.ci/run', `phpcs=${UP}${TOOLS}/wpcs/phpcs\n`);
    assert.deepEqual(
      checkPaths(root, ['packages/client/README.md', 'packages/client/src/a.ts', '.ci/run']),
      [],
    );
  });

  it('finds nothing in this repository', () => {
    const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean);
    assert.deepEqual(checkPaths(ROOT, files), []);
  });
});
