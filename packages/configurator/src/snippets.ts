/**
 * Copy-ready snippets for one element, one per host, and the parsers that read each back
 * into the element's attributes (the tests check the round trip). No DOM: runs in Node too.
 *
 * Spellings follow each host:
 * - plain HTML: the CDN build and the tag with its attributes (kebab-case);
 * - WordPress: block `kiosque/<kind>` with block.json's camelCase attributes (numbers as
 *   numbers), serialized as the block editor does; shortcode `[kiosque_<kind> …]` with the
 *   element's attribute names;
 * - Eleventy (@kiosque/eleventy): `{% kiosqueEvents … %}` with Nunjucks keyword arguments
 *   (camelCase, turned back into kebab-case by the plugin), or one attribute string in Liquid;
 * - Hugo (packages/hugo): `{{< kiosque-events … >}}` with the element's attribute names;
 * - Astro (@kiosque/astro): `<KiosqueEvents … />`, whose props are the element's attributes.
 */
import { styleText, type Attribute, type ElementSpec, type Tag } from './config.js';

/** The CDN build of the elements, as published on npm (the Eleventy plugin uses the same). */
export const CDN_SCRIPT_URL = 'https://cdn.jsdelivr.net/npm/@kiosque/elements@0.1/dist/kiosque.js';

export const HOSTS = ['html', 'wordpress', 'eleventy', 'hugo', 'astro'] as const;
export type Host = (typeof HOSTS)[number];

/** Block attributes of type number (block.json); every other one is a string or a boolean. */
const NUMBER_ATTRIBUTES = new Set(['limit', 'radius', 'zoom']);

/** `kiosque-events` → `events` */
export function kindOf(tag: Tag): string {
  return tag.slice('kiosque-'.length);
}

/** `kiosque-events` → `KiosqueEvents` */
export function componentName(tag: Tag): string {
  return tag.replace(/(^|-)([a-z])/g, (_match, _dash: string, letter: string) =>
    letter.toUpperCase(),
  );
}

