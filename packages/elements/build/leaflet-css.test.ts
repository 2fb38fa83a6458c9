import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { withoutLeafletImages } from './leaflet-css.js';

const require = createRequire(import.meta.url);
const leafletCss = readFileSync(require.resolve('leaflet/dist/leaflet.css'), 'utf8');
const entry = fileURLToPath(new URL('../dist/kiosque.js', import.meta.url));

// The CDN build is tested, not skipped: without it the file fails here, in one line.
if (!existsSync(entry)) {
  throw new Error('packages/elements/dist/kiosque.js is missing: run npm run build');
}

describe("Leaflet's style sheet", () => {
  it('loses its three image declarations and nothing else', () => {
    const trimmed = withoutLeafletImages(leafletCss);
    assert.doesNotMatch(trimmed, /url\(\s*['"]?images\//);
    const removed = leafletCss.length - trimmed.length;
    const images = [...leafletCss.matchAll(/background-image:\s*url\(images\/[^)]+\);/g)];
    assert.equal(images.length, 3);
    assert.equal(
      removed,
      images.reduce((n, m) => n + m[0].length, 0),
    );
    // The rules stay, with their other declarations.
    assert.match(trimmed, /\.leaflet-control-layers-toggle \{\s*width: 36px;/);
    assert.match(trimmed, /\.leaflet-retina \.leaflet-control-layers-toggle \{\s*background-size/);
  });

  it('ships without inlined images in the CDN build', () => {
    // Every file kiosque.js may load, statically or lazily.
    const files = new Set<string>();
    const visit = (file: string): void => {
      if (files.has(file)) return;
      files.add(file);
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(
        /(?:from\s*|import\s*\(?\s*)["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g,
      )) {
        visit(join(dirname(file), m[1]!));
      }
    };
    visit(entry);
    const sheets = [...files]
      .map((f) => readFileSync(f, 'utf8'))
      .filter((code) => code.includes('.leaflet-pane'));
    assert.ok(sheets.length > 0, "Leaflet's style sheet is in a chunk");
    for (const code of sheets) assert.doesNotMatch(code, /data:image\/png/);
  });
});
