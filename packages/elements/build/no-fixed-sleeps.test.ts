/**
 * Tests never wait a fixed time. A sleep before checking that something did not happen (no
 * request, no event, no warning) passes on a slow machine whether or not the thing would have
 * happened, and slows every run: wait for a later signal instead (`until(() => …)`, an event
 * that comes after, the element's `updateComplete`, a round trip through the same queue).
 *
 * This scans every test file of the repository (`*.test.*`, `test/` folders, and the modules a
 * test imports that use test tooling themselves) and fails naming each fixed sleep by
 * file:line: `aTimeout(n)`, `waitForTimeout(n)`, `sleep(n)`, `new Promise((r) => setTimeout(r, n))`
 * and the helpers that wrap one. A sleep between the tries of a loop (`while`, `do`, `for(;;)`)
 * is a polling loop, which waits for a condition: allowed. So is `setTimeout(r)` with no delay
 * (one task).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const repo = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Fixed sleeps in files this check does not own yet, each with why it is still there. Matched
 * by file and call text; an entry that matches nothing fails, so the list only shrinks.
 */
const KNOWN: ReadonlyArray<{ file: string; calls: string[]; why: string }> = [];

/** Folders never scanned: dependencies, build output, caches, recorded results. */
const SKIPPED_DIRS = new Set([
  'node_modules',
  'dist',
  'storybook-static',
  '.git',
  '.cache',
  'vendor',
  'results',
]);

/** A test file, or a module in a `test/` folder. */
const TEST_FILE = /(^|\/)(test\/.*|[^/]+\.test)\.(ts|mts|cts|js|mjs|cjs)$/;
/** An import that makes a module test tooling. */
const TEST_TOOLING =
  /^(node:test|@open-wc\/testing|@web\/test-runner[\w-]*|mocha|chai|playwright[\w-]*)$/;

export interface FixedSleep {
  file: string;
  line: number;
  text: string;
}

function isFunction(node: ts.Node): node is ts.FunctionLikeDeclaration {
  return ts.isFunctionLike(node) && 'body' in node;
}

/** `setTimeout`, `window.setTimeout`, `globalThis.setTimeout`. */
function isSetTimeout(callee: ts.Expression): boolean {
  if (ts.isIdentifier(callee)) return callee.text === 'setTimeout';
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 'setTimeout';
}

function calleeName(callee: ts.Expression): string | null {
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return null;
}

/** The single expression a function body evaluates, if that is all it does. */
function soleExpression(body: ts.ConciseBody | undefined): ts.Expression | null {
  if (!body) return null;
  if (!ts.isBlock(body)) return body;
  if (body.statements.length !== 1) return null;
  const [statement] = body.statements;
  if (statement && ts.isExpressionStatement(statement)) return statement.expression;
  if (statement && ts.isReturnStatement(statement)) return statement.expression ?? null;
  return null;
}

function unwrap(expression: ts.Expression): ts.Expression {
  let e = expression;
  while (ts.isParenthesizedExpression(e) || ts.isAwaitExpression(e) || ts.isAsExpression(e)) {
    e = e.expression;
  }
  return e;
}

/** `new Promise((r) => setTimeout(r, n))` with a delay that is not 0. */
function isPromisedTimeout(node: ts.Node): node is ts.NewExpression {
  if (!ts.isNewExpression(node) || !ts.isIdentifier(node.expression)) return false;
  if (node.expression.text !== 'Promise') return false;
  const executor = node.arguments?.[0];
  if (!executor || !(ts.isArrowFunction(executor) || ts.isFunctionExpression(executor))) {
    return false;
  }
  const call = soleExpression(executor.body);
  if (!call || !ts.isCallExpression(unwrap(call))) return false;
  const timeout = unwrap(call) as ts.CallExpression;
  if (!isSetTimeout(timeout.expression)) return false;
  const delay = timeout.arguments[1];
  return !!delay && !(ts.isNumericLiteral(delay) && Number(delay.text) === 0);
}

/** The name a function is declared under (`function sleep`, `const sleep = () => …`). */
function declaredName(fn: ts.Node): string | null {
  if (ts.isFunctionDeclaration(fn)) return fn.name?.text ?? null;
  const parent = fn.parent;
  if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && parent) {
    if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  }
  return null;
}

