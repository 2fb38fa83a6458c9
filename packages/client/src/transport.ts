/**
 * One GraphQL-over-HTTP round trip on `fetch`, with a timeout and an AbortSignal, and every
 * failure mapped to a KiosqueError. Queries go as GET with only the CORS-safelisted Accept
 * header (a "simple request": no preflight); mutations as POST JSON.
 *
 * A plain `fetch` rather than a GraphQL client library: every document is a string we build,
 * so nothing needs parsing or printing on the client, and graphql-request v7 statically
 * imports graphql's parser and printer (about 12 kB gzip in a browser bundle).
 */
import {
  KiosqueError,
  type ErrorRequest,
  type GraphQLErrorEntry,
  type KiosqueErrorInit,
} from './errors.js';
import type { Operation } from './documents.js';
import { isRecord } from './shape.js';

export const DEFAULT_TIMEOUT = 8000;

export interface TransportOptions {
  endpoint: string;
  fetch: typeof fetch;
  timeout: number;
  signal?: AbortSignal | undefined;
  /** Sent as Accept-Language on mutations only (a GET stays a simple request). */
  locale?: string | undefined;
}

export interface GraphQLResult {
  data: Record<string, unknown>;
  /** Errors that came with data (partial results, e.g. one group of a batch not found). */
  errors: GraphQLErrorEntry[];
}

const NOT_FOUND_CODES = new Set(['event_not_found', 'group_not_found', 'not_found']);
const BODY_LIMIT = 2000;

/** Mobilizon (Absinthe) puts `code`, `status_code`, `field` at the top level of each error. */
export function toErrorEntries(raw: unknown): GraphQLErrorEntry[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((e: unknown) => {
    const o = isRecord(e) ? e : {};
    const ext = isRecord(o['extensions']) ? o['extensions'] : {};
    const code = o['code'] ?? ext['code'];
    const statusCode = o['status_code'] ?? ext['status_code'];
    const field = o['field'] ?? ext['field'];
    const path = Array.isArray(o['path'])
      ? o['path'].filter(
          (p): p is string | number => typeof p === 'string' || typeof p === 'number',
        )
      : null;
    return {
      message: typeof o['message'] === 'string' ? o['message'] : 'Unknown GraphQL error',
      code: typeof code === 'string' ? code : null,
      statusCode: typeof statusCode === 'number' ? statusCode : null,
      field: typeof field === 'string' ? field : null,
      path,
    };
  });
}

export function isNotFound(entry: GraphQLErrorEntry): boolean {
  return entry.code !== null && NOT_FOUND_CODES.has(entry.code);
}

/** Combines signals; AbortSignal.any is missing in some older browsers. */
function anySignal(signals: AbortSignal[]): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(signals);
  const controller = new AbortController();
  for (const s of signals) {
    if (s.aborted) {
      controller.abort(s.reason);
      break;
    }
    s.addEventListener('abort', () => controller.abort(s.reason), { once: true });
  }
  return controller.signal;
}

/**
 * Runs one operation. Resolves with `data` (possibly partial, with `errors`) or throws a
 * KiosqueError. A response carrying errors and no usable data throws kind `graphql`, or
 * `not-found` for Mobilizon's *_not_found codes.
 */
export async function send(op: Operation, options: TransportOptions): Promise<GraphQLResult> {
  const method = op.mutation ? 'POST' : 'GET';
  const request: ErrorRequest = {
    url: options.endpoint,
    method,
    operationName: op.name,
    variables: op.variables,
  };
  if (options.signal?.aborted) {
    throw new KiosqueError({ kind: 'aborted', message: 'Request aborted', request });
  }
  const timeoutController = new AbortController();
  const timer = setTimeout(
    () => timeoutController.abort(new Error('timeout')),
    Math.max(0, options.timeout),
  );
  const signal = options.signal
    ? anySignal([options.signal, timeoutController.signal])
    : timeoutController.signal;

  let status: number;
  let text: string;
  try {
    // Reading the body happens here too, so a connection reset mid-body is a network failure.
    const res = await options.fetch(httpRequestUrl(op, options.endpoint), {
      ...httpRequestInit(op, options.locale),
      signal,
    });
    status = res.status;
    text = await res.text();
  } catch (error) {
    if (options.signal?.aborted) {
      throw new KiosqueError({
        kind: 'aborted',
        message: 'Request aborted',
        request,
        cause: error,
      });
    }
    if (timeoutController.signal.aborted) {
      throw new KiosqueError({
        kind: 'timeout',
        message: `No answer from ${request.url} within ${options.timeout} ms`,
        request,
        cause: error,
      });
    }
    throw new KiosqueError({
      kind: 'network',
      message: `Could not reach ${request.url}`,
      request,
      cause: error,
    });
  } finally {
    clearTimeout(timer);
  }
  return interpretBody(status, text, request);
}

