/**
 * The `attributes` of each block's block.json, from the element contract of @kiosque/render:
 * a block offers some of its element's attributes, under the element property's name, with the
 * element's type, values and default. The PHP side (Render::definitions) and the editor read
 * block.json, so the contract reaches both. `npm run generate -w @kiosque/wordpress` rewrites
 * the attributes; the plugin test fails when a block.json is out of date.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ELEMENTS, HOST_ATTRIBUTES, type AttributeSpec } from '../../render/src/contract.js';

const SOURCE = [
  'instance',
  'group',
  'tags',
  'category',
  'type',
  'near',
  'radius',
  'from',
  'to',
  'search',
] as const;

/** Per block: its element and the attributes the editor offers, in the inspector's order. */
export const BLOCKS = {
  events: {
    tag: 'kiosque-events',
    offers: [...SOURCE, 'limit', 'layout', 'lang', 'theme', 'without-images', 'without-json-ld'],
  },
  calendar: { tag: 'kiosque-calendar', offers: [...SOURCE, 'lang', 'theme', 'without-json-ld'] },
  map: {
    tag: 'kiosque-map',
    offers: [
      ...SOURCE,
      'center',
      'zoom',
      'tiles',
      'attribution',
      'consent',
      'locate',
      'lang',
      'theme',
      'without-json-ld',
    ],
  },
  event: {
    tag: 'kiosque-event',
    offers: ['instance', 'uuid', 'lang', 'theme', 'without-image', 'without-json-ld'],
  },
  rsvp: { tag: 'kiosque-rsvp', offers: ['instance', 'uuid', 'lang', 'theme'] },
} as const;

export type BlockKind = keyof typeof BLOCKS;

/**
 * Where WordPress differs from the element: an empty language or colour scheme means the
 * site's (Settings → Kiosque), not the element's own default.
 */
const SITE_DECIDES = new Set(['lang', 'theme']);

interface BlockAttribute {
  type: AttributeSpec['type'];
  enum?: string[];
  default?: string | number | boolean;
}

export function camel(name: string): string {
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** The block attribute for one element attribute. */
export function blockAttribute(name: string, spec: AttributeSpec): BlockAttribute {
  const attribute: BlockAttribute = { type: spec.type };
  if (spec.values) {
    attribute.enum =
      SITE_DECIDES.has(name) && !spec.values.includes('') ? ['', ...spec.values] : [...spec.values];
  }
  if (SITE_DECIDES.has(name)) attribute.default = '';
  else if (spec.default !== undefined && spec.default !== null) attribute.default = spec.default;
  return attribute;
}

/** The `attributes` object of a block's block.json. */
export function blockAttributes(kind: BlockKind): Record<string, BlockAttribute> {
  const { tag, offers } = BLOCKS[kind];
  const element: Readonly<Record<string, AttributeSpec>> = ELEMENTS[tag].attributes;
  const host: Readonly<Record<string, AttributeSpec>> = HOST_ATTRIBUTES;
  const out: Record<string, BlockAttribute> = {};
  for (const name of offers) {
    const spec = element[name] ?? host[name];
    if (!spec) throw new Error(`<${tag}> has no attribute ${name}: see @kiosque/render/contract`);
    out[spec.property ?? camel(name)] = blockAttribute(name, spec);
  }
  return out;
}

export function blockJsonFile(kind: BlockKind): string {
  return fileURLToPath(new URL(`../src/blocks/${kind}/block.json`, import.meta.url));
}

/** The block.json text with its attributes from the contract, everything else kept. */
export function generatedBlockJson(kind: BlockKind): string {
  const metadata = JSON.parse(readFileSync(blockJsonFile(kind), 'utf8')) as Record<string, unknown>;
  metadata.attributes = blockAttributes(kind);
  return `${JSON.stringify(metadata, null, 2)}\n`;
}

/** The JSON as the repository's Prettier configuration writes it. */
export async function formatted(file: string, text: string): Promise<string> {
  const { format, resolveConfig } = await import('prettier');
  return format(text, { ...(await resolveConfig(file)), filepath: file });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const kind of Object.keys(BLOCKS) as BlockKind[]) {
    const file = blockJsonFile(kind);
    await writeFile(file, await formatted(file, generatedBlockJson(kind)));
    console.log(`wrote ${file}`);
  }
}
