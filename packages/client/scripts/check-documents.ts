/**
 * CI check: every GraphQL document the client can send, for every capability profile, is
 * valid against the reference schema of that version and stays under its complexity cap.
 *
 *   npm run check:schema -w @kiosque/client
 *
 * Schemas: Mobilizon's own, vendored in packages/dev-instance/schema/upstream/ (SOURCE.md there
 * says where each comes from; KIOSQUE_MOBILIZON_SCHEMAS overrides the folder).
 * 1.x → schema-v1.graphql, 2.x → schema-v2.graphql, ≥3 → schema.graphql (5.1.x). There is
 * no 3.x/4.x schema file, so for those the 5.1 schema is used and the capability table
 * guards against fields that only exist in 5.x (checked below by name).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Kind,
  buildSchema,
  parse,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import {
  configExtrasOperation,
  configOperation,
  eventOperation,
  eventsOperation,
  groupEventsOperation,
  groupsPerRequest,
  searchOperation,
  withConfig,
  type Operation,
  type SearchArgs,
} from '../src/documents.js';
import { joinOperation, leaveOperation } from '../src/participation.js';
import {
  CHECKED_VERSIONS,
  NEWEST_VERSION,
  capabilitiesFor,
  type Capabilities,
} from '../src/version.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const schemaDir =
  process.env['KIOSQUE_MOBILIZON_SCHEMAS'] ??
  path.resolve(here, '../../dev-instance/schema/upstream');

const schemaCache = new Map<string, GraphQLSchema>();
function schemaFile(caps: Capabilities): string {
  const major = caps.version?.major ?? 1;
  if (major <= 1) return 'schema-v1.graphql';
  if (major === 2) return 'schema-v2.graphql';
  return 'schema.graphql';
}
function loadSchema(file: string): GraphQLSchema {
  let schema = schemaCache.get(file);
  if (!schema) {
    schema = buildSchema(readFileSync(path.join(schemaDir, file), 'utf8'));
    schemaCache.set(file, schema);
  }
  return schema;
}

/**
 * Validated against schema.graphql (5.1) although the server is older: these names must
 * not appear before the version that introduced them (field guide §6).
 */
const INTRODUCED_IN: { pattern: RegExp; since: [number, number, number]; what: string }[] = [
  {
    pattern: /\bhideNumberOfParticipants\b/,
    since: [5, 0, 0],
    what: 'options.hideNumberOfParticipants',
  },
  { pattern: /\blongEvents?\b/, since: [5, 1, 0], what: 'longEvent(s)' },
  { pattern: /\bdurationOfLongEvent\b/, since: [5, 1, 2], what: 'config.durationOfLongEvent' },
  { pattern: /\bsearchTarget:\s*SELF\b/, since: [4, 1, 0], what: 'searchTarget: SELF' },
  { pattern: /\bconversations\b/, since: [4, 0, 0], what: 'Event.conversations' },
  {
    pattern: /\bexternalParticipationUrl\b/,
    since: [3, 2, 0],
    what: 'Event.externalParticipationUrl',
  },
  { pattern: /\beventExternal\b/, since: [3, 2, 0], what: 'features.eventExternal' },
  { pattern: /\bSTART_TIME_ASC\b/, since: [3, 1, 0], what: 'sortBy: START_TIME_ASC' },
  { pattern: /\bantispam\b/, since: [3, 1, 0], what: 'features.antispam' },
  { pattern: /\$\w+:\s*Timezone\b/, since: [3, 1, 2], what: 'Timezone variable type' },
  {
    pattern: /\b(instanceLogo|defaultPicture|primaryColor|secondaryColor)\b/,
    since: [5, 0, 0],
    what: '5.0 config fields',
  },
  {
    pattern: /\border(Direction)?:/,
    since: [3, 1, 0],
    what: 'organizedEvents(order, orderDirection)',
  },
];

function versionAtLeast(caps: Capabilities, [ma, mi, pa]: [number, number, number]): boolean {
  const v = caps.version;
  if (!v) return false;
  return (v.major - ma || v.minor - mi || v.patch - pa) >= 0;
}

const fullSearch: SearchArgs = {
  term: 'picnic',
  tags: ['music', 'jazz'],
  category: 'MEETING',
  type: 'in-person',
  location: 'u09tvw0f6',
  radius: 25,
  beginsOn: '2025-01-01T00:00:00.000Z',
  endsOn: '2025-12-31T00:00:00.000Z',
  includeCancelled: false,
  localOnly: true,
  page: 1,
  limit: 10,
};
const emptySearch: SearchArgs = {
  term: null,
  tags: [],
  category: null,
  type: null,
  location: null,
  radius: null,
  beginsOn: null,
  endsOn: null,
  includeCancelled: true,
  localOnly: false,
  page: 2,
  limit: 99,
};

