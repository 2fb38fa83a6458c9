import { eventLink } from '@kiosque/render';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '../shared/task.js';
import { loadEvents, type EventPage, type KiosqueError, type KiosqueEvent } from '@kiosque/client';
import { peekSource } from '../shared/client.js';
import {
  languageOf,
  messagesFor,
  onLanguagesChanged,
  registerEnglish,
  type Messages,
} from '../i18n/index.js';
import { calendar as englishCalendar } from '../i18n/en/calendar.js';
import { formatDayHeading, formatEventWhen } from '../shared/dates.js';
import { KIOSQUE_VERSION } from '../shared/define.js';
import { errorMessage, toKiosqueError, canRetry } from '../shared/errors.js';
import { KiosqueErrorEvent, KiosqueLoadEvent } from '../shared/events.js';
import { EventSourceMixin } from '../shared/event-source.js';
import { claimDeepLink, onEventLinkClick, type LinkTarget } from '../shared/event-dialog.js';
import { writeJsonLd } from '../shared/light-dom.js';
import { stateStyles, tokens } from '../shared/styles.js';
import { staleNote } from '../shared/stale.js';
import { errorAlert, loadingStatus } from '../shared/status.js';
import { calendarStyles } from './calendar.styles.js';
import {
  formatDayNumber,
  formatLongDay,
  formatMonthTitle,
  formatStartTime,
  weekdayNames,
} from './format.js';
import {
  eventsOn,
  layoutWeek,
  placeEvents,
  singleDayEventsOn,
  type Placed,
  type Segment,
} from './layout.js';
import { loadRange } from './load-range.js';
import {
  addDays,
  addMonthsToDay,
  endOfWeekOf,
  firstDayOf,
  gridRange,
  inMonth,
  monthGrid,
  monthKey,
  monthOfDay,
  parseMonth,
  parseWeekStart,
  shiftMonth,
  startOfWeekOf,
  today,
  weekStartFor,
  type DayKey,
  type Month,
  type MonthGrid,
} from './month-grid.js';

/** Single-day events listed in a day cell before "+N more". */
const EVENTS_PER_CELL = 3;

/** Fired when the visitor moves to another month. */
export class KiosqueMonthChangeEvent extends Event {
  static readonly eventName = 'kiosque-month-change';
  /** The month now shown, `YYYY-MM`. */
  readonly month: string;
  constructor(month: string) {
    super(KiosqueMonthChangeEvent.eventName, { bubbles: true, composed: true });
    this.month = month;
  }
  get detail(): { month: string } {
    return { month: this.month };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kiosque-month-change': KiosqueMonthChangeEvent;
  }
}

interface Shown {
  /** The grid the page was loaded for. */
  key: string;
  page: EventPage;
}

