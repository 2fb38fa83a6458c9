/**
 * Writes src/contract.ts, the element contract every host follows, from the elements'
 * custom-elements.json (built by `npm run analyze -w @kiosque/elements`, part of `npm run
 * build`): each element's tag and its attributes with their type, allowed values and default.
 * `npm run generate -w @kiosque/render`; with `--check`, exits 1 when the file is out of date
 * (the elements' build test runs it).
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AttributeSpec, ElementContract } from '../src/contract-types.js';

export const MANIFEST_FILE = fileURLToPath(
  new URL('../../elements/custom-elements.json', import.meta.url),
);
export const CONTRACT_FILE = fileURLToPath(new URL('../src/contract.ts', import.meta.url));

interface ManifestAttribute {
  name: string;
  fieldName?: string;
  type?: { text: string };
  default?: string;
  description?: string;
}

interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  description?: string;
  attributes?: ManifestAttribute[];
}

interface Manifest {
  modules: { path: string; declarations?: ManifestDeclaration[] }[];
}

/** A TypeScript literal as the analyzer writes it: `''`, `'light'`, `10`, `null`, `false`. */
function literal(text: string, where: string): string | number | boolean | null {
  const quoted = /^'((?:[^'\\]|\\.)*)'$/.exec(text);
  if (quoted) return quoted[1]!.replace(/\\(.)/g, '$1');
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) {
      return value as string | number | boolean | null;
    }
  } catch {
    // Not JSON either: reported below.
  }
  throw new Error(`${where}: a default the contract cannot state: ${text}`);
}

function attributeSpec(attribute: ManifestAttribute, where: string): AttributeSpec {
  const text = attribute.type?.text ?? 'string';
  const parts = text.split('|').map((part) => part.trim());
  const nullable = parts.includes('null');
  const kinds = parts.filter((part) => part !== 'null');
  const spec: AttributeSpec = { property: attribute.fieldName ?? null, type: 'string' };
  if (kinds.length === 1 && ['string', 'number', 'boolean'].includes(kinds[0]!)) {
    spec.type = kinds[0] as AttributeSpec['type'];
  } else if (kinds.every((kind) => /^'[^']*'$/.test(kind))) {
    spec.values = kinds.map((kind) => kind.slice(1, -1));
  } else {
    throw new Error(`${where}: a type the contract cannot state: ${text}`);
  }
  if (nullable) spec.nullable = true;
  if (attribute.default !== undefined) spec.default = literal(attribute.default, where);
  const description = attribute.description?.replace(/\s+/g, ' ').trim();
  if (description) spec.description = description;
  return spec;
}

export function contractFrom(manifest: Manifest): Record<string, ElementContract> {
  const elements: Record<string, ElementContract> = {};
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      const attributes: Record<string, AttributeSpec> = {};
      for (const attribute of declaration.attributes ?? []) {
        attributes[attribute.name] = attributeSpec(
          attribute,
          `<${declaration.tagName}> ${attribute.name} (${module.path})`,
        );
      }
      elements[declaration.tagName] = { module: module.path, attributes };
    }
  }
  return Object.fromEntries(Object.entries(elements).sort(([a], [b]) => a.localeCompare(b)));
}

export function contractSource(manifest: Manifest): string {
  const elements = contractFrom(manifest);
  return [
    '/**',
    ' * The element contract: every Kiosque element and its attributes, with their type, allowed',
    " * values and default. Generated from the elements' custom-elements.json by",
    ' * `npm run generate -w @kiosque/render` (scripts/contract.ts): do not edit by hand.',
    ' */',
    "import { GLOBAL_ATTRIBUTES, HOST_ATTRIBUTES, type ElementContract } from './contract-types.js';",
    '',
    'export {',
    '  GLOBAL_ATTRIBUTES,',
    '  HOST_ATTRIBUTES,',
    '  type AttributeSpec,',
    '  type ElementContract,',
    "} from './contract-types.js';",
    '',
    `export const ELEMENTS = ${JSON.stringify(elements, null, 2)} as const satisfies Record<string, ElementContract>;`,
    '',
    '/** A Kiosque element tag. */',
    'export type KiosqueTag = keyof typeof ELEMENTS;',
    '',
    '/**',
    ' * Whether a page may write `name` on the element: one of its attributes, one every host takes,',
    " * or one of HTML's own (`class`, `id`, `style`, `title`, `data-*`).",
    ' */',
    'export function isAttributeOf(tag: KiosqueTag, name: string): boolean {',
    '  return (',
    '    Object.hasOwn(ELEMENTS[tag].attributes, name) ||',
    '    Object.hasOwn(HOST_ATTRIBUTES, name) ||',
    '    (GLOBAL_ATTRIBUTES as readonly string[]).includes(name) ||',
    '    /^data-[a-z0-9-]+$/.test(name)',
    '  );',
    '}',
    '',
  ].join('\n');
}

/** The source as the repository's Prettier configuration writes it. */
export async function formatted(source: string): Promise<string> {
  const { format, resolveConfig } = await import('prettier');
  const options = await resolveConfig(CONTRACT_FILE);
  return format(source, { ...options, filepath: CONTRACT_FILE });
}

export function readManifest(): Manifest {
  return JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as Manifest;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const source = await formatted(contractSource(readManifest()));
  if (process.argv.includes('--check')) {
    // Exit status 1 when src/contract.ts is not what the manifest states.
    const stale = readFileSync(CONTRACT_FILE, 'utf8') !== source;
    console.log(
      stale
        ? `${CONTRACT_FILE} is out of date: npm run generate -w @kiosque/render`
        : `${CONTRACT_FILE} is up to date`,
    );
    process.exitCode = stale ? 1 : 0;
  } else {
    await writeFile(CONTRACT_FILE, source);
    console.log(`wrote ${CONTRACT_FILE}`);
  }
}