function documentsFor(caps: Capabilities): { label: string; op: Operation }[] {
  const docs: { label: string; op: Operation }[] = [
    { label: 'config', op: configOperation() },
    { label: 'events', op: eventsOperation(caps, 1, 99) },
    { label: 'event', op: eventOperation(caps, '00000000-0000-0000-0000-000000000000') },
    { label: 'search (all filters)', op: searchOperation(caps, fullSearch) },
    { label: 'search (no filters)', op: searchOperation(caps, emptySearch) },
    {
      label: 'search (online, term only)',
      op: searchOperation(caps, { ...emptySearch, type: 'online', term: 'x' }),
    },
    {
      label: 'joinEvent',
      op: joinOperation(caps, {
        eventId: '1',
        actorId: '2',
        email: 'a@b.example',
        message: 'hi',
        locale: 'fr',
        timezone: 'Europe/Paris',
      }),
    },
    {
      label: 'joinEvent (minimal)',
      op: joinOperation(caps, {
        eventId: '1',
        actorId: '2',
        email: 'a@b.example',
        message: null,
        locale: null,
        timezone: null,
      }),
    },
    { label: 'leaveEvent', op: leaveOperation('1', '2', 'token') },
  ];
  const extras = configExtrasOperation(caps);
  if (extras) docs.push({ label: 'config extras', op: extras });
  const perRequest = groupsPerRequest(caps);
  for (let n = 1; n <= perRequest; n++) {
    const groups = Array.from({ length: n }, (_, i) => (i % 2 ? `g${i}@remote.example` : `g${i}`));
    docs.push({
      label: `group events ×${n}`,
      op: groupEventsOperation(caps, {
        groups,
        after: '2025-01-01T00:00:00Z',
        before: null,
        page: 1,
        limit: 10,
      }),
    });
    docs.push({
      label: `group events ×${n} (before, no after)`,
      op: groupEventsOperation(caps, {
        groups,
        after: null,
        before: '2025-01-01T00:00:00Z',
        page: 1,
        limit: 10,
      }),
    });
  }
  if (caps.profile === NEWEST_VERSION) {
    // A first visit's request: the config beside the query. The client sends it without
    // counting its fields, so each one must be under the cap.
    for (const { label, op } of [...docs]) {
      if (op.mutation || label.startsWith('config')) continue;
      docs.push({ label: `${label} with config`, op: withConfig(op, caps) });
    }
  }
  return docs;
}

/** The field count of a parsed document, fragments expanded: what Absinthe charges. */
function fieldCount(doc: DocumentNode): number {
  const fragments = new Map<string, SelectionSetNode>();
  for (const def of doc.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def.selectionSet);
  }
  const count = (set: SelectionSetNode | undefined): number => {
    if (!set) return 0;
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) total += 1 + count(sel.selectionSet);
      else if (sel.kind === Kind.INLINE_FRAGMENT) total += count(sel.selectionSet);
      else total += count(fragments.get(sel.name.value));
    }
    return total;
  };
  let total = 0;
  for (const def of doc.definitions) {
    if (def.kind === Kind.OPERATION_DEFINITION) total += count(def.selectionSet);
  }
  return total;
}

let passed = 0;
let failed = 0;
const profiles: Capabilities[] = [
  capabilitiesFor(null),
  ...CHECKED_VERSIONS.map((v) => capabilitiesFor(v)),
];
for (const caps of profiles) {
  // The portable set must hold on every schema, not only the oldest.
  const files = caps.version
    ? [schemaFile(caps)]
    : ['schema-v1.graphql', 'schema-v2.graphql', 'schema.graphql'];
  for (const { label, op } of documentsFor(caps)) {
    for (const file of files) {
      const problems: string[] = [];
      try {
        const doc = parse(op.query);
        for (const e of validate(loadSchema(file), doc)) problems.push(e.message);
        const cost = fieldCount(doc);
        if (cost > caps.maxComplexity)
          problems.push(`complexity ${cost} > cap ${caps.maxComplexity}`);
      } catch (error) {
        problems.push(error instanceof Error ? error.message : String(error));
      }
      for (const rule of INTRODUCED_IN) {
        if (rule.pattern.test(op.query) && !versionAtLeast(caps, rule.since)) {
          problems.push(`uses ${rule.what}, which needs ${rule.since.join('.')}`);
        }
      }
      if (problems.length === 0) {
        passed++;
      } else {
        failed++;
        console.log(`✗ ${caps.profile} ${label} (${file})`);
        for (const p of problems) console.log(`    ${p}`);
        console.log(`    ${op.query}`);
      }
    }
  }
}
const cost = (op: Operation): number => fieldCount(parse(op.query));
for (const caps of profiles) {
  const one = cost(
    groupEventsOperation(caps, { groups: ['x'], after: 'x', before: 'x', page: 1, limit: 1 }),
  );
  const perRequest = groupsPerRequest(caps);
  console.log(
    `  ${caps.profile.padEnd(8)} cap ${caps.maxComplexity}: event list ${cost(eventsOperation(caps, 1, 1))} fields, ` +
      `one group ${one} → ${perRequest} groups per request`,
  );
  // Batches of groupsPerRequest() are checked above; one group more must not fit, or
  // requests are split more than they need to be.
  if ((perRequest + 1) * one <= caps.maxComplexity) {
    failed++;
    console.log(`✗ ${caps.profile}: ${perRequest + 1} groups would fit under the cap`);
  } else {
    passed++;
  }
}
console.log(`document check: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
