import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { KiosqueError } from '../src/index.js';
import { createClient, EventCache, isKiosqueError } from '../src/index.js';
import { mobilizon, rawEvent, startFixture, type Fixture, isOp } from './fixture-server.js';

let fx: Fixture;
before(async () => {
  fx = await startFixture(() => ({ json: {} }));
});
after(() => fx.close());

function client(extra: Partial<Parameters<typeof createClient>[0]> = {}) {
  return createClient({ instance: fx.url, cache: new EventCache({ store: null }), ...extra });
}

async function rejection(promise: Promise<unknown>): Promise<KiosqueError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(isKiosqueError(error), `expected a KiosqueError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a rejection');
}

describe('transport', () => {
  it('sends queries as GET with only a CORS-safelisted Accept header', async () => {
    fx.requests.length = 0;
    fx.setHandler(mobilizon('5.1.3', () => ({ data: { events: { total: 0, elements: [] } } })));
    await client().events();
    assert.ok(fx.requests.length >= 1);
    for (const req of fx.requests) {
      assert.equal(req.method, 'GET');
      assert.equal(req.headers['content-type'], undefined);
      assert.ok(!Object.keys(req.headers).some((h) => h.startsWith('x-')));
      assert.notEqual(req.headers['accept-language'], 'fr');
    }
  });

  it('passes only the safelisted Accept header to fetch on GET', async () => {
    const seen: Headers[] = [];
    const spy: typeof fetch = (input, init) => {
      seen.push(new Headers(init?.headers));
      return fetch(input, init);
    };
    fx.setHandler(mobilizon('5.1.3', () => ({ data: { events: { total: 0, elements: [] } } })));
    await client({ fetch: spy, locale: 'fr' }).events();
    for (const h of seen) assert.deepEqual([...h.keys()], ['accept']);
  });

  it('sends mutations as POST JSON with Accept-Language from the locale', async () => {
    fx.requests.length = 0;
    fx.setHandler(
      mobilizon('5.1.3', (req) =>
        isOp(req, 'KiosqueEvent')
          ? { data: { event: rawEvent(1) } }
          : {
              data: {
                joinEvent: {
                  id: '7',
                  role: 'NOT_CONFIRMED',
                  metadata: { cancellationToken: 'tok' },
                },
              },
            },
      ),
    );
    const c = client({ locale: 'fr' });
    const event = await c.event('00000000-0000-4000-8000-000000000001');
    const participation = await c.joinEvent({
      event,
      email: 'ada@example.org',
      timezone: 'Europe/Paris',
    });
    assert.deepEqual(participation, { id: '7', role: 'NOT_CONFIRMED', cancellationToken: 'tok' });
    const join = fx.requests.find((r) => r.operationName === 'KiosqueJoinEvent');
    assert.ok(join);
    assert.equal(join.method, 'POST');
    assert.match(String(join.headers['content-type']), /application\/json/);
    assert.equal(join.headers['accept-language'], 'fr');
    assert.equal(join.variables['eventId'], '101');
    assert.equal(join.variables['actorId'], '42');
    assert.match(join.query, /timezone: "Europe\/Paris"/);
  });

  it('reports kind timeout when the instance answers after the timeout', async () => {
    fx.setHandler(() => ({ delay: 300, then: { json: { data: {} } } }));
    const error = await rejection(client({ timeout: 50 }).instanceInfo());
    assert.equal(error.kind, 'timeout');
    assert.equal(error.request?.method, 'GET');
  });

  it('reports kind aborted, not timeout, when the caller aborts', async () => {
    fx.setHandler(() => ({ delay: 300, then: { json: { data: {} } } }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const error = await rejection(
      client({ timeout: 5000 }).instanceInfo({ signal: controller.signal }),
    );
    assert.equal(error.kind, 'aborted');
  });

  it('reports kind aborted at once for an already aborted signal', async () => {
    const error = await rejection(client().instanceInfo({ signal: AbortSignal.abort() }));
    assert.equal(error.kind, 'aborted');
  });

  it('reports kind http with status and body on HTTP 500', async () => {
    fx.setHandler(() => ({
      text: 'Internal Server Error',
      status: 500,
      contentType: 'text/plain',
    }));
    const error = await rejection(client().instanceInfo());
    assert.equal(error.kind, 'http');
    assert.equal(error.response?.status, 500);
    assert.equal(error.response?.body, 'Internal Server Error');
  });

  it('reports kind http with the validation errors on HTTP 400', async () => {
    fx.setHandler(() => ({
      json: { errors: [{ message: 'Unknown argument "sortBy"' }] },
      status: 400,
    }));
    const error = await rejection(client().instanceInfo());
    assert.equal(error.kind, 'http');
    assert.equal(error.response?.status, 400);
    assert.equal(error.errors[0]?.message, 'Unknown argument "sortBy"');
  });

  it('reports kind invalid-response for malformed JSON', async () => {
    fx.setHandler(() => ({ text: '{"data": {"config": ' }));
    const error = await rejection(client().instanceInfo());
    assert.equal(error.kind, 'invalid-response');
  });

  it('reports kind invalid-response for an HTML page with status 200', async () => {
    fx.setHandler(() => ({ text: '<!doctype html><p>Hello', contentType: 'text/html' }));
    const error = await rejection(client().instanceInfo());
    assert.equal(error.kind, 'invalid-response');
  });

  it('reports kind invalid-response when config has the wrong shape', async () => {
    fx.setHandler(() => ({ json: { data: { config: 'nope' } } }));
    const error = await rejection(client().instanceInfo());
    assert.equal(error.kind, 'invalid-response');
  });

  it('reports kind network when the connection is reset', async () => {
    fx.setHandler(() => ({ reset: true }));
    const error = await rejection(client().instanceInfo());
    assert.equal(error.kind, 'network');
  });

  it('reports kind network when nothing listens', async () => {
    const closed = await startFixture(() => ({ json: {} }));
    const url = closed.url;
    await closed.close();
    const error = await rejection(createClient({ instance: url, cache: false }).instanceInfo());
    assert.equal(error.kind, 'network');
  });

  it('reads Mobilizon error codes from the top level of each error', async () => {
    fx.setHandler(() => ({
      json: {
        data: { config: null },
        errors: [
          {
            message: 'Nope',
            code: 'unknown_error',
            status_code: 500,
            field: 'email',
            path: ['config'],
          },
        ],
      },
    }));
    const error = await rejection(client().instanceInfo());
    assert.equal(error.kind, 'graphql');
    assert.equal(error.code, 'unknown_error');
    assert.deepEqual(error.errors[0], {
      message: 'Nope',
      code: 'unknown_error',
      statusCode: 500,
      field: 'email',
      path: ['config'],
    });
  });

  it('maps event_not_found to kind not-found', async () => {
    fx.setHandler(
      mobilizon('5.1.3', () => ({
        data: { event: null },
        errors: [
          {
            message: 'Event not found',
            code: 'event_not_found',
            status_code: 404,
            path: ['event'],
          },
        ],
      })),
    );
    const error = await rejection(client().event('00000000-0000-4000-8000-000000000009'));
    assert.equal(error.kind, 'not-found');
    assert.equal(error.code, 'event_not_found');
  });

  it('calls the endpoint given instead of <instance>/api, keeping its own query, and links to the instance', async () => {
    const urls: string[] = [];
    const fake: typeof fetch = async (input) => {
      urls.push(String(input));
      const body = String(input).includes('KiosqueConfig')
        ? { data: { config: { name: 'Proxied', version: '5.1.3' } } }
        : { data: { event: rawEvent(1) } };
      return new Response(JSON.stringify(body), {
        headers: { 'content-type': 'application/json' },
      });
    };
    const client = createClient({
      instance: 'https://mobilizon.example',
      endpoint: 'https://site.example/index.php?rest_route=/kiosque/v1/graphql/main',
      fetch: fake,
      cache: false,
    });
    assert.equal(
      client.endpoint,
      'https://site.example/index.php?rest_route=/kiosque/v1/graphql/main',
    );
    const event = await client.event('00000000-0000-4000-8000-000000000001');
    assert.ok(urls.length > 0);
    for (const url of urls) {
      const parsed = new URL(url);
      assert.equal(parsed.origin, 'https://site.example');
      assert.equal(parsed.searchParams.get('rest_route'), '/kiosque/v1/graphql/main');
      assert.ok(parsed.searchParams.get('query'));
    }
    assert.equal(
      event.instanceUrl,
      'https://mobilizon.example/events/00000000-0000-4000-8000-000000000001',
    );
  });

  it('rejects an endpoint that is not http(s) or carries credentials', () => {
    for (const endpoint of [
      'javascript:alert(1)',
      'https://user:pw@site.example/api',
      'ftp://x/api',
    ]) {
      assert.throws(() => createClient({ instance: 'https://mobilizon.example', endpoint }), {
        kind: 'invalid-input',
      });
    }
  });

  it('uses the injected fetch', async () => {
    let calls = 0;
    const fake: typeof fetch = async () => {
      calls++;
      return new Response(
        JSON.stringify({ data: { config: { name: 'Fake', version: '1.3.2' } } }),
        {
          headers: { 'content-type': 'application/json' },
        },
      );
    };
    const info = await createClient({
      instance: 'https://fake.example',
      fetch: fake,
      cache: false,
    }).instanceInfo();
    assert.equal(info.name, 'Fake');
    assert.ok(calls >= 1);
  });
});
