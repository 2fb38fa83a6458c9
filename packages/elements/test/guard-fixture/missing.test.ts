/**
 * A fixture of build/console-guard.test.ts, never part of the element tests (their files are
 * src/**\/*.test.ts): a message a test declares and never gives fails it.
 */
import { expectConsole } from '../../src/test/helpers.js';

describe('console guard fixture: a declared message that never comes', () => {
  it('declares a warning it never gives', () => {
    void expectConsole(/kiosque-guard-fixture: a warning that never comes/, 'warn');
  });
});
