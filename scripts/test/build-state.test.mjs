import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { recordBuild, staleReason } from '../build-state.mjs';

describe('npm test builds what it tests when it is missing or out of date (scripts/build-state.mjs)', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'kiosque-build-state-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  const write = (file, text) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  execFileSync('git', ['init', '-q'], { cwd: root });
  write('.gitignore', 'dist/\nstate/\n');
  write('pkg/src/index.ts', 'export const a = 1;\n');
  write('pkg/test/index.test.ts', 'test();\n');
  const options = {
    root,
    state: path.join(root, 'state/build.json'),
    outputs: ['pkg/dist/index.js'],
  };

  it('builds when an output is missing', () => {
    assert.equal(staleReason(options), 'pkg/dist/index.js is missing');
  });

  it('builds when no build was recorded, and not again once one was', () => {
    write('pkg/dist/index.js', 'export const a = 1;\n');
    assert.equal(staleReason(options), 'no record of the last build');
    recordBuild(options);
    assert.equal(staleReason(options), null);
  });

  it('does not rebuild when only a test or a README changed', () => {
    write('pkg/test/index.test.ts', 'test(); test();\n');
    write('pkg/README.md', '# pkg\n');
    assert.equal(staleReason(options), null);
  });

  it('rebuilds when a source changed, or a new source appeared', () => {
    write('pkg/src/index.ts', 'export const a = 2;\n');
    assert.equal(staleReason(options), 'sources changed since the last build');
    recordBuild(options);
    write('pkg/src/more.ts', 'export const b = 1;\n');
    assert.equal(staleReason(options), 'sources changed since the last build');
  });
});