/** Whether `node` runs between the tries of a loop in its function: a polling loop. */
function inPollingLoop(node: ts.Node): boolean {
  for (let n = node.parent; n && !isFunction(n); n = n.parent) {
    if (ts.isWhileStatement(n) || ts.isDoStatement(n) || ts.isForStatement(n)) return true;
  }
  return false;
}

/** Names of the functions a module defines that only sleep (`const sleep = (ms) => …`). */
export function sleepHelpers(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (isPromisedTimeout(node)) {
      let fn: ts.Node | undefined = node.parent;
      while (fn && (ts.isParenthesizedExpression(fn) || ts.isReturnStatement(fn))) fn = fn.parent;
      if (fn && ts.isBlock(fn)) fn = fn.parent;
      const name = fn && isFunction(fn) && soleExpression(fn.body) ? declaredName(fn) : null;
      if (name) names.add(name);
    }
    // `import { setTimeout as wait } from 'node:timers/promises'`
    if (
      ts.isImportDeclaration(node) &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      /^(node:)?timers\/promises$/.test(node.moduleSpecifier.text)
    ) {
      const bindings = node.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          const imported = (element.propertyName ?? element.name).text;
          if (imported === 'setTimeout') names.add(element.name.text);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

function parse(file: string, text: string): ts.SourceFile {
  const kind = /\.[cm]?js$/.test(file) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
}

/**
 * Every fixed sleep of a module outside a polling loop. `imported` are sleep helpers of other
 * modules, by the name this module imports them under.
 */
export function fixedSleeps(
  file: string,
  text: string,
  imported: ReadonlySet<string> = new Set(),
): FixedSleep[] {
  const source = parse(file, text);
  const helpers = new Set([...sleepHelpers(source), ...imported, 'sleep']);
  const found: FixedSleep[] = [];
  const report = (node: ts.Node): void => {
    if (inPollingLoop(node)) return;
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push({ file, line: line + 1, text: node.getText(source).replace(/\s+/g, ' ') });
  };
  const visit = (node: ts.Node): void => {
    if (isPromisedTimeout(node)) {
      // The body of a helper is reported where the helper is called.
      let fn: ts.Node | undefined = node.parent;
      while (fn && (ts.isParenthesizedExpression(fn) || ts.isReturnStatement(fn))) fn = fn.parent;
      if (fn && ts.isBlock(fn)) fn = fn.parent;
      const name = fn && isFunction(fn) ? declaredName(fn) : null;
      if (!name || !helpers.has(name)) report(node);
    } else if (ts.isCallExpression(node)) {
      const name = calleeName(node.expression);
      if (name === 'aTimeout' || name === 'waitForTimeout') report(node);
      else if (name && helpers.has(name) && ts.isIdentifier(node.expression)) report(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Relative imports of a module, resolved to files (`.js` specifiers name `.ts` sources). */
function relativeImports(file: string, source: ts.SourceFile): Map<string, string[]> {
  const imports = new Map<string, string[]>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) {
      continue;
    }
    const specifier = statement.moduleSpecifier.text;
    if (!specifier.startsWith('.')) continue;
    const base = resolve(dirname(file), specifier);
    const candidates = [base, base.replace(/\.(m?)js$/, '.$1ts'), `${base}.ts`];
    const target = candidates.find((c) => existsSync(c) && statSync(c).isFile());
    if (!target) continue;
    const names: string[] = [];
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) names.push(element.name.text);
    }
    imports.set(target, names);
  }
  return imports;
}

function usesTestTooling(source: ts.SourceFile): boolean {
  return source.statements.some(
    (s) =>
      ts.isImportDeclaration(s) &&
      ts.isStringLiteral(s.moduleSpecifier) &&
      (TEST_TOOLING.test(s.moduleSpecifier.text) || /(^|\/)test\//.test(s.moduleSpecifier.text)),
  );
}

function walk(dir: string, files: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) walk(join(dir, entry.name), files);
    } else if (TEST_FILE.test(relative(repo, join(dir, entry.name)))) {
      files.push(join(dir, entry.name));
    }
  }
  return files;
}

/** The test files of the repository and the test helpers they import. */
export function testFiles(): string[] {
  const files = new Set(walk(repo));
  for (const file of [...files]) {
    const source = parse(file, readFileSync(file, 'utf8'));
    for (const target of relativeImports(file, source).keys()) {
      if (files.has(target) || target.includes('/node_modules/')) continue;
      if (usesTestTooling(parse(target, readFileSync(target, 'utf8')))) files.add(target);
    }
  }
  return [...files].sort();
}

