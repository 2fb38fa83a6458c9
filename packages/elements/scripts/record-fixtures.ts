/**
 * Records the fixtures that stories (and tests that must not reach any instance) use:
 * events fetched from the dev instance through the client, with the instance's address
 * replaced by `{{base}}`, and the pictures they show copied into storybook/public/media.
 *
 *   npm run record-fixtures -w @kiosque/elements
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createClient, type KiosqueEvent } from '@kiosque/client';
import { SEED, startDevInstance } from '@kiosque/dev-instance';

const fixtureFile = fileURLToPath(new URL('../src/test/fixtures/events.json', import.meta.url));
const rsvpFixtureFile = fileURLToPath(new URL('../src/test/fixtures/rsvp.json', import.meta.url));
const mediaDir = fileURLToPath(new URL('../../../storybook/public/media/', import.meta.url));
/** A fixed "today" keeps recordings stable; stories shift dates to the viewer's today. */
const now = new Date('2026-05-04T08:00:00Z');

const instance = await startDevInstance({ port: 0, now });
try {
  const client = createClient({ instance: instance.url, cache: false });
  const upcoming = await client.events({ limit: 12 });
  const special = await Promise.all(
    (
      [
        'cancelled',
        'full',
        'nearlyFull',
        'external',
        'online',
        'multiDay',
        'arabic',
        'longTitle',
      ] as const
    ).map((key) => client.event(SEED.events[key])),
  );
  const byUuid = new Map<string, KiosqueEvent>();
  for (const event of [...upcoming.events, ...special]) byUuid.set(event.uuid, event);
  const events = [...byUuid.values()].sort((a, b) => a.beginsOn.localeCompare(b.beginsOn));

  await mkdir(mediaDir, { recursive: true });
  for (const url of new Set(events.flatMap((e) => [e.picture?.url, e.organizer?.avatarUrl]))) {
    if (!url?.startsWith(instance.url)) continue;
    const response = await fetch(url);
    const name = new URL(url).pathname.split('/').pop()!;
    await writeFile(`${mediaDir}${name}`, Buffer.from(await response.arrayBuffer()));
  }

  const json = JSON.stringify({ recordedAt: now.toISOString(), events }, null, 2).replaceAll(
    instance.url,
    '{{base}}',
  );
  await mkdir(new URL('.', `file://${fixtureFile}`), { recursive: true });
  await writeFile(fixtureFile, json + '\n');
  console.log(`Recorded ${events.length} events into ${fixtureFile}`);

  // <kiosque-rsvp> stories: one event per way to participate and per reason it is not possible.
  const rsvpKeys = [
    'anonymous',
    'anonymousNoConfirmation',
    'restricted',
    'nearlyFull',
    'full',
    'cancelled',
    'past',
    'invite',
    'external',
    'anonymousDisabled',
    'remote',
    'arabic',
  ] as const;
  const rsvpEvents = Object.fromEntries(
    await Promise.all(rsvpKeys.map(async (key) => [key, await client.event(SEED.events[key])])),
  );
  const rsvpJson = JSON.stringify(
    { recordedAt: now.toISOString(), info: await client.instanceInfo(), events: rsvpEvents },
    null,
    2,
  ).replaceAll(instance.url, '{{base}}');
  await writeFile(rsvpFixtureFile, rsvpJson + '\n');
  console.log(`Recorded ${rsvpKeys.length} RSVP events into ${rsvpFixtureFile}`);
} finally {
  await instance.close();
}
