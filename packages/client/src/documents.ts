/**
 * Every GraphQL document the client sends, built from capability flags only. Nothing here
 * knows about caching or transport; `scripts/check-documents.ts` validates the output of
 * these builders against the reference schema of each version.
 */
import type { Capabilities } from './version.js';

export interface Operation {
  /** Operation name, also part of the cache key. */
  name: string;
  query: string;
  variables: Record<string, unknown>;
  mutation: boolean;
}

const ACTOR = 'id preferredUsername name domain url avatar { url }';

/**
 * Event fields. Fields of the EventSearchResult interface (3.0+) are selected directly;
 * the others go under `... on Event`, which is valid on every version (on ≤2.x the search
 * elements are plain `Event`). The same selection serves every operation so that a cached
 * event looks the same whatever list it came from.
 */
export function eventSelection(caps: Capabilities): string {
  const options = [
    'maximumAttendeeCapacity',
    'anonymousParticipation',
    'showStartTime',
    'showEndTime',
    caps.optionsTimezone ? 'timezone' : '',
    caps.optionsIsOnline ? 'isOnline' : '',
    caps.hideNumberOfParticipants ? 'hideNumberOfParticipants' : '',
  ];
  const address = [
    'description street locality postalCode region country geom',
    caps.addressTimezone ? 'timezone' : '',
  ];
  const picture = caps.mediaMetadata ? 'url alt metadata { width height blurhash }' : 'url alt';
  const shared = [
    'id uuid url title beginsOn endsOn status category',
    caps.longEvent ? 'longEvent' : '',
    `options { ${join(options)} }`,
    `physicalAddress { ${join(address)} }`,
    `picture { ${picture} }`,
    'tags { title }',
    'participantStats { participant }',
    `attributedTo { ${ACTOR} }`,
    `organizerActor { ${ACTOR} }`,
  ];
  const eventOnly = [
    'local description joinOptions onlineAddress',
    caps.language ? 'language' : '',
    caps.externalParticipationUrl ? 'externalParticipationUrl' : '',
    caps.eventMetadata ? 'metadata { key value }' : '',
  ];
  return `${join(shared)} ... on Event { ${join(eventOnly)} }`;
}

function join(parts: string[]): string {
  return parts.filter(Boolean).join(' ');
}

const CONFIG_FIELDS =
  'name description version ' +
  'anonymous { actorId participation { allowed validation { email { enabled } } } } ' +
  'maps { tiles { endpoint attribution } }';

export function configOperation(): Operation {
  return {
    name: 'KiosqueConfig',
    query: `query KiosqueConfig { config { ${CONFIG_FIELDS} } }`,
    variables: {},
    mutation: false,
  };
}

/** The config fields that depend on the version. */
function configExtraFields(caps: Capabilities): string {
  return join([
    caps.routing ? 'maps { routing { type } }' : '',
    caps.instanceFeeds ? 'instanceFeeds { enabled }' : '',
    caps.eventCategories ? 'eventCategories { id label }' : '',
    caps.configSearch ? 'search { global { isDefault } }' : '',
  ]);
}

/** The version-dependent part of config, asked once the version is known; null if none. */
export function configExtrasOperation(caps: Capabilities): Operation | null {
  const selection = configExtraFields(caps);
  if (!selection) return null;
  return {
    name: 'KiosqueConfigExtras',
    query: `query KiosqueConfigExtras { config { ${selection} } }`,
    variables: {},
    mutation: false,
  };
}

/**
 * `op` with the whole config of `caps` (base and extras) selected beside it, so that a first
 * visit learns the version and gets its events in one request. `maps` is selected twice
 * (tiles, then routing): GraphQL merges the two.
 */
export function withConfig(op: Operation, caps: Capabilities): Operation {
  const name = `${op.name}WithConfig`;
  const at = op.query.indexOf('{') + 1;
  const head = op.query.slice(0, at).replace(`query ${op.name}`, `query ${name}`);
  return { ...op, name, query: `${head} config { ${configSelection(caps)} }${op.query.slice(at)}` };
}

/** Every config field of a version: what `withConfig` selects. */
export function configSelection(caps: Capabilities): string {
  return join([CONFIG_FIELDS, configExtraFields(caps)]);
}

/** Upcoming events seen by the instance. `limit` must stay below 100 (events_max_limit_reached). */
export function eventsOperation(caps: Capabilities, page: number, limit: number): Operation {
  return {
    name: 'KiosqueEvents',
    query:
      'query KiosqueEvents($page: Int, $limit: Int) { ' +
      'events(page: $page, limit: $limit, orderBy: BEGINS_ON, direction: ASC) ' +
      `{ total elements { ${eventSelection(caps)} } } }`,
    variables: { page, limit },
    mutation: false,
  };
}

export function eventOperation(caps: Capabilities, uuid: string): Operation {
  return {
    name: 'KiosqueEvent',
    query: `query KiosqueEvent($uuid: UUID!) { event(uuid: $uuid) { ${eventSelection(caps)} } }`,
    variables: { uuid },
    mutation: false,
  };
}

