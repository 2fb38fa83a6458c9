import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { safeUrl } from '../src/index.js';

describe('safeUrl', () => {
  it('keeps http(s) URLs only', () => {
    assert.equal(safeUrl('https://a.example/x'), 'https://a.example/x');
    assert.equal(safeUrl('javascript:alert(1)'), null);
    assert.equal(safeUrl('data:text/html,hi'), null);
    assert.equal(safeUrl('/relative'), null);
    assert.equal(safeUrl(42), null);
  });
});
