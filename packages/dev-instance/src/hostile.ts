/**
 * Hostile content for security tests: XSS vectors, and seed events that carry them in every
 * field a widget renders. Remote content is hostile until sanitized; these events are what a
 * malicious or compromised Mobilizon instance could send.
 *
 * Every vector that manages to run calls `alert`, `confirm`, `prompt`, `print`, `console.*`
 * or `__kiosqueXss()`, so a test page that replaces those with recorders sees any execution.
 */
import type { SeedEventInput } from './types.js';

/** Markup, script and attribute-breaking vectors, for text and HTML fields. */
export const XSS_MARKUP_VECTORS: readonly string[] = [
  // Script tags
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//xss.invalid/x.js></SCRIPT>',
  "<script>__kiosqueXss('script')</script>",
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<script/xss>alert(1)</script>',
  '"><script>alert(1)</script>',
  "'><script>alert(1)</script>",
  '</title><script>alert(1)</script>',
  '</textarea><script>alert(1)</script>',
  '</style><script>alert(1)</script>',
  '<script type="module">alert(1)</script>',
  '<script>console.error("xss")</script>',
  // Event handlers
  '<img src=x onerror=alert(1)>',
  '<img src="x" onerror="__kiosqueXss(\'img\')">',
  '<svg onload=alert(1)>',
  '<body onload=alert(1)>',
  '<iframe onload=alert(1)></iframe>',
  '<input autofocus onfocus=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<video><source onerror=alert(1)></video>',
  '<audio src=x onerror=alert(1)>',
  '<marquee onstart=alert(1)>x</marquee>',
  '<div onmouseover=alert(1)>hover me</div>',
  '<a onclick=alert(1)>click me</a>',
  '<select autofocus onfocus=alert(1)></select>',
  '<textarea autofocus onfocus=alert(1)></textarea>',
  '<object data=x onerror=alert(1)></object>',
  '<img src=x:alert(alt) onerror=eval(src) alt=0>',
  '<image src=x onerror=alert(1)>',
  '<img """><script>alert(1)</script>">',
  '<img src=x onerror=&#97;lert(1)>',
  '<img src=x onerror=&#x61;&#x6C;&#x65;&#x72;&#x74;(1)>',
  '<style onload=alert(1)></style>',
  '<link rel=stylesheet href=x onerror=alert(1)>',
  '<form><button formaction=javascript:alert(1)>send</button></form>',
  '<svg><animate onbegin=alert(1) attributeName=x dur=1s></svg>',
  '<x contenteditable autofocus onfocus=alert(1)>edit</x>',
  '<img src=1 onerror\u000b=alert(1)>',
  '<body onpageshow=print()>',
  '<img src=x onerror=console.log("xss")>',
  // Links and embeds with script URLs
  '<a href="javascript:alert(1)">link</a>',
  '<a href="&#106;avascript:alert(1)">link</a>',
  '<a href=" javascript:alert(1)">link</a>',
  '<a href="javas&#99;ript:alert(1)">link</a>',
  '<a href="javas&#x09;cript:alert(1)">link</a>',
  '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)">link</a>',
  '<a href="data:text/html,<script>alert(1)</script>">link</a>',
  '<a href="vbscript:msgbox(1)">link</a>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>parent.alert(1)</script>"></iframe>',
  '<embed src="javascript:alert(1)">',
  '<object data="javascript:alert(1)"></object>',
  '<base href="javascript:alert(1)//">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<form action="javascript:alert(1)"><input type=submit value=go></form>',
  '<math><a xlink:href="javascript:alert(1)">math</a></math>',
  // SVG
  '<svg><a xlink:href="javascript:alert(1)"><text x=20 y=20>svg</text></a></svg>',
  '<svg><a href="javascript:alert(1)"><text x=20 y=20>svg</text></a></svg>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><script href="data:,alert(1)"/></svg>',
  "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>#x\"/></svg>",
  '<svg><foreignObject><iframe srcdoc="<script>parent.alert(1)</script>"></iframe></foreignObject></svg>',
  '<svg><set attributeName="onmouseover" to="alert(1)"/></svg>',
  '<svg><animate attributeName="href" values="javascript:alert(1)"/></svg>',
  '<svg><style>@import "javascript:alert(1)";</style></svg>',
  '<svg><image href="javascript:alert(1)"/></svg>',
  // CSS injection
  '<style>*{background:url("javascript:alert(1)")}</style>',
  '<div style="background-image:url(javascript:alert(1))">bg</div>',
  '<div style="width:expression(alert(1))">ie</div>',
  '<style>@import url(//xss.invalid/x.css);</style>',
  '<div style="behavior:url(x.htc)">htc</div>',
  '<style>:host{display:none!important}*{visibility:hidden}</style>',
  '</style><style>body{display:none}</style>',
  '<link rel="stylesheet" href="javascript:alert(1)">',
  '" style="position:fixed;inset:0;background:red" x="',
  '<p style="position:fixed;top:0;left:0;width:100vw;height:100vh;z-index:2147483647">overlay</p>',
  '}*{color:red}',
  // Broken markup and mutation XSS (DOMPurify's known bypass shapes)
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
  '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=alert(1)&gt;">',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
  '<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror=alert(1)>"></style></h1>',
  '<svg><p><style><img src=x onerror=alert(1)></style></p></svg>',
  '<template><script>alert(1)</script><img src=x onerror=alert(1)></template>',
  '<xmp><img src=x onerror=alert(1)></xmp>',
  '<textarea><img src=x onerror=alert(1)></textarea>',
  '<title><img src=x onerror=alert(1)></title>',
  '<noembed><img src=x onerror=alert(1)></noembed>',
  '<noframes><img src=x onerror=alert(1)></noframes>',
  '<<img src=x onerror=alert(1)>',
  '<img src=x onerror=alert(1)//',
  '<img/src=x/onerror=alert(1)>',
  '<!--><img src=x onerror=alert(1)>-->',
  '<![CDATA[<img src=x onerror=alert(1)>]]>',
  '<?xml-stylesheet href="javascript:alert(1)"?>',
  '<!DOCTYPE html><html><body onload=alert(1)>',
  '<div id="__proto__"><form id="KIOSQUE_TEST"><img name="getElementById">',
  // Template-engine and Lit marker tricks
  '${alert(1)}',
  "{{constructor.constructor('alert(1)')()}}",
  '<!--?lit$123456$-->',
  'lit$123456$',
  '<?lit$123456$>',
  // Unicode tricks
  '\u202Egnp.exe',
  '\u200Bjavascript:alert(1)',
  '\uFEFF<script>alert(1)</script>',
  '＜script＞alert(1)＜/script＞',
  '\\u003cscript\\u003ealert(1)\\u003c/script\\u003e',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '\u0000<script>alert(1)</script>',
  'Z\u0337\u0322a\u0335l\u0336g\u0338o',
  'ｊａｖａｓｃｒｉｐｔ：alert(1)',
  '\u2028alert(1)\u2029',
  '\uD800<img src=x onerror=alert(1)>',
  // Entity tricks
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#60;script&#62;alert(1)&#60;/script&#62;',
  '&#x3C;img src=x onerror=alert(1)&#x3E;',
  '&amp;lt;img src=x onerror=alert(1)&amp;gt;',
  '&lt;img src=x onerror=alert(1)&gt;',
];

