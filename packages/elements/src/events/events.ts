import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import {
  createClient,
  loadEvents,
  safeUrl,
  type EventPage,
  type KiosqueError,
  type KiosqueEvent,
} from '@kiosque/client';
import { languageOf, messagesFor, onLanguagesChanged, type Messages } from '../i18n/index.js';
import { dayKey, formatDayHeading, formatEventWhen } from '../shared/dates.js';
import { KIOSQUE_VERSION } from '../shared/define.js';
import { errorMessage, toKiosqueError } from '../shared/errors.js';
import { KiosqueErrorEvent, KiosqueLoadEvent } from '../shared/events.js';
import { EventSourceMixin } from '../shared/event-source.js';
import { stateStyles, tokens } from '../shared/styles.js';
import { eventsStyles } from './events.styles.js';

/**
 * A list of upcoming Mobilizon events from an instance or from some of its groups.
 *
 * @summary Upcoming events of a Mobilizon instance or group, as a list.
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
 * @csspart badge - A status badge (cancelled, tentative, full, places left).
 * @csspart status - The loading, empty and error messages.
 * @csspart stale - The note shown when the events may be out of date.
 * @csspart retry - The "Try again" button of the error message.
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
 * @cssproperty --kiosque-events-thumbnail-size - Size of the event pictures.
 *
 * @event kiosque-load - Events were loaded and shown. Detail: `{ count: number, stale: boolean }`.
 * @event kiosque-error - Loading failed and nothing could be shown. Detail: `{ error: KiosqueError }`.
 */
export class KiosqueEvents extends EventSourceMixin(LitElement) {
  static readonly version = KIOSQUE_VERSION;
  static override styles = [tokens, stateStyles, eventsStyles];

  #unsubscribeLanguages: (() => void) | null = null;

