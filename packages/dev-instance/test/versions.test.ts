import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SEED } from '../src/index.js';
import { NOW, gql, useInstance, type EventLike } from './helpers.js';

function fields(n: number): string {
  // n leaf fields via aliases: each costs 1.
  return Array.from({ length: n }, (_, i) => `f${i}: title`).join(' ');
}

describe('version emulation: 1.3.2', () => {
  const ctx = useInstance({ version: '1.3.2' });

  it('reports version 1.3.2 in config', async () => {
    const { body } = await gql(ctx.instance, '{ config { version } }');
    assert.deepEqual(body.data, { config: { version: '1.3.2' } });
  });

  for (const [what, query] of [
    ['the 3.0+ searchTarget argument', '{ searchEvents(searchTarget: INTERNAL) { total } }'],
    ['the 2.0+ language field', '{ events { elements { language } } }'],
    [
      'the 3.2+ externalParticipationUrl field',
      '{ events { elements { externalParticipationUrl } } }',
    ],
    ['the 5.x events location argument', '{ events(location: "u0") { total } }'],
    [
      'the 2.0+ joinEvent timezone argument',
      'mutation { joinEvent(actorId: "3", eventId: "1", timezone: "Europe/Paris") { id } }',
    ],
  ] as const) {
    it(`rejects ${what} as a validation error`, async () => {
      const { body } = await gql(ctx.instance, query);
      assert.equal(body.data, undefined);
      assert.ok(body.errors?.length);
    });
  }

  it('serves category as a String', async () => {
    const { body } = await gql(ctx.instance, '{ events(limit: 3) { elements { category } } }');
    assert.equal(body.errors, undefined);
    const elements = (body.data?.['events'] as { elements: { category: string }[] }).elements;
    assert.equal(typeof elements[0]?.category, 'string');
  });

  it('lists events that begin after now only (ongoing excluded before 3.2)', async () => {
    const { body } = await gql(
      ctx.instance,
      '{ events(limit: 99) { elements { uuid beginsOn } } }',
    );
    const elements = (body.data?.['events'] as { elements: EventLike[] }).elements;
    assert.ok(elements.every((e) => Date.parse(e.beginsOn) > NOW.getTime()));
    assert.ok(!elements.some((e) => e.uuid === SEED.events.ongoing));
  });

  it('returns Event elements from searchEvents, sorted by start ascending', async () => {
    const { body } = await gql(
      ctx.instance,
      '{ searchEvents(limit: 20) { total elements { uuid beginsOn } } }',
    );
    const starts = (body.data?.['searchEvents'] as { elements: EventLike[] }).elements.map((e) =>
      Date.parse(e.beginsOn),
    );
    assert.deepEqual(
      starts,
      [...starts].sort((a, b) => a - b),
    );
  });

  it('accepts an operation of complexity 200 and rejects 201', async () => {
    const ok = await gql(ctx.instance, `{ event(uuid: "${SEED.events.full}") { ${fields(199)} } }`);
    assert.equal(ok.body.errors, undefined);
    const tooMuch = await gql(
      ctx.instance,
      `query Big { event(uuid: "${SEED.events.full}") { ${fields(200)} } }`,
    );
    assert.equal(tooMuch.status, 200);
    assert.equal(tooMuch.body.data, undefined);
    assert.equal(
      tooMuch.body.errors?.[0]?.['message'],
      'Operation Big is too complex: complexity is 201 and maximum is 200',
    );
  });
});

describe('version emulation: 2.1.0', () => {
  const ctx = useInstance({ version: '2.1.0' });

  it('accepts language and timezone: String but rejects searchTarget', async () => {
    const ok = await gql(
      ctx.instance,
      '{ events(limit: 2) { elements { language options { timezone } category } } }',
    );
    assert.equal(ok.body.errors, undefined);
    const bad = await gql(ctx.instance, '{ searchEvents(searchTarget: INTERNAL) { total } }');
    assert.ok(bad.body.errors?.length);
  });

  it('caps complexity at 250', async () => {
    const ok = await gql(ctx.instance, `{ event(uuid: "${SEED.events.full}") { ${fields(249)} } }`);
    assert.equal(ok.body.errors, undefined);
    const bad = await gql(
      ctx.instance,
      `{ event(uuid: "${SEED.events.full}") { ${fields(250)} } }`,
    );
    assert.match(
      String(bad.body.errors?.[0]?.['message']),
      /^Operation is too complex: complexity is 251 and maximum is 250$/,
    );
  });
});

describe('version emulation: 5.1.3', () => {
  const ctx = useInstance();

  it('caps complexity at 300, counting fragments', async () => {
    const ok = await gql(
      ctx.instance,
      `{ event(uuid: "${SEED.events.full}") { ...F } } fragment F on Event { ${fields(299)} }`,
    );
    assert.equal(ok.body.errors, undefined);
    const bad = await gql(
      ctx.instance,
      `{ event(uuid: "${SEED.events.full}") { ...F } } fragment F on Event { ${fields(300)} }`,
    );
    assert.match(String(bad.body.errors?.[0]?.['message']), /complexity is 301 and maximum is 300/);
  });

  it('accepts searchTarget, longEvents and externalParticipationUrl', async () => {
    const { body } = await gql(
      ctx.instance,
      '{ searchEvents(searchTarget: INTERNAL, longEvents: false) { elements { ... on Event { externalParticipationUrl } } } }',
    );
    assert.equal(body.errors, undefined);
  });
});
