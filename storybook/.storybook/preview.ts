import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { memoryStore, setDefaultStore, type PersistentStore } from '@kiosque/client';
import manifest from '../../packages/elements/custom-elements.json';
import { recordedEvents } from '../../packages/elements/src/test/fixtures.js';
import rsvpRecording from '../../packages/elements/src/test/fixtures/rsvp.json';
import { publicApi, selectsFromUnions } from './manifest.js';

setCustomElementsManifest(publicApi(manifest));

/**
 * Stories never reach the network. Fake instances are answered here:
 * - `loading.kiosque.test` never answers;
 * - `down.kiosque.test` answers HTTP 500;
 * - `stale.kiosque.test` answers HTTP 500 too, but this browser remembers its events from three
 *   days ago (the client's last good data), so elements show them with the "may be out of
 *   date" note: a repeat visit while the instance is down.
 * The recorded events point at the Storybook server itself (`location.origin`); its instance
 * information is remembered as fresh, so no element asks it for anything.
 */
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (url.hostname === 'loading.kiosque.test') return new Promise<Response>(() => {});
  if (url.hostname === 'down.kiosque.test' || url.hostname === 'stale.kiosque.test') {
    return Promise.resolve(new Response('Internal Server Error', { status: 500 }));
  }
  return realFetch(input, init);
};

const STALE = 'https://stale.kiosque.test';
const DAY = 24 * 60 * 60 * 1000;

/** The recorded instance information, as the client stores it, for `instance` (no tiles). */
function recordedInfo(instance: string): unknown {
  const info = JSON.parse(JSON.stringify(rsvpRecording.info).replaceAll('{{base}}', instance)) as {
    maps: { tiles: unknown };
  };
  return { ...info, maps: { ...info.maps, tiles: null } };
}

/** `{"args":…,"kind":…}`, the JSON after the endpoint in a client cache key. */
function keyParts(key: string): { kind?: string; args?: unknown } {
  try {
    return JSON.parse(key.slice(key.indexOf(' ') + 1)) as { kind?: string; args?: unknown };
  } catch {
    return {};
  }
}

/** What the client's cache finds in this browser: see the fake instances above. */
function remembered(key: string): { value: unknown; fetchedAt: number } | null {
  const { kind, args } = keyParts(key);
  if (key.startsWith(`${location.origin}/api `) && kind === 'config') {
    return { value: recordedInfo(location.origin), fetchedAt: Date.now() };
  }
  if (!key.startsWith(`${STALE}/api `)) return null;
  const fetchedAt = Date.now() - 3 * DAY;
  // Pictures come from the Storybook server, as in every other story.
  const events = recordedEvents(location.origin);
  if (kind === 'config') return { value: recordedInfo(STALE), fetchedAt };
  if (kind === 'event') {
    const event = events.find((e) => e.uuid === args);
    return event ? { value: event, fetchedAt } : null;
  }
  if (kind === 'events') {
    const limit = (args as { limit?: number } | undefined)?.limit ?? events.length;
    return {
      value: {
        events: events.slice(0, limit),
        total: events.length,
        hasMore: limit < events.length,
      },
      fetchedAt,
    };
  }
  return null;
}

/** A fresh store per story: nothing a story caches leaks into the next one. */
function storyStore(): PersistentStore {
  const own = memoryStore();
  return {
    get(key) {
      const hit = remembered(key);
      return hit ? JSON.stringify({ v: 1, t: hit.fetchedAt, d: hit.value }) : own.get(key);
    },
    set: (key, value) => own.set(key, value),
    delete: (key) => own.delete(key),
  };
}

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
  },
  argTypesEnhancers: [selectsFromUnions],
  loaders: [
    () => {
      setDefaultStore(storyStore());
      return {};
    },
  ],
};

export default preview;
