/**
 * An event's summary as every view draws it (the list of `<kiosque-events>`, the day list and
 * agenda of `<kiosque-calendar>`, the popups and list of `<kiosque-map>`): its title, dates,
 * place and badges. `<kiosque-event>` (alone, or in the event dialog) draws its date line with
 * `whenView` and its banners from the same `eventBadges`; the calendar's grid chips show the
 * start time and title only. Each view draws the title its own way (a heading, a paragraph) around
 * `titleLink`; the rest is the same markup, styled by `summaryStyles` and the view's `.meta`.
 */
import {
  eventBadges,
  eventLink,
  placeLabel,
  type EventBadge,
  type KiosqueEvent,
} from '@kiosque/render';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/index.js';
import { formatEventWhen } from './dates.js';

/** Called when the visitor follows an event's link: the view opens its dialog. */
export type OpenEvent = (e: MouseEvent, event: KiosqueEvent) => void;

/** The message of each badge but the places left. */
const BADGE_TEXT = {
  cancelled: 'cancelled',
  tentative: 'tentative',
  full: 'full',
  external: 'externalRegistration',
  online: 'online',
} as const;

function badgeText({ kind, remaining }: EventBadge, m: Messages): string {
  return kind === 'places-left' ? m.placesLeft(remaining!) : m[BADGE_TEXT[kind]];
}

/** The event's title, as a link to its page when it has one. */
export function titleLink(event: KiosqueEvent, open: OpenEvent): TemplateResult | string {
  const href = eventLink(event);
  return href
    ? html`<a part="link" href=${href} @click=${(e: MouseEvent) => open(e, event)}
        >${event.title}</a
      >`
    : event.title;
}

/** Where the event takes place: "venue, locality", else "Online" for an online event. */
export function placeText(event: KiosqueEvent, m: Messages): string {
  return placeLabel(event) ?? (event.isOnline || event.onlineUrl ? m.online : '');
}

/**
 * When the event takes place, in its own zone, with that zone named when it is not the
 * visitor's: the summaries' date line and `<kiosque-event>`'s (which names the zone's part).
 */
export function whenView(event: KiosqueEvent, m: Messages, zonePart?: string): TemplateResult {
  const when = formatEventWhen(event, m.locale, m.timeZoneNote);
  return html`<time datetime=${event.beginsOn}>${when.text}</time>${
      when.zoneNote
        ? html` <span part=${zonePart ?? nothing} class="zone">(${when.zoneNote})</span>`
        : nothing
    }`;
}

/**
 * `title` (drawn by the view), then the dates in the event's own zone (named when it is not
 * the visitor's), the place (`place`: empty to leave it out) and the badges.
 */
export function summaryView(
  event: KiosqueEvent,
  m: Messages,
  title: unknown,
  place = placeText(event, m),
): TemplateResult {
  const badges = eventBadges(event);
  return html`${title}
    <p part="when" class="meta">${whenView(event, m)}</p>
    ${place ? html`<p part="where" class="meta">${place}</p>` : nothing}
    ${
      badges.length
        ? html`<ul class="badges" role="list">
            ${badges.map((b) => html`<li part="badge" class="badge ${b.kind}">${badgeText(b, m)}</li>`)}
          </ul>`
        : nothing
    }`;
}

/** The badges and the time zone of a summary, alike in every view. */
export const summaryStyles = css`
  .zone {
    white-space: nowrap;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    margin: 0.15em 0 0;
    padding: 0;
    list-style: none;
  }
  .badge {
    font-size: 0.75em;
    font-weight: 600;
    padding: 0.1em 0.55em;
    border-radius: 999px;
    border: 1px solid currentColor;
    color: var(--_kiosque-muted);
  }
  .badge.cancelled {
    color: var(--_kiosque-danger);
  }
  .badge.full,
  .badge.tentative {
    color: var(--_kiosque-warning);
  }
  .badge.online {
    color: var(--_kiosque-accent);
  }
`;
