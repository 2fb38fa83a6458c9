/**
 * @kiosque/eleventy — Mobilizon events rendered at build time inside Kiosque elements.
 *
 *   eleventyConfig.addPlugin(kiosque, { instance: 'https://mobilizon.example' });
 *   {% kiosqueEvents group="climate-action", limit=5 %}
 *
 * Each shortcode writes the element with the no-JS fallback of docs/fallback-contract.md
 * inside; a transform adds the element script once per page and, with `ics`, writes the
 * `.ics` of the events the page shows.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createClient, isKiosqueError, loadEvents, type KiosqueEvent } from '@kiosque/client';
import {
  HOST_ELEMENTS,
  renderElement,
  requestFor,
  unknownAttributes,
  type HostAttributes,
  type HostElement,
  type HostRequest,
} from '@kiosque/client/hosts';
import { escapeHtml } from '@kiosque/render/fallback';
import { eventsToIcs } from '@kiosque/render/ics';
import { openCache, type CachedEvents } from './cache.js';

export const ON_ERROR = ['fail', 'stale'] as const;
export type OnError = (typeof ON_ERROR)[number];

export interface KiosqueEleventyOptions {
  /** Base URL of the Mobilizon instance, e.g. `https://mobilizon.fr`. Required. */
  instance: string;
  /**
   * What a failed fetch does: `fail` stops the build (default); `stale` renders the last
   * cached data of that query with a warning (or, if there is none, the quiet error message).
   */
  onError?: OnError;
  /** How long fetched events are reused across builds (eleventy-fetch syntax). Default `1h`. */
  duration?: string;
  /** Where the cache lives. Default `.cache` (eleventy-fetch's default). */
  cacheDirectory?: string;
  /** The element script added once per page that has an element; `false` adds none. */
  scriptUrl?: string | false;
  /** Language of the fallback text when a shortcode has no `lang`. Default `en`. */
  lang?: string;
  /** Write `<page>.ics` (or this file name) with the events each page shows. Default false. */
  ics?: boolean | string;
  /** Calendar name in the `.ics` files. Default "Events". */
  icsName?: string;
  /** Leave out schema.org JSON-LD everywhere. */
  withoutJsonLd?: boolean;
  /** Leave out the embedded data the elements paint from. */
  withoutData?: boolean;
  /** Per request, ms. Default the client's (8 s). */
  timeout?: number;
  /** A fetch implementation for the client (tests, proxies). */
  fetch?: typeof fetch;
}

/** The CDN build of the elements, as published on npm. */
export const DEFAULT_SCRIPT_URL =
  'https://cdn.jsdelivr.net/npm/@kiosque/elements@0.1/dist/kiosque.js';

export const SHORTCODES: Record<string, HostElement> = {
  kiosqueEvents: 'kiosque-events',
  kiosqueCalendar: 'kiosque-calendar',
  kiosqueMap: 'kiosque-map',
  kiosqueEvent: 'kiosque-event',
  kiosqueRsvp: 'kiosque-rsvp',
};

const PREFIX = '[@kiosque/eleventy]';
const USAGE = 'eleventyConfig.addPlugin(kiosque, { instance: "https://mobilizon.example" })';

/** The part of Eleventy's configuration API the plugin uses. */
export interface EleventyConfigLike {
  addShortcode(name: string, fn: (this: ShortcodeContext, ...args: unknown[]) => unknown): void;
  addTransform(
    name: string,
    fn: (this: ShortcodeContext, content: string, outputPath?: string) => unknown,
  ): void;
  on(event: string, fn: (...args: unknown[]) => unknown): void;
}

interface ShortcodeContext {
  page?: { url?: string | false; outputPath?: string | false; inputPath?: string };
}

function fail(message: string): never {
  throw new Error(`${PREFIX} ${message}`);
}

