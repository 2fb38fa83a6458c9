import { html, nothing, type TemplateResult } from 'lit';
import type { KiosqueEvent } from '@kiosque/client';
import type { Messages } from '../i18n/index.js';
import { onEventLinkClick, type EventView } from '../shared/event-dialog.js';
import { icons } from '../shared/icons.js';
import {
  placeText as sharedPlaceText,
  summaryView as summary,
  titleLink,
} from '../shared/summary.js';

/** Where "Near me" stands; `found`: `near` is the visitor's position. */
export type LocateState = 'idle' | 'locating' | 'found' | 'denied' | 'unavailable';

// Handlers are passed as they are: Lit calls them with the element as `this`.

/** The bar above the map: "Near me" and what locating the visitor gave. */
export function toolbarView(
  m: Messages,
  state: LocateState,
  radius: number,
  onLocate: () => void,
): TemplateResult {
  const found = state === 'found';
  const message =
    state === 'denied' || state === 'unavailable'
      ? html`<p class="locate-message error" role="alert">
          ${state === 'denied' ? m.map.locateDenied : m.map.locateUnavailable}
        </p>`
      : state === 'idle'
        ? nothing
        : html`<p part=${found ? 'note' : nothing} class="locate-message" role="status">
            ${found ? m.map.nearYou(radius) : m.map.locating}
          </p>`;
  return html`<div part="toolbar" class="toolbar">
    <button
      part="locate"
      aria-pressed=${found}
      ?disabled=${state === 'locating'}
      @click=${onLocate}
    >
      ${icons.mapPin}${m.map.nearMe}
    </button>
    ${message}
  </div>`;
}

/** The placeholder shown instead of the map until the visitor agrees to load tiles from `url`. */
export function consentView(
  m: Messages,
  label: string,
  url: URL,
  onShow: () => void,
): TemplateResult {
  return html`<div part="consent" class="map" role="region" aria-label=${label}>
    <div class="consent-box">
      <p>${m.map.consent(url.host)}</p>
      <button part="show-map" @click=${onShow}>${m.map.showMap}</button>
      <p class="consent-note">${m.map.consentRemembered}</p>
    </div>
  </div>`;
}

/** The map region: Leaflet's host, and whether the map is loading or failed. */
export function mapRegion(
  m: Messages,
  label: string,
  failed: boolean | undefined,
  ready: boolean | undefined,
): TemplateResult {
  return html`<div part="map" class="map" role="region" aria-label=${label} tabindex="-1">
    <div class="leaflet-host"></div>
    ${
      failed
        ? html`<p class="map-status state" role="alert">${m.map.mapFailed}</p>`
        : ready
          ? nothing
          : html`<p class="map-status loading" role="status" aria-live="polite">
              ${m.map.loadingMap}
            </p>`
    }
  </div>`;
}

/** "+3 online events": opens the list at the events without a place. */
export function onlineNoteView(
  m: Messages,
  n: number,
  onShow: () => void,
): TemplateResult | typeof nothing {
  if (n === 0) return nothing;
  return html`<p>
    <button part="online-note" class="link-button" aria-controls="event-list" @click=${onShow}>
      ${m.map.onlineNote(n)}
    </button>
  </p>`;
}

/**
 * The list of the events under the map: those with a place, then those online only. `host` is
 * the element whose links open the event dialog.
 */
export function listView(
  m: Messages,
  events: KiosqueEvent[],
  online: KiosqueEvent[],
  open: boolean | undefined,
  onToggle: (e: Event) => void,
  host: EventView,
): TemplateResult | typeof nothing {
  if (events.length === 0) return nothing;
  const onlineSet = new Set(online);
  const section = (list: KiosqueEvent[], heading: TemplateResult) =>
    list.length
      ? html`${heading}
          <ul role="list">
            ${list.map((event) => html`<li class="item">${summaryView(event, m, host)}</li>`)}
          </ul>`
      : nothing;
  // The items are rendered only while the disclosure is open: a map may hold thousands.
  return html`<details part="list" class="list" id="event-list" ?open=${open} @toggle=${onToggle}>
    <summary>${m.map.listToggle(events.length)}</summary>
    ${
      open
        ? [
            section(
              events.filter((event) => !onlineSet.has(event)),
              html`<h3>${m.map.withPlace}</h3>`,
            ),
            section(online, html`<h3 id="online-heading" tabindex="-1">${m.map.onlineEvents}</h3>`),
          ]
        : nothing
    }
  </details>`;
}

/**
 * Title (a link when the event has a page), date, place and badges: in the list and popups.
 * `host` is the element whose links open the event dialog.
 */
export function summaryView(event: KiosqueEvent, m: Messages, host: EventView): TemplateResult {
  return summary(
    event,
    m,
    html`<p class=${event.status === 'CANCELLED' ? 'title is-cancelled' : 'title'}>
      ${titleLink(event, (e, event) => onEventLinkClick(host, e, event))}
    </p>`,
    placeText(event, m),
  );
}

/** On a map the street helps find the place: "venue, street, locality", each once. */
function placeText(event: KiosqueEvent, m: Messages): string {
  const address = event.address;
  const parts = [address?.venue, address?.street, address?.locality].filter(Boolean);
  return [...new Set(parts)].join(', ') || sharedPlaceText(event, m);
}
