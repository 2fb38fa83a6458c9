/**
 * The text of an event's HTML, in Node: parsed by parse5 as a browser parses a document
 * (scripting off, as in a DOMParser document), then read by the text rule (text-rule.ts).
 * Browsers get text.browser.ts instead, the same rule over the platform's DOMParser, so that
 * parse5 never reaches a browser bundle. For display as plain text only; never a sanitizer.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { excerptWith, textOf, type ParsedTree } from './text-rule.js';

export { truncateText } from './text-rule.js';

type Node = DefaultTreeAdapterMap['node'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

const NO_CHILDREN: readonly Node[] = [];

const parse5Tree: ParsedTree<Node> = {
  children: (node) => ('childNodes' in node ? node.childNodes : NO_CHILDREN),
  text: (node) => (node.nodeName === '#text' && 'value' in node ? node.value : null),
  element: (node) => ('tagName' in node ? node.tagName : null),
};

/** The `<body>` (or `<frameset>`) of `html` parsed as a document. */
function bodyOf(html: string): ParentNode | null {
  const document = parse(html, { scriptingEnabled: false });
  for (const child of document.childNodes) {
    if (!('tagName' in child) || child.tagName !== 'html') continue;
    for (const part of child.childNodes) {
      if ('tagName' in part && (part.tagName === 'body' || part.tagName === 'frameset')) {
        return part;
      }
    }
  }
  return null;
}

/**
 * HTML → plain text, as a browser shows it: script, style, template, noscript (and other
 * never-shown) content dropped, a block element counts as a space, every entity decoded,
 * control characters and noncharacters removed, whitespace collapsed.
 */
export function htmlToText(html: string): string {
  const body = bodyOf(html);
  return body ? textOf(body, parse5Tree) : '';
}

/**
 * Text with its character references decoded as an HTML parser decodes them in text (named,
 * legacy without a semicolon, decimal and hexadecimal); line breaks become line feeds and NUL
 * is dropped, as the parser does.
 */
export function decodeEntities(text: string): string {
  const body = bodyOf(`<body>${text.replace(/</g, '&lt;')}`);
  let out = '';
  for (const child of body?.childNodes ?? []) {
    if (child.nodeName === '#text' && 'value' in child) out += child.value;
  }
  return out;
}

/** The excerpt of a description: its text, at most 280 characters; null when it has none. */
export function excerptOf(description: string | null): string | null {
  return excerptWith(description, htmlToText);
}
