import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { XSS_VECTORS } from '../../dev-instance/src/hostile.js';
import { escapeIcsText, eventsToIcs, foldIcsLine, icsCalendar, icsEntryOf } from '../src/ics.js';
import { readIcs } from './ical.js';
import { INSTANCE, sampleEvent as event } from './sample.js';

const now = new Date('2026-05-04T08:00:00Z');

/** Unfolds continuation lines, as a calendar application reads them. */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n');
}

describe('eventsToIcs', () => {
  it('writes one VEVENT per event with UTC times, the event link and a stable UID', () => {
    const ics = eventsToIcs([event(2), event(3)], { name: 'Agenda', now });
    const lines = unfold(ics);
    assert.equal(lines[0], 'BEGIN:VCALENDAR');
    assert.ok(lines.includes('VERSION:2.0'));
    assert.ok(lines.includes('X-WR-CALNAME:Agenda'));
    assert.equal(lines.filter((l) => l === 'BEGIN:VEVENT').length, 2);
    assert.ok(lines.includes('UID:00000000-0000-4000-8000-000000000002@mobilizon.example'));
    assert.ok(lines.includes('DTSTAMP:20260504T080000Z'));
    assert.ok(lines.includes('DTSTART:20990102T100000Z'));
    assert.ok(lines.includes('DTEND:20990102T120000Z'));
    assert.ok(lines.includes(`URL:${INSTANCE}/events/00000000-0000-4000-8000-000000000002`));
    assert.ok(lines.includes('LOCATION:Hall\\, Lyon'));
    assert.ok(lines.includes('GEO:45.760000;4.830000'));
    assert.ok(lines.includes('STATUS:CONFIRMED'));
    assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
    const [first] = readIcs(ics);
    assert.deepEqual(first, {
      uid: '00000000-0000-4000-8000-000000000002@mobilizon.example',
      summary: 'Event 2',
      start: '2099-01-02T10:00:00Z',
      end: '2099-01-02T12:00:00Z',
      allDay: false,
      description: `About event 2\n\n${INSTANCE}/events/00000000-0000-4000-8000-000000000002`,
      location: 'Hall, Lyon',
      url: `${INSTANCE}/events/00000000-0000-4000-8000-000000000002`,
      status: 'CONFIRMED',
      geo: [45.76, 4.83],
      categories: ['music'],
    });
  });

  it('escapes commas, semicolons, backslashes and every kind of line break in text', () => {
    assert.equal(escapeIcsText('a,b;c\\d\ne\rf\r\ng'), 'a\\,b\\;c\\\\d\\ne\\nf\\ng');
    const ics = eventsToIcs([event(4, { title: 'Repair; café, bikes\nand\rmore' })], { now });
    assert.ok(unfold(ics).includes('SUMMARY:Repair\\; café\\, bikes\\nand\\nmore'));
    assert.equal(readIcs(ics)[0]?.summary, 'Repair; café, bikes\nand\nmore');
  });

  it('leaves control characters and noncharacters out of every value', () => {
    const title = 'NUL\u0000 VT\u000B ESC\u001B DEL\u007F C1\u0085 \uFFFE end';
    const ics = eventsToIcs([event(4, { title, excerpt: 'a\u0000b', tags: ['x\u0001'] })], { now });
    const [read] = readIcs(ics);
    assert.equal(read?.summary, 'NUL VT ESC DEL C1  end');
    assert.match(read?.description ?? '', /^ab\n\n/);
    assert.deepEqual(read?.categories, ['x']);
  });

  it('folds long lines at 75 octets without cutting a multi-byte character', () => {
    const title = 'مقهى الإصلاح '.repeat(12) + '🚲'.repeat(20);
    const ics = eventsToIcs([event(5, { title })], { now });
    for (const line of ics.split('\r\n')) {
      assert.ok(new TextEncoder().encode(line).length <= 75, `too long: ${line}`);
      assert.doesNotMatch(line, /\uFFFD/);
    }
    assert.equal(readIcs(ics)[0]?.summary, title);
    assert.equal(foldIcsLine('short'), 'short');
  });

  it('writes an all-day event on its local dates when the organizer hid the times', () => {
    const hidden = event(6, {
      beginsOn: '2099-01-06T23:30:00Z',
      endsOn: '2099-01-07T23:30:00Z',
      showStartTime: false,
      showEndTime: false,
      timezone: 'Europe/Paris',
    });
    const ics = eventsToIcs([hidden], { now });
    const lines = unfold(ics);
    assert.ok(lines.includes('DTSTART;VALUE=DATE:20990107'));
    assert.ok(lines.includes('DTEND;VALUE=DATE:20990109'));
    const [read] = readIcs(ics);
    assert.equal(read?.allDay, true);
    assert.equal(read?.start, '2099-01-07');
    assert.equal(read?.end, '2099-01-09');
  });

  it('makes a one-day all-day event of hidden times without an end, in UTC for an unknown zone', () => {
    const hidden = event(6, { endsOn: null, showStartTime: false, timezone: 'Not/AZone' });
    const [read] = readIcs(eventsToIcs([hidden], { now }));
    assert.equal(read?.start, '2099-01-06');
    assert.equal(read?.end, '2099-01-07');
  });

  it('says where: the postal address, else the online address of an online event', () => {
    const full = event(8, {
      address: {
        venue: 'Hall',
        street: '1 rue Pasteur',
        postalCode: '69007',
        locality: 'Lyon',
        region: 'Lyon',
        country: 'France',
        coordinates: null,
        timezone: null,
      },
    });
    const online = event(9, { address: null, isOnline: true, onlineUrl: 'https://meet.example/x' });
    const [a, b] = readIcs(eventsToIcs([full, online], { now }));
    assert.equal(a?.location, 'Hall, 1 rue Pasteur, 69007 Lyon, France');
    assert.equal(a?.geo, null);
    assert.equal(b?.location, 'https://meet.example/x');
  });

  it('never writes a javascript: URL', () => {
    const hostile = event(7, {
      url: 'javascript:alert(1)',
      instanceUrl: 'javascript:alert(2)',
      onlineUrl: 'javascript:alert(3)',
      address: null,
      isOnline: true,
    });
    const ics = eventsToIcs([hostile], { now });
    assert.doesNotMatch(ics, /javascript:/);
    readIcs(ics);
  });

  it('stays valid for every hostile string of the dev instance, in every text field', () => {
    const events = XSS_VECTORS.map((vector, i) =>
      event((i % 28) + 1, {
        uuid: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        title: vector,
        excerpt: vector,
        tags: [vector],
        address: { ...event(1).address!, venue: vector, street: vector },
      }),
    );
    const read = readIcs(eventsToIcs(events, { name: XSS_VECTORS[0], now }));
    assert.equal(read.length, XSS_VECTORS.length);
  });

  it('writes entries of other sources too: their own stamp and organizer', () => {
    const entry = {
      ...icsEntryOf(event(2)),
      organizer: { name: 'Repair "Café"; Lyon', url: 'https://mobilizon.example/@repair' },
      stamp: '2026-01-01T00:00:00Z',
    };
    const ics = icsCalendar([entry], { productId: '-//Mobilizon 5.1.3//EN', now });
    const lines = unfold(ics);
    assert.ok(lines.includes('PRODID:-//Mobilizon 5.1.3//EN'));
    assert.ok(lines.includes('DTSTAMP:20260101T000000Z'));
    assert.ok(
      lines.includes('ORGANIZER;CN="Repair  Café ; Lyon":https://mobilizon.example/@repair'),
    );
    readIcs(ics);
  });
});

