/**
 * The no-JS fallback (docs/fallback-contract.md): the HTML every host renders inside a Kiosque
 * element, with the schema.org JSON-LD and the data the element paints from. Pure strings, no
 * DOM, so it runs in Node at build time and in browsers alike.
 */
import { eventLink, isOnlineEvent, utcInstant } from './event.js';
import { dateFormat, validZone } from './intl.js';
import { eventJsonLd, scriptJson } from './json-ld.js';
import { placeLabel, type KiosqueEvent } from './model.js';

const TEXT = {
  en: {
    online: 'Online',
    empty: 'No upcoming events.',
    error: 'The events could not be loaded.',
    CANCELLED: 'Cancelled',
    TENTATIVE: 'To be confirmed',
  },
  fr: {
    online: 'En ligne',
    empty: 'Aucun événement à venir.',
    error: 'Les événements n’ont pas pu être chargés.',
    CANCELLED: 'Annulé',
    TENTATIVE: 'À confirmer',
  },
  de: {
    online: 'Online',
    empty: 'Keine bevorstehenden Veranstaltungen.',
    error: 'Die Veranstaltungen konnten nicht geladen werden.',
    CANCELLED: 'Abgesagt',
    TENTATIVE: 'Vorläufig',
  },
  es: {
    online: 'En línea',
    empty: 'No hay próximos eventos.',
    error: 'No se pudieron cargar los eventos.',
    CANCELLED: 'Cancelado',
    TENTATIVE: 'Por confirmar',
  },
  it: {
    online: 'Online',
    empty: 'Nessun evento in programma.',
    error: 'Impossibile caricare gli eventi.',
    CANCELLED: 'Annullato',
    TENTATIVE: 'Da confermare',
  },
  ar: {
    online: 'عبر الإنترنت',
    empty: 'لا توجد فعاليات قادمة.',
    error: 'تعذّر تحميل الفعاليات.',
    CANCELLED: 'ملغاة',
    TENTATIVE: 'بانتظار التأكيد',
  },
} as const;

/** The fallback's text in each language (the Hugo component ships a copy: data/kiosque/text.json). */
export const FALLBACK_TEXT = TEXT;

type FallbackText = (typeof TEXT)[keyof typeof TEXT];

function textFor(locale: string): FallbackText {
  const primary = locale.toLowerCase().split('-')[0] as keyof typeof TEXT;
  return TEXT[primary] ?? TEXT.en;
}

export interface FallbackOptions {
  /** BCP 47 language of the text (dates and labels). Default `en`. */
  locale?: string;
  /** Leave out the schema.org JSON-LD. */
  withoutJsonLd?: boolean;
  /** Leave out the embedded data the element paints from. */
  withoutData?: boolean;
  /** Epoch ms of the fetch, written into the embedded data. */
  fetchedAt?: number;
  /** Render the quiet error message instead of the list. */
  error?: boolean;
}

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function formatInstant(
  iso: string,
  locale: string,
  zone: string | undefined,
  withTime: boolean,
): string {
  const options: Intl.DateTimeFormatOptions = {
    timeZone: zone ?? 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    ...(withTime ? { hour: 'numeric', minute: '2-digit' } : {}),
  };
  try {
    return dateFormat(locale, options).format(new Date(iso));
  } catch {
    return dateFormat('en', options).format(new Date(iso));
  }
}

function renderEvent(event: KiosqueEvent, locale: string, text: FallbackText): string {
  const zone = validZone(event.timezone);
  const href = eventLink(event);
  const title = escapeHtml(event.title);
  const name = href
    ? `<a class="p-name u-url" href="${escapeHtml(href)}">${title}</a>`
    : `<span class="p-name">${title}</span>`;
  const start = `<time class="dt-start" datetime="${utcInstant(event.beginsOn)}">${escapeHtml(
    formatInstant(event.beginsOn, locale, zone, event.showStartTime),
  )}</time>`;
  const end =
    event.endsOn && event.showEndTime
      ? ` – <time class="dt-end" datetime="${utcInstant(event.endsOn)}">${escapeHtml(
          formatInstant(event.endsOn, locale, zone, event.showStartTime),
        )}</time>`
      : '';
  const place = placeLabel(event) ?? (isOnlineEvent(event) ? text.online : null);
  const location = place ? ` <span class="p-location">${escapeHtml(place)}</span>` : '';
  const status =
    event.status === 'CANCELLED' || event.status === 'TENTATIVE'
      ? ` <span class="kiosque-fallback-status" data-status="${event.status}">${escapeHtml(
          text[event.status],
        )}</span>`
      : '';
  return `<li class="h-event kiosque-fallback-event" data-uuid="${escapeHtml(event.uuid)}">${name} ${start}${end}${location}${status}</li>`;
}

/** The whole fallback for a list of events, as specified in docs/fallback-contract.md. */
export function renderFallback(events: KiosqueEvent[], options: FallbackOptions = {}): string {
  const locale = options.locale ?? 'en';
  const text = textFor(locale);
  const sorted = [...events].sort((a, b) => Date.parse(a.beginsOn) - Date.parse(b.beginsOn));
  let visible: string;
  if (options.error) visible = `<p class="kiosque-fallback-error">${escapeHtml(text.error)}</p>`;
  else if (sorted.length === 0)
    visible = `<p class="kiosque-fallback-empty">${escapeHtml(text.empty)}</p>`;
  else {
    visible = `<ul class="kiosque-fallback-list">${sorted
      .map((event) => renderEvent(event, locale, text))
      .join('')}</ul>`;
  }
  let html = `<div class="kiosque-fallback" data-kiosque-fallback="1">${visible}</div>`;
  if (!options.withoutJsonLd && sorted.length) {
    html += `<script type="application/ld+json">${scriptJson(sorted.map(eventJsonLd))}</script>`;
  }
  if (!options.withoutData && !options.error) {
    html += `<script type="application/json" data-kiosque-data="1">${scriptJson({
      fetchedAt: options.fetchedAt ?? Date.now(),
      events: sorted,
    })}</script>`;
  }
  return html;
}
