/**
 * Minifies Lit's tagged templates at build time.
 *
 * In `css` templates comments go, runs of whitespace become one space, and the spaces CSS
 * never needs (around `{ } ; , >`, after `:` and `(`, before `)`) and the last `;` of a block
 * are dropped. Strings, escapes and `url()` are copied as they are.
 *
 * In `html` and `svg` templates a run of whitespace that holds a line break (the source's
 * indentation) becomes one space; a space between inline elements or inside text stays, since
 * it is visible. Every `${…}` stays where it was; other template literals are not touched.
 */
import MagicString from 'magic-string';
import { parseAst, type Plugin } from 'vite';

/** Stands for a `${…}` while the template's text is minified as one piece. */
const HOLE = '\u0000';

/** Characters after or before which whitespace is never needed. */
const TIGHT = new Set(['{', '}', ';', ',', '>']);

/**
 * Minifies the raw text of a `css` template, given as its parts between the `${…}`; returns as
 * many parts. The text is raw source: escapes such as `\\201C` or `` \` `` stay escapes.
 */
export function minifyCssParts(parts: readonly string[]): string[] {
  if (parts.some((p) => p.includes(HOLE))) return [...parts];
  const text = parts.join(HOLE);
  let out = '';
  let pendingSpace = false;
  const last = (): string => out.at(-1) ?? '';
  const emit = (chunk: string): void => {
    const first = chunk[0] ?? '';
    if (pendingSpace && out !== '' && !TIGHT.has(last()) && last() !== ':' && last() !== '(') {
      if (!TIGHT.has(first) && first !== ')') out += ' ';
    }
    pendingSpace = false;
    if (first === '}' && last() === ';') out = out.slice(0, -1);
    out += chunk;
  };

  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? '';
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) return [...parts]; // an unclosed comment: leave the template alone
      pendingSpace = true;
      i = end + 2;
    } else if (/\s/.test(c)) {
      pendingSpace = true;
      i++;
    } else if (c === '"' || c === "'") {
      const end = stringEnd(text, i);
      if (end < 0) return [...parts];
      emit(text.slice(i, end));
      i = end;
    } else if (c === '\\') {
      emit(text.slice(i, i + 2));
      i += 2;
    } else if (/^url\(/i.test(text.slice(i, i + 4)) && !/[\w-]/.test(last())) {
      const end = urlEnd(text, i + 4);
      if (end < 0) return [...parts];
      emit(text.slice(i, end));
      i = end;
    } else {
      emit(c);
      i++;
    }
  }
  const minified = out.split(HOLE);
  return minified.length === parts.length ? minified : [...parts];
}

/** Index after the closing quote of the string starting at `start`, or -1. */
function stringEnd(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === quote) return i + 1;
    else if (c === '\n' || c === HOLE) return -1;
  }
  return -1;
}

/** Index after the `)` closing a `url(` whose content starts at `start`, or -1. */
function urlEnd(text: string, start: number): number {
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '"' || c === "'") {
      const end = stringEnd(text, i);
      if (end < 0) return -1;
      i = end - 1;
    } else if (c === ')') return i + 1;
  }
  return -1;
}

interface TemplateElement {
  start: number;
  end: number;
  value: { raw: string };
}
interface TemplateNode {
  quasis: TemplateElement[];
}

/**
 * Where a template part's raw text is. Parsers disagree on whether a part's span includes its
 * delimiters (`` ` ``, `${`, `}`), so the raw text is looked up inside the span.
 */
function rawSpan(code: string, q: TemplateElement): { start: number; end: number } | null {
  const { raw } = q.value;
  for (const start of [q.start, q.start + 1]) {
    if (code.startsWith(raw, start) && start + raw.length <= q.end) {
      return { start, end: start + raw.length };
    }
  }
  return null;
}

/**
 * Collapses the whitespace of an `html` or `svg` template that spans lines: a run of spaces
 * that holds a line break becomes one space. A browser draws a run of whitespace as one space
 * (none of our templates has `<pre>` or a `white-space: pre` rule), so nothing visible
 * changes; the indentation of the source stops being shipped.
 */
export function minifyHtmlParts(parts: readonly string[]): string[] {
  return parts.map((part) => part.replace(/[ \t]*\n\s*/g, ' '));
}

type Tagged = { quasi: TemplateNode; tag: 'css' | 'html' | 'svg' };

/** Every `css`, `html` and `svg` template in an ESTree program (any depth). */
function taggedTemplates(node: unknown, found: Tagged[] = []): Tagged[] {
  if (Array.isArray(node)) {
    for (const child of node) taggedTemplates(child, found);
  } else if (node && typeof node === 'object') {
    const n = node as Record<string, unknown>;
    const tag = n['tag'] as Record<string, unknown> | undefined;
    if (
      n['type'] === 'TaggedTemplateExpression' &&
      tag?.['type'] === 'Identifier' &&
      (tag['name'] === 'css' || tag['name'] === 'html' || tag['name'] === 'svg')
    ) {
      found.push({ quasi: n['quasi'] as TemplateNode, tag: tag['name'] as Tagged['tag'] });
    }
    for (const key in n) {
      if (key !== 'parent') taggedTemplates(n[key], found);
    }
  }
  return found;
}

/** Minifies every tagged template of a module; `null` when there is none or nothing changed. */
export function minifyLiterals(
  code: string,
  id: string,
): { code: string; map: ReturnType<MagicString['generateMap']> } | null {
  if (!/\b(css|html|svg)`/.test(code)) return null;
  const lang = /\.tsx?$/.test(id) ? 'ts' : 'js';
  const templates = taggedTemplates(parseAst(code, { lang }, id));
  if (templates.length === 0) return null;
  const s = new MagicString(code);
  for (const { quasi, tag } of templates) {
    const { quasis } = quasi;
    const spans = quasis.map((q) => rawSpan(code, q));
    if (spans.some((span) => span === null)) continue;
    const raw = quasis.map((q) => q.value.raw);
    const minified = tag === 'css' ? minifyCssParts(raw) : minifyHtmlParts(raw);
    spans.forEach((span, index) => {
      const next = minified[index] ?? '';
      if (!span || next === raw[index] || span.start === span.end) return;
      if (next === '') s.remove(span.start, span.end);
      else s.overwrite(span.start, span.end, next);
    });
  }
  if (!s.hasChanged()) return null;
  return { code: s.toString(), map: s.generateMap({ hires: 'boundary', source: id }) };
}

/**
 * The Vite plugin, for the element sources (`src/**\/*.ts`). It runs before TypeScript is
 * stripped, so the source map points into the original files.
 */
export function minifyLiteralsPlugin(): Plugin {
  return {
    name: 'kiosque-minify-literals',
    enforce: 'pre',
    apply: 'build',
    transform: {
      filter: { id: /\/packages\/elements\/src\/.*\.ts$/ },
      handler(code, id) {
        return minifyLiterals(code, id);
      },
    },
  };
}
