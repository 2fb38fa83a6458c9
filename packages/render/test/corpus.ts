/**
 * The inputs of the text rule's agreement check: our own cases (entities, lists, control
 * characters), then every hostile string of the dev instance and the descriptions of its
 * hostile events. `npm run record -w @kiosque/render` writes what Chromium's DOMParser makes of
 * them to fixtures/text-corpus.json; the Node suite and the elements' browser suite compare
 * with it.
 */
import { hostileEvents, XSS_VECTORS } from '../../dev-instance/src/hostile.js';

/** One recorded case: the input and the text expected of it. */
export interface RecordedText {
  input: string;
  text: string;
}

/** fixtures/text-corpus.json. */
export interface TextCorpus {
  /** The browser whose DOMParser parsed the inputs. */
  recordedWith: string;
  htmlToText: RecordedText[];
  decodeEntities: RecordedText[];
}

const OWN_HTML = [
  'Caf&eacute; &ecirc;tre &uuml;ber &amp;amp; &notin; &copy 2026',
  '<ul><li>Elektronik</li><li>Fahrräder</li></ul>',
  '<p>Elektronik</p><ul><li>Fahrräder</li><li>Textilien</li></ul>',
  '<p>Caf&eacute; &amp; <b>jazz</b></p><p>ce&nbsp;soir &#8212; &#x1F3B7;</p>',
  '<style>p{}</style><!-- x -->Hi<script>alert(1)</script>!',
  '<a title="a>b" href="#">link</a>',
  '&amp;lt;b&amp;gt;',
  '<p>a<br>b</p>',
  'a &lt;img src="javascript:alert(1)"&gt; b',
  '<img src="javascript:alert(1)">x',
  'x<!-- c -->y',
  '<table><tr><td>1</td><td>2</td></tr></table>',
  '<dl><dt>Wann</dt><dd>Samstag</dd></dl><h2>Programm</h2><p>Musik</p>',
  '<select><option>A</option><option>B</option></select>',
  '<template><p>t</p></template>v',
  '<noscript><p>n</p></noscript>v',
  '<textarea>&lt;b&gt; shown</textarea>',
  '<iframe>not shown</iframe><noembed>not shown</noembed>v',
  `a${'<div>'.repeat(600)}deep${'</div>'.repeat(600)}b`,
  // Control characters, noncharacters and lone surrogates, raw and as character references.
  'NUL\u0000here',
  'vertical\u000btab and form\u000cfeed',
  'DEL\u007f C1\u0080\u0085\u009f end',
  'lone \uD800 high, lone \uDC00 low, pair \uD83C\uDFB7',
  'non\uFDD0chars\uFFFE\uFFFF\u{1FFFE}\u{10FFFF} end',
  'line\r\nbreaks\rand\ttabs',
  '&#0;&#1;&#x0B;&#x7f;&#x80;&#x85;&#x9f;&#xD800;&#x110000;&#xFFFE;&#xFDD0; refs',
];

const OWN_ENTITIES = [
  'Caf&eacute; &ecirc;tre &uuml;ber &amp;amp; &notin; &copy 2026',
  'AT&T &notit; &notin &not; &amp &lt;b&gt; <b>kept</b>',
  '&#x1F3B7; &#128512; &#0; &#x80; &#xD800;',
  '  spaces  kept,\r\nline\rbreaks\n',
  'no entities',
];

/** The descriptions of the dev instance's hostile events: every vector, combined. */
function hostileDescriptions(): string[] {
  return hostileEvents({ from: new Date('2026-01-01T10:00:00Z') })
    .map((event) => event.description)
    .filter((description): description is string => typeof description === 'string');
}

/** The inputs of `htmlToText`, in order. */
export const HTML_INPUTS: readonly string[] = [
  ...OWN_HTML,
  ...XSS_VECTORS,
  ...hostileDescriptions(),
];

/** The inputs of `decodeEntities`, in order. */
export const ENTITY_INPUTS: readonly string[] = [...OWN_ENTITIES];