/**
 * The GraphQL-over-HTTP request of an operation. Queries are GET with the document, variables
 * and operation name in the query string; mutations are POST JSON.
 */
function httpRequestUrl(op: Operation, endpoint: string): string {
  if (op.mutation) return endpoint;
  const url = new URL(endpoint);
  url.searchParams.set('query', compactDocument(op.query));
  url.searchParams.set('variables', JSON.stringify(op.variables));
  url.searchParams.set('operationName', op.name);
  return url.href;
}

function httpRequestInit(op: Operation, locale?: string): RequestInit {
  // A GET carries only the CORS-safelisted Accept header: a "simple request", no preflight.
  const headers: Record<string, string> = { accept: ACCEPT };
  if (!op.mutation) return { method: 'GET', headers };
  headers['content-type'] = 'application/json';
  if (locale) headers['accept-language'] = locale;
  return {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: op.query, variables: op.variables, operationName: op.name }),
  };
}

const ACCEPT = 'application/graphql-response+json, application/json';

/** Collapses whitespace, commas and comments, which GraphQL ignores, to keep GET URLs short. */
function compactDocument(query: string): string {
  return query.replace(/([\s,]|#[^\n\r]+)+/g, ' ').trim();
}

/** Turns a status and a body into data, or the KiosqueError that describes what went wrong. */
function interpretBody(status: number, text: string, request: ErrorRequest): GraphQLResult {
  let body: unknown;
  let parsed = true;
  try {
    body = JSON.parse(text);
  } catch {
    parsed = false;
    body = text.length > BODY_LIMIT ? `${text.slice(0, BODY_LIMIT)}…` : text;
  }
  if (status < 200 || status >= 300) {
    const errors = toErrorEntries(isRecord(body) ? body['errors'] : undefined);
    return fail({
      kind: 'http',
      message: `HTTP ${status} from ${request.url}${errors[0] ? `: ${errors[0].message}` : ''}`,
      request,
      response: { status, body },
      errors,
    });
  }
  if (!parsed || !isRecord(body)) {
    return fail({
      kind: 'invalid-response',
      message: `Invalid response from ${request.url}: ${parsed ? 'not a JSON object' : 'not JSON'}`,
      request,
      response: { status, body },
    });
  }
  const data = body['data'];
  const rawErrors = body['errors'];
  if (
    (data !== undefined && data !== null && !isRecord(data)) ||
    (rawErrors !== undefined && !Array.isArray(rawErrors))
  ) {
    return fail({
      kind: 'invalid-response',
      message: `Invalid response from ${request.url}: not a GraphQL result`,
      request,
      response: { status, body },
    });
  }
  return interpret(data, rawErrors, status, request);
}

function fail(init: KiosqueErrorInit): never {
  throw new KiosqueError(init);
}

function interpret(
  data: unknown,
  rawErrors: unknown,
  status: number,
  request: ErrorRequest,
): GraphQLResult {
  const errors = toErrorEntries(rawErrors);
  const hasData = isRecord(data) && Object.values(data).some((v) => v !== null);
  if (errors.length > 0 && !hasData) {
    const first = errors[0];
    const kind = first && isNotFound(first) ? 'not-found' : 'graphql';
    throw new KiosqueError({
      kind,
      message: first?.message ?? 'GraphQL error',
      request,
      response: { status, body: { data: data ?? null, errors: rawErrors } },
      errors,
    });
  }
  if (!isRecord(data)) {
    throw new KiosqueError({
      kind: 'invalid-response',
      message: 'The response has no data object',
      request,
      response: { status, body: data ?? null },
    });
  }
  return { data, errors };
}
