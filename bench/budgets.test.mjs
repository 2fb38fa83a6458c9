import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkBudgets } from './lib/sizes.mjs';

const rows = [
  { name: '<kiosque-events> entry (Lit and client included)', gzip: 24_100 },
  { name: 'kiosque.js initial module', gzip: 25_700 },
];
const map = { mapChunk: { gzip: 60_000 }, mapThirdPartyShipped: { gzip: 55_000 } };

describe('size budgets (npm run bench -- --sizes-only --check)', () => {
  it('hold when every budgeted bundle is found and small enough', () => {
    assert.deepEqual(
      checkBudgets({ rows, ...map }).map((b) => b.ok),
      [true, true, true],
    );
  });

  it('fail when a bundle is over its limit', () => {
    const over = checkBudgets({
      rows,
      mapChunk: { gzip: 63_001 },
      mapThirdPartyShipped: map.mapThirdPartyShipped,
    });
    assert.equal(over.find((b) => b.name.startsWith('map chunks')).ok, false);
  });

  it('fail when a budgeted bundle is not found in the build, naming it', () => {
    const noMap = checkBudgets({ rows, mapChunk: null, mapThirdPartyShipped: null });
    const budget = noMap.find((b) => b.name.startsWith('map chunks'));
    assert.equal(budget.ok, false);
    assert.equal(budget.found, false);
    const noEntry = checkBudgets({ rows: rows.slice(1), ...map });
    assert.equal(noEntry.find((b) => b.name.startsWith('<kiosque-events>')).ok, false);
  });
});
