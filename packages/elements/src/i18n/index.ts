import { ar } from './ar/index.js';
import { de } from './de/index.js';
import { en } from './en/index.js';
import { es } from './es/index.js';
import { fr } from './fr/index.js';
import { it } from './it/index.js';
import type { Messages, PartialMessages } from './types.js';

export type * from './types.js';

const languages = new Map<string, Messages>([
  ['en', en],
  ['fr', fr],
  ['de', de],
  ['es', es],
  ['it', it],
  ['ar', ar],
]);

const listeners = new Set<() => void>();

/**
 * Adds a language, or overrides strings of a shipped one. Missing strings fall back to English.
 * Elements already on the page re-render.
 */
export function registerLanguage(code: string, messages: PartialMessages): void {
  const key = code.toLowerCase();
  const base = languages.get(key) ?? en;
  languages.set(key, {
    ...base,
    ...messages,
    locale: messages.locale ?? (languages.has(key) ? base.locale : code),
    errors: { ...base.errors, ...messages.errors },
    event: { ...base.event, ...messages.event },
    calendar: { ...base.calendar, ...messages.calendar },
    rsvp: { ...base.rsvp, ...messages.rsvp },
    map: { ...base.map, ...messages.map },
    filters: { ...base.filters, ...messages.filters },
  });
  for (const listener of listeners) listener();
}

export function onLanguagesChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function availableLanguages(): string[] {
  return [...languages.keys()];
}

/** Best match for a BCP 47 tag: exact, then the primary subtag, then English. */
export function messagesFor(tag: string | null | undefined): Messages {
  if (!tag) return en;
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
