/**
 * WebFinger and remote interaction, as Mobilizon answers them
 * (`lib/federation/web_finger/web_finger.ex`, `page_controller.ex` `interact`): enough for
 * "I have an account on another instance" to be followed end to end between dev instances.
 */
import type { Store } from './store.js';
import { SEED } from './seed.js';

export const SUBSCRIBE_REL = 'http://ostatus.org/schema/1.0/subscribe';

export type WebFingerAnswer =
  { status: 200; body: Record<string, unknown> } | { status: 400 | 404; body: { error: string } };

/** The JRD for `acct:name@host`, or 400/404 as Mobilizon would answer. */
export function webFinger(
  resource: string | null,
  hosts: readonly string[],
  baseUrl: string,
  store: Store,
): WebFingerAnswer {
  const match = resource?.trim().match(/^(?:acct:)?@?([^@\s]+)@([^@\s]+)$/i);
  if (!match) return { status: 400, body: { error: 'resource must be acct:name@host' } };
  const [, name = '', host = ''] = match;
  if (!hosts.includes(host.toLowerCase()))
    return { status: 404, body: { error: `no such host: ${host}` } };
  const subject = `acct:${name}@${host}`;
  const profile = `${baseUrl}/@${name}`;
  const self = { rel: 'self', type: 'application/activity+json', href: profile };
  const page = { rel: 'http://webfinger.net/rel/profile-page', type: 'text/html', href: profile };
  if (name === SEED.accounts.withoutInteraction)
    return { status: 200, body: { subject, aliases: [profile], links: [self, page] } };
  const known =
    [...store.persons.values()].some(
      (p) => p.preferredUsername === name && p.id !== SEED.anonymousActorId,
    ) || [...store.groups.values()].some((g) => g.domain === null && g.preferredUsername === name);
  if (!known) return { status: 404, body: { error: `no account ${name} on ${host}` } };
  return {
    status: 200,
    body: {
      subject,
      aliases: [profile],
      links: [self, page, { rel: SUBSCRIBE_REL, template: `${baseUrl}/interact?uri={uri}` }],
    },
  };
}

/**
 * `/interact?uri=`: Mobilizon fetches the object and redirects to its local page. Every dev
 * instance has the same seed, so an event URL of another dev instance is "fetched" by its uuid.
 */
export function interactTarget(uri: string | null, baseUrl: string, store: Store): string | null {
  if (!uri) return null;
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const match = url.pathname.match(/^\/events\/([0-9a-f-]{36})\/?$/i);
  const event = match ? store.eventByUuid(match[1]!.toLowerCase()) : undefined;
  if (!event || event.draft || !['PUBLIC', 'UNLISTED'].includes(event.visibility)) return null;
  return `${baseUrl}/events/${event.uuid}`;
}
