/** A tiny HTTP server standing in for a Mobilizon instance, for fault modes and odd shapes. */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface SeenRequest {
  method: string;
  headers: http.IncomingHttpHeaders;
  query: string;
  operationName: string | null;
  variables: Record<string, unknown>;
}

export type Reply =
  | { json: unknown; status?: number }
  | { text: string; status?: number; contentType?: string }
  | { reset: true }
  | { delay: number; then: Reply };

export type Handler = (req: SeenRequest) => Reply | Promise<Reply>;

export interface Fixture {
  url: string;
  requests: SeenRequest[];
  setHandler(handler: Handler): void;
  close(): Promise<void>;
}

export function config(
  version = '5.1.3',
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    name: 'Fixture',
    description: 'A test instance',
    version,
    anonymous: {
      actorId: '42',
      participation: { allowed: true, validation: { email: { enabled: true } } },
    },
    maps: {
      tiles: { endpoint: 'https://tiles.example/{z}/{x}/{y}.png', attribution: '© OSM' },
      routing: { type: 'OPENSTREETMAP' },
    },
    instanceFeeds: { enabled: true },
    eventCategories: [{ id: 'MEETING', label: 'Meeting' }],
    search: { global: { isDefault: false } },
    ...extra,
  };
}

export function rawEvent(n: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const day = String(n).padStart(2, '0');
  return {
    id: String(100 + n),
    uuid: `00000000-0000-4000-8000-0000000000${day}`,
    url: `https://origin.example/events/${n}`,
    local: true,
    title: `Event ${n}`,
    description: `<p>About event ${n}</p>`,
    beginsOn: `2099-01-${day}T10:00:00Z`,
    endsOn: `2099-01-${day}T12:00:00Z`,
    status: 'CONFIRMED',
    joinOptions: 'FREE',
    category: 'MEETING',
    tags: [{ title: 'music' }],
    options: {
      maximumAttendeeCapacity: 10,
      anonymousParticipation: true,
      showStartTime: true,
      showEndTime: true,
    },
    participantStats: { participant: 3 },
    physicalAddress: { description: 'Hall', locality: 'Lyon', geom: '4.83;45.76' },
    ...extra,
  };
}

/** Answers config by default, and `data` for everything else. */
export function mobilizon(version: string, data: (req: SeenRequest) => unknown): Handler {
  return (req) => {
    if (req.operationName === 'KiosqueConfig' || req.operationName === 'KiosqueConfigExtras') {
      return { json: { data: { config: config(version) } } };
    }
    if (req.operationName?.endsWith('WithConfig')) {
      // A first visit's request is built for 5.1: older versions reject its fields.
      const [major = 0, minor = 0] = version.split('.').map(Number);
      if (major < 5 || (major === 5 && minor < 1)) {
        return {
          json: { errors: [{ message: 'Cannot query field "longEvent" on type "Event".' }] },
        };
      }
      const answer = data(req);
      const rest = typeof answer === 'object' && answer !== null ? answer : {};
      const inner = (rest as { data?: Record<string, unknown> }).data ?? {};
      return { json: { ...rest, data: { config: config(version), ...inner } } };
    }
    return { json: data(req) };
  };
}

export async function startFixture(handler: Handler): Promise<Fixture> {
  let current = handler;
  const requests: SeenRequest[] = [];
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const url = new URL(req.url ?? '/', 'http://fixture');
        let query = url.searchParams.get('query') ?? '';
        let operationName = url.searchParams.get('operationName');
        let variables: Record<string, unknown> = JSON.parse(
          url.searchParams.get('variables') ?? '{}',
        );
        if (req.method === 'POST') {
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
          query = body.query ?? '';
          operationName = body.operationName ?? null;
          variables = body.variables ?? {};
        }
        const seen: SeenRequest = {
          method: req.method ?? '',
          headers: req.headers,
          query,
          operationName,
          variables,
        };
        requests.push(seen);
        let reply = await current(seen);
        while ('delay' in reply) {
          await new Promise((r) => setTimeout(r, (reply as { delay: number }).delay));
          reply = (reply as { then: Reply }).then;
        }
        if (res.destroyed) return;
        if ('reset' in reply) {
          req.socket.destroy();
          return;
        }
        if ('json' in reply) {
          res.writeHead(reply.status ?? 200, { 'content-type': 'application/json' });
          res.end(JSON.stringify(reply.json));
        } else {
          res.writeHead(reply.status ?? 200, {
            'content-type': reply.contentType ?? 'application/json',
          });
          res.end(reply.text);
        }
      })();
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    setHandler(h) {
      current = h;
    },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Whether `req` is operation `name`, alone or with the config of a first visit beside it. */
export function isOp(req: SeenRequest, name: string): boolean {
  return req.operationName === name || req.operationName === `${name}WithConfig`;
}
