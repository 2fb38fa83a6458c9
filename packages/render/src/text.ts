/**
 * The text of an event's HTML: entities decoded, tags dropped, whitespace collapsed, and the
 * excerpt cut from it. For display as plain text only; never a sanitizer.
 */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  laquo: '«',
  raquo: '»',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
  euro: '€',
  copy: '©',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X'
          ? parseInt(body.slice(2), 16)
          : parseInt(body.slice(1), 10);
      if (
        !Number.isFinite(code) ||
        code <= 0 ||
        code > 0x10ffff ||
        (code >= 0xd800 && code <= 0xdfff)
      ) {
        return '\uFFFD';
      }
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

const BLOCK_TAGS =
  /^(p|div|br|li|ul|ol|h[1-6]|blockquote|pre|tr|td|th|table|section|article|header|footer|hr)$/i;

/**
 * HTML → plain text without a DOM: drops comments, script/style content and tags (a block
 * tag counts as a space), decodes entities, collapses whitespace. For excerpts only; never
 * a sanitizer.
 */
export function htmlToText(html: string): string {
  const withoutHidden = html
    .replace(/<!--[\s\S]*?(-->|$)/g, '')
    .replace(/<(script|style|template)\b[^>]*>[\s\S]*?(<\/\1\s*>|$)/gi, '');
  const withoutTags = withoutHidden.replace(
    /<\/?([a-z][a-z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi,
    (_tag, name: string) => (BLOCK_TAGS.test(name) ? ' ' : ''),
  );
  // A stray "<" that starts no tag stays as text, as a browser would show it.
  return decodeEntities(withoutTags).replace(/\s+/g, ' ').trim();
}

/** At most `max` characters, cut on a word boundary, with an ellipsis when cut. */
export function truncateText(text: string, max = 280): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const head = chars.slice(0, max - 1).join('');
  const lastSpace = head.lastIndexOf(' ');
  const cut = lastSpace > max * 0.5 ? head.slice(0, lastSpace) : head;
  return `${cut.replace(/[\s.,;:!?-]+$/u, '')}…`;
}

export function excerptOf(description: string | null): string | null {
  if (!description) return null;
  const text = htmlToText(description);
  return text ? truncateText(text, 280) : null;
}
