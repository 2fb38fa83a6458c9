/**
 * Browsers read the text of an event's HTML with their own DOMParser
 * (@kiosque/render/text, condition `browser`); parse5 and its entity tables (43 kB gzip) are
 * for Node only. This checks what the builds ship.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const entry = join(dist, 'kiosque.js');

// The builds are tested, not skipped: without them the file fails here, in one line.
if (!existsSync(entry) || !existsSync(join(dist, 'lib'))) {
  throw new Error('packages/elements/dist is missing: run npm run build');
}

/** Every file kiosque.js may load, statically or lazily. */
function cdnFiles(): string[] {
  const files = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:from\s*|import\s*\(?\s*)["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) {
      visit(join(dirname(file), m[1]!));
    }
  };
  visit(entry);
  return [...files];
}

/** The npm build (emptied at each build). */
const libFiles = (readdirSync(join(dist, 'lib'), { recursive: true }) as string[])
  .filter((file) => file.endsWith('.js'))
  .map((file) => join(dist, 'lib', file));

const scripts = [...cdnFiles(), ...libFiles];
const sources = scripts
  .filter((file) => existsSync(`${file}.map`))
  .flatMap(
    (file) => (JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] }).sources,
  );

describe('the HTML parser of the browser builds', () => {
  it('is the platform DOMParser: the browser text module is bundled', () => {
    assert.ok(sources.some((source) => source.endsWith('render/src/text.browser.ts')));
    assert.ok(!sources.some((source) => source.endsWith('render/src/text.ts')));
  });

  it('is never parse5 nor its entity tables', () => {
    assert.deepEqual(
      sources.filter((source) => /node_modules\/(parse5|entities)\//.test(source)),
      [],
    );
    // One of parse5's error codes, for the bundles without a source map.
    assert.deepEqual(
      scripts.filter((file) =>
        readFileSync(file, 'utf8').includes('abrupt-closing-of-empty-comment'),
      ),
      [],
    );
  });
});
