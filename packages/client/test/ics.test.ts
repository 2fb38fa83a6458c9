import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeIcsText, eventsToIcs, foldIcsLine } from '../src/ics.js';
import type { KiosqueEvent } from '../src/model.js';
import { normalizeEvent } from '../src/normalize.js';
import { rawEvent } from './fixture-server.js';

const ctx = { instance: 'https://mobilizon.example', categories: [] };
const now = new Date('2026-05-04T08:00:00Z');

function event(n: number, extra: Record<string, unknown> = {}): KiosqueEvent {
  const normalized = normalizeEvent(rawEvent(n, extra), ctx);
  assert.ok(normalized);
  return normalized;
}

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
    assert.ok(
      lines.includes('URL:https://mobilizon.example/events/00000000-0000-4000-8000-000000000002'),
    );
    assert.ok(lines.includes('LOCATION:Hall\\, Lyon'));
    assert.ok(lines.includes('GEO:45.760000;4.830000'));
    assert.ok(lines.includes('STATUS:CONFIRMED'));
    assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
    assert.doesNotMatch(ics.replace(/\r\n/g, ''), /[\r\n]/, 'only CRLF line ends');
  });

  it('escapes commas, semicolons, backslashes and newlines in text', () => {
    assert.equal(escapeIcsText('a,b;c\\d\ne'), 'a\\,b\\;c\\\\d\\ne');
    const ics = eventsToIcs([event(4, { title: 'Repair; café, bikes\nand more' })], { now });
    assert.ok(unfold(ics).includes('SUMMARY:Repair\\; café\\, bikes\\nand more'));
  });

  it('folds long lines at 75 octets without cutting a multi-byte character', () => {
    const title = 'مقهى الإصلاح '.repeat(12) + '🚲'.repeat(20);
    const ics = eventsToIcs([event(5, { title })], { now });
    for (const line of ics.split('\r\n')) {
      assert.ok(new TextEncoder().encode(line).length <= 75, `too long: ${line}`);
      assert.doesNotMatch(line, /\uFFFD/);
    }
    assert.ok(unfold(ics).includes(`SUMMARY:${title}`));
    assert.equal(foldIcsLine('short'), 'short');
  });

  it('writes an all-day event on its local dates when the organizer hid the times', () => {
    const hidden = event(6, {
      beginsOn: '2099-01-06T23:30:00Z',
      endsOn: '2099-01-07T23:30:00Z',
      options: { showStartTime: false, showEndTime: false, timezone: 'Europe/Paris' },
    });
    const lines = unfold(eventsToIcs([hidden], { now }));
    assert.ok(lines.includes('DTSTART;VALUE=DATE:20990107'));
    assert.ok(lines.includes('DTEND;VALUE=DATE:20990109'));
  });

  it('never writes a javascript: URL', () => {
    const hostile = event(7, { url: 'javascript:alert(1)' });
    hostile.instanceUrl = 'javascript:alert(2)';
    assert.doesNotMatch(eventsToIcs([hostile], { now }), /javascript:/);
  });
});