/** URL vectors, for fields that become `href` or `src` (pictures, online and external URLs). */
export const XSS_URL_VECTORS: readonly string[] = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  'java\nscript:alert(1)',
  'java\tscript:alert(1)',
  'javascript&colon;alert(1)',
  '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)',
  '&#x6A;avascript:alert(1)',
  'javascript://%0Aalert(1)',
  "javascript:/*--></title></style></textarea></script><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>",
  '\u0000javascript:alert(1)',
  '\u200Bjavascript:alert(1)',
  '%6Aavascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'file:///etc/passwd',
  '//xss.invalid/x',
  '\\\\xss.invalid\\x',
  'blob:https://xss.invalid/4b1c1c02-55b7-4e7f-9f1e-1a1a1a1a1a1a',
  'https:alert(1)',
  'https://ok.example/" onmouseover="alert(1)',
  "https://ok.example/'><script>alert(1)</script>",
  'http://ok.example/#<img src=x onerror=alert(1)>',
  'https://exаmple.com/ (Cyrillic а)',
];

/** Every vector: at least 100 markup vectors and the URL vectors. */
export const XSS_VECTORS: readonly string[] = [...XSS_MARKUP_VECTORS, ...XSS_URL_VECTORS];

export interface HostileEventsOptions {
  /** Start of the first event; the others follow one hour apart. Default: 10 minutes from now. */
  from?: Date;
  /** Group handle the events belong to (the seed's groups only). Default: the seed default. */
  group?: string;
}

