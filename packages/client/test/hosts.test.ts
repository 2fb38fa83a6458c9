import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attributesHtml, renderElement, requestFor, unknownAttributes } from '../src/hosts.js';
import { normalizeEvent } from '../src/normalize.js';
import { rawEvent } from './fixture-server.js';

const ctx = { instance: 'https://mobilizon.example', categories: [] };

describe('requestFor', () => {
  it('reads the shared filter attributes into a client query', () => {
    const request = requestFor(
      'kiosque-events',
      {
        group: 'repair-cafe, ateliers@other.example',
        limit: '5',
        tags: 'music,bikes',
        type: 'online',
        near: '45.76,4.83',
        radius: 20,
        search: 'repair',
        'with-cancelled': true,
      },
      { instance: 'https://mobilizon.example' },
    );
    assert.deepEqual(request, {
      kind: 'list',
      sources: [
        {
          instance: 'https://mobilizon.example',
          groups: ['repair-cafe', 'ateliers@other.example'],
        },
      ],
      query: {
        limit: 5,
        tags: ['music', 'bikes'],
        type: 'online',
        near: { lat: 45.76, lon: 4.83 },
        radius: 20,
        search: 'repair',
        includeCancelled: true,
      },
    });
  });

  it('asks a calendar for the days of its month', () => {
    const request = requestFor(
      'kiosque-calendar',
      { instance: 'https://mobilizon.example', month: '2026-02' },
      {},
    );
    assert.equal(request.kind, 'list');
    if (request.kind !== 'list') return;
    assert.equal((request.query.from as Date).getDate(), 1);
    assert.equal((request.query.to as Date).getDate(), 28);
    assert.equal(request.query.limit, 99);
  });

  it('names the missing attribute', () => {
    assert.throws(() => requestFor('kiosque-events', {}), /<kiosque-events> needs an "instance"/);
    assert.throws(
      () => requestFor('kiosque-event', { instance: 'https://m.example' }),
      /<kiosque-event> needs a "uuid"/,
    );
  });
});

describe('renderElement', () => {
  it('writes the element with escaped attributes and the fallback inside', () => {
    const event = normalizeEvent(rawEvent(2), ctx);
    assert.ok(event);
    const html = renderElement(
      'kiosque-events',
      { instance: 'https://mobilizon.example', group: '"><script>', 'without-images': true },
      { events: [event], fetchedAt: 1 },
    );
    assert.match(
      html,
      /^<kiosque-events instance="https:\/\/mobilizon.example" group="&quot;&gt;&lt;script&gt;" without-images>\n<div class="kiosque-fallback"/,
    );
    assert.match(html, /data-kiosque-data="1"/);
    assert.match(html, /<\/kiosque-events>$/);
  });

  it('gives <kiosque-rsvp> the event link without JSON-LD or embedded data', () => {
    const event = normalizeEvent(rawEvent(3), ctx);
    assert.ok(event);
    const html = renderElement('kiosque-rsvp', { uuid: event.uuid }, { events: [event] });
    assert.match(html, /class="p-name u-url"/);
    assert.doesNotMatch(html, /<script/);
  });

  it("leaves out what is not one of the element's attributes, and keeps HTML's own", () => {
    const attrs = {
      instance: 'https://m.example',
      limt: '3',
      'without-image': true,
      'without-images': true,
      'without-json-ld': true,
      class: 'agenda',
      'data-section': 'news',
    };
    assert.deepEqual(unknownAttributes('kiosque-events', attrs), ['limt', 'without-image']);
    assert.deepEqual(unknownAttributes('kiosque-event', attrs), ['limt', 'without-images']);
    const html = renderElement('kiosque-events', attrs, { events: [], withoutData: true });
    assert.match(
      html,
      /^<kiosque-events instance="https:\/\/m.example" without-images without-json-ld class="agenda" data-section="news">\n/,
    );
  });

  it('takes the default limit of each list from the element contract', () => {
    const limit = (tag: 'kiosque-events' | 'kiosque-map') => {
      const request = requestFor(tag, { instance: 'https://m.example' });
      return request.kind === 'list' ? request.query.limit : undefined;
    };
    assert.equal(limit('kiosque-events'), 10);
    assert.equal(limit('kiosque-map'), 99);
  });

  it('leaves out attributes that are false, null or not attribute names', () => {
    assert.equal(attributesHtml({ a: false, b: null, 'on click': 'x', c: 0 }), ' c="0"');
  });
});
