import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addressLines,
  canonicalLink,
  dayIn,
  eventBadges,
  eventLink,
  hiddenTimeDays,
  isFull,
  isOnlineEvent,
  isPast,
} from '../src/event.js';
import type { KiosqueEvent } from '../src/model.js';
import { INSTANCE, sampleEvent as event } from './sample.js';

describe('the rules of an event', () => {
  it('links to the page on this instance first, shares the canonical page first', () => {
    const e = event(2);
    assert.equal(eventLink(e), `${INSTANCE}/events/${e.uuid}`);
    assert.equal(canonicalLink(e), 'https://origin.example/events/2');
    const hostile = event(2, { instanceUrl: 'javascript:alert(1)' });
    assert.equal(eventLink(hostile), 'https://origin.example/events/2');
    assert.equal(eventLink(event(2, { instanceUrl: ' ', url: 'data:x' })), null);
  });

  it('is online when marked so, or with an online address and no postal one', () => {
    assert.equal(isOnlineEvent(event(1)), false);
    assert.equal(isOnlineEvent(event(1, { isOnline: true })), true);
    assert.equal(isOnlineEvent(event(1, { address: null, onlineUrl: 'https://m.example' })), true);
    assert.equal(isOnlineEvent(event(1, { onlineUrl: 'https://m.example' })), false);
    assert.equal(isOnlineEvent(event(1, { address: null, onlineUrl: '  ' })), false);
  });

  it('writes an address as lines: trimmed, without empty or repeated parts', () => {
    const address = {
      venue: ' Hall ',
      street: '1 rue Pasteur',
      postalCode: '69007',
      locality: 'Lyon',
      region: 'Lyon',
      country: 'France',
      coordinates: null,
      timezone: null,
    };
    assert.deepEqual(addressLines(address), ['Hall', '1 rue Pasteur', '69007 Lyon', 'France']);
    assert.deepEqual(addressLines({ ...address, venue: 'Lyon', street: null, postalCode: null }), [
      'Lyon',
      'France',
    ]);
    assert.deepEqual(addressLines(null), []);
  });

  it('is past once it ended, full once no place is left', () => {
    const e = event(2);
    assert.equal(isPast(e, Date.parse('2099-01-02T11:00:00Z')), false);
    assert.equal(isPast(e, Date.parse('2099-01-02T12:00:01Z')), true);
    assert.equal(isFull(e), false);
    assert.equal(isFull(event(2, { capacity: { ...e.capacity, remaining: 0 } })), true);
    const unlimited = { maximum: null, participants: 3, remaining: 0, hideCount: false };
    assert.equal(isFull(event(2, { capacity: unlimited })), false);
  });

  it('badges an event: status, then capacity, then external registration, then online', () => {
    const kinds = (overrides: Partial<KiosqueEvent>) =>
      eventBadges(event(2, overrides)).map((b) => b.kind);
    assert.deepEqual(eventBadges(event(2)), []);
    assert.deepEqual(kinds({ status: 'TENTATIVE', joinMode: 'external', isOnline: true }), [
      'tentative',
      'external',
      'online',
    ]);
    const full = { maximum: 10, participants: 10, remaining: 0, hideCount: false };
    assert.deepEqual(kinds({ capacity: full, isOnline: true }), ['full', 'online']);
    // A cancelled event keeps only what it is: no capacity nor registration badge.
    assert.deepEqual(
      kinds({ status: 'CANCELLED', capacity: full, joinMode: 'external', isOnline: true }),
      ['cancelled', 'online'],
    );
    // An event whose place is online only but is not marked so has no online badge.
    assert.deepEqual(kinds({ address: null, onlineUrl: 'https://m.example' }), []);
  });

  it('counts the places left when at most 3, or a tenth of the maximum, are', () => {
    const capacity = (maximum: number | null, remaining: number | null) =>
      eventBadges(
        event(2, { capacity: { maximum, participants: 0, remaining, hideCount: false } }),
      );
    assert.deepEqual(capacity(10, 3), [{ kind: 'places-left', remaining: 3 }]);
    assert.deepEqual(capacity(10, 4), []);
    assert.deepEqual(capacity(100, 10), [{ kind: 'places-left', remaining: 10 }]);
    assert.deepEqual(capacity(100, 11), []);
    assert.deepEqual(capacity(10, 0), [{ kind: 'full' }]);
    // Without a maximum there is no capacity to count against.
    assert.deepEqual(capacity(null, 0), []);
    assert.deepEqual(capacity(null, 2), []);
    assert.deepEqual(capacity(10, null), []);
  });

  it('gives the days of hidden times in the event zone, never a last day before the first', () => {
    assert.equal(hiddenTimeDays(event(2)), null);
    const late = { beginsOn: '2099-01-06T23:30:00Z', showStartTime: false };
    assert.deepEqual(hiddenTimeDays(event(6, { ...late, endsOn: null, timezone: 'Asia/Tokyo' })), {
      first: '2099-01-07',
      last: '2099-01-07',
    });
    assert.deepEqual(
      hiddenTimeDays(event(6, { ...late, endsOn: '2099-01-05T00:00:00Z', timezone: null })),
      { first: '2099-01-06', last: '2099-01-06' },
    );
    assert.equal(dayIn('2099-01-06T23:30:00Z', 'Nowhere/Special'), '2099-01-06');
  });
});
