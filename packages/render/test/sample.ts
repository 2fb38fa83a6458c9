/** Normalized events for the writers' tests: event `n` on 2099-01-n, in a hall in Lyon. */
import type { KiosqueEvent } from '../src/model.js';

export const INSTANCE = 'https://mobilizon.example';

export function sampleEvent(n: number, overrides: Partial<KiosqueEvent> = {}): KiosqueEvent {
  const day = String(n).padStart(2, '0');
  const uuid = `00000000-0000-4000-8000-0000000000${day}`;
  return {
    id: String(100 + n),
    uuid,
    url: `https://origin.example/events/${n}`,
    instanceUrl: `${INSTANCE}/events/${uuid}`,
    title: `Event ${n}`,
    description: `<p>About event ${n}</p>`,
    excerpt: `About event ${n}`,
    beginsOn: `2099-01-${day}T10:00:00.000Z`,
    endsOn: `2099-01-${day}T12:00:00.000Z`,
    timezone: null,
    showStartTime: true,
    showEndTime: true,
    status: 'CONFIRMED',
    isOnline: false,
    onlineUrl: null,
    address: {
      venue: 'Hall',
      street: null,
      locality: 'Lyon',
      postalCode: null,
      region: null,
      country: null,
      coordinates: { lat: 45.76, lon: 4.83 },
      timezone: null,
    },
    picture: null,
    tags: ['music'],
    category: null,
    language: null,
    organizer: null,
    capacity: { maximum: 10, participants: 3, remaining: 7, hideCount: false },
    joinMode: 'free',
    externalUrl: null,
    anonymousParticipation: true,
    local: true,
    accessibility: { wheelchair: null, liveSubtitles: null, signLanguage: null, smokeFree: null },
    instance: INSTANCE,
    ...overrides,
  };
}
