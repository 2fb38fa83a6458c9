/**
 * The console guard of every element test page, loaded before the test framework by
 * `testGlobalsHtml` (test/dev-instances.mjs). A plain script, so it runs before any module:
 * warnings given while the test files are imported are caught too.
 *
 * A console warning, a console error, an uncaught error or an unhandled rejection fails the
 * test during which it happened (or, from a `before` hook, the next test): a root `afterEach`,
 * registered after every other root hook, marks the test failed with the messages. What comes
 * after a file's last test fails its root `after all` hook. Nothing is printed: the messages
 * are in the failure.
 *
 * A test that causes one on purpose says so with `expectConsole(/pattern/)` from
 * src/test/helpers.ts: the matching messages of that test are taken off, and the test fails if
 * none came. Nothing is silenced for every test.
 */
(() => {
  /** Messages not yet checked: `{ level, text }`. */
  const messages = [];
  /** What the current test declared: `{ pattern, level, seen, resolve }`. */
  let expected = [];

  function describe(value) {
    if (value instanceof Error) return value.stack || String(value);
    if (typeof value === 'string') return value;
    try {
      return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
    } catch {
      return String(value);
    }
  }

  /** Takes a message off when the current test expects it; returns whether it did. */
  function consume(level, text) {
    const match = expected.find(
      (e) => (e.level === undefined || e.level === level) && e.pattern.test(text),
    );
    if (!match) return false;
    match.seen += 1;
    match.resolve(text);
    return true;
  }

  function record(level, text) {
    if (!consume(level, text)) messages.push({ level, text });
  }

  /** Errors the listeners below recorded: the test runner logs them again with console.error. */
  const thrown = new WeakSet();
  const RUNNER_NOTE = 'An error was thrown in a Promise outside a test.';

  /** Puts the guard in front of the console (again: the test runner wraps it in between). */
  function install() {
    console.warn = (...args) => record('warn', args.map(describe).join(' '));
    console.error = (...args) => {
      const [first] = args;
      if (args.length === 1 && typeof first === 'object' && first !== null && thrown.has(first)) {
        return;
      }
      if (typeof first === 'string' && first.startsWith(RUNNER_NOTE)) return;
      record('error', args.map(describe).join(' '));
    };
  }
  install();
  window.addEventListener('error', (event) => {
    if (event.error && typeof event.error === 'object') thrown.add(event.error);
    record('uncaught', event.error ? describe(event.error) : event.message);
  });
  window.addEventListener('unhandledrejection', (event) => {
    if (event.reason && typeof event.reason === 'object') thrown.add(event.reason);
    record('unhandled rejection', describe(event.reason));
  });

  /** An error naming every unexpected message and every expected one that never came. */
  function check(when) {
    const unexpected = messages
      .splice(0)
      .filter(({ level, text }) => !consume(level, text))
      .map(({ level, text }) => `${level}: ${text}`);
    const missing = expected
      .filter((e) => e.seen === 0)
      .map((e) => `expected ${e.level ?? 'a console message'} matching ${e.pattern}, none came`);
    expected = [];
    if (!unexpected.length && !missing.length) return null;
    return new Error(`Console guard, ${when}:\n${[...unexpected, ...missing].join('\n')}`);
  }

  /**
   * Fails `test`, which Mocha has already run, with `error`: the test runner reports the state
   * and error each test has once the run ends. Mocha goes on with the next test, as it would
   * not after a failing hook.
   */
  function fail(test, error) {
    if (test.state === 'failed' && test.err) {
      test.err.message += `\n${error.message}`;
    } else {
      test.state = 'failed';
      test.err = error;
    }
  }

  window.__kiosqueConsoleGuard = {
    expect(pattern, level) {
      return new Promise((resolve) => {
        expected.push({ pattern, level, seen: 0, resolve });
        // A message that came earlier in the test counts.
        const index = messages.findIndex(
          (m) => (level === undefined || m.level === level) && pattern.test(m.text),
        );
        if (index >= 0) {
          const [message] = messages.splice(index, 1);
          consume(message.level, message.text);
        }
      });
    },
  };

  // The hooks go on Mocha's root suite when the framework starts the run, after the test file
  // (and @open-wc/testing's fixture cleanup) registered theirs: they run last.
  let instance;
  Object.defineProperty(window, 'mocha', {
    configurable: true,
    get: () => instance,
    set(mocha) {
      instance = mocha;
      const run = mocha.run;
      mocha.run = function (...args) {
        // In front of the test runner's log capture: declared messages print nothing, the
        // others are in the failure.
        install();
        this.suite.afterEach('console guard', function () {
          const test = this.currentTest;
          const error = check(`during "${test?.fullTitle() ?? 'a test'}"`);
          if (!error) return;
          if (!test || test.isPending()) throw error;
          fail(test, error);
        });
        this.suite.afterAll('console guard', () => {
          const error = check('after the last test');
          if (error) throw error;
        });
        return run.apply(this, args);
      };
    },
  });
})();
