import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readArguments, SHORTCODES } from '@kiosque/eleventy';
import { defaultConfig, elementFor, type Attribute, type Config } from '../src/config.js';
import {
  blockAttributes,
  camelCase,
  parseAstro,
  parseEleventyNunjucks,
  parseHtml,
  parseHugo,
  parseShortcode,
  parseWordpressBlock,
  snippetsFor,
} from '../src/snippets.js';

const root = new URL('../../../', import.meta.url);

function config(change: Partial<Config>): Config {
  return { ...defaultConfig(), instance: 'https://mobilizon.example', ...change };
}

/** Configurations covering every view, every option, and values that need escaping. */
const CASES: Record<string, Config> = {
  'a list of two groups': config({ groups: ['climate-action', 'ateliers@other.example'] }),
  'cards with filters and colours': config({
    view: 'grid',
    limit: 5,
    tags: 'repair, bikes',
    category: 'COMMUNITY',
    type: 'in-person',
    from: '2026-05-01',
    to: '2026-06-30',
    lang: 'fr',
    theme: 'dark',
    withoutImages: true,
    colors: { '--kiosque-color-accent': '#AA3300' },
  }),
  'a compact list searching awkward text': config({
    view: 'compact',
    search: 'say "hi" [now] -- <b>&amp;</b> \\ \'quoted\'',
  }),
  'a calendar': config({ view: 'calendar', groups: ['repair-cafe'], type: 'online' }),
  'a map': config({ view: 'map', limit: 40, lang: 'ar' }),
  'one event': config({ view: 'event', uuid: '8416e723-4588-4261-bbc6-3c8c3a6241c5' }),
  'a participation form': config({ view: 'rsvp', uuid: '8416e723-4588-4261-bbc6-3c8c3a6241c5' }),
};

function sorted(attributes: Attribute[]): Attribute[] {
  return [...attributes].sort(([a], [b]) => a.localeCompare(b));
}

/** The block.json of a WordPress block, or null when the plugin is not in this tree. */
function blockJson(kind: string): { name: string; attributes: Record<string, { type: string }> } {
  return JSON.parse(
    readFileSync(new URL(`packages/wordpress/src/blocks/${kind}/block.json`, root), 'utf8'),
  ) as { name: string; attributes: Record<string, { type: string }> };
}

describe('elementFor', () => {
  it('maps each view to its element', () => {
    const tags = (['list', 'grid', 'compact', 'calendar', 'map', 'event', 'rsvp'] as const).map(
      (view) => elementFor(config({ view, uuid: 'x' })).tag,
    );
    assert.deepEqual(tags, [
      'kiosque-events',
      'kiosque-events',
      'kiosque-events',
      'kiosque-calendar',
      'kiosque-map',
      'kiosque-event',
      'kiosque-rsvp',
    ]);
  });

  it('writes a layout only for cards and the compact list', () => {
    const layout = (view: Config['view']) =>
      elementFor(config({ view })).attributes.find(([name]) => name === 'layout')?.[1];
    assert.deepEqual(
      [layout('list'), layout('grid'), layout('compact')],
      [undefined, 'grid', 'compact'],
    );
  });

  it('leaves out what the view does not take, and what was left empty', () => {
    const spec = elementFor(
      config({ view: 'event', uuid: 'abc', groups: ['x'], search: 'y', limit: 3, tags: ' , ' }),
    );
    assert.deepEqual(spec.attributes, [
      ['instance', 'https://mobilizon.example'],
      ['uuid', 'abc'],
    ]);
  });

  it('keeps only well-formed colours', () => {
    const spec = elementFor(
      config({ colors: { '--kiosque-color-accent': '#A03', '--kiosque-color-text': '#112233' } }),
    );
    assert.deepEqual(spec.styles, [['--kiosque-color-text', '#112233']]);
  });
});

