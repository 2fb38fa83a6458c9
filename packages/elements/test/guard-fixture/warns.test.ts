/**
 * A fixture of build/console-guard.test.ts, never part of the element tests (their files are
 * src/**\/*.test.ts): a console warning fails its test.
 */
describe('console guard fixture: a warning', () => {
  it('warns', () => {
    console.warn('kiosque-guard-fixture: a warning nobody declared');
  });
});
