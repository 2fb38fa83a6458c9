import type { OnError } from './load.js';

/** The props of every component: the element's attributes, and how to load at build time. */
export interface KiosqueProps {
  /** Base URL of the Mobilizon instance. Required. */
  instance: string;
  /** Any attribute of the element (group, limit, tags, lang, uuid, month, …). */
  [attribute: string]: string | number | boolean | null | undefined;
  /** `fail` (default) stops the build when the instance cannot be reached; `stale` renders the last cached data with a warning. */
  onError?: OnError;
  /** Seconds the cached events are reused across builds. Default 3600. */
  duration?: number;
  /** Where the cache lives. Default `node_modules/.cache/kiosque`. */
  cacheDirectory?: string;
  /** Leave out the embedded data the element paints from. */
  withoutData?: boolean;
  /** Per request, ms. Default the client's (8000). */
  timeout?: number;
}
