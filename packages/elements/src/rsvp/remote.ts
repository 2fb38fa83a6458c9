/**
 * "I have an account on another Mobilizon or fediverse instance": the remote-interaction flow
 * of Mobilizon's own `RedirectWithAccount.vue`. WebFinger on the visitor's instance gives the
 * `http://ostatus.org/schema/1.0/subscribe` template; `{uri}` is replaced with the event URL and
 * the visitor goes there to participate from their own account.
 */
import { KiosqueError, safeUrl } from '@kiosque/client';

export const SUBSCRIBE_REL = 'http://ostatus.org/schema/1.0/subscribe';

export const REMOTE_FAILURES = [
  'invalid-handle',
  'unknown-account',
  'unreachable',
  'server-error',
  'no-template',
] as const;
/** Why the remote-interaction lookup failed. */
export type RemoteFailure = (typeof REMOTE_FAILURES)[number];

/** A failed lookup: a KiosqueError (one error type) with the failure and the host asked. */
export class RemoteInteractionError extends KiosqueError {
  readonly failure: RemoteFailure;
  readonly host: string;
  constructor(
    failure: RemoteFailure,
    host: string,
    init: ConstructorParameters<typeof KiosqueError>[0],
  ) {
    super(init);
    this.failure = failure;
    this.host = host;
  }
}

export interface Handle {
  user: string;
  host: string;
}

/** `name@host`, `@name@host` or `acct:name@host` → parts; null when it is not a handle. */
export function parseHandle(input: string): Handle | null {
  const match = input
    .trim()
    .replace(/^acct:/i, '')
    .replace(/^@/, '')
    .match(/^([^@\s/:?#]+)@([^@\s/?#]+)$/);
  if (!match) return null;
  const [, user = '', rawHost = ''] = match;
  let host: string;
  try {
    host = new URL(`https://${rawHost}`).host;
  } catch {
    return null;
  }
  if (host !== rawHost.toLowerCase() || (!host.includes('.') && !isLoopback(host))) return null;
  return { user, host };
}

/** Plain-http WebFinger is allowed only for local development hosts. */
function isLoopback(host: string): boolean {
  const name = host.replace(/:\d+$/, '');
  return name === 'localhost' || name === '127.0.0.1' || name === '[::1]';
}

export function webFingerUrl(handle: Handle): string {
  const scheme = isLoopback(handle.host) ? 'http' : 'https';
  const resource = `acct:${handle.user}@${handle.host}`;
  return `${scheme}://${handle.host}/.well-known/webfinger?resource=${encodeURIComponent(resource)}`;
}

export interface RemoteOptions {
  signal?: AbortSignal;
  /** ms; default 8000. */
  timeout?: number;
  fetch?: typeof fetch;
}

/**
 * The remote-interaction URL for `eventUrl` on the instance of `handle`.
 * Throws RemoteInteractionError: `invalid-handle`, `unknown-account` (404/410),
 * `unreachable` (no answer, refused, timed out), `server-error` (other HTTP errors),
 * `no-template` (no usable subscribe template in the answer).
 */
export async function remoteInteractionUrl(
  handleText: string,
  eventUrl: string,
  options: RemoteOptions = {},
): Promise<string> {
  const handle = parseHandle(handleText);
  if (!handle) {
    throw new RemoteInteractionError('invalid-handle', '', {
      kind: 'invalid-input',
      message: `"${handleText}" is not an address of the form name@instance.example`,
    });
  }
  const url = webFingerUrl(handle);
  const request = { url, method: 'GET' as const, operationName: null, variables: null };
  const timeout = AbortSignal.timeout(options.timeout ?? 8000);
  const signal = options.signal ? anySignal([options.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await (options.fetch ?? globalThis.fetch)(url, {
      headers: { accept: 'application/jrd+json, application/json' },
      signal,
    });
  } catch (cause) {
    if (options.signal?.aborted)
      throw new KiosqueError({ kind: 'aborted', message: 'Aborted', request, cause });
    const timedOut = timeout.aborted;
    throw new RemoteInteractionError('unreachable', handle.host, {
      kind: timedOut ? 'timeout' : 'network',
      message: `${handle.host} did not answer WebFinger`,
      request,
      cause,
    });
  }
  const fail = (failure: RemoteFailure, kind: 'not-found' | 'http' | 'invalid-response') =>
    new RemoteInteractionError(failure, handle.host, {
      kind,
      message: `WebFinger for ${handle.user}@${handle.host}: ${failure} (HTTP ${response.status})`,
      request,
      response: { status: response.status, body: null },
    });
  if (response.status === 404 || response.status === 410)
    throw fail('unknown-account', 'not-found');
  if (!response.ok) throw fail('server-error', 'http');
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw fail('no-template', 'invalid-response');
  }
  const links = (body as { links?: unknown } | null)?.links;
  const link = Array.isArray(links)
    ? (links as unknown[]).find(
        (l): l is { template: string } =>
          !!l &&
          typeof l === 'object' &&
          (l as Record<string, unknown>)['rel'] === SUBSCRIBE_REL &&
          typeof (l as Record<string, unknown>)['template'] === 'string',
      )
    : undefined;
  const target = link?.template.includes('{uri}')
    ? safeUrl(link.template.replace('{uri}', encodeURIComponent(eventUrl)))
    : null;
  if (!target) throw fail('no-template', 'invalid-response');
  return target;
}

function anySignal(signals: AbortSignal[]): AbortSignal {
  const any = (AbortSignal as { any?: (s: AbortSignal[]) => AbortSignal }).any;
  if (any) return any(signals);
  const controller = new AbortController();
  for (const s of signals) {
    if (s.aborted) controller.abort(s.reason);
    else s.addEventListener('abort', () => controller.abort(s.reason), { once: true });
  }
  return controller.signal;
}
