import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gql, useInstance } from './helpers.js';

describe('HTTP transport', () => {
  const ctx = useInstance();

  it('answers a query sent by POST with a JSON body', async () => {
    const { status, body } = await gql(ctx.instance, '{ config { name version } }');
    assert.equal(status, 200);
    assert.deepEqual(body.data, { config: { name: 'Kiosque dev instance', version: '5.1.3' } });
  });

  it('answers a query sent by GET with query and variables parameters', async () => {
    const params = new URLSearchParams({
      query: 'query E($limit: Int) { events(limit: $limit) { elements { uuid } } }',
      variables: JSON.stringify({ limit: 2 }),
    });
    const res = await fetch(`${ctx.instance.url}/api?${params}`);
    assert.equal(res.status, 200);
    const body = (await res.json()) as { data: { events: { elements: unknown[] } } };
    assert.equal(body.data.events.elements.length, 2);
  });

  it('rejects a mutation over GET with HTTP 405', async () => {
    const params = new URLSearchParams({
      query: 'mutation { confirmParticipation(confirmationToken: "x") { id } }',
    });
    const res = await fetch(`${ctx.instance.url}/api?${params}`);
    assert.equal(res.status, 405);
    const body = (await res.json()) as { errors: { message: string }[] };
    assert.equal(body.errors[0]?.message, 'Can only perform a mutation from a POST request');
  });

  it('answers 400 when no query is supplied', async () => {
    const res = await fetch(`${ctx.instance.url}/api`);
    assert.equal(res.status, 400);
  });

  it("answers a browser's GET without a query with a short page that links the dev mailbox", async () => {
    const res = await fetch(`${ctx.instance.url}/api`, {
      headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
    });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
    const html = await res.text();
    assert.match(html, /<h1>GraphQL endpoint<\/h1>/);
    assert.match(html, /href="\/__kiosque\/mailbox"/);
    const program = await fetch(`${ctx.instance.url}/api`, {
      headers: { accept: 'application/json' },
    });
    assert.equal(program.status, 400);
  });

  it('serves pictures as Mobilizon serves uploads: raster images, not SVG', async () => {
    const { body } = await gql(
      ctx.instance,
      '{ events(limit: 99) { elements { picture { url } organizerActor { avatar { url } } } } }',
    );
    const urls = JSON.stringify(body).match(/https?:[^"]+\/media\/[^"]+/g) ?? [];
    assert.ok(urls.length > 10, 'the seed has pictures');
    for (const url of urls) assert.match(url, /\.png$/);
    for (const path of ['/media/event-1.png', '/media/avatar-someone.png']) {
      const res = await fetch(ctx.instance.url + path);
      assert.equal(res.status, 200, path);
      assert.equal(res.headers.get('content-type'), 'image/png', path);
      const bytes = Buffer.from(await res.arrayBuffer());
      assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    }
  });

  it('sends cors_plug default headers on every path', async () => {
    for (const path of [
      '/api?query=%7Bconfig%7Bname%7D%7D',
      '/feed/instance/ics',
      '/media/event-1.png',
    ]) {
      const res = await fetch(ctx.instance.url + path, {
        headers: { origin: 'https://site.example' },
      });
      assert.equal(res.headers.get('access-control-allow-origin'), '*', path);
      assert.equal(res.headers.get('access-control-allow-credentials'), 'true', path);
    }
  });

  it('answers CORS preflight with 204 and the allowed methods, headers and max-age', async () => {
    const res = await fetch(`${ctx.instance.url}/api`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://site.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.equal(
      res.headers.get('access-control-allow-methods'),
      'GET,POST,PUT,PATCH,DELETE,OPTIONS',
    );
    assert.match(res.headers.get('access-control-allow-headers') ?? '', /Content-Type/);
    assert.equal(res.headers.get('access-control-max-age'), '1728000');
  });

  it('reports unknown fields as validation errors with locations and no data (HTTP 200, as absinthe_plug 1.5)', async () => {
    const { status, body } = await gql(ctx.instance, '{ events { elements { nope } } }');
    assert.equal(status, 200);
    assert.equal(body.data, undefined);
    assert.match(String(body.errors?.[0]?.['message']), /nope/);
    assert.ok(Array.isArray(body.errors?.[0]?.['locations']));
  });

  it('serves generated map tiles as PNG', async () => {
    const res = await fetch(`${ctx.instance.url}/tiles/3/4/2.png`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'image/png');
    const bytes = new Uint8Array(await res.arrayBuffer());
    assert.deepEqual([...bytes.slice(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
  });

  it('serves event and group pages, and 404 for unknown ones', async () => {
    const { body } = await gql(
      ctx.instance,
      '{ events(limit: 1) { elements { url attributedTo { url } } } }',
    );
    const event = (
      body.data?.['events'] as { elements: { url: string; attributedTo: { url: string } }[] }
    ).elements[0]!;
    assert.equal((await fetch(event.url)).status, 200);
    assert.equal((await fetch(event.attributedTo.url)).status, 200);
    assert.equal(
      (await fetch(`${ctx.instance.url}/events/00000000-0000-4000-8000-000000000000`)).status,
      404,
    );
  });
});
