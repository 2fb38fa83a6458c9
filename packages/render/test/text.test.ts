import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { cleanText } from '../src/index.js';
import { decodeEntities, excerptOf, htmlToText, truncateText } from '../src/text.js';
import * as browserText from '../src/text.browser.js';
import { ENTITY_INPUTS, HTML_INPUTS, type TextCorpus } from './corpus.js';

const corpus = JSON.parse(
  readFileSync(new URL('./fixtures/text-corpus.json', import.meta.url), 'utf8'),
) as TextCorpus;

describe('htmlToText and excerpts', () => {
  it('strips tags, decodes entities and collapses whitespace', () => {
    assert.equal(
      htmlToText('<p>Caf&eacute; &amp; <b>jazz</b></p><p>ce&nbsp;soir &#8212; &#x1F3B7;</p>'),
      'Café & jazz ce soir — 🎷',
    );
  });
  it('decodes every named entity, with or without its semicolon where HTML allows it', () => {
    assert.equal(
      htmlToText('Caf&eacute; &ecirc;tre &uuml;ber &amp;amp; &notin; &copy 2026'),
      'Café être über &amp; ∉ © 2026',
    );
  });
  it('separates list items, paragraphs, line breaks and table cells by a space', () => {
    assert.equal(
      htmlToText('<ul><li>Elektronik</li><li>Fahrräder</li></ul>'),
      'Elektronik Fahrräder',
    );
    assert.equal(
      htmlToText('<p>a<br>b</p><table><tr><td>1</td><td>2</td></tr></table>'),
      'a b 1 2',
    );
  });
  it('drops script and style content and comments', () => {
    assert.equal(htmlToText('<style>p{}</style><!-- x -->Hi<script>alert(1)</script>!'), 'Hi!');
  });
  it('drops what a browser never shows: template, noscript, iframe and noembed content', () => {
    assert.equal(
      htmlToText('<template><p>t</p></template><noscript><img src=x onerror=alert(1)></noscript>v'),
      'v',
    );
    assert.equal(htmlToText('<iframe><img src=x onerror=alert(1)></iframe>v'), 'v');
    assert.equal(htmlToText('<noembed><img src=x onerror=alert(1)></noembed>v'), 'v');
  });
  it('keeps attributes containing ">" inside the tag', () => {
    assert.equal(htmlToText('<a title="a>b" href="#">link</a>'), 'link');
  });
  it('does not double-decode &amp;lt;', () => {
    assert.equal(htmlToText('&amp;lt;b&amp;gt;'), '&lt;b&gt;');
  });
  it('removes control characters and noncharacters, and replaces lone surrogates', () => {
    assert.equal(htmlToText('NUL\u0000here'), 'NULhere');
    assert.equal(htmlToText('vertical\u000btab'), 'vertical tab');
    assert.equal(htmlToText('C1\u0080\u009f end\uFFFE'), 'C1 end');
    assert.equal(htmlToText('lone \uD800 high'), 'lone \uFFFD high');
    assert.equal(htmlToText('&#1;&#x7f;&#xFDD0;x'), 'x');
  });
  it('reads any depth of nesting', () => {
    assert.equal(htmlToText(`${'<b>'.repeat(20_000)}deep`), 'deep');
  });
  it('cuts at most 280 characters on a word boundary', () => {
    const text = 'word '.repeat(100).trim();
    const cut = truncateText(text, 280);
    assert.ok(cut.length <= 280);
    assert.ok(cut.endsWith('word…'));
    assert.equal(truncateText('short', 280), 'short');
  });
  it('makes an excerpt of a description, or null when it has no text', () => {
    assert.equal(excerptOf('<p>Elektronik</p><ul><li>Fahrräder</li></ul>'), 'Elektronik Fahrräder');
    assert.equal(excerptOf('<script>alert(1)</script>'), null);
    assert.equal(excerptOf(null), null);
  });
});

describe('decodeEntities', () => {
  it('decodes character references as in HTML text and keeps everything else', () => {
    assert.equal(
      decodeEntities('AT&T &notin; &not &amp;lt; <b>kept</b> &#x1F3B7; &#0;'),
      'AT&T ∉ ¬ &lt; <b>kept</b> 🎷 \uFFFD',
    );
  });
});

describe('cleanText', () => {
  it('removes C0 controls but tab, line feed and carriage return, DEL and C1 controls', () => {
    assert.equal(
      cleanText('a\u0000b\u0001c\u000bd\u000ce\u001ff\u007fg\u0080h\u0085i\u009fj'),
      'abcdefghij',
    );
    assert.equal(cleanText('tab\tline\nreturn\r'), 'tab\tline\nreturn\r');
  });
  it('removes noncharacters in every plane', () => {
    assert.equal(cleanText('a\uFDD0b\uFDEFc\uFFFEd\uFFFFe\u{1FFFE}f\u{10FFFF}g'), 'abcdefg');
    assert.equal(cleanText('\uFDCF\uFDF0\uFFFD\u{10FFFD}'), '\uFDCF\uFDF0\uFFFD\u{10FFFD}');
  });
  it('replaces each lone surrogate by U+FFFD and keeps pairs', () => {
    assert.equal(cleanText('\uD800a\uDC00\uD83C\uDFB7\uD83C'), '\uFFFDa\uFFFD🎷\uFFFD');
  });
  it('keeps every other character, whitespace included', () => {
    const text = '  Café\u00a0«\u200bjazz»\u2028\u202e 🎷  ';
    assert.equal(cleanText(text), text);
  });
});

describe('the text rule, against Chromium', () => {
  it('has recorded the current corpus (npm run record -w @kiosque/render)', () => {
    assert.deepEqual(
      corpus.htmlToText.map((c) => c.input),
      HTML_INPUTS,
    );
    assert.deepEqual(
      corpus.decodeEntities.map((c) => c.input),
      ENTITY_INPUTS,
    );
  });
  it(`gives with parse5 the text Chromium's DOMParser gives, on all ${HTML_INPUTS.length} inputs`, () => {
    const differ = corpus.htmlToText.filter((c) => htmlToText(c.input) !== c.text);
    assert.deepEqual(
      differ.map((c) => ({ ...c, parse5: htmlToText(c.input) })),
      [],
    );
  });
  it('decodes entities with parse5 as Chromium does', () => {
    for (const c of corpus.decodeEntities) assert.equal(decodeEntities(c.input), c.text, c.input);
  });
  it('in browsers, leaves the text empty where there is no DOMParser', () => {
    assert.equal(browserText.htmlToText('<p>x</p>'), '');
    assert.equal(browserText.excerptOf('<p>x</p>'), null);
    assert.equal(browserText.decodeEntities('&amp;'), '&amp;');
  });
});
