/**
 * A fixture of build/console-guard.test.ts, never part of the element tests (their files are
 * src/**\/*.test.ts): what a test declares with expectConsole() does not fail it.
 */
import { expect } from '@open-wc/testing';
import { expectConsole } from '../../src/test/helpers.js';

describe('console guard fixture: declared messages', () => {
  it('passes with the warning it declares, and can wait for it', async () => {
    const seen = expectConsole(/declared warning/, 'warn');
    console.warn('kiosque-guard-fixture: a declared warning');
    expect(await seen).to.contain('a declared warning');
  });

  it('passes with an error logged before it is declared', () => {
    console.error('kiosque-guard-fixture: an early error');
    void expectConsole(/early error/, 'error');
  });

  it('does not carry a declaration over to the next test', () => {
    // Were the previous declarations still open, this test, which gives no message, would
    // fail with "none came".
    expect(console.warn).to.be.a('function');
  });
});
