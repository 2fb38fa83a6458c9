import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  XSS_MARKUP_VECTORS,
  XSS_URL_VECTORS,
  XSS_VECTORS,
  hostileEvents,
  startDevInstance,
  type DevInstance,
} from '../src/index.js';

describe('hostile content', () => {
  const events = hostileEvents({ from: new Date('2030-01-01T10:00:00Z') });

  it('has at least 100 distinct markup vectors and distinct URL vectors', () => {
    assert.ok(XSS_MARKUP_VECTORS.length >= 100);
    assert.equal(new Set(XSS_MARKUP_VECTORS).size, XSS_MARKUP_VECTORS.length);
    assert.equal(new Set(XSS_URL_VECTORS).size, XSS_URL_VECTORS.length);
  });

  it('puts every vector into every rendered text field', () => {
    const fields: Record<string, (e: (typeof events)[number]) => string> = {
      title: (e) => e.title,
      description: (e) => e.description ?? '',
      venue: (e) => e.address?.description ?? '',
      street: (e) => e.address?.street ?? '',
      locality: (e) => e.address?.locality ?? '',
      postalCode: (e) => e.address?.postalCode ?? '',
      region: (e) => e.address?.region ?? '',
      country: (e) => e.address?.country ?? '',
      tags: (e) => (e.tags ?? []).join(' '),
    };
    for (const [name, read] of Object.entries(fields)) {
      const text = events.map(read).join('\n');
      const missing = XSS_VECTORS.filter((v) => !text.includes(v));
      assert.deepEqual(missing, [], `vectors missing from ${name}`);
    }
  });

  it('puts every URL vector into the picture, online and external URLs', () => {
    for (const read of [
      (e: (typeof events)[number]) =>
        typeof e.picture === 'string' ? e.picture : (e.picture?.url ?? ''),
      (e: (typeof events)[number]) => e.onlineAddress ?? '',
      (e: (typeof events)[number]) => e.externalParticipationUrl ?? '',
    ]) {
      const urls = new Set(events.map(read));
      assert.deepEqual(
        XSS_URL_VECTORS.filter((v) => !urls.has(v)),
        [],
      );
    }
  });

  describe('served by a dev instance', () => {
    let instance: DevInstance;
    before(async () => {
      instance = await startDevInstance({ port: 0, extraEvents: hostileEvents() });
    });
    after(() => instance.close());

    it('returns the hostile titles unchanged', async () => {
      const res = await fetch(`${instance.url}/api`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ events(limit: 99) { elements { title } } }' }),
      });
      const body = (await res.json()) as { data: { events: { elements: { title: string }[] } } };
      const titles = body.data.events.elements.map((e) => e.title);
      assert.ok(titles.includes(events[0]?.title ?? ''), 'the first hostile title is served as is');
    });
  });
});
