/**
 * One GraphQL round trip over graphql-request, with a timeout and an AbortSignal, and every
 * failure mapped to a KiosqueError. Queries go as GET with no headers of ours (a CORS
 * "simple request": no preflight); mutations as POST JSON.
 */
import { ClientError, GraphQLClient } from 'graphql-request';
import { KiosqueError, type ErrorRequest, type GraphQLErrorEntry } from './errors.js';
import type { Operation } from './documents.js';

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

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
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

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text.length > BODY_LIMIT ? `${text.slice(0, BODY_LIMIT)}…` : text;
  }
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

  // Our own fetch wrapper reads the body itself, so every network failure (refused, reset
  // mid-body, aborted) happens here and is told apart from a malformed answer.
  let networkError: unknown = null;
  let lastResponse: { status: number; body: unknown } | null = null;
  const baseFetch = options.fetch;
  const wrappedFetch = async (
    input: Parameters<typeof fetch>[0],
    init?: RequestInit,
  ): Promise<Response> => {
    const headers = new Headers(init?.headers);
    if (method === 'GET') {
      // Only the CORS-safelisted Accept that graphql-request sets; nothing else.
      for (const name of [...headers.keys()]) if (name !== 'accept') headers.delete(name);
    } else if (options.locale) {
      headers.set('accept-language', options.locale);
    }
    try {
      const res = await baseFetch(input, { ...init, headers, signal });
      const text = await res.text();
      lastResponse = { status: res.status, body: parseBody(text) };
      const nullBody = res.status === 204 || res.status === 205 || res.status === 304;
      return new Response(nullBody ? null : text, {
        status: res.status,
        statusText: res.statusText,
        headers: res.headers,
      });
    } catch (error) {
      networkError = error;
      throw error;
    }
  };

  const client = new GraphQLClient(options.endpoint, {
    method,
    fetch: wrappedFetch,
    errorPolicy: 'all',
  });
  try {
    const response = await client.rawRequest<Record<string, unknown>>(op.query, op.variables);
    return interpret(response.data, response.errors, response.status, request);
  } catch (error) {
    throw toKiosqueError(error, {
      request,
      networkError,
      lastResponse,
      callerAborted: options.signal?.aborted === true,
      timedOut: timeoutController.signal.aborted,
      timeout: options.timeout,
    });
  } finally {
    clearTimeout(timer);
  }
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

interface FailureContext {
  request: ErrorRequest;
  networkError: unknown;
  lastResponse: { status: number; body: unknown } | null;
  callerAborted: boolean;
  timedOut: boolean;
  timeout: number;
}

function toKiosqueError(error: unknown, ctx: FailureContext): KiosqueError {
  const { request } = ctx;
  if (error instanceof KiosqueError) return error;
  if (ctx.callerAborted) {
    return new KiosqueError({ kind: 'aborted', message: 'Request aborted', request, cause: error });
  }
  if (ctx.timedOut) {
    return new KiosqueError({
      kind: 'timeout',
      message: `No answer from ${request.url} within ${ctx.timeout} ms`,
      request,
      cause: error,
    });
  }
  if (ctx.networkError !== null) {
    return new KiosqueError({
      kind: 'network',
      message: `Could not reach ${request.url}`,
      request,
      cause: ctx.networkError,
    });
  }
  if (error instanceof ClientError) {
    const status = error.response.status;
    const body = typeof error.response.body === 'string' ? parseBody(error.response.body) : null;
    const errors = toErrorEntries(isRecord(body) ? body['errors'] : undefined);
    if (status < 200 || status >= 300) {
      return new KiosqueError({
        kind: 'http',
        message: `HTTP ${status} from ${request.url}${errors[0] ? `: ${errors[0].message}` : ''}`,
        request,
        response: { status, body },
        errors,
        cause: error,
      });
    }
    const first = errors[0];
    return new KiosqueError({
      kind: first && isNotFound(first) ? 'not-found' : 'graphql',
      message: first?.message ?? 'GraphQL error',
      request,
      response: { status, body },
      errors,
      cause: error,
    });
  }
  return new KiosqueError({
    kind: 'invalid-response',
    message: `Invalid response from ${request.url}: ${error instanceof Error ? error.message : String(error)}`,
    request,
    response: ctx.lastResponse,
    cause: error,
  });
}
