import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import semver from 'semver';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'));

/** The lowest version of each alternative of a range: "^20.19.0 || >=24" → 20.19.0, 24.0.0. */
function lowestVersions(range) {
  return new semver.Range(range).set.map((comparators) =>
    semver.minVersion(comparators.map((c) => c.value).join(' ')),
  );
}

describe('the Node versions the README names', () => {
  const supported = read('package.json').engines.node;

  it('are the ones package.json declares, and the README names them', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const version of lowestVersions(supported)) {
      const named = version.minor ? `${version.major}.${version.minor}` : `${version.major}`;
      assert.ok(readme.includes(`Node ${named}`), `README.md names Node ${named}`);
    }
  });

  it('satisfy the engines of every installed package, so npm ci prints no engine warning', () => {
    const lock = read('package-lock.json');
    const refused = [];
    for (const [where, entry] of Object.entries(lock.packages)) {
      const node = entry.engines?.node;
      if (typeof node !== 'string' || !semver.validRange(node)) continue;
      for (const version of lowestVersions(supported)) {
        if (!semver.satisfies(version, node)) {
          refused.push(`${where || 'kiosque'} wants node ${node}, not ${version}`);
        }
      }
    }
    assert.deepEqual(refused, []);
  });
});
