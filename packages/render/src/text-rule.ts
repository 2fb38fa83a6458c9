/**
 * The text rule, shared by both HTML parsers (parse5 in Node, the platform's DOMParser in
 * browsers): what of a parsed `<body>` is text, and how that text is finished.
 */
import { cleanText } from './clean.js';

/** Elements whose content a browser never shows as text. */
export const HIDDEN_ELEMENTS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'template',
  // Parsed with scripting off, as a DOMParser document is: its content is markup, never shown.
  'noscript',
  'title',
  'iframe',
  'noembed',
  'noframes',
]);

/** Elements that start and end a block: each counts as a space, so words never run together. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'option',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/** What the walk reads of a parsed node, whatever the parser. */
export interface ParsedTree<N> {
  /** The node's children, in document order. */
  children(node: N): ArrayLike<N>;
  /** The data of a text node; null for any other node. */
  text(node: N): string | null;
  /** The local name of an element (lower case in HTML); null for any other node. */
  element(node: N): string | null;
}

const SPACE = Symbol('space');

/**
 * The text of `root`'s content by the rule: text nodes in document order, hidden elements
 * left out, a space before and after each block element, then finished by `finishText`.
 * Iterative, so any depth of nesting is read.
 */
export function textOf<N>(root: N, tree: ParsedTree<N>): string {
  let out = '';
  const pending: (N | typeof SPACE)[] = [];
  const pushChildren = (node: N) => {
    const children = tree.children(node);
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i] as N);
  };
  pushChildren(root);
  while (pending.length) {
    const node = pending.pop() as N | typeof SPACE;
    if (node === SPACE) {
      out += ' ';
      continue;
    }
    const text = tree.text(node);
    if (text !== null) {
      out += text;
      continue;
    }
    const name = tree.element(node);
    if (name === null || HIDDEN_ELEMENTS.has(name)) continue;
    if (BLOCK_ELEMENTS.has(name)) {
      out += ' ';
      pending.push(SPACE);
    }
    pushChildren(node);
  }
  return finishText(out);
}

/**
 * Every run of whitespace one space (vertical tab and form feed included), cleaned (see
 * `cleanText`), trimmed.
 */
export function finishText(text: string): string {
  return cleanText(text.replace(/\s+/g, ' ')).replace(/ {2,}/g, ' ').trim();
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

/** The excerpt of a description: its text by `toText`, at most 280 characters; null if empty. */
export function excerptWith(
  description: string | null,
  toText: (html: string) => string,
): string | null {
  if (!description) return null;
  const text = toText(description);
  return text ? truncateText(text, 280) : null;
}
