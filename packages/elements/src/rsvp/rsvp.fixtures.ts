import {
  KiosqueError,
  type InstanceInfo,
  type KiosqueEvent,
  type ParticipantRole,
} from '@kiosque/client';
import recording from '../test/fixtures/rsvp.json';
import type { RsvpClient } from './rsvp.js';

const DAY = 24 * 60 * 60 * 1000;

export type RecordedRsvpEvent = keyof typeof recording.events;

export interface RecordedRsvp {
  info: InstanceInfo;
  events: Record<RecordedRsvpEvent, KiosqueEvent>;
}

/**
 * The instance settings and the events recorded for `<kiosque-rsvp>` (`npm run
 * record-fixtures`), pointed at `base` and moved so that the recording's "today" is today.
 */
export function recordedRsvp(base = location.origin, today = new Date()): RecordedRsvp {
  const shift =
    Math.round((today.getTime() - new Date(recording.recordedAt).getTime()) / DAY) * DAY;
  const move = (iso: string | null) =>
    iso ? new Date(Date.parse(iso) + shift).toISOString() : iso;
  const parsed = JSON.parse(JSON.stringify(recording).replaceAll('{{base}}', base)) as {
    info: InstanceInfo;
    events: Record<RecordedRsvpEvent, KiosqueEvent>;
  };
  for (const event of Object.values(parsed.events)) {
    event.beginsOn = move(event.beginsOn)!;
    event.endsOn = move(event.endsOn);
  }
  return parsed;
}

/** What the offline client answers to a participation. */
export type RecordedAnswer = ParticipantRole | 'network-error' | 'never';

/**
 * A client that never reaches the network: it serves the recording and answers joins with
 * `answer` after `delay` ms. For stories and previews.
 */
export function recordedClient(answer: RecordedAnswer = 'NOT_CONFIRMED', delay = 400): RsvpClient {
  const { info, events } = recordedRsvp();
  const wait = () => new Promise((resolve) => setTimeout(resolve, delay));
  return {
    instance: info.instance,
    instanceInfo: async () => info,
    event: async (uuid) => {
      const event = Object.values(events).find((e) => e.uuid === uuid);
      if (!event)
        throw new KiosqueError({ kind: 'not-found', message: `No recorded event ${uuid}` });
      return event;
    },
    joinEvent: async () => {
      if (answer === 'never') return new Promise(() => {});
      await wait();
      if (answer === 'network-error')
        throw new KiosqueError({ kind: 'network', message: 'Failed to fetch' });
      return { id: '1', role: answer, cancellationToken: `recorded-${Date.now()}` };
    },
    leaveEvent: async () => {
      await wait();
    },
  };
}
