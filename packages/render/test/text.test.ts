import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { htmlToText, truncateText } from '../src/text.js';

describe('htmlToText and excerpts', () => {
  it('strips tags, decodes entities and collapses whitespace', () => {
    assert.equal(
      htmlToText('<p>Caf&eacute; &amp; <b>jazz</b></p><p>ce&nbsp;soir &#8212; &#x1F3B7;</p>'),
      'Café & jazz ce soir — 🎷',
    );
  });
  it('drops script and style content and comments', () => {
    assert.equal(htmlToText('<style>p{}</style><!-- x -->Hi<script>alert(1)</script>!'), 'Hi!');
  });
  it('keeps attributes containing ">" inside the tag', () => {
    assert.equal(htmlToText('<a title="a>b" href="#">link</a>'), 'link');
  });
  it('does not double-decode &amp;lt;', () => {
    assert.equal(htmlToText('&amp;lt;b&amp;gt;'), '&lt;b&gt;');
  });
  it('cuts at most 280 characters on a word boundary', () => {
    const text = 'word '.repeat(100).trim();
    const cut = truncateText(text, 280);
    assert.ok(cut.length <= 280);
    assert.ok(cut.endsWith('word…'));
    assert.equal(truncateText('short', 280), 'short');
  });
});
