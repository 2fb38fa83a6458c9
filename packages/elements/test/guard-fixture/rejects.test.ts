/**
 * A fixture of build/console-guard.test.ts, never part of the element tests (their files are
 * src/**\/*.test.ts): a promise rejection nobody handles fails its test.
 */
describe('console guard fixture: an unhandled rejection', () => {
  it('leaves a rejection unhandled', async () => {
    const reported = new Promise((resolve) =>
      window.addEventListener('unhandledrejection', resolve, { once: true }),
    );
    void Promise.reject(new Error('kiosque-guard-fixture: a rejection nobody handled'));
    await reported;
  });
});
