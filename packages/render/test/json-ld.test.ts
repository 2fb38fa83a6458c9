import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { XSS_VECTORS } from '../../dev-instance/src/hostile.js';
import { eventJsonLd, scriptJson } from '../src/json-ld.js';
import { eventProblems } from './rich-results.js';
import { INSTANCE, sampleEvent as event } from './sample.js';

const valid = (ld: ReturnType<typeof eventJsonLd>): Record<string, unknown> => {
  const json = ld as unknown as Record<string, unknown>;
  assert.deepEqual(eventProblems(json), []);
  return json;
};

describe('eventJsonLd', () => {
  it('describes an in-person event as a schema.org Event with place, dates and capacity', () => {
    const ld = valid(eventJsonLd(event(2)));
    assert.equal(ld['@type'], 'Event');
    assert.equal(ld['startDate'], '2099-01-02T10:00:00Z');
    assert.equal(ld['endDate'], '2099-01-02T12:00:00Z');
    assert.equal(ld['url'], `${INSTANCE}/events/00000000-0000-4000-8000-000000000002`);
    assert.equal(ld['eventStatus'], 'https://schema.org/EventScheduled');
    assert.equal(ld['eventAttendanceMode'], 'https://schema.org/OfflineEventAttendanceMode');
    assert.deepEqual(ld['location'], {
      '@type': 'Place',
      name: 'Hall',
      address: { '@type': 'PostalAddress', addressLocality: 'Lyon' },
      geo: { '@type': 'GeoCoordinates', latitude: 45.76, longitude: 4.83 },
    });
    assert.equal(ld['maximumAttendeeCapacity'], 10);
    assert.equal(ld['remainingAttendeeCapacity'], 7);
  });

  it('marks cancelled and online events as such', () => {
    const ld = valid(
      eventJsonLd(
        event(3, { status: 'CANCELLED', address: null, onlineUrl: 'https://meet.example/x' }),
      ),
    );
    assert.equal(ld['eventStatus'], 'https://schema.org/EventCancelled');
    assert.equal(ld['eventAttendanceMode'], 'https://schema.org/OnlineEventAttendanceMode');
    assert.deepEqual(ld['location'], { '@type': 'VirtualLocation', url: 'https://meet.example/x' });
  });

  it('gives an online event without a known address its page as virtual location', () => {
    const ld = valid(eventJsonLd(event(3, { address: null, isOnline: true })));
    assert.equal(ld['eventAttendanceMode'], 'https://schema.org/OnlineEventAttendanceMode');
    assert.deepEqual(ld['location'], { '@type': 'VirtualLocation', url: ld['url'] });
  });

  it('describes a hybrid event with both locations', () => {
    const ld = valid(
      eventJsonLd(event(3, { isOnline: true, onlineUrl: 'https://meet.example/x' })),
    );
    assert.equal(ld['eventAttendanceMode'], 'https://schema.org/MixedEventAttendanceMode');
    assert.equal((ld['location'] as unknown[]).length, 2);
  });

  it('gives dates, not times, when the organizer hid the times', () => {
    const ld = valid(
      eventJsonLd(
        event(6, {
          beginsOn: '2099-01-06T23:30:00Z',
          endsOn: '2099-01-07T23:30:00Z',
          showStartTime: false,
          showEndTime: false,
          timezone: 'Europe/Paris',
        }),
      ),
    );
    assert.equal(ld['startDate'], '2099-01-07');
    assert.equal(ld['endDate'], '2099-01-08');
  });

  it('leaves out empty parts: an address with coordinates only has no PostalAddress', () => {
    const only = event(4, {
      address: { ...event(4).address!, venue: null, locality: null },
    });
    const ld = eventJsonLd(only) as unknown as Record<string, unknown>;
    assert.deepEqual(ld['location'], {
      '@type': 'Place',
      geo: { '@type': 'GeoCoordinates', latitude: 45.76, longitude: 4.83 },
    });
  });

  it('hides capacity when the organizer hides the participant count', () => {
    const count = { maximum: 10, participants: 3, remaining: 7, hideCount: true };
    const ld = valid(eventJsonLd(event(4, { capacity: count })));
    assert.equal(ld['maximumAttendeeCapacity'], undefined);
    assert.equal(ld['remainingAttendeeCapacity'], undefined);
  });

  it('writes only http(s) URLs, and JSON that cannot close its script element', () => {
    for (const vector of XSS_VECTORS) {
      const ld = eventJsonLd(
        event(5, {
          title: vector,
          url: vector,
          instanceUrl: vector,
          onlineUrl: vector,
          picture: { url: vector, alt: null, width: null, height: null, blurhash: null },
        }),
      ) as unknown as Record<string, unknown>;
      assert.ok(ld['url'] === undefined || /^https?:\/\//.test(String(ld['url'])));
      assert.ok(ld['image'] === undefined || /^https?:\/\//.test(String(ld['image'])));
      assert.doesNotMatch(scriptJson(ld), /<|>|&|\u2028|\u2029/);
    }
    assert.equal(scriptJson({ a: '</script>' }), '{"a":"\\u003c/script\\u003e"}');
  });
});

describe('the rich-result check of the tests (eventProblems)', () => {
  it('names what is missing or malformed', () => {
    assert.deepEqual(
      eventProblems({
        '@type': 'Event',
        name: ' ',
        startDate: '2099-01-02',
        endDate: '2099-01-01T00:00:00Z',
        image: 'javascript:alert(1)',
        organizer: { '@type': 'Person' },
        location: { '@type': 'Place', address: { '@type': 'PostalAddress' } },
      }),
      [
        'no name',
        'startDate and endDate are not both dates or both instants',
        'organizer without name',
        'image javascript:alert(1) is not an http(s) URL',
        '$.organizer is empty',
        '$.location.address is empty',
      ],
    );
    assert.deepEqual(eventProblems({ '@type': 'Event', name: 'a\u0000', startDate: 'soon' }), [
      'startDate soon is not an ISO 8601 date or instant',
      'no location',
      'a control character in a value',
    ]);
  });
});
