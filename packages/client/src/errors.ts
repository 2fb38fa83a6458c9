export const ERROR_KINDS = [
  'network',
  'timeout',
  'http',
  'graphql',
  'invalid-response',
  'not-found',
  'invalid-input',
  'aborted',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export interface ErrorRequest {
  url: string;
  method: 'GET' | 'POST';
  operationName: string | null;
  variables: Record<string, unknown> | null;
}

export interface ErrorResponse {
  status: number | null;
  /** Parsed body when it was JSON, else the raw text (truncated). */
  body: unknown;
}

/** One GraphQL error as Mobilizon shapes it: extra keys at the top level. */
export interface GraphQLErrorEntry {
  message: string;
  code: string | null;
  statusCode: number | null;
  field: string | null;
  path: readonly (string | number)[] | null;
}

export interface KiosqueErrorInit {
  kind: ErrorKind;
  message: string;
  request?: ErrorRequest | null;
  response?: ErrorResponse | null;
  errors?: GraphQLErrorEntry[];
  cause?: unknown;
}

/** The one error type of the client. Branch on `kind` (and `code` for graphql errors). */
export class KiosqueError extends Error {
  override readonly name = 'KiosqueError';
  readonly kind: ErrorKind;
  readonly request: ErrorRequest | null;
  readonly response: ErrorResponse | null;
  readonly errors: GraphQLErrorEntry[];

  constructor(init: KiosqueErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.request = init.request ?? null;
    this.response = init.response ?? null;
    this.errors = init.errors ?? [];
  }

  /** The first Mobilizon error code (`event_not_found`, `group_not_found`, `unknown_error`, …). */
  get code(): string | null {
    return this.errors.find((e) => e.code)?.code ?? null;
  }
}

/** An answer of `endpoint` that cannot be read as the model needs (`message` says what). */
export function invalidResponse(endpoint: string, message: string): KiosqueError {
  return new KiosqueError({
    kind: 'invalid-response',
    message: `${message} (${endpoint})`,
    request: { url: endpoint, method: 'GET', operationName: null, variables: null },
  });
}

export function isKiosqueError(value: unknown): value is KiosqueError {
  return value instanceof KiosqueError;
}
