import {
  LitElement,
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { Task } from '../shared/task.js';
import {
  loadEvents,
  safeUrl,
  type EventPage,
  type KiosqueError,
  type KiosqueEvent,
  type Source,
} from '@kiosque/client';
import { peekSource } from '../shared/client.js';
import { languageOf, messagesFor, onLanguagesChanged, type Messages } from '../i18n/index.js';
import { dateFormat } from '@kiosque/render';
import { dayKey, formatDayHeading, validTimeZone } from '../shared/dates.js';
import { KIOSQUE_VERSION } from '../shared/define.js';
import { errorMessage, toKiosqueError, canRetry } from '../shared/errors.js';
import { KiosqueErrorEvent, KiosqueEventSelectEvent, KiosqueLoadEvent } from '../shared/events.js';
import { claimDeepLink, onEventLinkClick, type LinkTarget } from '../shared/event-dialog.js';
import { clampHeadingLevel, heading } from '../shared/headings.js';
import { icons } from '../shared/icons.js';
import { readEmbeddedData, writeJsonLd } from '../shared/light-dom.js';
import { EventSourceMixin } from '../shared/event-source.js';
import { stateStyles, tokens } from '../shared/styles.js';
import { staleNote } from '../shared/stale.js';
import { errorAlert, loadingStatus } from '../shared/status.js';
import { summaryStyles, summaryView, titleLink } from '../shared/summary.js';
import { eventsStyles } from './events.styles.js';

export const LAYOUTS = ['list', 'grid', 'compact'] as const;
export type Layout = (typeof LAYOUTS)[number];

/**
 * A list of upcoming Mobilizon events from an instance or from some of its groups.
 *
 * @tagname kiosque-events
 * @summary Upcoming events of a Mobilizon instance or group, as a list.
 *
 * @attribute {string} lang - Language of the element's text (`en`, `fr`, `de`, `es`, `it`, `ar`; more with `registerLanguage`). Read from the element, then its ancestors, then `<html lang>`.
 *
 * @slot empty - Shown when there is no event to list. Defaults to a localized "No upcoming events."
 *
 * @csspart base - The wrapper around everything the element renders.
 * @csspart day - One day's group of events.
 * @csspart day-heading - The heading of a day.
 * @csspart list - A list of events.
 * @csspart event - One event.
 * @csspart image - The event's picture.
 * @csspart title - The event's title.
 * @csspart link - The link to the event's page.
 * @csspart when - The event's dates and times.
 * @csspart where - The event's place, or "Online".
 * @csspart badge - A status badge (cancelled, tentative, full, places left, external, online).
 * @csspart status - The loading, empty and error messages.
 * @csspart stale - The note shown when the events may be out of date.
 * @csspart retry - The "Try again" button of the error message.
 * @csspart actions - The row of links under an event (add to calendar).
 * @csspart calendar-link - An event's "Add to calendar" link.
 * @csspart accessibility - An event's accessibility information.
 * @csspart footer - The area under the list: "More events", links to the instance, subscriptions.
 * @csspart more - The "More events" button.
 * @csspart instance-link - The link to the group's or instance's page.
 * @csspart subscribe-link - A link to subscribe to a group's agenda (webcal).
 * @csspart show-on-map - An event's "Show on map" button (only when a `<kiosque-map for>` names the list).
 *
 * @cssproperty --kiosque-color-accent - Links and highlights.
 * @cssproperty --kiosque-color-text - Text colour (default: inherited from the page).
 * @cssproperty --kiosque-color-background - Background (default: transparent).
 * @cssproperty --kiosque-color-surface - Background of each event.
 * @cssproperty --kiosque-color-muted - Secondary text.
 * @cssproperty --kiosque-color-border - Borders and separators.
 * @cssproperty --kiosque-radius - Corner radius.
 * @cssproperty --kiosque-spacing - Base spacing.
 * @cssproperty --kiosque-font-family - Font (default: inherited from the page).
 * @cssproperty --kiosque-events-gap - Space between events.
 * @cssproperty --kiosque-events-thumbnail-size - Size of the event pictures in the list layout.
 * @cssproperty --kiosque-events-card-width - Minimum width of a card in the grid layout.
 *
 * @event kiosque-load - Events were loaded and shown. Detail: `{ count: number, stale: boolean }`.
 * @event kiosque-error - Loading failed and nothing could be shown. Detail: `{ error: KiosqueError }`.
 * @event kiosque-event-open - The visitor activated an event's title; cancelable (then no dialog opens). Detail: `{ event: KiosqueEvent }`.
 * @event kiosque-event-select - The visitor chose "Show on map" for an event. Detail: `{ event: KiosqueEvent }`.
 */
export class KiosqueEvents extends EventSourceMixin(LitElement) {
  static readonly version = KIOSQUE_VERSION;
  static override styles = [tokens, stateStyles, summaryStyles, eventsStyles];
  static override properties: PropertyDeclarations = {
    limit: { type: Number },
    layout: { reflect: true },
    events: { attribute: false },
    withoutImages: { type: Boolean, reflect: true, attribute: 'without-images' },
    withoutJsonLd: { type: Boolean, attribute: 'without-json-ld' },
    withoutFooter: { type: Boolean, attribute: 'without-footer' },
    theme: { reflect: true },
    linkTo: { attribute: 'link-to' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  static {
    for (const name of ['shown', 'languageVersion', 'pageCount', 'selected', 'hasMapPartner']) {
      this.createProperty(name, { state: true });
    }
  }

  #unsubscribeLanguages: (() => void) | null = null;
  /** Events shown so far for the current sources and filters (grows with "More events"). */
  #accumulated: { key: string; events: KiosqueEvent[] } | null = null;
  #shownKey = '';
  #reported: KiosqueError | null = null;

  #task = new Task(this, {
    task: async ([key, limit, given, pageCount], { signal }) => {
      if (given) {
        const page = pageOf(given.slice(0, limit));
        this.#afterLoad(page);
        return page;
      }
      const sources = this.sources();
      if (sources.length === 0) throw new Error('missing-instance');
      const page = await loadEvents(
        sources,
        { ...this.eventQuery(), limit, page: pageCount },
        { signal },
      );
      const previous =
        this.#accumulated?.key === key && pageCount > 1 ? this.#accumulated.events : [];
      const seen = new Set(previous.map((e) => `${e.instance}|${e.uuid}`));
      const events = [
        ...previous,
        ...page.events.filter((e) => !seen.has(`${e.instance}|${e.uuid}`)),
      ];
      this.#accumulated = { key, events };
      const result: EventPage = { ...page, events };
      this.#afterLoad(result);
      return result;
    },
    args: () => [this.sourceKey(), this.#limit, this.events, this.pageCount] as const,
  });

  /** Last page shown, kept so a reload or a failure never empties the list. */
  private shown: EventPage | null = null;
  private languageVersion = 0;
  /** How many pages of `limit` events are shown. */
  private pageCount = 1;
  /** The highlighted event (selected here or on a synced map). */
  private selected: string | null = null;
  /** Whether a `<kiosque-map for>` on the page names this list. */
  private hasMapPartner = false;

  /** How many events to show at first, and to add with "More events" (1–99). */
  limit = 10;

  /** `list` (grouped under day headings), `grid` (cards with pictures) or `compact` (one line each). */
  layout: Layout = 'list';

  /**
   * Events to show instead of fetching them: for build-time rendering, previews and stories.
   */
  events: KiosqueEvent[] | null = null;

  /** Hides the event pictures. */
  withoutImages = false;

  /** Does not write schema.org JSON-LD for the events into the page. */
  withoutJsonLd = false;

  /** Hides the "More events" button and the links to the instance. */
  withoutFooter = false;

  /** Colour scheme: `light`, `dark`, or `auto` (follows the visitor's system). */
  theme: 'light' | 'dark' | 'auto' = 'light';

  /**
   * Where an event's title leads: `dialog` (its details over the page, with participation) or
   * `instance` (its page on the Mobilizon instance).
   */
  linkTo: LinkTarget = 'dialog';

  /** Level of the day headings (1–6, default 3); event titles go one level below, down to 6. */
  headingLevel = 3;

  /** The events shown now (read-only): what `<kiosque-filters>` builds its tag chips from. */
  get shownEvents(): readonly KiosqueEvent[] {
    return this.shown?.events ?? [];
  }

  /** Whether the instance has more events than shown ("More events"). */
  get hasMoreEvents(): boolean {
    return this.shown?.hasMore ?? false;
  }

  get #limit(): number {
    const n = Math.trunc(Number(this.limit));
    return Number.isFinite(n) ? Math.min(99, Math.max(1, n)) : 10;
  }

  get #headingLevel(): number {
    return clampHeadingLevel(this.headingLevel, 3);
  }

  get #layout(): Layout {
    return (LAYOUTS as readonly string[]).includes(this.layout) ? this.layout : 'list';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unsubscribeLanguages = onLanguagesChanged(() => this.languageVersion++);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribeLanguages?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.hasMapPartner = this.#findMapPartner();
    const key = `${this.sourceKey()}|${this.#limit}`;
    if (key !== this.#shownKey) {
      const first = this.#shownKey === '';
      this.#shownKey = key;
      this.pageCount = 1;
      this.shown = this.#peek() ?? (first ? readEmbeddedData(this) : null);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if ((changed as Map<PropertyKey, unknown>).has('shown') || changed.has('withoutJsonLd')) {
      writeJsonLd(this, this.shown?.events ?? [], !this.withoutJsonLd);
    }
    claimDeepLink(this);
  }

  /** A `<kiosque-map for="<this id>">` in the same document or shadow root. */
  #findMapPartner(): boolean {
    if (!this.id) return false;
    const root = this.getRootNode() as Document | ShadowRoot;
    return [...root.querySelectorAll('kiosque-map[for]')].some(
      (map) => map.getAttribute('for')?.trim() === this.id,
    );
  }

  /**
   * Highlights an event in the list and scrolls it into view, as when it is selected on a
   * synced map. Fires nothing (events fire on the visitor's actions only).
   */
  selectEvent(uuid: string): void {
    this.selected = uuid;
    void this.updateComplete.then(() => {
      const item = this.renderRoot.querySelector<HTMLElement>(
        `[part~="event"][data-uuid="${CSS.escape(uuid)}"]`,
      );
      if (item && item.getClientRects().length > 0) {
        item.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      }
    });
  }

  #onShowOnMap(event: KiosqueEvent): void {
    this.selected = event.uuid;
    this.dispatchEvent(new KiosqueEventSelectEvent(event));
  }

  #onLinkClick = (e: MouseEvent, event: KiosqueEvent): void => {
    onEventLinkClick(this, e, event);
  };

  /** Cached data for a single source, to paint at once while revalidating. */
  #peek(): EventPage | null {
    return peekSource(this.sources(), { ...this.eventQuery(), limit: this.#limit });
  }

  #afterLoad(page: EventPage): void {
    this.shown = page;
    queueMicrotask(() => this.dispatchEvent(new KiosqueLoadEvent(page.events.length, page.stale)));
  }

  #retry = () => {
    void this.#task.run();
  };

  #more = () => {
    this.pageCount++;
  };

  /** Reloads the events from the instance. */
  reload(): Promise<void> {
    return this.#task.run();
  }

  #messages(): Messages {
    return messagesFor(languageOf(this));
  }

  override render(): TemplateResult {
    const m = this.#messages();
    return html`<div part="base" class="layout-${this.#layout}" dir=${m.dir} lang=${m.locale}>
      ${this.#renderState(m)}
    </div>`;
  }

  #renderState(m: Messages): TemplateResult {
    if (this.sources().length === 0 && !this.events) {
      return this.#renderError(m, m.errors.missingInstance, false);
    }
    return this.#task.render({
      initial: () => this.#renderLoading(m),
      pending: () =>
        this.shown ? this.#renderPage(this.shown, m, this.pageCount > 1) : this.#renderLoading(m),
      complete: (page) => this.#renderPage(page, m, false),
      error: (error) => {
        const err = toKiosqueError(error);
        if (err.kind === 'aborted') return this.#renderLoading(m);
        queueMicrotask(() => this.#reportError(err));
        const alert = this.#renderError(m, errorMessage(err, m), canRetry(err));
        // A failed "More events" keeps what is already shown.
        if (this.shown && this.pageCount > 1)
          return html`${this.#renderPage(this.shown, m, false, true)}${alert}`;
        return alert;
      },
    });
  }

  #reportError(error: KiosqueError): void {
    if (this.#reported === error) return;
    this.#reported = error;
    this.dispatchEvent(new KiosqueErrorEvent(error));
  }

  #renderLoading(m: Messages): TemplateResult {
    return html`<div class="skeleton" aria-hidden="true">
        <span></span><span></span><span></span>
      </div>
      ${loadingStatus(m.loading)}`;
  }

  #renderError(m: Messages, text: string, canRetry: boolean): TemplateResult {
    return errorAlert(text, m.retry, canRetry ? this.#retry : null);
  }

  #renderPage(
    page: EventPage,
    m: Messages,
    loadingMore: boolean,
    withoutMore = false,
  ): TemplateResult {
    const stale = page.stale ? staleNote(m.staleNote, page.fetchedAt, m.locale) : nothing;
    if (page.events.length === 0) {
      const filtered = Object.keys(this.eventQuery()).length > 0;
      return html`${stale}
        <p part="status" class="state" role="status">
          <slot name="empty">${filtered ? m.emptyFiltered : m.empty}</slot>
        </p>
        ${this.#renderFooter(page, m, false, true)}`;
    }
    const layout = this.#layout;
    const list =
      layout === 'list'
        ? groupByDay(page.events).map(
            ([day, events]) =>
              html`<section part="day" class="day" aria-labelledby="day-${day}">
                ${heading(this.#headingLevel, 'day-heading', formatDayHeading(day, m.locale), {
                  id: `day-${day}`,
                })}
                <ul part="list" role="list">
                  ${events.map((event) => this.#renderEvent(event, m))}
                </ul>
              </section>`,
          )
        : html`<ul part="list" role="list" aria-label=${m.eventsLabel}>
            ${page.events.map((event) =>
              layout === 'grid'
                ? this.#renderEvent(event, m, 'card')
                : this.#renderCompact(event, m),
            )}
          </ul>`;
    return html`${stale}${list}${this.#renderFooter(page, m, loadingMore, withoutMore)}`;
  }

  #renderFooter(
    page: EventPage,
    m: Messages,
    loadingMore: boolean,
    withoutMore: boolean,
  ): TemplateResult | typeof nothing {
    if (this.withoutFooter || this.events) return nothing;
    const links = footerLinks(this.sources(), m);
    const more = page.hasMore && !withoutMore;
    if (!more && links.length === 0) return nothing;
    return html`<div part="footer" class="footer">
      ${
        more
          ? html`<button
              part="more"
              class="more"
              type="button"
              ?disabled=${loadingMore}
              aria-describedby="more-status"
              @click=${this.#more}
            >
              ${m.moreEvents}
            </button>`
          : nothing
      }
      <span id="more-status" class="visually-hidden" role="status" aria-live="polite"
        >${loadingMore ? m.loadingMore : ''}</span
      >
      ${
        links.length
          ? html`<ul class="footer-links" role="list">
              ${links.map(
                (link) =>
                  html`<li>
                    <a part=${link.part} href=${link.href}
                      >${link.part === 'subscribe-link' ? icons.rss : nothing}${link.text}</a
                    >
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    </div>`;
  }

  /** An event of the list layout (`event`) or a card of the grid layout (`card`). */
  #renderEvent(event: KiosqueEvent, m: Messages, kind: 'event' | 'card' = 'event'): TemplateResult {
    const titleId = `title-${event.uuid}`;
    return html`<li
      part=${this.#eventPart(event)}
      class=${this.#classes(kind, event)}
      data-uuid=${event.uuid}
      aria-labelledby=${titleId}
    >
      ${this.#renderPicture(event, m, kind === 'card' ? 'card-image' : 'thumb')}
      <div class="body">
        ${summaryView(event, m, this.#renderTitle(event, titleId))}
        ${this.#renderAccessibility(event, m)} ${this.#renderActions(event, m)}
      </div>
    </li>`;
  }

  #renderCompact(event: KiosqueEvent, m: Messages): TemplateResult {
    const zone = validTimeZone(event.timezone);
    let date: string;
    try {
      date = dateFormat(m.locale, {
        day: 'numeric',
        month: 'short',
        timeZone: zone,
      }).format(new Date(event.beginsOn));
    } catch {
      date = event.beginsOn.slice(0, 10);
    }
    const status = event.status === 'CANCELLED' ? m.cancelled : null;
    return html`<li
      part=${this.#eventPart(event)}
      class=${this.#classes('compact', event)}
      data-uuid=${event.uuid}
    >
      <time part="when" datetime=${event.beginsOn}>${date}</time>
      <span part="title" class="title">${titleLink(event, this.#onLinkClick)}</span
      >${status ? html` <span part="badge" class="badge cancelled">${status}</span>` : nothing}
    </li>`;
  }

  #renderTitle(event: KiosqueEvent, titleId: string): TemplateResult {
    return heading(this.#headingLevel + 1, 'title', titleLink(event, this.#onLinkClick), {
      id: titleId,
    });
  }

  /** The picture of an event (`thumb` in the list, `card-image` on a card), or its date. */
  #renderPicture(
    event: KiosqueEvent,
    m: Messages,
    kind: 'thumb' | 'card-image',
  ): TemplateResult | typeof nothing {
    if (this.withoutImages) return nothing;
    const picture = safeUrl(event.picture?.url);
    if (!picture) {
      return html`<div part="image" class="${kind} placeholder" aria-hidden="true">
        ${this.#dateTile(event, m)}
      </div>`;
    }
    return html`<img
      part="image"
      class=${kind}
      src=${picture}
      alt=""
      loading="lazy"
      decoding="async"
      width=${event.picture?.width ?? nothing}
      height=${event.picture?.height ?? nothing}
    />`;
  }

  #dateTile(event: KiosqueEvent, m: Messages): TemplateResult {
    const date = new Date(event.beginsOn);
    const timeZone = validTimeZone(event.timezone);
    let day = String(date.getUTCDate());
    let month = '';
    try {
      day = dateFormat(m.locale, { day: 'numeric', timeZone }).format(date);
      month = dateFormat(m.locale, { month: 'short', timeZone }).format(date);
    } catch {
      // Keep the UTC day.
    }
    return html`<span class="date-tile">${day}<small>${month}</small></span>`;
  }

  #renderAccessibility(event: KiosqueEvent, m: Messages): TemplateResult | typeof nothing {
    const a = event.accessibility;
    const items: [unknown, string][] = [];
    if (a.wheelchair === 'fully') items.push([icons.wheelchair, m.wheelchairFully]);
    else if (a.wheelchair === 'partially') items.push([icons.wheelchair, m.wheelchairPartially]);
    if (a.liveSubtitles) items.push([icons.subtitles, m.liveSubtitles]);
    if (a.signLanguage) items.push([icons.signLanguage, m.signLanguage]);
    if (a.smokeFree) items.push([icons.smokeFree, m.smokeFree]);
    if (items.length === 0) return nothing;
    return html`<ul
      part="accessibility"
      class="accessibility"
      role="list"
      aria-label=${m.accessibilityLabel}
    >
      ${items.map(([icon, text]) => html`<li>${icon}<span>${text}</span></li>`)}
    </ul>`;
  }

  /** The class list of an event item: its kind, then its state. */
  #classes(kind: string, event: KiosqueEvent): string {
    const cancelled = event.status === 'CANCELLED' ? ' is-cancelled' : '';
    return `${kind}${cancelled}${this.selected === event.uuid ? ' is-selected' : ''}`;
  }

  #eventPart(event: KiosqueEvent): string {
    return this.selected === event.uuid ? 'event selected' : 'event';
  }

  #renderActions(event: KiosqueEvent, m: Messages): TemplateResult | typeof nothing {
    const ics =
      event.status === 'CANCELLED'
        ? null
        : safeUrl(`${event.instance}/events/${encodeURIComponent(event.uuid)}/export/ics`);
    const onMap = this.hasMapPartner && event.address?.coordinates;
    if (!ics && !onMap) return nothing;
    return html`<p part="actions" class="actions">
      ${
        ics
          ? html`<a part="calendar-link" href=${ics} download
              >${icons.calendarPlus}<span>${m.addToCalendar}</span
              ><span class="visually-hidden">: ${event.title}</span></a
            >`
          : nothing
      }
      ${
        onMap
          ? html`<button
              part="show-on-map"
              class="show-on-map"
              type="button"
              aria-pressed=${this.selected === event.uuid ? 'true' : 'false'}
              @click=${() => this.#onShowOnMap(event)}
            >
              ${icons.mapPin}<span>${m.showOnMap}</span
              ><span class="visually-hidden">: ${event.title}</span>
            </button>`
          : nothing
      }
    </p>`;
  }
}

