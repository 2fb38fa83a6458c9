/** The HTTP side: routing, CORS as cors_plug 3.0.3 sets it, faults, feeds, pages, media, tiles. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runGraphQL, schemaFor } from './graphql.js';
import { localeFromHeader } from './i18n.js';
import { mailboxPage } from './mailbox.js';
import { calendar, type IcsContext } from './ics.js';
import { pngFor, svgFor, tilePng } from './media.js';
import type { EventRecord } from './model.js';
import { escapeHtml, page } from './pages.js';
import { GraphQLError } from 'graphql';
import {
  cancelParticipation,
  confirmWithToken,
  type InstanceConfig,
  type RequestContext,
} from './resolvers.js';
import { SEED } from './seed.js';
import { Store } from './store.js';
import {
  FAULT_MODES,
  type DevInstance,
  type DevInstanceOptions,
  type FaultMode,
  type FaultOptions,
} from './types.js';
import { interactTarget, webFinger } from './webfinger.js';

const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-credentials': 'true',
  'access-control-expose-headers': '',
};

const PREFLIGHT_HEADERS: Record<string, string> = {
  'access-control-allow-methods': 'GET,POST,PUT,PATCH,DELETE,OPTIONS',
  'access-control-allow-headers':
    'Authorization,Content-Type,Accept,Origin,User-Agent,DNT,Cache-Control,X-Mx-ReqToken,Keep-Alive,X-Requested-With,If-Modified-Since,X-CSRF-Token',
  'access-control-max-age': '1728000',
};

const MAX_BODY = 1_000_000;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...CORS_HEADERS,
    'content-type': type,
    'cache-control': 'max-age=0, private, must-revalidate',
    ...extra,
  });
  res.end(body);
}

/** True for a browser's navigation (HTML first in Accept), false for programs. */
function acceptsHtml(req: IncomingMessage): boolean {
  return /^\s*text\/html\b/.test(req.headers.accept ?? '');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, JSON.stringify(body), 'application/json; charset=utf-8');
}

function parseFaultHeader(value: string | undefined): FaultOptions | null {
  if (!value) return null;
  const faults: FaultOptions = {};
  for (const part of value.split(',').map((p) => p.trim())) {
    if (part.startsWith('latency=')) faults.latencyMs = Number(part.slice(8)) || 0;
    else if ((FAULT_MODES as readonly string[]).includes(part)) faults.mode = part as FaultMode;
  }
  return faults;
}

