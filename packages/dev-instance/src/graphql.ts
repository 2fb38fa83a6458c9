/** Parsing, validation, complexity analysis and execution, shaped like Absinthe's output. */
import { readFileSync } from 'node:fs';
import {
  GraphQLInterfaceType,
  GraphQLObjectType,
  GraphQLScalarType,
  Kind,
  buildSchema,
  execute,
  getOperationAST,
  parse,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { resolvers, scalars, typeResolvers, type RequestContext } from './resolvers.js';
import type { MobilizonVersion } from './types.js';

/** Absinthe `max_complexity` per version (router.ex). */
export const MAX_COMPLEXITY: Record<MobilizonVersion, number> = {
  '1.3.2': 200,
  '2.1.0': 250,
  '5.1.3': 300,
};

const schemas = new Map<MobilizonVersion, GraphQLSchema>();

export function schemaFor(version: MobilizonVersion): GraphQLSchema {
  let schema = schemas.get(version);
  if (!schema) {
    const sdl = readFileSync(
      new URL(`../schema/mobilizon-${version}.graphql`, import.meta.url),
      'utf8',
    );
    schema = buildSchema(sdl);
    attachResolvers(schema);
    schemas.set(version, schema);
  }
  return schema;
}

function attachResolvers(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type instanceof GraphQLObjectType) {
      const own = resolvers[type.name] ?? {};
      for (const field of Object.values(type.getFields())) {
        const resolve = own[field.name];
        if (resolve) field.resolve = resolve as never;
      }
    } else if (type instanceof GraphQLInterfaceType) {
      const resolveType = typeResolvers[type.name];
      if (resolveType) type.resolveType = resolveType;
    } else if (type instanceof GraphQLScalarType && scalars[type.name]) {
      Object.assign(type, scalars[type.name]);
    }
  }
}

export interface GraphQLRequest {
  query: unknown;
  variables: unknown;
  operationName: unknown;
}

export interface GraphQLResponse {
  status: number;
  body: unknown;
}

type Location = { line: number; column: number };

/** Absinthe puts custom error keys at the top level, next to message/locations/path. */
function formatError(error: GraphQLError): Record<string, unknown> {
  const out: Record<string, unknown> = {
    message: error.message,
    locations: error.locations ?? [],
  };
  if (error.path) out['path'] = error.path;
  return { ...(error.extensions ?? {}), ...out };
}

/**
 * Absinthe's default complexity: each field costs 1 + the cost of its children; fragments are
 * expanded; list sizes do not multiply. Returns the operation cost and the fields above the cap.
 */
function complexity(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  max: number,
): { total: number; offenders: { name: string; cost: number; loc: Location }[] } {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions)
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const offenders: { name: string; cost: number; loc: Location }[] = [];
  const source = document.loc?.source;
  const locOf = (start: number | undefined): Location => {
    if (!source || start === undefined) return { line: 0, column: 0 };
    const before = source.body.slice(0, start).split('\n');
    return { line: before.length, column: before[before.length - 1]!.length + 1 };
  };
  const cost = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!set) return 0;
    let sum = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const c = 1 + cost(sel.selectionSet, seen);
        if (c > max) offenders.push({ name: sel.name.value, cost: c, loc: locOf(sel.loc?.start) });
        sum += c;
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        sum += cost(sel.selectionSet, seen);
      } else {
        const frag = fragments.get(sel.name.value);
        if (frag && !seen.has(frag.name.value)) {
          sum += cost(frag.selectionSet, new Set([...seen, frag.name.value]));
        }
      }
    }
    return sum;
  };
  const total = cost(operation.selectionSet, new Set());
  return { total, offenders };
}

export function runGraphQL(
  request: GraphQLRequest,
  ctx: RequestContext,
  method: 'GET' | 'POST',
): GraphQLResponse {
  const { query, operationName } = request;
  if (typeof query !== 'string' || query.trim() === '') {
    return { status: 400, body: { errors: [{ message: 'No query document supplied' }] } };
  }
  let variables: Record<string, unknown> | undefined;
  if (typeof request.variables === 'string' && request.variables !== '') {
    try {
      variables = JSON.parse(request.variables) as Record<string, unknown>;
    } catch {
      return { status: 400, body: { errors: [{ message: 'Could not parse variables' }] } };
    }
  } else if (request.variables && typeof request.variables === 'object') {
    variables = request.variables as Record<string, unknown>;
  }
  const schema = ctx.schema;
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (error) {
    return { status: 200, body: { errors: [formatError(error as GraphQLError)] } };
  }
  const opName =
    typeof operationName === 'string' && operationName !== '' ? operationName : undefined;
  const operation = getOperationAST(document, opName);
  if (operation?.operation === 'mutation' && method === 'GET') {
    return {
      status: 405,
      body: { errors: [{ message: 'Can only perform a mutation from a POST request' }] },
    };
  }
  const validationErrors = validate(schema, document);
  if (validationErrors.length > 0) {
    return { status: 200, body: { errors: validationErrors.map(formatError) } };
  }
  if (operation) {
    const max = MAX_COMPLEXITY[ctx.config.version];
    const { total, offenders } = complexity(document, operation, max);
    if (total > max) {
      const name = operation.name ? `Operation ${operation.name.value}` : 'Operation';
      const errors = [
        {
          message: `${name} is too complex: complexity is ${total} and maximum is ${max}`,
          locations: [locationOf(document, operation.loc?.start)],
        },
        ...offenders.map((o) => ({
          message: `Field ${o.name} is too complex: complexity is ${o.cost} and maximum is ${max}`,
          locations: [o.loc],
        })),
      ];
      return { status: 200, body: { errors } };
    }
  }
  const result = execute({
    schema,
    document,
    variableValues: variables,
    operationName: opName,
    contextValue: ctx,
  }) as Awaited<ReturnType<typeof execute>>;
  const body: Record<string, unknown> = {};
  if (result.errors?.length) body['errors'] = result.errors.map(formatError);
  if (result.data !== undefined) body['data'] = result.data;
  return { status: 200, body };
}

function locationOf(document: DocumentNode, start: number | undefined): Location {
  const source = document.loc?.source;
  if (!source || start === undefined) return { line: 0, column: 0 };
  const before = source.body.slice(0, start).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}