/**
 * A month of Mobilizon events as a calendar grid, with the same sources and filters as
 * `<kiosque-events>`. On narrow widths it becomes an agenda of the month's days.
 *
 * @tagname kiosque-calendar
 * @summary A month calendar of the events of a Mobilizon instance or group.
 *
 * @attribute {string} lang - Language of the element's text (`en`, `fr`, `de`, `es`, `it`, `ar`; more with `registerLanguage`). Read from the element, then its ancestors, then `<html lang>`.
 *
 * @csspart base - The wrapper around everything the element renders.
 * @csspart header - The month heading and the navigation buttons.
 * @csspart heading - The month heading ("May 2026").
 * @csspart nav - The group of navigation buttons.
 * @csspart prev - The "previous month" button.
 * @csspart next - The "next month" button.
 * @csspart today - The "today" button.
 * @csspart grid - The month grid.
 * @csspart column-header - A weekday heading of the grid.
 * @csspart week - A week row.
 * @csspart day - A day cell; also `outside` (a day of the next or previous month), `today`, `has-events`.
 * @csspart day-number - The number of the day in its cell.
 * @csspart event - A single-day event in a day cell.
 * @csspart span - A multi-day event's bar across the days it covers.
 * @csspart more - The "+N more" note of a busy day.
 * @csspart panel - The list of the focused day's events, below the grid.
 * @csspart panel-heading - The heading of that list.
 * @csspart close - The button that closes it.
 * @csspart agenda - The agenda list shown instead of the grid on narrow widths.
 * @csspart agenda-day - One day of the agenda.
 * @csspart agenda-heading - The heading of an agenda day.
 * @csspart list - A list of events (day panel and agenda).
 * @csspart item - One event in a list.
 * @csspart link - The link to an event's page.
 * @csspart when - An event's dates and times.
 * @csspart where - An event's place, or "Online".
 * @csspart badge - A status badge (cancelled, to be confirmed, full, places left).
 * @csspart status - The loading, empty and error messages.
 * @csspart stale - The note shown when the events may be out of date.
 * @csspart retry - The "Try again" button of the error message.
 *
 * @cssproperty --kiosque-color-accent - Links, highlights and event bars.
 * @cssproperty --kiosque-color-text - Text colour (default: inherited from the page).
 * @cssproperty --kiosque-color-background - Background (default: transparent).
 * @cssproperty --kiosque-color-surface - Background of event chips and the day list.
 * @cssproperty --kiosque-color-muted - Secondary text and days outside the month.
 * @cssproperty --kiosque-color-border - Grid lines.
 * @cssproperty --kiosque-radius - Corner radius.
 * @cssproperty --kiosque-spacing - Base spacing.
 * @cssproperty --kiosque-font-family - Font (default: inherited from the page).
 * @cssproperty --kiosque-calendar-cell-height - Minimum height of a day cell (default `6.5rem`).
 * @cssproperty --kiosque-calendar-today - Highlight of today's cell (default: the accent colour).
 * @cssproperty --kiosque-calendar-span-background - Background of multi-day bars.
 * @cssproperty --kiosque-calendar-span-color - Text colour of multi-day bars.
 *
 * @event kiosque-load - The month's events were loaded and shown. Detail: `{ count: number, stale: boolean }`.
 * @event kiosque-error - Loading failed and nothing could be shown. Detail: `{ error: KiosqueError }`.
 * @event kiosque-month-change - The visitor moved to another month. Detail: `{ month: string }` (`YYYY-MM`).
 * @event kiosque-event-open - The visitor activated an event's link; cancelable (then no dialog opens). Detail: `{ event: KiosqueEvent }`.
 */
export class KiosqueCalendar extends EventSourceMixin(LitElement) {
  static readonly version = KIOSQUE_VERSION;
  static override styles = [tokens, stateStyles, calendarStyles];
  static {
    // This element's English strings travel with it, not with every bundle.
    registerEnglish('calendar', englishCalendar);
  }

  #unsubscribeLanguages: (() => void) | null = null;
  /** Set when the keyboard moved the focused day: focus follows it after the next render. */
  #focusDayPending = false;
  #focusPanelPending = false;
  #reported: KiosqueError | null = null;
  #shownSourceKey = '';

