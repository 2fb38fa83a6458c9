import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  normalizeInstance,
  parseGeom,
  parseVersion,
  isKiosqueError,
  capabilitiesFor,
} from '../src/index.js';
import { normalizeEvent, normalizeEvents } from '../src/normalize.js';
import { rawEvent } from './fixture-server.js';

const ctx = {
  instance: 'https://mobilizon.example',
  categories: [{ id: 'MEETING', label: 'Réunion' }],
};

describe('parseGeom', () => {
  it('reads "lon;lat" with longitude first', () => {
    assert.deepEqual(parseGeom('2.35;48.85'), { lat: 48.85, lon: 2.35 });
  });
  it('reads exponent notation', () => {
    assert.deepEqual(parseGeom('1.0e-4;-3.5E1'), { lat: -35, lon: 0.0001 });
  });
  it('returns null for junk and out-of-range values', () => {
    for (const bad of [null, 3, '', '2.35', '2.35;', 'a;b', '200;10', '10;95', '1;2;3'])
      assert.equal(parseGeom(bad), null);
  });
});

describe('normalizeEvent', () => {
  it('normalizes a complete event', () => {
    const e = normalizeEvent(
      rawEvent(1, {
        attributedTo: {
          preferredUsername: 'club',
          domain: 'other.example',
          name: 'Club',
          url: 'https://other.example/@club',
          avatar: { url: 'https://other.example/a.png' },
        },
        organizerActor: { preferredUsername: 'ada', domain: null },
        joinOptions: 'RESTRICTED',
        metadata: [
          { key: 'mz:accessibility:wheelchairAccessible', value: 'partially' },
          { key: 'mz:accessibility:live:subtitle', value: 'true' },
          { key: 'mz:accessibility:live:sign_language', value: 'false' },
          { key: 'mz:accessibility:smokeFree', value: 'true' },
        ],
        options: {
          maximumAttendeeCapacity: 10,
          hideNumberOfParticipants: true,
          timezone: 'Europe/Paris',
          isOnline: false,
        },
        participantStats: { participant: 12 },
      }),
      ctx,
    );
    assert.ok(e);
    assert.equal(
      e.instanceUrl,
      'https://mobilizon.example/events/00000000-0000-4000-8000-000000000001',
    );
    assert.deepEqual(e.organizer, {
      name: 'Club',
      handle: 'club@other.example',
      url: 'https://other.example/@club',
      avatarUrl: 'https://other.example/a.png',
      isGroup: true,
    });
    assert.equal(e.joinMode, 'restricted');
    assert.deepEqual(e.accessibility, {
      wheelchair: 'partially',
      liveSubtitles: true,
      signLanguage: false,
      smokeFree: true,
    });
    assert.deepEqual(e.capacity, { maximum: 10, participants: 12, remaining: 0, hideCount: true });
    assert.deepEqual(e.category, { id: 'MEETING', label: 'Réunion' });
    assert.deepEqual(e.address?.coordinates, { lat: 45.76, lon: 4.83 });
    assert.equal(e.timezone, 'Europe/Paris');
    assert.equal(e.excerpt, 'About event 1');
  });

  it('cleans every text: no control character, noncharacter or lone surrogate', () => {
    const dirty = (t: string) => `${t}\u0000\u000b\u0085\uFFFE\uD800`;
    const e = normalizeEvent(
      rawEvent(1, {
        title: dirty('Repair café'),
        description: `<p>${dirty('Bring')}</p><ul><li>Elektronik</li><li>Fahrr&auml;der</li></ul>`,
        tags: [{ title: dirty('repair') }, { title: '\u0000' }],
        picture: { url: 'https://m.example/p.jpg', alt: dirty('Tools') },
        physicalAddress: {
          description: dirty('Hall'),
          street: dirty('1 rue'),
          locality: dirty('Lyon'),
          postalCode: dirty('69001'),
          region: dirty('Rhône'),
          country: dirty('France'),
        },
        attributedTo: {
          preferredUsername: dirty('club'),
          domain: 'm.example',
          name: dirty('Club'),
        },
        options: { timezone: 'Europe/Paris' },
      }),
      ctx,
    );
    assert.ok(e);
    assert.equal(e.title, 'Repair café\uFFFD');
    assert.equal(
      e.description,
      '<p>Bring\uFFFD</p><ul><li>Elektronik</li><li>Fahrr&auml;der</li></ul>',
    );
    assert.equal(e.excerpt, 'Bring\uFFFD Elektronik Fahrräder');
    assert.deepEqual(e.tags, ['repair\uFFFD']);
    assert.equal(e.picture?.alt, 'Tools\uFFFD');
    assert.deepEqual(
      [e.address?.venue, e.address?.street, e.address?.locality, e.address?.postalCode],
      ['Hall\uFFFD', '1 rue\uFFFD', 'Lyon\uFFFD', '69001\uFFFD'],
    );
    assert.deepEqual([e.address?.region, e.address?.country], ['Rhône\uFFFD', 'France\uFFFD']);
    assert.equal(e.organizer?.name, 'Club\uFFFD');
    assert.equal(e.organizer?.handle, 'club\uFFFD@m.example');
  });

  it('drops an event whose title is only control characters', () => {
    assert.equal(normalizeEvent(rawEvent(1, { title: '\u0000\u0001' }), ctx), null);
  });

  it('treats a maximum capacity of 0 or null as unlimited', () => {
    const zero = normalizeEvent(rawEvent(1, { options: { maximumAttendeeCapacity: 0 } }), ctx);
    assert.deepEqual(zero?.capacity, {
      maximum: null,
      participants: 3,
      remaining: null,
      hideCount: false,
    });
  });

  it('falls back to the person organizer with a local handle', () => {
    const e = normalizeEvent(
      rawEvent(1, {
        attributedTo: null,
        organizerActor: { preferredUsername: 'ada', domain: null, name: 'Ada' },
      }),
      ctx,
    );
    assert.equal(e?.organizer?.handle, 'ada');
    assert.equal(e?.organizer?.isGroup, false);
  });

  it('turns wrong-typed fields into null or defaults', () => {
    const e = normalizeEvent(
      rawEvent(1, {
        url: 5,
        tags: 'x',
        options: 'nope',
        status: 'WEIRD',
        picture: { url: 7 },
        physicalAddress: [],
        endsOn: 'tomorrow',
        metadata: {},
      }),
      ctx,
    );
    assert.ok(e);
    assert.equal(e.url, null);
    assert.deepEqual(e.tags, []);
    assert.equal(e.status, 'CONFIRMED');
    assert.equal(e.picture, null);
    assert.equal(e.address, null);
    assert.equal(e.endsOn, null);
    assert.equal(e.showStartTime, true);
  });

  it('drops events without uuid, title or a valid beginsOn rather than crashing', () => {
    const list = normalizeEvents(
      [
        rawEvent(1),
        null,
        'x',
        rawEvent(2, { uuid: null }),
        rawEvent(3, { title: '' }),
        rawEvent(4, { beginsOn: 'soon' }),
        rawEvent(5, { beginsOn: 12 }),
      ],
      ctx,
    );
    assert.deepEqual(
      list.map((e) => e.title),
      ['Event 1'],
    );
  });
});