  #task = new Task(this, {
    task: async ([, limit, given], { signal }) => {
      if (given) {
        const page = pageOf(given.slice(0, limit));
        this.#afterLoad(page);
        return page;
      }
      const sources = this.sources();
      if (sources.length === 0) throw new Error('missing-instance');
      const page = await loadEvents(sources, { ...this.eventQuery(), limit }, { signal });
      this.#afterLoad(page);
      return page;
    },
    args: () => [this.sourceKey(), this.#limit, this.events] as const,
  });

  /** Last page shown, kept so a reload or a failure never empties the list. */
  @state() private shown: EventPage | null = null;
  @state() private languageVersion = 0;

  /** How many events to show (1–99). */
  @property({ type: Number }) limit = 10;

  /**
   * Events to show instead of fetching them: for build-time rendering, previews and stories.
   */
  @property({ attribute: false }) events: KiosqueEvent[] | null = null;

  /** Hides the event pictures. */
  @property({ type: Boolean, reflect: true, attribute: 'without-images' }) withoutImages = false;

  /** Colour scheme: `light`, `dark`, or `auto` (follows the visitor's system). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  get #limit(): number {
    const n = Math.trunc(Number(this.limit));
    return Number.isFinite(n) ? Math.min(99, Math.max(1, n)) : 10;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unsubscribeLanguages = onLanguagesChanged(() => this.languageVersion++);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribeLanguages?.();
  }

  #shownKey = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const key = `${this.sourceKey()}|${this.#limit}`;
    if (key !== this.#shownKey) {
      this.#shownKey = key;
      this.shown = this.#peek();
    }
  }

  /** Cached data for a single source, to paint at once while revalidating. */
  #peek(): EventPage | null {
    const sources = this.sources();
    if (sources.length !== 1) return null;
    try {
      const [{ instance, groups } = { instance: '' }] = sources;
      return createClient({ instance }).peek({ ...this.eventQuery(), limit: this.#limit, groups });
    } catch {
      return null;
    }
  }

  #afterLoad(page: EventPage): void {
    this.shown = page;
    queueMicrotask(() => this.dispatchEvent(new KiosqueLoadEvent(page.events.length, page.stale)));
  }

  #retry = () => {
    void this.#task.run();
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
    return html`<div part="base" dir=${m.dir} lang=${m.locale}>${this.#renderState(m)}</div>`;
  }

  #renderState(m: Messages): TemplateResult {
    if (!this.instance && !this.events)
      return this.#renderError(m, m.errors.missingInstance, false);
    return this.#task.render({
      initial: () => this.#renderLoading(m),
      pending: () => (this.shown ? this.#renderPage(this.shown, m) : this.#renderLoading(m)),
      complete: (page) => this.#renderPage(page, m),
      error: (error) => {
        const err = toKiosqueError(error);
        if (err.kind === 'aborted') return this.#renderLoading(m);
        queueMicrotask(() => this.#reportError(err));
        return this.#renderError(m, errorMessage(err, m), err.kind !== 'invalid-input');
      },
    });
  }

  #reported: KiosqueError | null = null;
  #reportError(error: KiosqueError): void {
    if (this.#reported === error) return;
    this.#reported = error;
    this.dispatchEvent(new KiosqueErrorEvent(error));
  }

  #renderLoading(m: Messages): TemplateResult {
    return html`<div class="skeleton" aria-hidden="true">
        <span></span><span></span><span></span>
      </div>
      <p part="status" class="visually-hidden" role="status" aria-live="polite">${m.loading}</p>`;
  }

  #renderError(m: Messages, text: string, canRetry: boolean): TemplateResult {
    return html`<div part="status" class="state" role="alert">
      <span>${text}</span>
      ${
        canRetry
          ? html`<button part="retry" type="button" @click=${this.#retry}>${m.retry}</button>`
          : nothing
      }
    </div>`;
  }

  #renderPage(page: EventPage, m: Messages): TemplateResult {
    const stale = page.stale
      ? html`<p part="stale" class="stale" role="note">
          ${m.staleNote(
            new Intl.DateTimeFormat(m.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
              page.fetchedAt,
            ),
          )}
        </p>`
      : nothing;
    if (page.events.length === 0) {
      return html`${stale}
        <p part="status" class="state" role="status"><slot name="empty">${m.empty}</slot></p>`;
    }
    const days = groupByDay(page.events);
    return html`${stale}
    ${days.map(
      ([day, events]) =>
        html`<section part="day" class="day" aria-labelledby="day-${day}">
          <h3 part="day-heading" class="day-heading" id="day-${day}">
            ${formatDayHeading(day, m.locale)}
          </h3>
          <ul part="list" role="list">
            ${events.map((event) => this.#renderEvent(event, m))}
          </ul>
        </section>`,
    )}`;
  }

  #renderEvent(event: KiosqueEvent, m: Messages): TemplateResult {
    const when = formatEventWhen(event, m.locale, m.timeZoneNote);
    const href = safeUrl(event.instanceUrl) ?? safeUrl(event.url);
    const picture = this.withoutImages ? null : safeUrl(event.picture?.url);
    const titleId = `title-${event.uuid}`;
    return html`<li
      part="event"
      class="event ${event.status === 'CANCELLED' ? 'is-cancelled' : ''}"
      aria-labelledby=${titleId}
    >
      ${
        picture
          ? html`<img
              part="image"
              class="thumb"
              src=${picture}
              alt=""
              loading="lazy"
              decoding="async"
              width=${event.picture?.width ?? nothing}
              height=${event.picture?.height ?? nothing}
            />`
          : this.#renderDateTile(event, m)
      }
      <div class="body">
        <h4 part="title" class="title" id=${titleId}>
          ${href ? html`<a part="link" href=${href}>${event.title}</a>` : event.title}
        </h4>
        <p part="when" class="meta">
          <time datetime=${event.beginsOn}>${when.text}</time>${
            when.zoneNote ? html` <span class="zone">(${when.zoneNote})</span>` : nothing
          }
        </p>
        <p part="where" class="meta">${placeText(event, m)}</p>
        ${this.#renderBadges(event, m)}
      </div>
    </li>`;
  }

  #renderDateTile(event: KiosqueEvent, m: Messages): TemplateResult {
    const date = new Date(event.beginsOn);
    const zone = event.timezone ?? undefined;
    let day = '';
    let month = '';
    try {
      day = new Intl.DateTimeFormat(m.locale, { day: 'numeric', timeZone: zone }).format(date);
      month = new Intl.DateTimeFormat(m.locale, { month: 'short', timeZone: zone }).format(date);
    } catch {
      day = String(date.getUTCDate());
    }
    return html`<div part="image" class="thumb placeholder" aria-hidden="true">
      <span>${day}<small>${month}</small></span>
    </div>`;
  }

  #renderBadges(event: KiosqueEvent, m: Messages): TemplateResult | typeof nothing {
    const badges: [string, string][] = [];
    if (event.status === 'CANCELLED') badges.push(['cancelled', m.cancelled]);
    else if (event.status === 'TENTATIVE') badges.push(['tentative', m.tentative]);
    if (event.status !== 'CANCELLED') {
      const { remaining, maximum } = event.capacity;
      if (maximum !== null && remaining === 0) badges.push(['full', m.full]);
      else if (remaining !== null && maximum !== null && remaining <= Math.max(3, maximum * 0.1)) {
        badges.push(['places-left', m.placesLeft(remaining)]);
      }
      if (event.joinMode === 'external') badges.push(['external', m.externalRegistration]);
    }
    if (badges.length === 0) return nothing;
    return html`<ul class="badges" role="list">
      ${badges.map(([kind, text]) => html`<li part="badge" class="badge ${kind}">${text}</li>`)}
    </ul>`;
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

function placeText(event: KiosqueEvent, m: Messages): string {
  const address = event.address;
  const place = [address?.venue, address?.locality].filter(Boolean).join(', ');
  if (place) return event.isOnline ? `${place} · ${m.online}` : place;
  return event.isOnline || event.onlineUrl ? m.online : '';
}

function groupByDay(events: KiosqueEvent[]): [string, KiosqueEvent[]][] {
  const days = new Map<string, KiosqueEvent[]>();
  for (const event of events) {
    const key = dayKey(event.beginsOn, event.timezone ?? undefined);
    const list = days.get(key) ?? [];
    list.push(event);
    days.set(key, list);
  }
  return [...days.entries()];
}
