/**
 * The text of an event's HTML, in browsers: parsed by the platform's DOMParser (a document
 * without scripting, whose content never loads or runs), then read by the text rule
 * (text-rule.ts), as text.ts does with parse5 in Node. Where no parser is available (a worker)
 * or allowed (a page that enforces Trusted Types), the text is empty.
 */
import { excerptWith, textOf, type ParsedTree } from './text-rule.js';

export { truncateText } from './text-rule.js';

/** What is read of a DOM node (the package compiles without the DOM library). */
interface DomNode {
  readonly nodeType: number;
  readonly nodeValue: string | null;
  readonly localName?: string;
  readonly childNodes: ArrayLike<DomNode>;
}
interface ParsedDocument {
  readonly body: DomNode | null;
}
declare const DOMParser:
  (new () => { parseFromString(html: string, type: string): ParsedDocument }) | undefined;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const domTree: ParsedTree<DomNode> = {
  children: (node) => node.childNodes,
  text: (node) => (node.nodeType === TEXT_NODE ? (node.nodeValue ?? '') : null),
  element: (node) => (node.nodeType === ELEMENT_NODE ? (node.localName ?? null) : null),
};

/** The `<body>` (or `<frameset>`) of `html` parsed as a document, or null without a parser. */
function bodyOf(html: string): DomNode | null {
  if (typeof DOMParser !== 'function') return null;
  try {
    return new DOMParser().parseFromString(html, 'text/html').body;
  } catch {
    return null;
  }
}

/**
 * HTML → plain text, as a browser shows it: script, style, template, noscript (and other
 * never-shown) content dropped, a block element counts as a space, every entity decoded,
 * control characters and noncharacters removed, whitespace collapsed.
 */
export function htmlToText(html: string): string {
  const body = bodyOf(html);
  return body ? textOf(body, domTree) : '';
}

/**
 * Text with its character references decoded as an HTML parser decodes them in text (named,
 * legacy without a semicolon, decimal and hexadecimal); line breaks become line feeds and NUL
 * is dropped, as the parser does. Without a parser, the text is returned as it is.
 */
export function decodeEntities(text: string): string {
  const body = bodyOf(`<body>${text.replace(/</g, '&lt;')}`);
  if (!body) return text;
  let out = '';
  const children = body.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as DomNode;
    if (child.nodeType === TEXT_NODE) out += child.nodeValue ?? '';
  }
  return out;
}

/** The excerpt of a description: its text, at most 280 characters; null when it has none. */
export function excerptOf(description: string | null): string | null {
  return excerptWith(description, htmlToText);
}