function validate(options: Partial<KiosqueEleventyOptions> | undefined): KiosqueEleventyOptions {
  if (!options || typeof options.instance !== 'string' || options.instance.trim() === '') {
    fail(`"instance" is required: ${USAGE}`);
  }
  let url: URL;
  try {
    url = new URL(options.instance);
  } catch {
    fail(`"instance" must be an http(s) URL, got "${options.instance}": ${USAGE}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    fail(`"instance" must be an http(s) URL, got "${options.instance}": ${USAGE}`);
  }
  if (options.onError !== undefined && !ON_ERROR.includes(options.onError)) {
    fail(`"onError" must be "fail" or "stale", got "${String(options.onError)}"`);
  }
  return options as KiosqueEleventyOptions;
}

/**
 * Shortcode arguments: an object (Nunjucks keyword arguments or an object literal, 11ty.js),
 * an attribute string (`'group="x" limit="5"'`, for Liquid), or a bare string: the uuid of
 * kiosqueEvent / kiosqueRsvp, the group of the list shortcodes.
 */
export function readArguments(tag: HostElement, args: unknown[]): HostAttributes {
  const attrs: HostAttributes = {};
  for (const arg of args) {
    if (arg && typeof arg === 'object') {
      for (const [key, value] of Object.entries(arg as Record<string, unknown>)) {
        if (key === '__keywords') continue;
        const name = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
        if (['string', 'number', 'boolean'].includes(typeof value)) {
          attrs[name] = value as string | number | boolean;
        }
      }
    } else if (typeof arg === 'string' && arg.includes('=')) {
      for (const match of arg.matchAll(
        /([a-zA-Z][\w-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+)))?/g,
      )) {
        attrs[match[1]!] = match[2] ?? match[3] ?? match[4] ?? true;
      }
    } else if (typeof arg === 'string' && arg.trim()) {
      const key = tag === 'kiosque-event' || tag === 'kiosque-rsvp' ? 'uuid' : 'group';
      attrs[key] = arg.trim();
    }
  }
  return attrs;
}

function describe(request: HostRequest): string {
  if (request.kind === 'event') return `event ${request.uuid} on ${request.instance}`;
  const [source] = request.sources;
  const groups = source?.groups?.length ? ` of ${source.groups.join(', ')}` : '';
  return `events${groups} on ${source?.instance ?? '?'}`;
}

function cacheKey(request: HostRequest): string {
  return JSON.stringify(request, (_key, value: unknown) =>
    value instanceof Date ? value.toISOString() : value,
  );
}

async function fetchEvents(
  request: HostRequest,
  options: KiosqueEleventyOptions,
): Promise<KiosqueEvent[]> {
  // The client's own memory cache is off: eleventy-fetch's cache is the one that counts.
  const clientOptions = {
    cache: false as const,
    ...(options.timeout ? { timeout: options.timeout } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  };
  if (request.kind === 'event') {
    const client = createClient({ ...clientOptions, instance: request.instance });
    return [await client.event(request.uuid)];
  }
  const page = await loadEvents(request.sources, request.query, { clientOptions });
  for (const error of page.errors) {
    console.warn(`${PREFIX} ${describe(request)}: one source failed (${error.message})`);
  }
  return page.events;
}

function reason(error: unknown): string {
  if (isKiosqueError(error)) return `${error.kind}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

/** The Eleventy plugin. */
export default function kiosque(
  eleventyConfig: EleventyConfigLike,
  userOptions?: Partial<KiosqueEleventyOptions>,
): void {
  const options = validate(userOptions);
  const onError: OnError = options.onError ?? 'fail';
  const duration = options.duration ?? '1h';
  const scriptUrl = options.scriptUrl === undefined ? DEFAULT_SCRIPT_URL : options.scriptUrl;
  const icsFile =
    options.ics === true ? 'events.ics' : typeof options.ics === 'string' ? options.ics : null;
  const cache = openCache(options.cacheDirectory ?? '.cache', duration);
  /** One fetch per query per build, however many pages show it. */
  let loads = new Map<string, Promise<CachedEvents & { error?: boolean }>>();
  /** The events each page shows, by output path, for its `.ics`. */
  let pageEvents = new Map<string, Map<string, KiosqueEvent>>();

  eleventyConfig.on('eleventy.before', () => {
    loads = new Map();
    pageEvents = new Map();
  });

  function load(request: HostRequest): Promise<CachedEvents & { error?: boolean }> {
    const key = cacheKey(request);
    let promise = loads.get(key);
    if (!promise) {
      promise = (async () => {
        const fresh = await cache.read(key);
        if (fresh) return fresh;
        try {
          const data = { events: await fetchEvents(request, options), fetchedAt: Date.now() };
          await cache.write(key, data);
          return data;
        } catch (error) {
          if (onError === 'fail') {
            fail(
              `could not load the ${describe(request)} (${reason(error)}). onError is "fail", ` +
                'so the build stops; set onError: "stale" to render the last cached data instead.',
            );
          }
          const stale = await cache.readAny(key);
          if (stale) {
            console.warn(
              `${PREFIX} could not load the ${describe(request)} (${reason(error)}); ` +
                `onError is "stale": rendering the data cached at ${new Date(stale.fetchedAt).toISOString()}.`,
            );
            return stale;
          }
          console.warn(
            `${PREFIX} could not load the ${describe(request)} (${reason(error)}) and nothing ` +
              'is cached; onError is "stale": rendering the quiet error message.',
          );
          return { events: [], fetchedAt: Date.now(), error: true };
        }
      })();
      loads.set(key, promise);
    }
    return promise;
  }

  for (const [name, tag] of Object.entries(SHORTCODES)) {
    eleventyConfig.addShortcode(name, async function (this: ShortcodeContext, ...args: unknown[]) {
      const attrs: HostAttributes = { instance: options.instance, ...readArguments(tag, args) };
      for (const unknown of unknownAttributes(tag, attrs)) {
        console.warn(
          `${PREFIX} ${name} in ${this.page?.inputPath ?? 'a template'}: "${unknown}" is not ` +
            `one of its attributes, so it is left out.`,
        );
      }
      let request: HostRequest;
      try {
        request = requestFor(tag, attrs);
      } catch (error) {
        fail(`${name} in ${this.page?.inputPath ?? 'a template'}: ${reason(error)}`);
      }
      const data = await load(request);
      const outputPath = this.page?.outputPath;
      if (icsFile && typeof outputPath === 'string' && !data.error) {
        const shown = pageEvents.get(outputPath) ?? new Map<string, KiosqueEvent>();
        for (const event of data.events) shown.set(`${event.instance} ${event.uuid}`, event);
        pageEvents.set(outputPath, shown);
      }
      return renderElement(tag, attrs, {
        events: data.events,
        fetchedAt: data.fetchedAt,
        locale: typeof attrs['lang'] === 'string' ? attrs['lang'] : (options.lang ?? 'en'),
        ...(data.error ? { error: true } : {}),
        ...(options.withoutJsonLd ? { withoutJsonLd: true } : {}),
        ...(options.withoutData ? { withoutData: true } : {}),
      });
    });
  }

  eleventyConfig.addShortcode('kiosqueIcsUrl', function (this: ShortcodeContext) {
    const url = this.page?.url;
    if (!icsFile || typeof url !== 'string') return '';
    return icsUrlFor(url, icsFile);
  });

  eleventyConfig.addTransform('kiosque', async function (this: ShortcodeContext, content) {
    const outputPath = this.page?.outputPath;
    if (typeof outputPath !== 'string' || !outputPath.endsWith('.html')) return content;
    let html = content;
    const hasElement = HOST_ELEMENTS.some((tag) => html.includes(`<${tag}`));
    if (hasElement && scriptUrl && !html.includes(`src="${escapeHtml(scriptUrl)}"`)) {
      html = intoHead(html, `<script type="module" src="${escapeHtml(scriptUrl)}"></script>`);
    }
    const shown = pageEvents.get(outputPath);
    const url = this.page?.url;
    if (icsFile && shown && typeof url === 'string') {
      const events = [...shown.values()].sort(
        (a, b) => Date.parse(a.beginsOn) - Date.parse(b.beginsOn),
      );
      const file = path.join(path.dirname(outputPath), icsFileFor(outputPath, icsFile));
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, eventsToIcs(events, { name: options.icsName ?? 'Events' }));
      html = intoHead(
        html,
        `<link rel="alternate" type="text/calendar" title="${escapeHtml(options.icsName ?? 'Events')}" href="${escapeHtml(icsUrlFor(url, icsFile))}">`,
      );
    }
    return html;
  });
}

function intoHead(html: string, tag: string): string {
  const at = html.search(/<\/head>/i);
  return at === -1 ? `${tag}${html}` : `${html.slice(0, at)}${tag}${html.slice(at)}`;
}

/** `index.html` pages get `events.ics` beside them; `about.html` gets `about.events.ics`. */
function icsFileFor(outputPath: string, icsFile: string): string {
  const base = path.basename(outputPath, '.html');
  return base === 'index' ? icsFile : `${base}.${icsFile}`;
}

function icsUrlFor(pageUrl: string, icsFile: string): string {
  if (pageUrl.endsWith('/')) return `${pageUrl}${icsFile}`;
  const dir = pageUrl.slice(0, pageUrl.lastIndexOf('/') + 1);
  const base = pageUrl.slice(dir.length).replace(/\.html$/, '');
  return `${dir}${base === 'index' ? icsFile : `${base}.${icsFile}`}`;
}