  #task = new Task(this, {
    task: async ([, gridKey, given], { signal }) => {
      const grid = this.#grid();
      const range = this.#fetchRange(grid);
      let page: EventPage;
      if (given) {
        page = pageOf(given);
      } else {
        const sources = this.sources();
        if (sources.length === 0) throw new Error('missing-instance');
        if (!range) {
          page = pageOf([]);
        } else {
          const query = this.eventQuery();
          page = await loadRange(
            ({ from, to, page: n }) =>
              loadEvents(sources, { ...query, from, to, limit: 99, page: n }, { signal }),
            range.from,
            range.to,
          );
        }
      }
      this.#afterLoad(gridKey, page, grid);
      return page;
    },
    args: () => [this.sourceKey(), this.#gridKey(), this.events] as const,
  });

  /** The last page shown, with the grid it belongs to: painted while a newer one loads. */
  @state() private shown: Shown | null = null;
  /** The day that has the grid's tab stop (roving tabindex). */
  @state() private focusDay: DayKey | null = null;
  /** The day whose events are listed below the grid. */
  @state() private openDay: DayKey | null = null;
  @state() private languageVersion = 0;

  /**
   * The month shown, `YYYY-MM`; default the current month. Updated (and reflected) when the
   * visitor navigates.
   */
  @property({ reflect: true }) month = '';

  /**
   * First day of the week, 0 (Sunday) to 6 (Saturday). Default: the custom where the
   * element's language is spoken (Sunday in American English, Monday in French…).
   */
  @property({
    attribute: 'week-start',
    converter: (value) => (value === null || value.trim() === '' ? null : Number(value)),
  })
  weekStart: number | null = null;

  /** Colour scheme: `light`, `dark`, or `auto` (follows the visitor's system). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  /** Leaves out the schema.org JSON-LD the element otherwise writes into the page. */
  @property({ type: Boolean, attribute: 'without-json-ld' }) withoutJsonLd = false;

  /**
   * Events to show instead of fetching them: for build-time rendering, previews and stories.
   */
  @property({ attribute: false }) events: KiosqueEvent[] | null = null;

  /**
   * Where an event's link leads: `dialog` (its details over the page, with participation) or
   * `instance` (its page on the Mobilizon instance).
   */
  @property({ attribute: 'link-to' }) linkTo: LinkTarget = 'dialog';

  /** The events of the shown days (read-only): what `<kiosque-filters>` builds its tag chips from. */
  get shownEvents(): readonly KiosqueEvent[] {
    return this.shown?.page.events ?? [];
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
    const key = this.sourceKey();
    if (key !== this.#shownSourceKey) {
      this.#shownSourceKey = key;
      this.shown = this.#peek();
    }
    if (changed.has('month')) {
      const month = this.#month();
      if (this.focusDay && !inMonth(this.focusDay, month)) this.focusDay = null;
      if (this.openDay && !this.#grid().weeks.flat().includes(this.openDay)) this.openDay = null;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('withoutJsonLd') && this.shown) {
      writeJsonLd(this, this.shown.page.events, !this.withoutJsonLd);
    }
    if (this.#focusDayPending) {
      this.#focusDayPending = false;
      this.renderRoot.querySelector<HTMLElement>(`[role="gridcell"][tabindex="0"]`)?.focus();
    }
    if (this.#focusPanelPending) {
      this.#focusPanelPending = false;
      this.renderRoot.querySelector<HTMLElement>('[part="panel-heading"]')?.focus();
    }
    claimDeepLink(this);
  }

  #onLinkClick(e: MouseEvent, event: KiosqueEvent): void {
    onEventLinkClick(this, e, event);
  }

  /** Reloads the shown month from the instance. */
  reload(): Promise<void> {
    return this.#task.run();
  }

  /** The month shown: the `month` attribute when valid, else the current month. */
  #month(): Month {
    return parseMonth(this.month) ?? monthOfDay(today());
  }

  #weekStart(m: Messages): 0 | 1 | 2 | 3 | 4 | 5 | 6 {
    return parseWeekStart(this.weekStart) ?? weekStartFor(m.locale);
  }

  #grid(): MonthGrid {
    return monthGrid(this.#month(), this.#weekStart(this.#messages()));
  }

  #gridKey(): string {
    const grid = this.#grid();
    return `${grid.first}|${grid.last}|${Intl.DateTimeFormat().resolvedOptions().timeZone}`;
  }

  /** What to ask for: the shown days, narrowed by the `from` / `to` filters; null if nothing. */
  #fetchRange(grid: MonthGrid): { from: Date; to: Date } | null {
    const range = gridRange(grid);
    const query = this.eventQuery();
    const from = query.from ? new Date(query.from) : null;
    const to = query.to ? new Date(query.to) : null;
    if (from && from > range.from) range.from = from;
    if (to && to < range.to) range.to = to;
    return range.from <= range.to ? range : null;
  }

  /** Cached data for a single source, to paint at once while revalidating. */
  #peek(): Shown | null {
    const range = this.events ? null : this.#fetchRange(this.#grid());
    if (!range) return null;
    const page = peekSource(this.sources(), { ...this.eventQuery(), ...range, limit: 99 });
    return page ? { key: this.#gridKey(), page } : null;
  }

  #afterLoad(key: string, page: EventPage, grid: MonthGrid): void {
    const placed = placeEvents(page.events, grid.first, grid.last);
    const visible = { ...page, events: placed.map((p) => p.event) };
    this.shown = { key, page: visible };
    writeJsonLd(this, visible.events, !this.withoutJsonLd);
    queueMicrotask(() =>
      this.dispatchEvent(new KiosqueLoadEvent(visible.events.length, visible.stale)),
    );
  }

  #reportError(error: KiosqueError): void {
    if (this.#reported === error) return;
    this.#reported = error;
    this.dispatchEvent(new KiosqueErrorEvent(error));
  }

  /** A failure that leaves the last good month shown is a stale load, said once. */
  #reportStale(error: KiosqueError, page: EventPage): void {
    if (this.#reported === error) return;
    this.#reported = error;
    this.dispatchEvent(new KiosqueLoadEvent(page.events.length, true));
  }

  #messages(): Messages {
    return messagesFor(languageOf(this));
  }

  /** Shows another month because the visitor asked for it. */
  #goToMonth(month: Month, focusDay: DayKey | null = null): void {
    const key = monthKey(month);
    const changed = key !== monthKey(this.#month());
    this.month = key;
    this.focusDay = focusDay;
    if (changed) this.dispatchEvent(new KiosqueMonthChangeEvent(key));
  }

  #onPrevious = () => this.#goToMonth(shiftMonth(this.#month(), -1));
  #onNext = () => this.#goToMonth(shiftMonth(this.#month(), 1));
  #onToday = () => {
    const day = today();
    this.#goToMonth(monthOfDay(day), day);
  };

  #retry = () => {
    void this.#task.run();
  };

  /** The day that holds the grid's tab stop. */
  #tabStop(grid: MonthGrid): DayKey {
    const days = grid.weeks.flat();
    if (this.focusDay && days.includes(this.focusDay)) return this.focusDay;
    const now = today();
    return inMonth(now, grid.month) ? now : firstDayOf(grid.month);
  }

  #onGridKeydown = (event: KeyboardEvent) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[role="gridcell"]');
    const day = cell?.dataset['day'];
    if (!day || event.altKey || event.ctrlKey || event.metaKey) return;
    const m = this.#messages();
    const rtl = m.dir === 'rtl';
    const weekStart = this.#weekStart(m);
    let next: DayKey;
    let changeMonth = false;
    switch (event.key) {
      case 'ArrowLeft':
        next = addDays(day, rtl ? 1 : -1);
        break;
      case 'ArrowRight':
        next = addDays(day, rtl ? -1 : 1);
        break;
      case 'ArrowUp':
        next = addDays(day, -7);
        break;
      case 'ArrowDown':
        next = addDays(day, 7);
        break;
      case 'Home':
        next = startOfWeekOf(day, weekStart);
        break;
      case 'End':
        next = endOfWeekOf(day, weekStart);
        break;
      case 'PageUp':
      case 'PageDown': {
        const month = this.#month();
        const base = inMonth(day, month) ? day : firstDayOf(month);
        next = addMonthsToDay(base, event.key === 'PageUp' ? -1 : 1);
        changeMonth = true;
        break;
      }
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.#openDay(day);
        return;
      default:
        return;
    }
    event.preventDefault();
    this.#moveFocus(next, changeMonth);
  };

  /** Moves the grid's tab stop to `day`, showing its month when it is not on the grid. */
  #moveFocus(day: DayKey, changeMonth: boolean): void {
    if (changeMonth || !this.#grid().weeks.flat().includes(day)) {
      this.#goToMonth(monthOfDay(day), day);
    } else {
      this.focusDay = day;
    }
    this.#focusDayPending = true;
  }

  #openDay(day: DayKey): void {
    this.focusDay = day;
    this.openDay = day;
    this.#focusPanelPending = true;
  }

  #closeDay = () => {
    this.openDay = null;
    this.#focusDayPending = true;
  };

  #onPanelKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    this.#closeDay();
  };

  #onGridClick = (event: MouseEvent) => {
    const target = event.target as HTMLElement;
    if (target.closest('a')) return;
    const day = target.closest<HTMLElement>('[role="gridcell"]')?.dataset['day'];
    if (day) this.#openDay(day);
  };

  override render(): TemplateResult {
    const m = this.#messages();
    return html`<div part="base" dir=${m.dir} lang=${m.locale}>${this.#renderState(m)}</div>`;
  }

  #renderState(m: Messages): TemplateResult {
    if (this.month && !parseMonth(this.month)) {
      return this.#renderError(m, m.calendar.invalidMonth(this.month), false);
    }
    if (!this.events && this.sources().length === 0) {
      return this.#renderError(m, m.errors.missingInstance, false);
    }
    const grid = this.#grid();
    const key = this.#gridKey();
    const cached = this.shown?.key === key ? this.shown.page : null;
    const loading = (): TemplateResult =>
      cached
        ? this.#renderMonth(m, grid, cached)
        : html`${this.#renderMonth(m, grid, null)}${loadingStatus(m.loading)}`;
    return this.#task.render({
      initial: loading,
      pending: loading,
      complete: (page) =>
        this.#renderMonth(m, grid, this.shown?.key === key ? this.shown.page : page),
      error: (error) => {
        const err = toKiosqueError(error);
        if (err.kind === 'aborted') return loading();
        if (cached) {
          queueMicrotask(() => this.#reportStale(err, cached));
          return this.#renderMonth(m, grid, { ...cached, stale: true });
        }
        queueMicrotask(() => this.#reportError(err));
        return this.#renderMonth(
          m,
          grid,
          pageOf([]),
          this.#renderError(m, errorMessage(err, m), canRetry(err)),
        );
      },
    });
  }

  #renderError(m: Messages, text: string, canRetry: boolean): TemplateResult {
    return errorAlert(text, m.retry, canRetry ? this.#retry : null);
  }

  /** The header, notes, grid, day list and agenda of a month; `page` null while loading. */
  #renderMonth(
    m: Messages,
    grid: MonthGrid,
    page: EventPage | null,
    alert: TemplateResult | typeof nothing = nothing,
  ): TemplateResult {
    const title = formatMonthTitle(grid.month, m.locale);
    const placed = page ? placeEvents(page.events, grid.first, grid.last) : [];
    const inThisMonth = placed.filter((p) => eventsOnMonth(p, grid.month));
    const note =
      page && alert === nothing && inThisMonth.length === 0
        ? html`<p part="status" class="note" role="status">${m.calendar.emptyMonth(title)}</p>`
        : nothing;
    const stale = page?.stale ? staleNote(m.staleNote, page.fetchedAt, m.locale) : nothing;
    return html`${this.#renderHeader(m, title)} ${alert} ${stale} ${note}
      <p id="help" hidden>${m.calendar.keyboardHelp}</p>
      ${this.#renderGrid(m, grid, placed, title, page === null)}
      ${this.openDay ? this.#renderPanel(m, this.openDay, placed) : nothing}
      ${
        page
          ? this.#renderAgenda(m, grid, placed, title)
          : html`<div class="agenda-skeleton skeleton" aria-hidden="true">
              <span></span><span></span><span></span>
            </div>`
      }`;
  }

  #renderHeader(m: Messages, title: string): TemplateResult {
    const rtl = m.dir === 'rtl';
    return html`<div part="header" class="header">
      <h3 part="heading" class="heading" id="heading" aria-live="polite">${title}</h3>
      <div part="nav" class="nav" role="group" aria-label=${m.calendar.navigation}>
        <button
          part="prev"
          type="button"
          class="icon"
          aria-label=${m.calendar.previousMonth}
          title=${m.calendar.previousMonth}
          @click=${this.#onPrevious}
        >
          <span aria-hidden="true">${rtl ? '›' : '‹'}</span>
        </button>
        <button part="today" type="button" @click=${this.#onToday}>${m.calendar.today}</button>
        <button
          part="next"
          type="button"
          class="icon"
          aria-label=${m.calendar.nextMonth}
          title=${m.calendar.nextMonth}
          @click=${this.#onNext}
        >
          <span aria-hidden="true">${rtl ? '‹' : '›'}</span>
        </button>
      </div>
    </div>`;
  }

  #renderGrid(
    m: Messages,
    grid: MonthGrid,
    placed: Placed[],
    title: string,
    loading: boolean,
  ): TemplateResult {
    const names = weekdayNames(m.locale, grid.weekStart);
    const tabStop = this.#tabStop(grid);
    const now = today();
    return html`<div
      part="grid"
      class="grid ${loading ? 'is-loading' : ''}"
      role="grid"
      aria-label=${m.calendar.gridLabel(title)}
      aria-describedby="help"
      aria-busy=${loading ? 'true' : 'false'}
      @keydown=${this.#onGridKeydown}
      @click=${this.#onGridClick}
    >
      <div role="row" class="weekdays">
        ${names.map(
          (name) =>
            html`<div part="column-header" role="columnheader">
              <span aria-hidden="true">${name.short}</span
              ><span class="visually-hidden">${name.long}</span>
            </div>`,
        )}
      </div>
      ${grid.weeks.map((week) => this.#renderWeek(m, grid, week, placed, tabStop, now))}
    </div>`;
  }

  #renderWeek(
    m: Messages,
    grid: MonthGrid,
    week: DayKey[],
    placed: Placed[],
    tabStop: DayKey,
    now: DayKey,
  ): TemplateResult {
    const { segments, lanes } = layoutWeek(week, placed);
    return html`<div part="week" role="row" class="week">
      ${week.map((day, column) => {
        const outside = !inMonth(day, grid.month);
        const all = eventsOn(day, placed);
        const singles = singleDayEventsOn(day, placed);
        const shownSingles = singles.slice(0, EVENTS_PER_CELL);
        const hidden = singles.length - shownSingles.length;
        const parts = [
          'day',
          outside ? 'outside' : '',
          day === now ? 'today' : '',
          all.length ? 'has-events' : '',
        ]
          .filter(Boolean)
          .join(' ');
        return html`<div
          part=${parts}
          role="gridcell"
          class="day ${outside ? 'outside' : ''} ${day === now ? 'is-today' : ''}"
          data-day=${day}
          tabindex=${day === tabStop ? 0 : -1}
          aria-current=${day === now ? 'date' : nothing}
        >
          <span part="day-number" class="number"
            ><span aria-hidden="true">${formatDayNumber(day, m.locale)}</span
            ><span class="visually-hidden"
              >${formatLongDay(day, m.locale)}${all.length ? `, ${m.eventsFound(all.length)}` : ''}</span
            ></span
          >
          ${Array.from({ length: lanes }, (_, lane) => this.#renderLane(m, segments, lane, column))}
          ${
            shownSingles.length
              ? html`<ul class="chips" role="list">
                  ${shownSingles.map((p) => this.#renderChip(m, p.event))}
                </ul>`
              : nothing
          }
          ${hidden > 0 ? html`<span part="more" class="more">${m.calendar.more(hidden)}</span>` : nothing}
        </div>`;
      })}
    </div>`;
  }

  /** One row of multi-day bars within a day cell: the bar when it starts here, else a spacer. */
  #renderLane(m: Messages, segments: Segment[], lane: number, column: number): TemplateResult {
    const starting = segments.find((s) => s.lane === lane && s.column === column);
    if (starting) {
      const { event } = starting.placed;
      const href = eventLink(event);
      const classes = [
        'span',
        starting.continuesBefore ? 'from-before' : '',
        starting.continuesAfter ? 'goes-on' : '',
        event.status === 'CANCELLED' ? 'is-cancelled' : '',
      ].join(' ');
      const label = starting.continuesBefore
        ? `${event.title} ${m.calendar.continued}`
        : event.title;
      return html`<div class="lane">
        ${
          href
            ? html`<a
                part="span"
                class=${classes}
                style="--span: ${starting.span}"
                href=${href}
                tabindex="-1"
                title=${event.title}
                @click=${(e: MouseEvent) => this.#onLinkClick(e, event)}
                >${label}</a
              >`
            : html`<span
                part="span"
                class=${classes}
                style="--span: ${starting.span}"
                title=${event.title}
                >${label}</span
              >`
        }
      </div>`;
    }
    const covering = segments.find(
      (s) => s.lane === lane && s.column < column && s.column + s.span > column,
    );
    return html`<div class="lane">
      ${
        covering
          ? html`<span class="visually-hidden"
              >${covering.placed.event.title} ${m.calendar.continued}</span
            >`
          : nothing
      }
    </div>`;
  }

  #renderChip(m: Messages, event: KiosqueEvent): TemplateResult {
    const href = eventLink(event);
    const { time, zone } = formatStartTime(event, m.locale);
    const body = html`${
        time
          ? html`<span class="chip-when"
              ><time class="time" datetime=${event.beginsOn}>${time}</time>${
                zone ? html` <span class="zone">${zone}</span>` : nothing
              }</span
            > `
          : nothing
      }<span class="title">${event.title}</span>`;
    return html`<li class="chip-item">
      ${
        href
          ? html`<a
              part="event"
              class="chip ${event.status === 'CANCELLED' ? 'is-cancelled' : ''}"
              href=${href}
              tabindex="-1"
              title=${event.title}
              @click=${(e: MouseEvent) => this.#onLinkClick(e, event)}
              >${body}</a
            >`
          : html`<span part="event" class="chip" title=${event.title}>${body}</span>`
      }
    </li>`;
  }

  #renderPanel(m: Messages, day: DayKey, placed: Placed[]): TemplateResult {
    const events = eventsOn(day, placed);
    const heading = formatDayHeading(day, m.locale);
    return html`<section
      part="panel"
      class="panel"
      aria-label=${m.calendar.dayEventsLabel(heading)}
      @keydown=${this.#onPanelKeydown}
    >
      <div class="panel-header">
        <h4 part="panel-heading" class="panel-heading" tabindex="-1">${heading}</h4>
        <button part="close" type="button" @click=${this.#closeDay}>${m.calendar.close}</button>
      </div>
      ${
        events.length
          ? html`<ul part="list" class="list" role="list">
              ${events.map((p) => this.#renderItem(m, p, day))}
            </ul>`
          : html`<p class="quiet">${m.calendar.noEventsOnDay}</p>`
      }
    </section>`;
  }

  #renderAgenda(m: Messages, grid: MonthGrid, placed: Placed[], title: string): TemplateResult {
    const days = grid.weeks
      .flat()
      .filter((day) => inMonth(day, grid.month))
      .map((day) => [day, eventsOn(day, placed)] as const)
      .filter(([, events]) => events.length > 0);
    if (days.length === 0) return html``;
    return html`<ol
      part="agenda"
      class="agenda"
      role="list"
      aria-label=${m.calendar.gridLabel(title)}
    >
      ${days.map(
        ([day, events]) =>
          html`<li part="agenda-day" class="agenda-day">
            <h4 part="agenda-heading" class="agenda-heading">${formatDayHeading(day, m.locale)}</h4>
            <ul part="list" class="list" role="list">
              ${events.map((p) => this.#renderItem(m, p, day))}
            </ul>
          </li>`,
      )}
    </ol>`;
  }

  /** An event in the day list or the agenda: link, dates in its own zone, place, badges. */
  #renderItem(m: Messages, placed: Placed, day: DayKey): TemplateResult {
    const { event } = placed;
    const href = eventLink(event);
    const when = formatEventWhen(event, m.locale, m.timeZoneNote);
    const continued = placed.start < day;
    return html`<li part="item" class="item ${event.status === 'CANCELLED' ? 'is-cancelled' : ''}">
      <p class="item-title">
        ${
          href
            ? html`<a
                part="link"
                href=${href}
                @click=${(e: MouseEvent) => this.#onLinkClick(e, event)}
                >${event.title}</a
              >`
            : event.title
        }
        ${continued ? html`<span class="quiet">${m.calendar.continued}</span>` : nothing}
      </p>
      <p part="when" class="meta">
        <time datetime=${event.beginsOn}>${when.text}</time>${
          when.zoneNote ? html` <span class="zone">(${when.zoneNote})</span>` : nothing
        }
      </p>
      ${
        !continued && placeText(event, m)
          ? html`<p part="where" class="meta">${placeText(event, m)}</p>`
          : nothing
      }
      ${renderBadges(event, m)}
    </li>`;
  }
}

function eventsOnMonth(placed: Placed, month: Month): boolean {
  const first = firstDayOf(month);
  const last = addDays(firstDayOf(shiftMonth(month, 1)), -1);
  return placed.end >= first && placed.start <= last;
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

function renderBadges(event: KiosqueEvent, m: Messages): TemplateResult | typeof nothing {
  const badges: [string, string][] = [];
  if (event.status === 'CANCELLED') badges.push(['cancelled', m.cancelled]);
  else if (event.status === 'TENTATIVE') badges.push(['tentative', m.tentative]);
  if (event.status !== 'CANCELLED') {
    const { remaining, maximum } = event.capacity;
    if (maximum !== null && remaining === 0) badges.push(['full', m.full]);
    else if (remaining !== null && maximum !== null && remaining <= Math.max(3, maximum * 0.1)) {
      badges.push(['places-left', m.placesLeft(remaining)]);
    }
  }
  if (badges.length === 0) return nothing;
  return html`<ul class="badges" role="list">
    ${badges.map(([kind, text]) => html`<li part="badge" class="badge ${kind}">${text}</li>`)}
  </ul>`;
}