function pageOf(events: KiosqueEvent[]): EventPage {
  return {
    events,
    total: events.length,
    hasMore: false,
    stale: false,
    fetchedAt: Date.now(),
    errors: [],
  };
}

interface FooterLink {
  part: 'instance-link' | 'subscribe-link';
  href: string;
  text: string;
}

/** "See all" links to each source's group or instance page, and group ICS subscriptions. */
function footerLinks(sources: Source[], m: Messages): FooterLink[] {
  const links: FooterLink[] = [];
  for (const source of sources) {
    const base = safeUrl(source.instance);
    if (!base) continue;
    const root = base.replace(/\/+$/, '').replace(/\/api$/, '');
    const host = new URL(root).host;
    if (!source.groups?.length) {
      links.push({
        part: 'instance-link',
        href: `${root}/search?contentType=EVENTS`,
        text: m.allEventsOn(host),
      });
      continue;
    }
    for (const group of source.groups) {
      const handle = encodeURIComponent(group).replace('%40', '@');
      links.push({ part: 'instance-link', href: `${root}/@${handle}`, text: m.allEventsOf(group) });
      links.push({
        part: 'subscribe-link',
        href: `${root.replace(/^https?:/, 'webcal:')}/@${handle}/feed/ics`,
        text: m.subscribe(group),
      });
    }
  }
  return links;
}

function groupByDay(events: KiosqueEvent[]): [string, KiosqueEvent[]][] {
  const days = new Map<string, KiosqueEvent[]>();
  for (const event of events) {
    const key = dayKey(event.beginsOn, validTimeZone(event.timezone));
    const list = days.get(key) ?? [];
    list.push(event);
    days.set(key, list);
  }
  return [...days.entries()];
}