export interface GroupEventsArgs {
  groups: string[];
  after: string | null;
  before: string | null;
  page: number;
  limit: number;
}

/** Several groups in one request, as aliases g0, g1, … (see `groupsPerRequest`). */
export function groupEventsOperation(caps: Capabilities, args: GroupEventsArgs): Operation {
  const declared: string[] = [];
  const variables: Record<string, unknown> = { page: args.page, limit: args.limit };
  const eventArgs = ['page: $page', 'limit: $limit'];
  if (args.after !== null) {
    declared.push('$after: DateTime');
    eventArgs.unshift('afterDatetime: $after');
    variables['after'] = args.after;
  }
  if (args.before !== null) {
    declared.push('$before: DateTime');
    eventArgs.unshift('beforeDatetime: $before');
    variables['before'] = args.before;
  }
  const selection = eventSelection(caps);
  const aliases = args.groups.map((group, i) => {
    declared.push(`$g${i}: String!`);
    variables[`g${i}`] = group;
    return (
      `g${i}: group(preferredUsername: $g${i}) { ` +
      `organizedEvents(${eventArgs.join(', ')}) { total elements { ${selection} } } }`
    );
  });
  declared.push('$page: Int', '$limit: Int');
  return {
    name: 'KiosqueGroupEvents',
    query: `query KiosqueGroupEvents(${declared.join(', ')}) { ${aliases.join(' ')} }`,
    variables,
    mutation: false,
  };
}

export interface SearchArgs {
  term: string | null;
  tags: string[];
  category: string | null;
  type: 'online' | 'in-person' | null;
  /** Geohash (precision 9). */
  location: string | null;
  radius: number | null;
  beginsOn: string | null;
  endsOn: string | null;
  includeCancelled: boolean;
  localOnly: boolean;
  page: number;
  limit: number;
}

/**
 * searchEvents with only the arguments that the version knows and the caller set: an
 * explicit `null` is not the same as an omitted argument (beginsOn: null = all time on 3.0+).
 */
export function searchOperation(caps: Capabilities, args: SearchArgs): Operation {
  const declared: string[] = [];
  const passed: string[] = [];
  const variables: Record<string, unknown> = {};
  const arg = (name: string, type: string, value: unknown): void => {
    declared.push(`$${name}: ${type}`);
    passed.push(`${name}: $${name}`);
    variables[name] = value;
  };
  if (args.term) arg('term', 'String', args.term);
  if (args.tags.length > 0) arg('tags', 'String', args.tags.join(','));
  if (args.location) {
    arg('location', 'String', args.location);
    if (args.radius !== null) arg('radius', 'Float', args.radius);
  }
  if (args.beginsOn) arg('beginsOn', 'DateTime', args.beginsOn);
  if (args.endsOn) arg('endsOn', 'DateTime', args.endsOn);
  if (args.type && caps.searchType)
    arg('type', 'EventType', args.type === 'online' ? 'ONLINE' : 'IN_PERSON');
  if (args.category) {
    if (caps.searchCategoryOneOf) arg('categoryOneOf', '[String]', [args.category]);
    else if (caps.searchCategory) arg('category', 'String', args.category);
  }
  if (caps.searchStatusOneOf && !args.includeCancelled) {
    passed.push('statusOneOf: [CONFIRMED, TENTATIVE]');
  }
  if (caps.searchStartTimeAsc) passed.push('sortBy: START_TIME_ASC');
  if (caps.searchTargetSelf && args.localOnly) passed.push('searchTarget: SELF');
  arg('page', 'Int', args.page);
  arg('limit', 'Int', args.limit);
  return {
    name: 'KiosqueSearchEvents',
    query:
      `query KiosqueSearchEvents(${declared.join(', ')}) { ` +
      `searchEvents(${passed.join(', ')}) { total elements { ${eventSelection(caps)} } } }`,
    variables,
    mutation: false,
  };
}

/**
 * The most one group alias costs, in fields, on any version (5.1.3's selection). Absinthe's
 * default complexity of a field is 1 + the complexity of its children, with no multiplier for
 * lists, and Mobilizon sets no custom complexity, so an operation costs its number of field
 * nodes, and n aliases cost n times one. One alias costs 52 fields with the portable
 * selection, 56 on 1.3, 63–64 on 2.x–3.x and 64–66 on 4.1–5.1. `scripts/check-documents.ts`
 * counts every profile's documents with graphql's parser: it fails when a batch passes its
 * cap, or when one group more would still fit.
 */
const GROUP_ALIAS_COST = 66;

/** How many group aliases fit in one request under the version's complexity cap: 3 below 4.1, 4 from 4.1 on. */
export function groupsPerRequest(caps: Capabilities): number {
  return Math.max(1, Math.floor(caps.maxComplexity / GROUP_ALIAS_COST));
}
