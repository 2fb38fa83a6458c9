import type { KiosqueEvent } from '@kiosque/client';
import recording from './fixtures/events.json';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Events recorded from the dev instance (`npm run record-fixtures`), with their addresses
 * pointed at `base` and their dates moved so that the recording's "today" is today.
 */
export function recordedEvents(base = location.origin, today = new Date()): KiosqueEvent[] {
  const shift =
    Math.round((today.getTime() - new Date(recording.recordedAt).getTime()) / DAY) * DAY;
  const move = (iso: string | null) =>
    iso ? new Date(Date.parse(iso) + shift).toISOString() : iso;
  const json = JSON.stringify(recording.events).replaceAll('{{base}}', base);
  return (JSON.parse(json) as KiosqueEvent[]).map((event) => ({
    ...event,
    beginsOn: move(event.beginsOn)!,
    endsOn: move(event.endsOn),
  }));
}
