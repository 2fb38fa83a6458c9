/**
 * Shared helpers for generate-schemas.ts and check-schema.ts: where the reference
 * schemas live, and how a per-version schema is derived from our 5.x subset.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  GraphQLEnumType,
  GraphQLInterfaceType,
  GraphQLObjectType,
  GraphQLScalarType,
  assertValidSchema,
  astFromValue,
  buildSchema,
  getNamedType,
  print,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

export const VERSIONS = ['1.3.2', '2.1.0', '5.1.3'] as const;
export type Version = (typeof VERSIONS)[number];

export const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const schemaDir = join(packageDir, 'schema');
export const subsetPath = join(schemaDir, 'subset.graphql');

/** Mobilizon's own schemas, vendored in schema/upstream/ (SOURCE.md there says where from). */
export function referenceDir(): string {
  const override = process.env['KIOSQUE_MOBILIZON_SCHEMAS'];
  return override ? resolve(override) : join(schemaDir, 'upstream');
}

export const REFERENCE_FILES: Record<Version, string> = {
  '1.3.2': 'schema-v1.graphql',
  '2.1.0': 'schema-v2.graphql',
  '5.1.3': 'schema.graphql',
};

export function generatedPath(version: Version): string {
  return join(schemaDir, `mobilizon-${version}.graphql`);
}

export function loadReference(version: Version): GraphQLSchema {
  const file = join(referenceDir(), REFERENCE_FILES[version]);
  if (!existsSync(file)) {
    throw new Error(
      `Reference schema not found: ${file}. Set KIOSQUE_MOBILIZON_SCHEMAS to the folder holding ${REFERENCE_FILES[version]}.`,
    );
  }
  return buildSchema(readFileSync(file, 'utf8'));
}

export function loadSubset(): GraphQLSchema {
  return buildSchema(readFileSync(subsetPath, 'utf8'));
}

type Fielded = GraphQLObjectType | GraphQLInterfaceType;

function isFielded(t: GraphQLNamedType): t is Fielded {
  return t instanceof GraphQLObjectType || t instanceof GraphQLInterfaceType;
}

function kindOf(t: GraphQLNamedType): string {
  return t.constructor.name;
}

function printDefault(arg: GraphQLArgument, typeFrom: GraphQLArgument): string {
  if (arg.defaultValue === undefined) return '';
  const ast = astFromValue(arg.defaultValue, typeFrom.type);
  return ast ? ` = ${print(ast)}` : '';
}

interface DraftField {
  name: string;
  type: string;
  args: { name: string; type: string; defaultValue: string }[];
  refField: GraphQLField<unknown, unknown>;
}

interface DraftType {
  name: string;
  kind: 'object' | 'interface' | 'enum' | 'scalar';
  interfaces: string[];
  fields: DraftField[];
  values: string[];
}

/**
 * The schema a given Mobilizon version would accept for our subset: every type, field,
 * argument and enum value that exists in both, typed as the reference version types it.
 */
export function intersectSchemas(subset: GraphQLSchema, ref: GraphQLSchema): DraftType[] {
  const drafts = new Map<string, DraftType>();
  for (const t of Object.values(subset.getTypeMap())) {
    if (t.name.startsWith('__')) continue;
    const r = ref.getType(t.name);
    if (!r || kindOf(r) !== kindOf(t)) continue;
    if (t instanceof GraphQLScalarType) {
      if (['String', 'Int', 'Float', 'Boolean', 'ID'].includes(t.name)) continue;
      drafts.set(t.name, { name: t.name, kind: 'scalar', interfaces: [], fields: [], values: [] });
    } else if (t instanceof GraphQLEnumType && r instanceof GraphQLEnumType) {
      const refValues = new Set(r.getValues().map((v) => v.name));
      const values = t
        .getValues()
        .map((v) => v.name)
        .filter((v) => refValues.has(v));
      drafts.set(t.name, { name: t.name, kind: 'enum', interfaces: [], fields: [], values });
    } else if (isFielded(t) && isFielded(r)) {
      const refFields = r.getFields();
      const fields: DraftField[] = [];
      for (const f of Object.values(t.getFields())) {
        const rf = refFields[f.name];
        if (!rf) continue;
        const args = [];
        for (const a of f.args) {
          const ra = rf.args.find((x) => x.name === a.name);
          if (!ra) continue;
          const sameType = String(ra.type) === String(a.type);
          const defaultValue =
            ra.defaultValue !== undefined
              ? printDefault(ra, ra)
              : sameType
                ? printDefault(a, ra)
                : '';
          args.push({ name: a.name, type: String(ra.type), defaultValue });
        }
        fields.push({ name: f.name, type: String(rf.type), args, refField: rf });
      }
      const refIfaces = new Set(r.getInterfaces().map((i) => i.name));
      drafts.set(t.name, {
        name: t.name,
        kind: t instanceof GraphQLObjectType ? 'object' : 'interface',
        interfaces: t
          .getInterfaces()
          .map((i) => i.name)
          .filter((n) => refIfaces.has(n)),
        fields,
        values: [],
      });
    }
  }
  pruneDangling(drafts, ref);
  return [...drafts.values()].sort((a, b) => a.name.localeCompare(b.name));
}

