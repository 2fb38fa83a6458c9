import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { counts, select, suites, verdict } from '../test.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('npm test (scripts/test.mjs)', () => {
  it("counts node:test's passed, failed, skipped and todo tests", () => {
    const output = 'ℹ tests 7\nℹ pass 4\nℹ fail 1\nℹ cancelled 0\nℹ skipped 1\nℹ todo 1\n';
    assert.deepEqual(counts(output), { passed: 4, failed: 1, skipped: 2 });
  });

  it("counts web-test-runner's skipped tests", () => {
    const output = 'Chrome: |██████| 40/40 test files | 812 passed, 0 failed, 3 skipped\n';
    assert.deepEqual(counts(output), { passed: 812, failed: 0, skipped: 3 });
    assert.deepEqual(counts('document check: 201 passed, 0 failed'), {
      passed: 201,
      failed: 0,
      skipped: 0,
    });
  });

  it('fails when a test was skipped in CI, and not outside CI', () => {
    assert.equal(verdict({ passed: 10, failed: 0, skipped: 1 }, true).code, 1);
    assert.match(verdict({ passed: 10, failed: 0, skipped: 1 }, true).note, /skipped/);
    assert.equal(verdict({ passed: 10, failed: 0, skipped: 1 }, false).code, 0);
    assert.equal(verdict({ passed: 10, failed: 1, skipped: 0 }, false).code, 1);
    assert.equal(verdict({ passed: 10, failed: 0, skipped: 0 }, true).code, 0);
  });

  it('selects suites by part of their name and reports a name that matches none', () => {
    assert.deepEqual(
      select(['hugo', 'CSP']).selected.map((s) => s.name),
      ['hugo', 'strict CSP (Chromium)'],
    );
    assert.deepEqual(select(['hugo', 'no-such-suite']).unknown, ['no-such-suite']);
    assert.equal(select([]).selected.length, suites.length);
  });

  it('exits non-zero, listing the suites, when asked for a suite that does not exist', () => {
    const result = spawnSync('node', ['scripts/test.mjs', 'no-such-suite'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /no suite matches "no-such-suite"/);
    assert.match(result.stderr, /elements \(Chromium\)/);
  });

  describe('on a machine without Hugo', () => {
    // A PATH with every program of /usr/bin and /bin but hugo.
    const bin = mkdtempSync(path.join(tmpdir(), 'kiosque-nohugo-'));
    after(() => rmSync(bin, { recursive: true, force: true }));
    mkdirSync(path.join(bin, 'bin'));
    for (const dir of [path.dirname(process.execPath), '/usr/local/bin', '/usr/bin', '/bin']) {
      for (const name of readdirSync(dir)) {
        if (name === 'hugo') continue;
        try {
          symlinkSync(path.join(dir, name), path.join(bin, 'bin', name));
        } catch {
          // Already linked from an earlier folder of PATH.
        }
      }
    }

    it('fails the Hugo suite at once with one line naming the package and the install command', () => {
      const result = spawnSync('node', ['scripts/test.mjs', 'hugo'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, PATH: path.join(bin, 'bin'), CI: '' },
        timeout: 60_000,
      });
      assert.equal(result.status, 1, result.stdout + result.stderr);
      assert.match(
        result.stdout,
        /^The hugo suite needs hugo \(Debian package hugo\): run sudo scripts\/install-system-deps\.sh$/m,
      );
      assert.doesNotMatch(result.stdout, /npm run build/);
      assert.match(result.stdout, /^0 passed, 1 failed, 0 skipped$/m);
    });
  });
});
