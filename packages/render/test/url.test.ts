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

describe('safeUrl refuses what a browser would rewrite, as the WordPress plugin does', () => {
  it('refuses whitespace, quotes, angle brackets, backticks, backslashes and a missing //', () => {
    for (const url of [
      'https://ok.example/" onmouseover="alert(1)',
      "https://ok.example/'><script>alert(1)</script>",
      'http://ok.example/#<img src=x onerror=alert(1)>',
      'https://exаmple.com/ (Cyrillic а)',
      'https:alert(1)',
      'https:///path',
      'https://ok.example\\evil',
      'https://ok.example/`x`',
    ]) {
      assert.equal(safeUrl(url), null, url);
    }
  });

  it('serializes the URLs it keeps as a browser does', () => {
    assert.equal(safeUrl(' HTTPS://Ok.Example '), 'https://ok.example/');
    assert.equal(safeUrl('https://ok.example/é?q=ü#f'), 'https://ok.example/%C3%A9?q=%C3%BC#f');
  });
});
