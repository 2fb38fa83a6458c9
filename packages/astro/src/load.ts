/**
 * Build-time loading for the Astro components: the normalized events of each query are kept
 * in a JSON file per query (default `node_modules/.cache/kiosque`), reused for `duration`
 * and, with `onError: "stale"`, whatever their age when the instance cannot be reached.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createClient, isKiosqueError, loadEvents, type KiosqueEvent } from '@kiosque/client';
import {
  requestFor,
  type HostAttributes,
  type HostElement,
  type HostRequest,
} from '@kiosque/client/hosts';

export const ON_ERROR = ['fail', 'stale'] as const;
export type OnError = (typeof ON_ERROR)[number];

export interface LoadOptions {
  /** `fail` (default) stops the build; `stale` renders the last cached data with a warning. */
  onError?: OnError;
  /** How long cached events are reused, in seconds. Default 3600. */
  duration?: number;
  /** Where the cache lives. Default `node_modules/.cache/kiosque`. */
  cacheDirectory?: string;
  /** Per request, ms. */
  timeout?: number;
}

export interface Loaded {
  events: KiosqueEvent[];
  fetchedAt: number;
  /** Nothing could be loaded nor found in the cache (`stale` only): render the quiet error. */
  error: boolean;
}

const PREFIX = '[@kiosque/astro]';

function describe(request: HostRequest): string {
  if (request.kind === 'event') return `event ${request.uuid} on ${request.instance}`;
  const [source] = request.sources;
  const groups = source?.groups?.length ? ` of ${source.groups.join(', ')}` : '';
  return `events${groups} on ${source?.instance ?? '?'}`;
}

function reason(error: unknown): string {
  if (isKiosqueError(error)) return `${error.kind}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

async function readCache(
  file: string,
): Promise<{ events: KiosqueEvent[]; fetchedAt: number } | null> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as {
      events?: unknown;
      fetchedAt?: unknown;
    };
    return Array.isArray(data.events) && typeof data.fetchedAt === 'number'
      ? { events: data.events as KiosqueEvent[], fetchedAt: data.fetchedAt }
      : null;
  } catch {
    return null;
  }
}

/** One fetch per query at a time, however many pages of a build show it. */
const inFlight = new Map<string, Promise<Loaded>>();

/** The events an element shows, loaded at build time under the chosen failure policy. */
export function loadFor(
  tag: HostElement,
  attrs: HostAttributes,
  options: LoadOptions = {},
): Promise<Loaded> {
  const onError = options.onError ?? 'fail';
  if (!ON_ERROR.includes(onError)) {
    throw new Error(`${PREFIX} "onError" must be "fail" or "stale", got "${String(onError)}"`);
  }
  let request: HostRequest;
  try {
    request = requestFor(tag, attrs);
  } catch (error) {
    throw new Error(
      `${PREFIX} ${reason(error)}: <${componentName(tag)} instance="https://mobilizon.example" … />`,
    );
  }
  const key = JSON.stringify(request, (_k, v: unknown) =>
    v instanceof Date ? v.toISOString() : v,
  );
  const existing = inFlight.get(key);
  if (existing) return existing;
  const directory = options.cacheDirectory ?? path.join('node_modules', '.cache', 'kiosque');
  const file = path.join(
    directory,
    `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`,
  );
  const promise = (async (): Promise<Loaded> => {
    const cached = await readCache(file);
    if (cached && Date.now() - cached.fetchedAt < (options.duration ?? 3600) * 1000) {
      return { ...cached, error: false };
    }
    try {
      const clientOptions = {
        cache: false as const,
        ...(options.timeout ? { timeout: options.timeout } : {}),
      };
      let events: KiosqueEvent[];
      if (request.kind === 'event') {
        events = [
          await createClient({ ...clientOptions, instance: request.instance }).event(request.uuid),
        ];
      } else {
        const page = await loadEvents(request.sources, request.query, { clientOptions });
        for (const error of page.errors)
          console.warn(`${PREFIX} ${describe(request)}: one source failed (${error.message})`);
        events = page.events;
      }
      const data = { events, fetchedAt: Date.now() };
      await mkdir(directory, { recursive: true });
      await writeFile(file, JSON.stringify(data));
      return { ...data, error: false };
    } catch (error) {
      if (onError === 'fail') {
        throw new Error(
          `${PREFIX} could not load the ${describe(request)} (${reason(error)}). onError is "fail", ` +
            'so the build stops; set onError="stale" to render the last cached data instead.',
        );
      }
      if (cached) {
        console.warn(
          `${PREFIX} could not load the ${describe(request)} (${reason(error)}); onError is ` +
            `"stale": rendering the data cached at ${new Date(cached.fetchedAt).toISOString()}.`,
        );
        return { ...cached, error: false };
      }
      console.warn(
        `${PREFIX} could not load the ${describe(request)} (${reason(error)}) and nothing is ` +
          'cached; onError is "stale": rendering the quiet error message.',
      );
      return { events: [], fetchedAt: Date.now(), error: true };
    }
  })();
  // Shared while in flight only: the file cache decides freshness (astro dev keeps running).
  inFlight.set(key, promise);
  void promise.then(
    () => inFlight.delete(key),
    () => inFlight.delete(key),
  );
  return promise;
}

function componentName(tag: HostElement): string {
  return tag.replace(/(^|-)([a-z])/g, (_m, _d: string, c: string) => c.toUpperCase());
}
