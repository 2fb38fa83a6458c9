/**
 * XSS vectors, and events that carry one of them in every field they have, for the `hostile`
 * dev instance (test/dev-instances.mjs). Plain JavaScript without imports: the dev-instance
 * plugin loads it in Node, and browser tests import it for the uuids and the vectors.
 *
 * Every payload that runs calls `alert()` or `__kiosqueXss()`, which tests hook to record it.
 */

/** HTML and attribute payloads: markup injection, event handlers, mXSS, parser confusion. */
export const XSS_VECTORS = [
  '<script>__kiosqueXss(1)</script>',
  '<img src=x onerror=__kiosqueXss(2)>',
  '<img src="x" onerror="alert(3)">',
  '<svg onload=__kiosqueXss(4)>',
  '<svg><script>__kiosqueXss(5)</script></svg>',
  '<svg><animate onbegin=__kiosqueXss(6) attributeName=x dur=1s>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__kiosqueXss(7)>',
  '<iframe src="javascript:__kiosqueXss(8)"></iframe>',
  '<iframe srcdoc="<script>parent.__kiosqueXss(9)</script>"></iframe>',
  '<object data="javascript:__kiosqueXss(10)"></object>',
  '<embed src="javascript:__kiosqueXss(11)">',
  '<a href="javascript:__kiosqueXss(12)">click</a>',
  '<a href="JaVaScRiPt:__kiosqueXss(13)">click</a>',
  '<a href="  javascript:__kiosqueXss(14)">click</a>',
  '<a href="java&#x09;script:__kiosqueXss(15)">click</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;__kiosqueXss(16)">x</a>',
  '<a href="data:text/html,<script>__kiosqueXss(17)</script>">x</a>',
  '<a href="vbscript:msgbox(18)">x</a>',
  '<a href="x" onclick="__kiosqueXss(19)">x</a>',
  '<a href="https://example.org" onmouseover="__kiosqueXss(20)">x</a>',
  '<body onload=__kiosqueXss(21)>',
  '<input autofocus onfocus=__kiosqueXss(22)>',
  '<select autofocus onfocus=__kiosqueXss(23)></select>',
  '<textarea autofocus onfocus=__kiosqueXss(24)></textarea>',
  '<details open ontoggle=__kiosqueXss(25)>',
  '<video><source onerror=__kiosqueXss(26)></video>',
  '<audio src=x onerror=__kiosqueXss(27)>',
  '<marquee onstart=__kiosqueXss(28)>x</marquee>',
  '<form action="javascript:__kiosqueXss(29)"><button>go</button></form>',
  '<button formaction="javascript:__kiosqueXss(30)">go</button>',
  '<isindex action="javascript:__kiosqueXss(31)" type=image>',
  '<meta http-equiv="refresh" content="0;url=javascript:__kiosqueXss(32)">',
  '<link rel="import" href="data:text/html,<script>__kiosqueXss(33)</script>">',
  '<base href="javascript:__kiosqueXss(34)//">',
  '<style>@import "javascript:__kiosqueXss(35)";</style>',
  '<div style="background:url(javascript:__kiosqueXss(36))">x</div>',
  '<p style="x:expression(__kiosqueXss(37))">x</p>',
  '<img src="data:image/svg+xml,<svg onload=__kiosqueXss(38)>">',
  '<img srcset="x 1x" onerror="__kiosqueXss(39)">',
  '<noscript><p title="</noscript><img src=x onerror=__kiosqueXss(40)>">',
  '<template><img src=x onerror=__kiosqueXss(41)></template>',
  '<!--<img src="--><img src=x onerror=__kiosqueXss(42)//">',
  '<p title="&lt;img src=x onerror=__kiosqueXss(43)&gt;">x</p>',
  '"><img src=x onerror=__kiosqueXss(44)>',
  "'><svg onload=__kiosqueXss(45)>",
  '</textarea><script>__kiosqueXss(46)</script>',
  '</title><script>__kiosqueXss(47)</script>',
  '<scr<script>ipt>__kiosqueXss(48)</scr</script>ipt>',
  '<img src=x:alert(alt) onerror=eval(src) alt=49>',
  '<xss id=x tabindex=1 onfocusin=__kiosqueXss(50)></xss>',
  '<kiosque-event onclick=__kiosqueXss(51)></kiosque-event>',
  '<slot name=participation onclick=__kiosqueXss(52)></slot>',
  '<form id=test><input name=attributes></form><img src=x onerror=__kiosqueXss(53)>',
  '<img name=getElementById src=x onerror=__kiosqueXss(54)>',
  '<a id=x href="https://example.org" rel=opener target=_top>x</a><svg><a xlink:href="javascript:__kiosqueXss(55)"><text y=20>x</text></a></svg>',
  '<table><td background="javascript:__kiosqueXss(56)">x</td></table>',
  '${__kiosqueXss(57)}',
  '{{constructor.constructor("__kiosqueXss(58)")()}}',
  '<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058__kiosqueXss(59)">',
  '\u2028\u2029<script>__kiosqueXss(60)</script>',
];

/** URL payloads for fields that become `href` or `src`. */
export const URL_VECTORS = [
  'javascript:__kiosqueXss(101)',
  'JAVASCRIPT:__kiosqueXss(102)',
  ' javascript:__kiosqueXss(103)',
  'java\tscript:__kiosqueXss(104)',
  'data:text/html,<script>__kiosqueXss(105)</script>',
  'data:image/svg+xml,<svg onload=__kiosqueXss(106)>',
  'vbscript:msgbox(107)',
  '//evil.example/x.js',
  'javascript://%0a__kiosqueXss(109)',
  'file:///etc/passwd',
];

export function hostileUuid(index) {
  return `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
}

/** One event per vector, with the vector (or a URL vector) in every field. */
export function hostileEvents(now = new Date()) {
  const start = new Date(now.getTime() + 3 * 24 * 3600_000);
  return XSS_VECTORS.map((vector, index) => {
    const url = URL_VECTORS[index % URL_VECTORS.length];
    return {
      uuid: hostileUuid(index),
      title: vector,
      description: `<h1>${vector}</h1><p>${vector}</p>${vector}<a href="${url}">${vector}</a><img src="${url}" alt="${vector}">`,
      beginsOn: start,
      endsOn: new Date(start.getTime() + 2 * 3600_000),
      timezone: index % 2 ? vector : 'Europe/Paris',
      address: {
        description: vector,
        street: vector,
        locality: vector,
        postalCode: vector,
        region: vector,
        country: vector,
        geom: '2.3522;48.8566',
        timezone: vector,
      },
      picture: { url, alt: vector, width: 1200, height: 675, blurhash: vector },
      tags: [vector, `#${vector}`],
      language: vector,
      onlineAddress: url,
      externalParticipationUrl: url,
      joinOptions: index % 3 === 0 ? 'EXTERNAL' : 'FREE',
      options: { maximumAttendeeCapacity: 10, anonymousParticipation: true, isOnline: true },
      participants: 3,
      metadata: [
        { key: 'mz:accessibility:wheelchairAccessible', value: vector },
        { key: 'mz:accessibility:smokeFree', value: vector, type: 'BOOLEAN' },
        { key: vector, value: vector },
      ],
    };
  });
}