describe('normalizeInstance', () => {
  it('accepts an origin, a trailing slash and a trailing /api', () => {
    assert.equal(normalizeInstance('https://m.example'), 'https://m.example');
    assert.equal(normalizeInstance(' https://M.example/ '), 'https://m.example');
    assert.equal(normalizeInstance('https://m.example/api'), 'https://m.example');
    assert.equal(normalizeInstance('http://localhost:4000/api/'), 'http://localhost:4000');
  });
  it('rejects non-URLs, other schemes, credentials, paths, queries and fragments', () => {
    for (const bad of [
      '',
      'm.example',
      'ftp://m.example',
      'https://u:p@m.example',
      'https://m.example/events',
      'https://m.example/?a=1',
      'https://m.example/#x',
    ]) {
      assert.throws(
        () => normalizeInstance(bad),
        (e) => isKiosqueError(e) && e.kind === 'invalid-input',
        bad,
      );
    }
  });
});

describe('versions', () => {
  it('parses release and pre-release versions', () => {
    assert.deepEqual(parseVersion('5.1.3'), { major: 5, minor: 1, patch: 3 });
    assert.deepEqual(parseVersion('3.0'), { major: 3, minor: 0, patch: 0 });
    assert.deepEqual(parseVersion('2.1.0-rc.1'), { major: 2, minor: 1, patch: 0 });
    assert.equal(parseVersion('banana'), null);
  });
  it('derives the capability flags of the version table', () => {
    assert.equal(capabilitiesFor('nope').profile, 'portable');
    assert.equal(capabilitiesFor('1.3.2').maxComplexity, 200);
    assert.equal(capabilitiesFor('4.0.2').maxComplexity, 250);
    assert.equal(capabilitiesFor('4.1.0').maxComplexity, 300);
    assert.equal(capabilitiesFor('3.0.0').searchStartTimeAsc, false);
    assert.equal(capabilitiesFor('3.1.0').searchStartTimeAsc, true);
    assert.equal(capabilitiesFor('3.1.1').timezoneScalar, false);
    assert.equal(capabilitiesFor('3.1.2').timezoneScalar, true);
    assert.equal(capabilitiesFor('5.0.0').longEvent, false);
    assert.equal(capabilitiesFor('5.1.0').longEvent, true);
    assert.equal(capabilitiesFor('2.0.0').searchCategory, false);
    assert.equal(capabilitiesFor('2.1.0').searchCategory, true);
  });
});