describe('every snippet says what the preview shows', () => {
  for (const [name, value] of Object.entries(CASES)) {
    const spec = elementFor(value);
    const snippets = snippetsFor(spec);
    const expected = sorted(spec.attributes);

    it(`${name}: the HTML snippet loads the CDN build and has the same element and attributes`, () => {
      assert.match(
        snippets.html,
        /^<script type="module" src="https:\/\/cdn\.[^"]+\/kiosque\.js"><\/script>\n/,
      );
      const parsed = parseHtml(snippets.html);
      assert.equal(parsed.tag, spec.tag);
      const style = parsed.attributes.find(([n]) => n === 'style')?.[1];
      assert.deepEqual(sorted(parsed.attributes.filter(([n]) => n !== 'style')), expected);
      assert.equal(
        style,
        spec.styles.length ? spec.styles.map(([t, v]) => `${t}: ${v}`).join('; ') : undefined,
      );
    });

    it(`${name}: the WordPress block is the matching block with attributes its block.json declares`, () => {
      const kind = spec.tag.slice('kiosque-'.length);
      const parsed = parseWordpressBlock(snippets.wordpressBlock);
      assert.doesNotMatch(
        snippets.wordpressBlock.slice(4, -4),
        /--|<|>/,
        'the comment stays closed',
      );
      const definition = blockJson(kind);
      assert.equal(parsed.name, definition.name);
      assert.deepEqual(parsed.attributes, blockAttributes(spec));
      for (const [attribute, given] of Object.entries(parsed.attributes)) {
        const declared = definition.attributes[attribute];
        assert.ok(declared, `block ${definition.name} declares no attribute "${attribute}"`);
        assert.equal(typeof given, declared.type, `"${attribute}" is a ${declared.type}`);
      }
    });

    it(`${name}: the WordPress shortcode has the element's attributes`, () => {
      const parsed = parseShortcode(snippets.wordpressShortcode);
      assert.equal(parsed.name, `kiosque_${spec.tag.slice('kiosque-'.length)}`);
      assert.deepEqual(sorted(parsed.attributes), expected);
    });

    it(`${name}: the Eleventy plugin reads both shortcodes back into the element's attributes`, () => {
      const nunjucks = parseEleventyNunjucks(snippets.eleventyNunjucks);
      assert.equal(SHORTCODES[nunjucks.name], spec.tag);
      // Nunjucks hands the keyword arguments to the shortcode as one object.
      const keywords = Object.fromEntries(
        nunjucks.attributes.map(([n, v]) => [
          camelCase(n),
          v === true || (/^\d+$/.test(v) && ['limit', 'radius', 'zoom'].includes(n))
            ? v === true
              ? true
              : Number(v)
            : v,
        ]),
      );
      const fromNunjucks = readArguments(spec.tag as never, [keywords]);
      assert.deepEqual(
        sorted(Object.entries(fromNunjucks).map(([n, v]) => [n, v === true ? true : String(v)])),
        expected,
      );
      const liquid = /^\{% (\w+) '(.*)' %\}$/.exec(snippets.eleventyLiquid);
      assert.ok(liquid, 'a Liquid shortcode with one attribute string');
      assert.equal(SHORTCODES[liquid[1]!], spec.tag);
      const fromLiquid = readArguments(spec.tag as never, [liquid[2]!]);
      const expectedLiquid = expected.map(([n, v]): Attribute => [
        n,
        v === true ? true : v.replaceAll('"', '&quot;').replaceAll("'", '&#39;'),
      ]);
      assert.deepEqual(
        sorted(Object.entries(fromLiquid).map(([n, v]) => [n, v === true ? true : String(v)])),
        expectedLiquid,
      );
      assert.match(
        snippets.eleventyConfig,
        /addPlugin\(kiosque, \{ instance: "https:\/\/mobilizon\.example" \}\)/,
      );
    });

    it(`${name}: the Hugo shortcode is the theme's, with the element's attributes`, () => {
      const parsed = parseHugo(snippets.hugo);
      assert.equal(parsed.name, spec.tag);
      assert.ok(
        existsSync(new URL(`packages/hugo/layouts/shortcodes/${spec.tag}.html`, root)),
        `the Hugo component has a ${spec.tag} shortcode`,
      );
      assert.deepEqual(sorted(parsed.attributes), expected);
    });

    it(`${name}: the Astro component is exported by @kiosque/astro, with the element's attributes`, () => {
      const parsed = parseAstro(snippets.astro);
      const index = readFileSync(new URL('packages/astro/src/index.ts', root), 'utf8');
      assert.match(index, new RegExp(`as ${parsed.name} \\}`));
      assert.match(
        snippets.astro,
        new RegExp(`import \\{ ${parsed.name} \\} from '@kiosque/astro';`),
      );
      assert.deepEqual(sorted(parsed.attributes), expected);
    });

    it(`${name}: hosts without a style attribute get the colours as a stylesheet rule`, () => {
      if (!spec.styles.length) return assert.equal(snippets.css, '');
      assert.equal(
        snippets.css,
        `${spec.tag} {\n${spec.styles.map(([t, v]) => `  ${t}: ${v};`).join('\n')}\n}`,
      );
    });
  }
});