/** `without-images` → `withoutImages` */
export function camelCase(name: string): string {
  return name.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

/** `withoutImages` → `without-images` */
export function kebabCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

function escapeAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

function unescapeAttribute(value: string): string {
  return value
    .replaceAll('&gt;', '>')
    .replaceAll('&lt;', '<')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&');
}

/** Attributes on one line when short, else one per line. */
function attributeList(parts: string[], indent: string, max = 80): string {
  const oneLine = parts.map((part) => ` ${part}`).join('');
  return oneLine.length <= max
    ? oneLine
    : parts.map((part) => `\n${indent}${part}`).join('') + '\n';
}

// Plain HTML

export function htmlSnippet(spec: ElementSpec, scriptUrl = CDN_SCRIPT_URL): string {
  const parts = spec.attributes.map(([name, value]) =>
    value === true ? name : `${name}="${escapeAttribute(value)}"`,
  );
  if (spec.styles.length) parts.push(`style="${escapeAttribute(styleText(spec.styles))}"`);
  return (
    `<script type="module" src="${escapeAttribute(scriptUrl)}"></script>\n` +
    `<${spec.tag}${attributeList(parts, '  ')}></${spec.tag}>`
  );
}

/** Attributes of the first `<kiosque-…>` tag in `html` (the `style` attribute included). */
export function parseHtml(html: string): { tag: string; attributes: Attribute[] } {
  const match = /<(kiosque-[a-z-]+)([^>]*)>/.exec(html);
  if (!match) throw new Error('no kiosque element in the snippet');
  const attributes: Attribute[] = [];
  for (const part of match[2]!.matchAll(/([a-z][a-z0-9-]*)(?:="([^"]*)")?/g)) {
    attributes.push([part[1]!, part[2] === undefined ? true : unescapeAttribute(part[2])]);
  }
  return { tag: match[1]!, attributes };
}

// WordPress

/** JSON as the block editor writes it in a block comment (`serializeAttributes`). */
function blockJson(value: Record<string, unknown>): string {
  return JSON.stringify(value)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');
}

export function blockAttributes(spec: ElementSpec): Record<string, string | number | boolean> {
  const attributes: Record<string, string | number | boolean> = {};
  for (const [name, value] of spec.attributes) {
    attributes[camelCase(name)] =
      value === true ? true : NUMBER_ATTRIBUTES.has(name) ? Number(value) : value;
  }
  return attributes;
}

export function wordpressBlockSnippet(spec: ElementSpec): string {
  const attributes = blockAttributes(spec);
  const json = Object.keys(attributes).length ? ` ${blockJson(attributes)}` : '';
  return `<!-- wp:kiosque/${kindOf(spec.tag)}${json} /-->`;
}

export function parseWordpressBlock(text: string): {
  name: string;
  attributes: Record<string, unknown>;
} {
  const match = /<!-- wp:([a-z0-9-]+\/[a-z0-9-]+)(?: (\{.*\}))? \/-->/s.exec(text);
  if (!match) throw new Error('no block comment in the snippet');
  return {
    name: match[1]!,
    attributes: match[2] ? (JSON.parse(match[2]) as Record<string, unknown>) : {},
  };
}

function shortcodeValue(value: string): string {
  // A shortcode ends at the first "]" and a value at the first quote.
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('[', '&#91;')
    .replaceAll(']', '&#93;');
}

export function wordpressShortcodeSnippet(spec: ElementSpec): string {
  const parts = spec.attributes.map(([name, value]) =>
    value === true ? name : `${name}="${shortcodeValue(value)}"`,
  );
  return `[kiosque_${kindOf(spec.tag)}${parts.map((part) => ` ${part}`).join('')}]`;
}

export function parseShortcode(text: string): { name: string; attributes: Attribute[] } {
  const match = /\[([a-z_]+)((?:\s+[a-z][a-z0-9_-]*(?:="[^"]*")?)*)\s*\]/.exec(text);
  if (!match) throw new Error('no shortcode in the snippet');
  const attributes: Attribute[] = [];
  for (const part of match[2]!.matchAll(/([a-z][a-z0-9_-]*)(?:="([^"]*)")?/g)) {
    const value = part[2]
      ?.replaceAll('&#93;', ']')
      .replaceAll('&#91;', '[')
      .replaceAll('&quot;', '"')
      .replaceAll('&amp;', '&');
    attributes.push([part[1]!, value === undefined ? true : value]);
  }
  return { name: match[1]!, attributes };
}

// Eleventy

function nunjucksString(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

export function eleventyShortcodeName(tag: Tag): string {
  return camelCase(tag);
}

/** Nunjucks (`.njk`, or Markdown with `markdownTemplateEngine: "njk"`). */
export function eleventyNunjucksSnippet(spec: ElementSpec): string {
  const parts = spec.attributes.map(([name, value]) => {
    const key = camelCase(name);
    if (value === true) return `${key}=true`;
    if (NUMBER_ATTRIBUTES.has(name)) return `${key}=${Number(value)}`;
    return `${key}=${nunjucksString(value)}`;
  });
  return `{% ${eleventyShortcodeName(spec.tag)} ${parts.join(', ')} %}`;
}

/** Liquid (Eleventy's default for Markdown): one string of attributes. */
export function eleventyLiquidSnippet(spec: ElementSpec): string {
  const parts = spec.attributes.map(([name, value]) =>
    value === true ? name : `${name}="${value.replaceAll('"', '&quot;').replaceAll("'", '&#39;')}"`,
  );
  return `{% ${eleventyShortcodeName(spec.tag)} '${parts.join(' ')}' %}`;
}

export function eleventyConfigSnippet(instance: string): string {
  return (
    `// eleventy.config.js\n` +
    `import kiosque from '@kiosque/eleventy';\n\n` +
    `export default function (eleventyConfig) {\n` +
    `  eleventyConfig.addPlugin(kiosque, { instance: ${JSON.stringify(instance)} });\n` +
    `}`
  );
}

/** The Nunjucks keyword arguments, as the plugin turns them into attributes. */
export function parseEleventyNunjucks(text: string): { name: string; attributes: Attribute[] } {
  const match = /\{%\s*([A-Za-z]+)\s+(.*?)\s*%\}/s.exec(text);
  if (!match) throw new Error('no shortcode in the snippet');
  const attributes: Attribute[] = [];
  for (const part of match[2]!.matchAll(
    /([A-Za-z]+)=(?:"((?:[^"\\]|\\.)*)"|(true|false)|(-?\d+(?:\.\d+)?))/g,
  )) {
    const name = kebabCase(part[1]!);
    if (part[3] === 'false') continue;
    const value =
      part[2] !== undefined
        ? part[2].replace(/\\(.)/g, '$1')
        : part[3] === 'true'
          ? true
          : part[4]!;
    attributes.push([name, value]);
  }
  return { name: match[1]!, attributes };
}

// Hugo

/** A Hugo shortcode value: quoted, or a raw `backtick` string when it holds quotes or backslashes. */
function hugoValue(value: string): string {
  if (!/["\\]/.test(value)) return `"${value}"`;
  if (!value.includes('`')) return `\`${value}\``;
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

export function hugoSnippet(spec: ElementSpec): string {
  const parts = spec.attributes.map(
    ([name, value]) => `${name}=${value === true ? '"true"' : hugoValue(value)}`,
  );
  return `{{< ${spec.tag} ${parts.join(' ')} >}}`;
}

export function parseHugo(text: string): { name: string; attributes: Attribute[] } {
  const match = /\{\{<\s*([a-z-]+)\s+(.*?)\s*>\}\}\s*$/s.exec(text);
  if (!match) throw new Error('no shortcode in the snippet');
  const attributes: Attribute[] = [];
  for (const part of match[2]!.matchAll(/([a-z][a-z0-9-]*)=(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`)/g)) {
    const value = part[3] ?? part[2]!.replace(/\\(.)/g, '$1');
    attributes.push([part[1]!, value === 'true' ? true : value]);
  }
  return { name: match[1]!, attributes };
}

// Astro

export function astroSnippet(spec: ElementSpec): string {
  const component = componentName(spec.tag);
  const parts = spec.attributes.map(([name, value]) => {
    if (value === true) return name;
    if (NUMBER_ATTRIBUTES.has(name)) return `${name}={${Number(value)}}`;
    // Quoted attribute values are taken as they are: an expression when quotes must be escaped.
    return /["{}\\]/.test(value) ? `${name}={${JSON.stringify(value)}}` : `${name}="${value}"`;
  });
  return (
    `---\nimport { ${component} } from '@kiosque/astro';\n---\n\n` +
    `<${component}${attributeList(parts, '  ')} />`
  );
}

export function parseAstro(text: string): { name: string; attributes: Attribute[] } {
  const match = /<(Kiosque[A-Za-z]+)([\s\S]*?)\s*\/>\s*$/.exec(text);
  if (!match) throw new Error('no component in the snippet');
  const attributes: Attribute[] = [];
  for (const part of match[2]!.matchAll(
    /([a-z][a-z0-9-]*)(?:="([^"]*)"|=\{("(?:[^"\\]|\\.)*")\}|=\{(-?\d+(?:\.\d+)?)\})?/g,
  )) {
    const value =
      part[2] ?? (part[3] !== undefined ? (JSON.parse(part[3]) as string) : (part[4] ?? true));
    attributes.push([part[1]!, value]);
  }
  return { name: match[1]!, attributes };
}

// Colours for the hosts whose snippet has no style attribute

/** A stylesheet rule with the chosen colours, or '' when none was chosen. */
export function cssSnippet(spec: ElementSpec): string {
  if (!spec.styles.length) return '';
  return `${spec.tag} {\n${spec.styles.map(([token, value]) => `  ${token}: ${value};`).join('\n')}\n}`;
}

export interface Snippets {
  html: string;
  wordpressBlock: string;
  wordpressShortcode: string;
  eleventyNunjucks: string;
  eleventyLiquid: string;
  eleventyConfig: string;
  hugo: string;
  astro: string;
  css: string;
}

export function snippetsFor(spec: ElementSpec, scriptUrl = CDN_SCRIPT_URL): Snippets {
  const instance = spec.attributes.find(([name]) => name === 'instance')?.[1];
  return {
    html: htmlSnippet(spec, scriptUrl),
    wordpressBlock: wordpressBlockSnippet(spec),
    wordpressShortcode: wordpressShortcodeSnippet(spec),
    eleventyNunjucks: eleventyNunjucksSnippet(spec),
    eleventyLiquid: eleventyLiquidSnippet(spec),
    eleventyConfig: eleventyConfigSnippet(typeof instance === 'string' ? instance : ''),
    hugo: hugoSnippet(spec),
    astro: astroSnippet(spec),
    css: cssSnippet(spec),
  };
}
