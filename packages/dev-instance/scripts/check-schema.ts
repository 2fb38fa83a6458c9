/**
 * Proves that schema/subset.graphql and every generated schema/mobilizon-<version>.graphql only
 * declare what the matching reference Mobilizon schema declares (types, fields, arguments with
 * their types, enum values, interfaces), and that the generated files are up to date.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import {
  GraphQLEnumType,
  GraphQLInterfaceType,
  GraphQLObjectType,
  buildSchema,
  parse,
  print,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import {
  REFERENCE_FILES,
  VERSIONS,
  generateVersionSchema,
  generatedPath,
  loadReference,
  packageDir,
  subsetPath,
  type Version,
} from './schema-tools.js';

let passed = 0;
const failures: string[] = [];

function check(ok: boolean, what: string): void {
  if (ok) passed++;
  else failures.push(what);
}

function fielded(t: GraphQLNamedType | undefined): t is GraphQLObjectType | GraphQLInterfaceType {
  return t instanceof GraphQLObjectType || t instanceof GraphQLInterfaceType;
}

function compare(ours: GraphQLSchema, ref: GraphQLSchema, label: string): void {
  for (const type of Object.values(ours.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    const r = ref.getType(type.name);
    check(
      !!r && r.constructor === type.constructor,
      `${label}: type ${type.name} missing or of another kind`,
    );
    if (!r) continue;
    if (fielded(type) && fielded(r)) {
      const refFields = r.getFields();
      for (const f of Object.values(type.getFields())) {
        const rf = refFields[f.name];
        check(!!rf, `${label}: field ${type.name}.${f.name} does not exist`);
        if (!rf) continue;
        check(
          String(rf.type) === String(f.type),
          `${label}: ${type.name}.${f.name} is ${String(f.type)}, reference says ${String(rf.type)}`,
        );
        for (const a of f.args) {
          const ra = rf.args.find((x) => x.name === a.name);
          check(!!ra, `${label}: argument ${type.name}.${f.name}(${a.name}) does not exist`);
          if (!ra) continue;
          check(
            String(ra.type) === String(a.type),
            `${label}: ${type.name}.${f.name}(${a.name}) is ${String(a.type)}, reference says ${String(ra.type)}`,
          );
          if (ra.defaultValue !== undefined) {
            check(
              JSON.stringify(ra.defaultValue) === JSON.stringify(a.defaultValue),
              `${label}: ${type.name}.${f.name}(${a.name}) default differs from the reference`,
            );
          }
        }
      }
      const refIfaces = new Set(r.getInterfaces().map((i) => i.name));
      for (const i of type.getInterfaces())
        check(
          refIfaces.has(i.name),
          `${label}: ${type.name} implements ${i.name}, reference does not`,
        );
    }
    if (type instanceof GraphQLEnumType && r instanceof GraphQLEnumType) {
      const refValues = new Set(r.getValues().map((v) => v.name));
      for (const v of type.getValues())
        check(refValues.has(v.name), `${label}: enum value ${type.name}.${v.name} does not exist`);
    }
  }
}

const subset = buildSchema(readFileSync(subsetPath, 'utf8'));
compare(subset, loadReference('5.1.3'), `subset.graphql vs ${REFERENCE_FILES['5.1.3']}`);

for (const version of VERSIONS as readonly Version[]) {
  const file = generatedPath(version);
  const name = relative(packageDir, file);
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    check(false, `${name} is missing: run npx tsx scripts/generate-schemas.ts`);
    continue;
  }
  // Compared as parsed documents, so formatting (e.g. by prettier) does not matter.
  const canonical = (sdl: string): string => print(parse(sdl));
  check(
    canonical(text) === canonical(generateVersionSchema(version)),
    `${name} is out of date: run npx tsx scripts/generate-schemas.ts`,
  );
  compare(buildSchema(text), loadReference(version), `${name} vs ${REFERENCE_FILES[version]}`);
}

for (const f of failures) console.error(`FAIL ${f}`);
console.log(`schema check: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