/** Every fixed sleep of the repository's tests, by path relative to the repository. */
export function repositorySleeps(): FixedSleep[] {
  const found: FixedSleep[] = [];
  for (const file of testFiles()) {
    const text = readFileSync(file, 'utf8');
    const source = parse(file, text);
    // Helpers imported from another module under the name they are imported as.
    const imported = new Set<string>();
    for (const [target, names] of relativeImports(file, source)) {
      const helpers = sleepHelpers(parse(target, readFileSync(target, 'utf8')));
      for (const name of names) if (helpers.has(name)) imported.add(name);
    }
    found.push(...fixedSleeps(relative(repo, file), text, imported));
  }
  return found;
}

describe('fixed sleeps in tests', () => {
  it('finds each form of fixed sleep, and leaves polling loops and single tasks alone', () => {
    const code = `
      import { setTimeout as delay } from 'node:timers/promises';
      const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
      function pause(ms: number) { return new Promise<void>((resolve) => { setTimeout(resolve, ms); }); }
      it('a', async () => {
        await aTimeout(100);
        await page.waitForTimeout(300);
        await new Promise((resolve) => setTimeout(resolve, 300));
        await new Promise((resolve) => window.setTimeout(() => resolve(undefined), 50));
        await sleep(30);
        await pause(20);
        await delay(10);
        await new Promise((resolve) => setTimeout(resolve));
        await new Promise((resolve) => setTimeout(resolve, 0));
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        while (!done()) await new Promise((r) => setTimeout(r, 20));
        for (let i = 0; i < 50 && !done(); i++) await sleep(20);
        for (;;) { if (done()) break; await page.waitForTimeout(100); }
        const slow = new Promise((resolve, reject) => {
          const timer = setTimeout(() => resolve(1), 20);
          signal.addEventListener('abort', () => (clearTimeout(timer), reject()));
        });
        setTimeout(() => controller.abort(), 30);
      });`;
    const found = fixedSleeps('example.test.ts', code).map((s) => `${s.line}: ${s.text}`);
    assert.deepEqual(found, [
      '6: aTimeout(100)',
      '7: page.waitForTimeout(300)',
      '8: new Promise((resolve) => setTimeout(resolve, 300))',
      '9: new Promise((resolve) => window.setTimeout(() => resolve(undefined), 50))',
      '10: sleep(30)',
      '11: pause(20)',
      '12: delay(10)',
    ]);
  });

  it('sees a sleep helper imported from another module', () => {
    const found = fixedSleeps('a.test.ts', `await wait(100);`, new Set(['wait']));
    assert.deepEqual(found, [{ file: 'a.test.ts', line: 1, text: 'wait(100)' }]);
  });

  it('scans the element tests, their helpers, and the other test suites', () => {
    const files = testFiles().map((f) => relative(repo, f));
    for (const expected of [
      'packages/elements/src/events/events.xss.test.ts',
      'packages/elements/src/test/helpers.ts',
      'packages/elements/src/journey/walk.ts',
      'packages/configurator/test/configurator.test.ts',
      'storybook/test/stories.test.ts',
      'bench/csp.test.mjs',
    ]) {
      assert.ok(files.includes(expected), `${expected} is scanned`);
    }
    assert.ok(!files.some((f) => f.includes('/node_modules/')));
    assert.ok(!files.includes('packages/elements/src/events/events.ts'), 'sources are not');
  });

  it('no test waits a fixed time: each waits for a condition', () => {
    const sleeps = repositorySleeps();
    const unknown: FixedSleep[] = [];
    const unused = KNOWN.map((k) => ({ ...k, calls: [...k.calls] }));
    for (const sleep of sleeps) {
      const known = unused.find((k) => k.file === sleep.file && k.calls.includes(sleep.text));
      if (known) known.calls.splice(known.calls.indexOf(sleep.text), 1);
      else unknown.push(sleep);
    }
    assert.deepEqual(
      unknown.map((s) => `${s.file}:${s.line}: ${s.text}`),
      [],
      'fixed sleeps in tests: wait for a condition that comes after instead (until(), an event, ' +
        'a later request, updateComplete), or flush deterministically',
    );
    const stale = unused.flatMap((k) => k.calls.map((c) => `${k.file}: ${c}`));
    assert.deepEqual(stale, [], 'KNOWN lists sleeps that are gone: remove them from the list');
  });
});
