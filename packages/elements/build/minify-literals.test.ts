import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { transform } from 'lightningcss';
import { minifyCssParts, minifyHtmlParts, minifyLiterals } from './minify-literals.js';

const one = (css: string): string => minifyCssParts([css])[0] ?? '';

describe('minifyCssParts', () => {
  it('drops comments and collapses whitespace', () => {
    assert.equal(
      one('\n  /* tokens */\n  :host {\n    display:  block;\n  }\n'),
      ':host{display:block}',
    );
  });

  it('keeps the space of a descendant combinator before a pseudo-class', () => {
    assert.equal(one('.a :hover { color: red }'), '.a :hover{color:red}');
    assert.equal(one(':host ::slotted(p) { margin: 0 }'), ':host ::slotted(p){margin:0}');
  });

  it('keeps the spaces calc() needs around + and -', () => {
    assert.equal(one('a { width: calc(100% - 2px + 1em) }'), 'a{width:calc(100% - 2px + 1em)}');
  });

  it('keeps the space before a parenthesis in a media query', () => {
    assert.equal(
      one('@media screen and (min-width: 40em) { a { b: c } }'),
      '@media screen and (min-width:40em){a{b:c}}',
    );
  });

  it('keeps the space after a closing parenthesis', () => {
    assert.equal(one(':is(.a) .b { c: d }'), ':is(.a) .b{c:d}');
  });

  it('copies strings, escapes and url() as they are', () => {
    assert.equal(
      one(`a::before { content: " ;  { } /* x */ " }`),
      `a::before{content:" ;  { } /* x */ "}`,
    );
    assert.equal(
      one(String.raw`q::before { content: '\\201C' }`),
      String.raw`q::before{content:'\\201C'}`,
    );
    assert.equal(one('a { b: url(x.svg#a/*b*/c) }'), 'a{b:url(x.svg#a/*b*/c)}');
    assert.equal(one('a { b: \\` c }'), 'a{b:\\` c}');
  });

  it('keeps each ${…} in its place, with the space a value needs', () => {
    assert.deepEqual(minifyCssParts(['\n  a { border: ', ' solid; }\n  ', '\n']), [
      'a{border:',
      ' solid}',
      '',
    ]);
  });

  it('leaves a template alone when its CSS cannot be read to the end', () => {
    assert.deepEqual(minifyCssParts(['a { /* open']), ['a { /* open']);
    assert.deepEqual(minifyCssParts(['a { content: "open }']), ['a { content: "open }']);
  });
});

describe('minifyHtmlParts', () => {
  it('turns indentation into one space and keeps the spaces on one line', () => {
    assert.deepEqual(minifyHtmlParts(['<p\n    part="a"\n  >\n    two  spaces ', '\n</p>\n']), [
      '<p part="a" > two  spaces ',
      ' </p> ',
    ]);
    assert.deepEqual(minifyHtmlParts(['<b>a</b> <i>b</i>']), ['<b>a</b> <i>b</i>']);
  });
});

describe('minifyLiterals', () => {
  it('minifies css, html and svg templates and nothing else', () => {
    const code = [
      "import { css, html, svg } from 'lit';",
      'const styles = css`\n  a {\n    color: red;\n  }\n`;',
      'const view = html`<p>\n  two  spaces ${x}\n</p>`;',
      'const icon = svg`<svg>\n  <path></path>\n</svg>`;',
      'const text = `a {\n  color: red;\n}`;',
    ].join('\n');
    const result = minifyLiterals(code, '/x/styles.ts');
    assert.ok(result);
    assert.match(result.code, /css`a\{color:red\}`/);
    assert.ok(result.code.includes('html`<p> two  spaces ${x} </p>`'));
    assert.ok(result.code.includes('svg`<svg> <path></path> </svg>`'));
    assert.ok(result.code.includes('`a {\n  color: red;\n}`'));
    assert.equal(result.map.sources[0], '/x/styles.ts');
  });

  it('returns nothing for a module without tagged templates, or with nothing to minify', () => {
    assert.equal(minifyLiterals('const a = `<p>\n x </p>`;', '/x/a.ts'), null);
    assert.equal(minifyLiterals('const a = html`<p> x </p>`;', '/x/a.ts'), null);
  });

  it('is safe for every element: no template keeps whitespace as it is written', () => {
    // One space drawn for a run of whitespace holds unless whitespace is preserved: no element
    // may have a <pre>, text inside a <textarea> or a `white-space: pre…` rule.
    const src = fileURLToPath(new URL('../src/', import.meta.url));
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && !/\.(test|stories)\.ts$/.test(f),
    );
    let templates = 0;
    for (const file of files) {
      const code = readFileSync(join(src, file), 'utf8');
      assert.doesNotMatch(code, /white-space:\s*(pre|break-spaces)/, file);
      for (const m of code.matchAll(/\b(?:html|svg)`([^`]*)`/g)) {
        templates++;
        assert.doesNotMatch(m[1] ?? '', /<pre\b/i, file);
        assert.doesNotMatch(m[1] ?? '', /<textarea\b[^>]*>[^<]/i, file);
      }
    }
    assert.ok(templates > 50, `${templates} templates read`);
  });

  it('keeps every stylesheet of the elements equivalent (as lightningcss reads it)', () => {
    const src = fileURLToPath(new URL('../src/', import.meta.url));
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && !/\.(test|stories)\.ts$/.test(f),
    );
    // Custom property values keep their tokens as written; whitespace after a comma in them
    // changes nothing once substituted.
    const read = (css: string, file: string): string =>
      transform({ filename: file, code: Buffer.from(css), minify: true })
        .code.toString()
        .replace(/,\s+/g, ',');
    let checked = 0;
    for (const file of files) {
      const code = readFileSync(join(src, file), 'utf8');
      const result = minifyLiterals(code, file);
      if (!result) continue;
      const before = [...code.matchAll(/\bcss`([^`]*)`/g)].map((m) => m[1] ?? '');
      const after = [...result.code.matchAll(/\bcss`([^`]*)`/g)].map((m) => m[1] ?? '');
      assert.equal(after.length, before.length, file);
      before.forEach((css, i) => {
        const cooked = (s: string): string => s.replace(/\\\\/g, '\\');
        assert.equal(read(cooked(after[i] ?? ''), file), read(cooked(css), file), file);
        assert.ok((after[i] ?? '').length < css.length, `${file} got smaller`);
        checked++;
      });
    }
    assert.ok(checked >= 6, `checked ${checked} stylesheets`);
  });
});