function validFaults(input: unknown): FaultOptions | null {
  if (!input || typeof input !== 'object') return null;
  const { latencyMs, mode } = input as Record<string, unknown>;
  if (latencyMs !== undefined && (typeof latencyMs !== 'number' || latencyMs < 0)) return null;
  if (mode !== undefined && !(FAULT_MODES as readonly unknown[]).includes(mode)) return null;
  const out: FaultOptions = {};
  if (typeof latencyMs === 'number') out.latencyMs = latencyMs;
  if (typeof mode === 'string') out.mode = mode as FaultMode;
  return out;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startDevInstance(options: DevInstanceOptions = {}): Promise<DevInstance> {
  const version = options.version ?? '5.1.3';
  const host = options.host ?? '127.0.0.1';
  const fixedNow = options.now ? new Date(options.now.getTime()) : null;
  const clock = () => (fixedNow ? new Date(fixedNow.getTime()) : new Date());
  const store = new Store(clock(), options.extraEvents ?? []);
  const schema = schemaFor(version);
  const config: InstanceConfig = {
    name: options.name ?? 'Kiosque dev instance',
    description:
      'A local Mobilizon-compatible instance with sample events, for Kiosque demos and tests.',
    version,
    anonymous: {
      allowed: options.anonymousParticipation?.allowed ?? true,
      emailValidation: options.anonymousParticipation?.emailValidation ?? true,
    },
  };
  let faults: FaultOptions = { ...(options.faults ?? {}) };
  let baseUrl = '';

  const icsContext = (): IcsContext => ({
    baseUrl,
    version,
    now: clock(),
    organizerName: (e) => store.actorFor(e)?.name ?? store.persons.get(e.organizerId)?.name ?? null,
  });

  const upcomingPublic = (events: EventRecord[]) =>
    events.filter(
      (e) => e.visibility === 'PUBLIC' && !e.draft && (e.endsOn ?? e.beginsOn) > clock(),
    );

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    let request: { query: unknown; variables: unknown; operationName: unknown };
    const method = req.method === 'GET' ? 'GET' : 'POST';
    if (req.method === 'GET' && !url.searchParams.has('query') && acceptsHtml(req)) {
      // A person who opened the endpoint in a browser gets a page, not a bare HTTP 400.
      htmlPage(
        res,
        200,
        'GraphQL endpoint',
        `<p>This is the GraphQL endpoint of the ${escapeHtml(config.name)} (Mobilizon ${escapeHtml(version)} as Kiosque emulates it). Programs send it queries by POST, or by GET with a <code>query</code> parameter.</p>
<p>To see it at work, give <code>${escapeHtml(baseUrl)}</code> as the <code>instance</code> of a Kiosque element, or open the demo page that <code>npm start</code> printed.</p>
<p>The messages it would e-mail are in its <a href="/__kiosque/mailbox">dev mailbox</a>.</p>`,
      );
      return;
    }
    if (req.method === 'GET') {
      request = {
        query: url.searchParams.get('query'),
        variables: url.searchParams.get('variables'),
        operationName: url.searchParams.get('operationName'),
      };
    } else if (req.method === 'POST') {
      const raw = await readBody(req);
      const type = req.headers['content-type'] ?? '';
      if (type.includes('application/graphql')) {
        request = {
          query: raw,
          variables: url.searchParams.get('variables'),
          operationName: url.searchParams.get('operationName'),
        };
      } else if (type.includes('application/x-www-form-urlencoded')) {
        const form = new URLSearchParams(raw);
        request = {
          query: form.get('query'),
          variables: form.get('variables'),
          operationName: form.get('operationName'),
        };
      } else {
        try {
          const parsed = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
          request = {
            query: parsed['query'],
            variables: parsed['variables'],
            operationName: parsed['operationName'],
          };
        } catch {
          sendJson(res, 400, { errors: [{ message: 'Malformed JSON request body' }] });
          return;
        }
      }
    } else {
      sendJson(res, 405, { errors: [{ message: `Method ${req.method} not allowed` }] });
      return;
    }
    const result = runGraphQL(request, contextFor(req), method);
    sendJson(res, result.status, result.body);
  }

  function contextFor(req: IncomingMessage): RequestContext {
    return {
      store,
      config,
      baseUrl,
      schema,
      now: clock(),
      locale: localeFromHeader(req.headers['accept-language']),
    };
  }

  function htmlPage(res: ServerResponse, status: number, title: string, body: string): void {
    send(res, status, page(title, body, baseUrl), 'text/html; charset=utf-8');
  }

  /** The page behind an e-mailed confirmation link: confirms as confirmParticipation does. */
  function confirmationPage(req: IncomingMessage, res: ServerResponse, token: string): void {
    const ctx = contextFor(req);
    try {
      const participation = confirmWithToken(ctx, token);
      const event = store.eventById(participation.eventId)!;
      const approval = participation.role === 'NOT_APPROVED';
      const text = approval
        ? 'Your participation is confirmed. The organizer reviews each request: you will receive an e-mail once they have decided.'
        : 'Your participation is confirmed. See you there!';
      return htmlPage(
        res,
        200,
        'Participation confirmed',
        `<p data-outcome="${approval ? 'pending-approval' : 'confirmed'}" data-role="${participation.role}">${escapeHtml(text)}</p>
<p><a href="${baseUrl}/events/${event.uuid}">${escapeHtml(event.title)}</a></p>`,
      );
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      return htmlPage(
        res,
        400,
        'Participation not confirmed',
        `<p data-outcome="error">${escapeHtml(error.message)}</p>`,
      );
    }
  }

  /** The page behind an e-mailed cancellation link: asks, then cancels as leaveEvent does. */
  async function cancellationPage(
    req: IncomingMessage,
    res: ServerResponse,
    uuid: string,
    token: string,
  ): Promise<void> {
    const event = store.eventByUuid(uuid);
    if (!event) return notFound(res);
    const link = `<p><a href="${baseUrl}/events/${event.uuid}">${escapeHtml(event.title)}</a></p>`;
    if (req.method === 'GET' || req.method === 'HEAD') {
      // A GET only asks: mail scanners that follow links must not cancel anything.
      return htmlPage(
        res,
        200,
        'Cancel your participation',
        `<p>Do you want to cancel your participation to “${escapeHtml(event.title)}”?</p>
<form method="post"><button type="submit">Cancel my participation</button></form>
${link}`,
      );
    }
    await readBody(req);
    try {
      cancelParticipation(contextFor(req), event, token);
      return htmlPage(
        res,
        200,
        'Participation cancelled',
        `<p data-outcome="cancelled">Your participation was cancelled.</p>${link}`,
      );
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      return htmlPage(
        res,
        400,
        'Participation not cancelled',
        `<p data-outcome="error">${escapeHtml(error.message)}</p>${link}`,
      );
    }
  }

  function eventPage(res: ServerResponse, uuid: string): void {
    const e = store.eventByUuid(uuid);
    if (!e || e.draft || !['PUBLIC', 'UNLISTED'].includes(e.visibility)) return notFound(res);
    const group = store.actorFor(e);
    const body = [
      `<p><time datetime="${e.beginsOn.toISOString()}">${escapeHtml(e.beginsOn.toUTCString())}</time></p>`,
      e.status === 'CANCELLED' ? '<p><strong>Cancelled</strong></p>' : '',
      group ? `<p>${escapeHtml(group.name ?? group.preferredUsername)}</p>` : '',
      `<p><a href="${baseUrl}/events/${e.uuid}/export/ics">Add to calendar (ICS)</a></p>`,
    ].join('\n');
    send(res, 200, page(e.title, body, baseUrl, e.language), 'text/html; charset=utf-8');
  }

  function notFound(res: ServerResponse): void {
    send(
      res,
      404,
      page('Page not found', '<p>Nothing here.</p>', baseUrl),
      'text/html; charset=utf-8',
    );
  }

  function sendIcs(
    res: ServerResponse,
    events: EventRecord[],
    filename: string,
    name?: string,
  ): void {
    send(res, 200, calendar(events, icsContext(), name), 'text/calendar; charset=utf-8', {
      'content-disposition': `attachment; filename="${filename}.ics"`,
    });
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', baseUrl);
    const path = decodeURIComponent(url.pathname);

    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...CORS_HEADERS, ...PREFLIGHT_HEADERS, 'content-length': '0' });
      res.end();
      return;
    }
    if (path === '/__kiosque/faults') {
      if (req.method === 'GET') return sendJson(res, 200, faults);
      if (req.method !== 'POST') return sendJson(res, 405, { error: 'use POST' });
      let parsed: unknown;
      try {
        parsed = JSON.parse((await readBody(req)) || '{}');
      } catch {
        parsed = null;
      }
      const next = validFaults(parsed);
      if (!next)
        return sendJson(res, 400, {
          error:
            'expected {"latencyMs"?: number, "mode"?: "none"|"http-500"|"malformed-json"|"graphql-error"|"reset"}',
        });
      faults = next;
      return sendJson(res, 200, faults);
    }
    if (path === '/__kiosque/outbox') return sendJson(res, 200, store.outbox);
    if (path === '/__kiosque/mailbox.json') return sendJson(res, 200, store.mailbox);
    if (path === '/__kiosque/mailbox')
      return send(res, 200, mailboxPage(store.mailbox, baseUrl), 'text/html; charset=utf-8');

    const headerFaults = parseFaultHeader(req.headers['x-kiosque-fault'] as string | undefined);
    const active = headerFaults ?? faults;
    if (active.latencyMs) await sleep(active.latencyMs);
    switch (active.mode) {
      case 'reset':
        req.socket.destroy();
        return;
      case 'http-500':
        return send(res, 500, 'Internal Server Error', 'text/plain; charset=utf-8');
      case 'malformed-json':
        return send(
          res,
          200,
          '{"data": {"events": {"elements": [',
          'application/json; charset=utf-8',
        );
      case 'graphql-error':
        return sendJson(res, 200, {
          data: null,
          errors: [
            {
              message: 'Something went wrong',
              code: 'unknown_error',
              status_code: 500,
              field: null,
            },
          ],
        });
      default:
        break;
    }

    if (path === '/api' || path === '/api/') return handleApi(req, res, url);
    let m: RegExpMatchArray | null;
    if ((m = path.match(/^\/participation\/email\/cancel\/([0-9a-f-]{36})\/([\w-]+)$/i))) {
      if (!['GET', 'HEAD', 'POST'].includes(req.method ?? '')) return notFound(res);
      return cancellationPage(req, res, m[1]!.toLowerCase(), m[2]!);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return notFound(res);

    if ((m = path.match(/^\/tiles\/(\d+)\/(\d+)\/(\d+)\.png$/))) {
      return send(res, 200, tilePng(Number(m[1]), Number(m[2]), Number(m[3])), 'image/png', {
        'cache-control': 'public, max-age=86400',
      });
    }
    if ((m = path.match(/^\/media\/([\w.-]+\.png)$/))) {
      return send(res, 200, pngFor(m[1]!), 'image/png', {
        'cache-control': 'public, max-age=86400',
      });
    }
    // The drawings of earlier seeds, for pages that still link them.
    if ((m = path.match(/^\/media\/([\w.-]+\.svg)$/))) {
      return send(res, 200, svgFor(m[1]!), 'image/svg+xml', {
        'cache-control': 'public, max-age=86400',
      });
    }
    if ((m = path.match(/^\/events\/([0-9a-f-]{36})\/export\/ics$/i))) {
      const e = store.eventByUuid(m[1]!);
      if (!e || e.draft || !['PUBLIC', 'UNLISTED'].includes(e.visibility)) return notFound(res);
      return sendIcs(res, [e], `event-${e.uuid}`);
    }
    if ((m = path.match(/^\/events\/([0-9a-f-]{36})\/?$/i))) return eventPage(res, m[1]!);
    if ((m = path.match(/^\/@([\w.-]+(?:@[\w.-]+)?)\/feed\/ics$/))) {
      const group = store.groups.get(m[1]!);
      if (!group) return notFound(res);
      const events = upcomingPublic(store.events.filter((e) => e.groupHandle === m![1])).sort(
        (a, b) => a.beginsOn.getTime() - b.beginsOn.getTime(),
      );
      return sendIcs(res, events.slice(0, 500), m[1]!, group.name ?? undefined);
    }
    if ((m = path.match(/^\/@([\w.-]+(?:@[\w.-]+)?)\/?$/))) {
      const group = store.groups.get(m[1]!);
      const person = [...store.persons.values()].find((p) => p.preferredUsername === m![1]);
      if (!group && person && person.id !== SEED.anonymousActorId)
        return htmlPage(
          res,
          200,
          person.name ?? person.preferredUsername,
          `<p>@${escapeHtml(m[1]!)}</p>`,
        );
      if (!group) return notFound(res);
      const body = `<p>@${escapeHtml(m[1]!)}</p><p><a href="${baseUrl}/@${escapeHtml(m[1]!)}/feed/ics">ICS feed</a></p>`;
      return send(
        res,
        200,
        page(group.name ?? group.preferredUsername, body, baseUrl),
        'text/html; charset=utf-8',
      );
    }
    if (path === '/feed/instance/ics') {
      const events = store.events
        .filter((e) => e.local && e.visibility === 'PUBLIC' && !e.draft)
        .sort((a, b) => b.beginsOn.getTime() - a.beginsOn.getTime());
      return sendIcs(res, events.slice(0, 500), 'instance', config.name);
    }
    if ((m = path.match(/^\/external\/register\/([0-9a-f-]{36})$/i))) {
      const e = store.eventByUuid(m[1]!);
      if (!e) return notFound(res);
      return send(
        res,
        200,
        page(`Register: ${e.title}`, '<p>This stands for an external ticketing site.</p>', baseUrl),
        'text/html; charset=utf-8',
      );
    }
    if ((m = path.match(/^\/participation\/email\/confirm\/([\w-]+)$/))) {
      return confirmationPage(req, res, m[1]!);
    }
    if ((m = path.match(/^\/online\/([\w-]+)$/))) {
      return htmlPage(res, 200, 'Online room', '<p>Dev instance placeholder page.</p>');
    }
    if (path === '/.well-known/webfinger') {
      const hosts = [new URL(baseUrl).host, req.headers.host ?? ''].map((h) => h.toLowerCase());
      const answer = webFinger(url.searchParams.get('resource'), hosts, baseUrl, store);
      const type =
        answer.status === 200 ? 'application/jrd+json; charset=utf-8' : 'application/json';
      return send(res, answer.status, JSON.stringify(answer.body), type);
    }
    if (path === '/interact') {
      const target = interactTarget(url.searchParams.get('uri'), baseUrl, store);
      if (!target) return htmlPage(res, 404, 'Not found', '<p>This object could not be found.</p>');
      return send(res, 302, '', 'text/plain; charset=utf-8', { location: target });
    }
    if (path === '/privacy') {
      return htmlPage(
        res,
        200,
        'Privacy policy',
        '<p>This dev instance keeps participations in memory only and sends no e-mail: the messages it would send are listed in its <a href="/__kiosque/mailbox">dev mailbox</a>.</p>',
      );
    }

    if (path === '/') {
      const body = `<p>GraphQL endpoint: <code>${baseUrl}/api</code></p><p>Mobilizon version emulated: ${escapeHtml(version)}</p>`;
      return send(res, 200, page(config.name, body, baseUrl), 'text/html; charset=utf-8');
    }
    return notFound(res);
  }

  const server: Server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: String(error) }] });
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4000, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  baseUrl = `http://${urlHost}:${port}`;

  return {
    url: baseUrl,
    port,
    version,
    setFaults(f: FaultOptions) {
      faults = { ...f };
    },
    mailbox() {
      return store.mailbox.map((m) => ({ ...m }));
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
