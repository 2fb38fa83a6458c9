import { common } from './en/common.js';
import type { Messages, PartialMessages } from './types.js';

export type * from './types.js';

/** The element areas, each with its own strings (`Messages[area]`). */
export type MessageArea = 'event' | 'calendar' | 'rsvp' | 'map' | 'filters';

/**
 * English ships in every bundle, area by area: the common strings here, and each element's
 * own area from the element's module (`registerEnglish`), so a bundle carries only the English
 * of the elements it contains. The other shipped languages load on first use, each whole in
 * its own chunk, so a page pays only for the languages it shows.
 *
 * Until its element registers it, an English area is empty: only that element reads it.
 */
const en = {
  ...common,
  event: {},
  calendar: {},
  rsvp: {},
  map: {},
  filters: {},
} as unknown as Messages;

const shipped: Record<string, () => Promise<Messages>> = {
  fr: () => import('./fr/index.js').then((m) => m.fr),
  de: () => import('./de/index.js').then((m) => m.de),
  es: () => import('./es/index.js').then((m) => m.es),
  it: () => import('./it/index.js').then((m) => m.it),
  ar: () => import('./ar/index.js').then((m) => m.ar),
};

const languages = new Map<string, Messages>([['en', en]]);
/** Strings a site registered before the language itself had loaded. */
const pendingOverrides = new Map<string, PartialMessages[]>();
const loading = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function merge(base: Messages, messages: PartialMessages, locale: string): Messages {
  return {
    ...base,
    ...messages,
    locale,
    errors: { ...base.errors, ...messages.errors },
    event: { ...base.event, ...messages.event },
    calendar: { ...base.calendar, ...messages.calendar },
    rsvp: { ...base.rsvp, ...messages.rsvp },
    map: { ...base.map, ...messages.map },
    filters: { ...base.filters, ...messages.filters },
  };
}

/**
 * Registers the English strings of one element area; called by the element's module. Every
 * language already known gets the English strings it lacks in that area (a site's partial
 * language, or its overrides of English), as if they had been there from the start.
 */
export function registerEnglish<A extends MessageArea>(area: A, messages: Messages[A]): void {
  if (Object.keys(en[area]).length > 0) return;
  en[area] = messages;
  for (const language of languages.values()) {
    if (language !== en) language[area] = { ...messages, ...language[area] };
  }
}

/** The shipped language code a tag resolves to, when it is not loaded yet. */
function unloadedShipped(tag: string): string | null {
  const lower = tag.toLowerCase();
  for (const code of [lower, lower.split('-')[0] ?? '']) {
    if (languages.has(code)) return null;
    if (shipped[code]) return code;
  }
  return null;
}

/**
 * Loads a shipped language if it is not loaded yet; resolves once its strings are available
 * (at once for English, registered and unknown languages).
 */
export function loadLanguage(tag: string | null | undefined): Promise<void> {
  const code = unloadedShipped(tag ?? '');
  const loader = code ? shipped[code] : undefined;
  if (!code || !loader) return Promise.resolve();
  let promise = loading.get(code);
  if (!promise) {
    promise = loader()
      .then((messages) => {
        let merged = messages;
        for (const override of pendingOverrides.get(code) ?? []) {
          merged = merge(merged, override, override.locale ?? merged.locale);
        }
        pendingOverrides.delete(code);
        languages.set(code, merged);
        notify();
      })
      .catch(() => {
        // A chunk that cannot load leaves English in place; the next use tries again.
      })
      .finally(() => loading.delete(code));
    loading.set(code, promise);
  }
  return promise;
}

/** Resolves once every language load started so far has finished. */
export async function languagesReady(): Promise<void> {
  while (loading.size) await Promise.all(loading.values());
}

/**
 * Adds a language, or overrides strings of a shipped one. Missing strings fall back to English.
 * Elements already on the page re-render.
 */
export function registerLanguage(code: string, messages: PartialMessages): void {
  const key = code.toLowerCase();
  if (shipped[key] && !languages.has(key)) {
    // Applied on top of the shipped strings once they have loaded.
    pendingOverrides.set(key, [...(pendingOverrides.get(key) ?? []), messages]);
    void loadLanguage(key);
    return;
  }
  const base = languages.get(key) ?? en;
  languages.set(
    key,
    merge(base, messages, messages.locale ?? (languages.has(key) ? base.locale : code)),
  );
  notify();
}

export function onLanguagesChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function availableLanguages(): string[] {
  return [...new Set([...languages.keys(), ...Object.keys(shipped)])];
}

/**
 * Best match for a BCP 47 tag: exact, then the primary subtag, then English. A shipped
 * language that has not loaded yet starts loading; English stands in until it is there, and
 * elements re-render when it arrives (`onLanguagesChanged`).
 */
export function messagesFor(tag: string | null | undefined): Messages {
  if (!tag) return en;
  if (unloadedShipped(tag)) void loadLanguage(tag);
  const lower = tag.toLowerCase();
  const exact = languages.get(lower);
  if (exact) return exact;
  const primary = languages.get(lower.split('-')[0] ?? '');
  if (primary) return { ...primary, locale: tag };
  return en;
}

/** The language of an element: its own `lang`, else the closest ancestor's, else `<html lang>`. */
export function languageOf(element: Element): string {
  const own = element.closest('[lang]')?.getAttribute('lang');
  if (own) return own;
  const root = element.getRootNode();
  if (root instanceof ShadowRoot) return languageOf(root.host);
  return document.documentElement.lang || navigator.language || 'en';
}
