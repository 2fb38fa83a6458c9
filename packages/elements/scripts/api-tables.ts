/**
 * Regenerates the API tables of README.md from custom-elements.json: between
 * `<!-- api:kiosque-x -->` and `<!-- /api:kiosque-x -->`, the attributes and properties,
 * events, slots, parts and CSS custom properties of <kiosque-x>, as its JSDoc declares them.
 *
 *   npm run docs -w @kiosque/elements            rewrite README.md (the build runs it)
 *   npm run docs -w @kiosque/elements -- --check  exit 1 when README.md is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

interface Item {
  name: string;
  description?: string;
  summary?: string;
  type?: { text: string };
  default?: string;
}
interface Attribute extends Item {
  fieldName?: string;
}
interface Member extends Item {
  kind: 'field' | 'method';
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
}
interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: Attribute[];
  members?: Member[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

const readmePath = fileURLToPath(new URL('../README.md', import.meta.url));
const manifestPath = fileURLToPath(new URL('../custom-elements.json', import.meta.url));

/** Text for a table cell: one line, pipes escaped. */
function cell(text: string | undefined): string {
  return (text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replaceAll('|', '\\|')
    .trim();
}

function code(text: string | undefined): string {
  return text ? `\`${cell(text)}\`` : '—';
}

function table(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

/** The generated tables of one element. */
export function apiTables(element: Declaration): string {
  const sections: string[] = [];
  const attributes = element.attributes ?? [];
  const fields = (element.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public',
  );
  const rows = attributes.map((attribute) => {
    const field = fields.find((f) => f.name === attribute.fieldName);
    return [
      code(attribute.name),
      attribute.fieldName ? code(attribute.fieldName) : '—',
      code(attribute.type?.text ?? field?.type?.text),
      code(attribute.default ?? field?.default),
      cell(attribute.description ?? field?.description),
    ];
  });
  for (const field of fields) {
    if (attributes.some((a) => a.fieldName === field.name)) continue;
    rows.push([
      '—',
      code(field.name),
      code(field.type?.text),
      code(field.default),
      cell(
        (field.readonly && !/read-only/.test(field.description ?? '') ? '(read-only) ' : '') +
          (field.description ?? ''),
      ),
    ]);
  }
  sections.push(
    '#### Attributes and properties',
    table(['attribute', 'property', 'type', 'default', 'description'], rows),
  );
  if (element.events?.length) {
    sections.push(
      '#### Events',
      table(
        ['event', 'type', 'description'],
        element.events.map((e) => [code(e.name), code(e.type?.text), cell(e.description)]),
      ),
    );
  }
  if (element.slots?.length) {
    sections.push(
      '#### Slots',
      table(
        ['slot', 'description'],
        element.slots.map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
      ),
    );
  }
  if (element.cssParts?.length) {
    sections.push(
      '#### Parts',
      table(
        ['part', 'description'],
        element.cssParts.map((p) => [code(p.name), cell(p.description)]),
      ),
    );
  }
  if (element.cssProperties?.length) {
    sections.push(
      '#### CSS custom properties',
      table(
        ['property', 'description'],
        element.cssProperties.map((p) => [
          code(p.name),
          cell(p.description) + (p.default ? ` Default: \`${cell(p.default)}\`.` : ''),
        ]),
      ),
    );
  }
  return sections.join('\n\n');
}

/** README.md with every marked block regenerated; the tags whose elements are unknown. */
export async function regenerate(
  readme: string,
  manifest: Manifest,
): Promise<{ text: string; unknown: string[] }> {
  const elements = new Map<string, Declaration>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) {
        elements.set(declaration.tagName, declaration);
      }
    }
  }
  const unknown: string[] = [];
  const text = readme.replace(
    /(<!-- api:([a-z-]+) -->)[\s\S]*?(<!-- \/api:\2 -->)/g,
    (whole, open: string, tag: string, close: string) => {
      const element = elements.get(tag);
      if (!element) {
        unknown.push(tag);
        return whole;
      }
      return `${open}\n\n<!-- Generated from custom-elements.json by scripts/api-tables.ts: edit the element's JSDoc, then npm run docs. -->\n\n${apiTables(element)}\n\n${close}`;
    },
  );
  const options = (await resolveConfig(readmePath)) ?? {};
  return {
    text: await format(text, { ...options, parser: 'markdown', filepath: readmePath }),
    unknown,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  const readme = readFileSync(readmePath, 'utf8');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const { text, unknown } = await regenerate(readme, manifest);
  if (unknown.length) {
    console.error(`api-tables: no element in custom-elements.json for ${unknown.join(', ')}`);
    process.exitCode = 1;
  }
  if (text !== readme) {
    if (check) {
      console.error(
        'packages/elements/README.md is out of date with custom-elements.json: run `npm run build -w @kiosque/elements` (or `npm run docs`) and commit it.',
      );
      process.exitCode = 1;
    } else {
      writeFileSync(readmePath, text);
    }
  }
}
