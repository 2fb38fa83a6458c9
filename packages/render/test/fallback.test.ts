import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderFallback } from '../src/fallback.js';
import { scriptJson } from '../src/json-ld.js';
import type { KiosqueEvent } from '../src/model.js';
import { sampleEvent as event } from './sample.js';

describe('renderFallback', () => {
  it('renders each event as an h-event with a link, a UTC <time datetime> and its place', () => {
    const html = renderFallback([event(2)], { withoutData: true, withoutJsonLd: true });
    assert.match(
      html,
      /^<div class="kiosque-fallback" data-kiosque-fallback="1"><ul class="kiosque-fallback-list">/,
    );
    assert.match(
      html,
      /<li class="h-event kiosque-fallback-event" data-uuid="00000000-0000-4000-8000-000000000002">/,
    );
    assert.match(
      html,
      /<a class="p-name u-url" href="https:\/\/mobilizon.example\/events\/00000000-0000-4000-8000-000000000002">Event 2<\/a>/,
    );
    assert.match(html, /<time class="dt-start" datetime="2099-01-02T10:00:00Z">/);
    assert.match(html, /<time class="dt-end" datetime="2099-01-02T12:00:00Z">/);
    assert.match(html, /<span class="p-location">Hall, Lyon<\/span>/);
  });

  it('lists events in start order whatever order they come in', () => {
    const html = renderFallback([event(9), event(3)], { withoutData: true });
    assert.ok(html.indexOf('Event 3') < html.indexOf('Event 9'));
  });

  it('escapes hostile titles and never writes a javascript: link', () => {
    const hostile = event(4, {
      title: '<img src=x onerror=alert(1)>"</a><script>alert(2)</script>',
      url: 'javascript:alert(3)',
      instanceUrl: 'javascript:alert(4)',
    });
    const html = renderFallback([hostile]);
    assert.doesNotMatch(html, /<img|<script>alert|href="javascript:/i);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
  });

  it('keeps JSON-LD and embedded data from closing their script elements', () => {
    const html = renderFallback([event(5, { title: '</script><script>alert(1)</script>' })]);
    assert.equal(html.match(/<\/script>/g)?.length, 2);
    assert.equal(scriptJson({ a: '</script>' }), '{"a":"\\u003c/script\\u003e"}');
  });

  it('marks cancelled and tentative events with a localized status', () => {
    const html = renderFallback(
      [event(6, { status: 'CANCELLED' }), event(7, { status: 'TENTATIVE' })],
      {
        locale: 'fr',
      },
    );
    assert.match(html, /data-status="CANCELLED">Annulé</);
    assert.match(html, /data-status="TENTATIVE">À confirmer</);
  });

  it('leaves the time out when the organizer hid it', () => {
    const html = renderFallback([event(8, { showStartTime: false, showEndTime: false })], {
      withoutData: true,
    });
    const visible = html.slice(0, html.indexOf('<script'));
    assert.doesNotMatch(visible, /dt-end/);
    assert.doesNotMatch(visible.replace(/<[^>]+>/g, ''), /\d{1,2}:\d{2}/);
  });

  it('says there is no event, or quietly that loading failed', () => {
    assert.match(
      renderFallback([], { locale: 'de' }),
      /kiosque-fallback-empty">Keine bevorstehenden/,
    );
    const failed = renderFallback([event(1)], { error: true });
    assert.match(failed, /kiosque-fallback-error/);
    assert.doesNotMatch(failed, /h-event/);
  });

  it('embeds the normalized events for the element to paint from', () => {
    const html = renderFallback([event(1)], { fetchedAt: 42 });
    const json = /<script type="application\/json" data-kiosque-data="1">(.*?)<\/script>/.exec(
      html,
    )?.[1];
    assert.ok(json);
    const data = JSON.parse(json) as { fetchedAt: number; events: KiosqueEvent[] };
    assert.equal(data.fetchedAt, 42);
    assert.equal(data.events[0]?.uuid, '00000000-0000-4000-8000-000000000001');
  });
});

describe('renderFallback, the one rule of each part', () => {
  it('says "Online" for an online event without a place, in the page language', () => {
    const online = event(3, { address: null, isOnline: true });
    assert.match(renderFallback([online], { locale: 'es' }), /class="p-location">En línea</);
    const linkOnly = event(3, { address: null, onlineUrl: 'https://meet.example/x' });
    assert.match(renderFallback([linkOnly]), /class="p-location">Online</);
  });

  it('writes JSON-LD with dates only for hidden times', () => {
    const html = renderFallback([event(8, { showStartTime: false })], { withoutData: true });
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)?.[1];
    assert.ok(json);
    const [ld] = JSON.parse(json) as Array<Record<string, unknown>>;
    assert.equal(ld?.['startDate'], '2099-01-08');
  });
});