const BUILT_IN = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);

function pruneDangling(drafts: Map<string, DraftType>, ref: GraphQLSchema): void {
  const known = (name: string): boolean => BUILT_IN.has(name) || drafts.has(name);
  let changed = true;
  while (changed) {
    changed = false;
    for (const d of drafts.values()) {
      const before = d.fields.length + d.interfaces.length;
      d.fields = d.fields.filter(
        (f) =>
          known(getNamedType(f.refField.type).name) &&
          f.refField.args
            .filter((a) => f.args.some((x) => x.name === a.name))
            .every((a) => known(getNamedType(a.type).name)),
      );
      d.interfaces = d.interfaces.filter((i) => {
        const iface = drafts.get(i);
        return (
          iface &&
          iface.fields.every((f) => d.fields.some((x) => x.name === f.name && x.type === f.type))
        );
      });
      if ((d.kind === 'object' || d.kind === 'interface') && d.fields.length === 0) {
        drafts.delete(d.name);
        changed = true;
      } else if (d.kind === 'enum' && d.values.length === 0) {
        drafts.delete(d.name);
        changed = true;
      } else if (before !== d.fields.length + d.interfaces.length) {
        changed = true;
      }
    }
  }
  // Keep only what the root operations reach (plus implementations of reached interfaces).
  const reached = new Set<string>();
  const roots = [ref.getQueryType()?.name, ref.getMutationType()?.name].filter(
    (n): n is string => !!n && drafts.has(n),
  );
  const visit = (name: string): void => {
    if (reached.has(name) || !drafts.has(name)) return;
    reached.add(name);
    const d = drafts.get(name)!;
    d.interfaces.forEach(visit);
    for (const f of d.fields) {
      visit(getNamedType(f.refField.type).name);
      for (const a of f.refField.args) visit(getNamedType(a.type).name);
    }
    if (d.kind === 'interface') {
      for (const other of drafts.values()) if (other.interfaces.includes(name)) visit(other.name);
    }
  };
  roots.forEach(visit);
  for (const name of [...drafts.keys()]) if (!reached.has(name)) drafts.delete(name);
}

export function printDrafts(drafts: DraftType[], header: string, ref: GraphQLSchema): string {
  const lines: string[] = [header.trimEnd(), 'schema {'];
  const q = ref.getQueryType()?.name;
  const m = ref.getMutationType()?.name;
  if (q) lines.push(`  query: ${q}`);
  if (m && drafts.some((d) => d.name === m)) lines.push(`  mutation: ${m}`);
  lines.push('}');
  for (const d of drafts) {
    lines.push('');
    if (d.kind === 'scalar') {
      lines.push(`scalar ${d.name}`);
      continue;
    }
    if (d.kind === 'enum') {
      lines.push(`enum ${d.name} {`, ...d.values.map((v) => `  ${v}`), '}');
      continue;
    }
    const impl = d.interfaces.length ? ` implements ${d.interfaces.join(' & ')}` : '';
    lines.push(`${d.kind === 'object' ? 'type' : 'interface'} ${d.name}${impl} {`);
    for (const f of d.fields) {
      const args = f.args.length
        ? `(${f.args.map((a) => `${a.name}: ${a.type}${a.defaultValue}`).join(', ')})`
        : '';
      lines.push(`  ${f.name}${args}: ${f.type}`);
    }
    lines.push('}');
  }
  const sdl = lines.join('\n') + '\n';
  assertValidSchema(buildSchema(sdl));
  return sdl;
}

export function generateVersionSchema(version: Version): string {
  const ref = loadReference(version);
  const drafts = intersectSchemas(loadSubset(), ref);
  const header = [
    `# Mobilizon ${version} as emulated by @kiosque/dev-instance. GENERATED by scripts/generate-schemas.ts: do not edit.`,
    `# = schema/subset.graphql intersected with ${REFERENCE_FILES[version]} (types, fields, arguments and enum values`,
    `# present in both, typed as Mobilizon ${version} types them).`,
  ].join('\n');
  return printDrafts(drafts, header, ref);
}