const VECTORS_PER_FIELD = 3;

/** Zones an event may name that no host may trust: unknown, marked up, in another case, none. */
export const HOSTILE_TIME_ZONES: readonly (string | null)[] = [
  'Not/A_Zone',
  '<b>Europe/Paris</b>',
  'europe/paris',
  '../../../etc/passwd',
  'Pacific/Kiritimati',
  null,
];

/**
 * Seed events that together put every vector into every rendered field: title, description
 * (as HTML, and inside a link and a paragraph), every address field, tags, picture URL and
 * alt, online address and external participation URL; zones from HOSTILE_TIME_ZONES, every
 * other event with hidden times. Each text field of event k gets three
 * consecutive vectors, shifted per field so that the combinations differ; URL fields cycle
 * through the URL vectors (and the markup vectors that are URLs). Group names and avatars
 * come from the seed's groups, which `SeedEventInput` cannot change.
 */
export function hostileEvents(options: HostileEventsOptions = {}): SeedEventInput[] {
  const from = options.from ?? new Date(Date.now() + 10 * 60_000);
  const all = XSS_VECTORS;
  const count = Math.ceil(all.length / VECTORS_PER_FIELD);
  const pick = (k: number, field: number): string =>
    Array.from(
      { length: VECTORS_PER_FIELD },
      (_, j) => all[(k * VECTORS_PER_FIELD + j + field * 7) % all.length] ?? '',
    ).join(' ');
  const url = (k: number, field: number): string =>
    XSS_URL_VECTORS[(k + field * 5) % XSS_URL_VECTORS.length] ?? 'javascript:alert(1)';
  return Array.from({ length: count }, (_, k): SeedEventInput => {
    const beginsOn = new Date(from.getTime() + k * 3_600_000);
    return {
      title: `${k + 1} ${pick(k, 0)}`,
      description:
        `<p>${pick(k, 1)}</p><p><a href="${url(k, 1)}">${pick(k, 2)}</a></p>` +
        `<img src="${url(k, 2)}" alt="${pick(k, 3)}">${pick(k, 4)}`,
      beginsOn,
      endsOn: new Date(beginsOn.getTime() + 2 * 3_600_000),
      ...(options.group ? { group: options.group } : {}),
      address: {
        description: pick(k, 5),
        street: pick(k, 6),
        locality: pick(k, 7),
        postalCode: pick(k, 8),
        region: pick(k, 9),
        country: pick(k, 10),
        geom: { lon: 4.835 + k / 1000, lat: 45.76 },
      },
      picture: { url: url(k, 3), alt: pick(k, 11) },
      tags: [pick(k, 12), all[(k + 40) % all.length] ?? 'tag'],
      onlineAddress: url(k, 4),
      externalParticipationUrl: url(k, 5),
      joinOptions: k % 2 === 0 ? 'EXTERNAL' : 'FREE',
      timezone: HOSTILE_TIME_ZONES[k % HOSTILE_TIME_ZONES.length] ?? null,
      // Every other event hides its times: its days are counted in its (hostile) zone.
      options: { isOnline: k % 3 === 0, showStartTime: k % 2 === 1 },
    };
  });
}
