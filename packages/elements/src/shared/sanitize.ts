/**
 * The one HTML sanitizer policy of Kiosque. Event descriptions are HTML written on (or
 * federated to) a Mobilizon instance we do not control: they pass through here, and nowhere
 * else, before they become markup.
 *
 * Policy (DOMPurify, with an explicit allow-list; anything not listed is removed):
 *
 * - **Elements**: formatting and structure only: `p br strong em b i u s ul ol li a
 *   blockquote h1–h6 img figure figcaption pre code hr table caption thead tbody tfoot tr th td`.
 *   No forms, inputs, buttons, iframes, objects, embeds, SVG, MathML, style, script, template,
 *   custom elements. The text inside a removed formatting element is kept; the content of
 *   script-like elements is dropped (DOMPurify's defaults).
 * - **Attributes**: `href` (links), `src alt width height` (images), `title`, `colspan rowspan
 *   scope` (tables). No `style`, `class`, `id`, `name`, event handlers, `data-*` or `aria-*`.
 * - **URLs**: resolved against the instance address when one is given (descriptions may hold
 *   relative paths). Links keep only `http:`, `https:` and `mailto:`; images only `http:` and
 *   `https:` (an image with any other source is removed, `data:` included). A link without a
 *   usable address keeps its text and loses its `href`.
 * - **Links** open in a new tab with `rel="noopener noreferrer nofollow ugc"`: the page that
 *   embeds the element does not vouch for them.
 * - **Images** load lazily, decode asynchronously and send no referrer.
 * - **Headings** are demoted below the element's own title: `h1` becomes `topHeadingLevel`
 *   (default `h3`), `h2` the next level, and so on, never beyond `h6`.
 *
 * DOMPurify is loaded with a dynamic import, so bundlers put it in its own chunk and only pages
 * that render a description download it. Importing this module touches no DOM: in Node (SSR,
 * build-time rendering) `sanitizeHtml` returns the description's text, escaped, never HTML.
 */
import { htmlToText, safeUrl } from '@kiosque/client';
import type { DOMPurify as Purifier } from 'dompurify';

export const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'em',
  'b',
  'i',
  'u',
  's',
  'ul',
  'ol',
  'li',
  'a',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'img',
  'figure',
  'figcaption',
  'pre',
  'code',
  'hr',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
] as const;

export const ALLOWED_ATTRIBUTES = [
  'href',
  'src',
  'alt',
  'title',
  'width',
  'height',
  'colspan',
  'rowspan',
  'scope',
] as const;

export const LINK_REL = 'noopener noreferrer nofollow ugc';

export interface SanitizeOptions {
  /** Base for relative URLs in the description: the instance's address. */
  baseUrl?: string | null;
  /** The level an `h1` of the description becomes (1–6, default 3). */
  topHeadingLevel?: number;
}

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_PROTOCOLS = new Set(['http:', 'https:']);

let purifier: Promise<Purifier | null> | null = null;

/** One DOMPurify instance of our own, so our hooks never touch another copy on the page. */
function loadPurifier(): Promise<Purifier | null> {
  purifier ??= import('dompurify').then(({ default: createDOMPurify }) => {
    if (typeof window === 'undefined') return null;
    const instance = createDOMPurify(window);
    if (!instance.isSupported) return null;
    instance.addHook('afterSanitizeAttributes', (node) => {
      if (!(node instanceof Element)) return;
      if (node.localName === 'a') secureLink(node);
      else if (node.localName === 'img') secureImage(node);
    });
    return instance;
  });
  return purifier;
}

/** The base URL sanitizing resolves against, set for the duration of one synchronous call. */
let currentBase: string | undefined;

function resolve(value: string | null, protocols: Set<string>): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value.trim(), currentBase);
  } catch {
    return null;
  }
  return protocols.has(url.protocol) ? url.href : null;
}

function secureLink(link: Element): void {
  const href = resolve(link.getAttribute('href'), LINK_PROTOCOLS);
  if (!href) {
    link.removeAttribute('href');
    return;
  }
  link.setAttribute('href', href);
  link.setAttribute('target', '_blank');
  link.setAttribute('rel', LINK_REL);
}

function secureImage(image: Element): void {
  const src = resolve(image.getAttribute('src'), IMAGE_PROTOCOLS);
  if (!src) {
    image.remove();
    return;
  }
  image.setAttribute('src', src);
  image.setAttribute('loading', 'lazy');
  image.setAttribute('decoding', 'async');
  image.setAttribute('referrerpolicy', 'no-referrer');
}

function demoteHeadings(root: DocumentFragment, top: number): void {
  const headings = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].reverse();
  for (const heading of headings) {
    const level = Math.min(6, top + Number(heading.localName.slice(1)) - 1);
    if (`h${level}` === heading.localName) continue;
    const replacement = heading.ownerDocument.createElement(`h${level}`);
    for (const attribute of [...heading.attributes]) {
      replacement.setAttribute(attribute.name, attribute.value);
    }
    replacement.append(...heading.childNodes);
    heading.replaceWith(replacement);
  }
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Sanitizes an event description with the policy above and returns HTML that is safe to put
 * into the element's shadow root. Never throws: on anything unexpected, returns escaped text.
 */
export async function sanitizeHtml(html: string, options: SanitizeOptions = {}): Promise<string> {
  if (typeof html !== 'string' || html.trim() === '') return '';
  const dompurify = await loadPurifier().catch(() => null);
  const asText = () => `<p>${escapeText(htmlToText(html))}</p>`;
  if (!dompurify) return asText();
  const top = Math.min(6, Math.max(1, Math.trunc(options.topHeadingLevel ?? 3) || 3));
  currentBase = safeUrl(options.baseUrl ?? null) ?? undefined;
  try {
    const fragment = dompurify.sanitize(html, {
      ALLOWED_TAGS: [...ALLOWED_TAGS],
      ALLOWED_ATTR: [...ALLOWED_ATTRIBUTES],
      ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
      ALLOW_DATA_ATTR: false,
      ALLOW_ARIA_ATTR: false,
      ALLOW_UNKNOWN_PROTOCOLS: false,
      ALLOWED_NAMESPACES: ['http://www.w3.org/1999/xhtml'],
      KEEP_CONTENT: true,
      RETURN_DOM_FRAGMENT: true,
    });
    demoteHeadings(fragment, top);
    const container = document.createElement('div');
    container.append(fragment);
    return container.innerHTML;
  } catch {
    return asText();
  } finally {
    currentBase = undefined;
  }
}
