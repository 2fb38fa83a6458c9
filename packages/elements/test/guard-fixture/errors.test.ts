/**
 * A fixture of build/console-guard.test.ts, never part of the element tests (their files are
 * src/**\/*.test.ts): a console error fails its test.
 */
describe('console guard fixture: errors', () => {
  it('logs an error', () => {
    console.error('kiosque-guard-fixture: an error nobody declared');
  });
});