describe('the iCalendar check of the tests (readIcs)', () => {
  const wrap = (lines: string[]): string =>
    ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//EN', ...lines, 'END:VCALENDAR', ''].join(
      '\r\n',
    );
  const vevent = (...lines: string[]): string[] => [
    'BEGIN:VEVENT',
    'UID:a@b',
    'DTSTAMP:20260101T000000Z',
    ...lines,
    'END:VEVENT',
  ];

  it('accepts a valid calendar', () => {
    assert.equal(readIcs(wrap(vevent('DTSTART:20990101T100000Z', 'SUMMARY:x'))).length, 1);
  });

  for (const [name, ics, problem] of [
    [
      'a TZID without VTIMEZONE',
      wrap(vevent('DTSTART;TZID=Europe/Paris:20990101T100000')),
      /TZID Europe\/Paris without VTIMEZONE/,
    ],
    ['a floating time', wrap(vevent('DTSTART:20990101T100000')), /floating dtstart/],
    [
      'a lone CR',
      wrap(vevent('DTSTART:20990101T100000Z', 'SUMMARY:a\rb')),
      /line end other than CRLF/,
    ],
    ['a NUL', wrap(vevent('DTSTART:20990101T100000Z', 'SUMMARY:a\u0000b')), /control character/],
    [
      'a long line',
      wrap(vevent('DTSTART:20990101T100000Z', `SUMMARY:${'x'.repeat(80)}`)),
      /over 75 octets/,
    ],
    [
      'two events with one UID',
      wrap([...vevent('DTSTART:20990101T100000Z'), ...vevent('DTSTART:20990101T100000Z')]),
      /duplicate UID a@b/,
    ],
  ] as const) {
    it(`rejects ${name}`, () => {
      assert.throws(() => readIcs(ics), problem);
    });
  }
});
