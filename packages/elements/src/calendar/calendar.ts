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
import { visitorTimeZone } from '@kiosque/render';
import { KIOSQUE_VERSION } from '../shared/define.js';
import { errorMessage, toKiosqueError, canRetry } from '../shared/errors.js';
import { KiosqueErrorEvent, KiosqueLoadEvent } from '../shared/events.js';
import { EventSourceMixin } from '../shared/event-source.js';
import { claimDeepLink, onEventLinkClick, type LinkTarget } from '../shared/event-dialog.js';
import { clampHeadingLevel } from '../shared/headings.js';
import { writeJsonLd } from '../shared/light-dom.js';
import { stateStyles, tokens } from '../shared/styles.js';
import { summaryStyles } from '../shared/summary.js';
import { staleNote } from '../shared/stale.js';
import { errorAlert, loadingStatus } from '../shared/status.js';
import { calendarStyles } from './calendar.styles.js';
import { agendaView, gridView, headerView, panelView } from './calendar-views.js';
import { formatMonthTitle } from './format.js';
import { overlapsMonth, placeEvents } from './layout.js';
import { loadRange } from './load-range.js';
import {
  firstDayOf,
  gridRange,
  inMonth,
  keyTarget,
  monthGrid,
  monthKey,
  monthOfDay,
  parseMonth,
  parseWeekStart,
  shiftMonth,
  today,
  weekStartFor,
  type DayKey,
  type Month,
  type MonthGrid,
} from './month-grid.js';

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
 * @csspart badge - A status badge (cancelled, tentative, full, places left, external, online).
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
  static override styles = [tokens, stateStyles, summaryStyles, calendarStyles];
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

  /**
   * Level of the month heading (1–6, default 3); the day headings of the day list and the
   * agenda go one level below, down to 6.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

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

  #onLinkClick = (e: MouseEvent, event: KiosqueEvent): void => {
    onEventLinkClick(this, e, event);
  };

  /** Reloads the shown month from the instance. */
  reload(): Promise<void> {
    return this.#task.run();
  }

  /** The month shown: the `month` attribute when valid, else the current month. */
  #month(): Month {
    return parseMonth(this.month) ?? monthOfDay(today());
  }

  get #headingLevel(): number {
    return clampHeadingLevel(this.headingLevel, 3);
  }

  #weekStart(m: Messages): 0 | 1 | 2 | 3 | 4 | 5 | 6 {
    return parseWeekStart(this.weekStart) ?? weekStartFor(m.locale);
  }

  #grid(): MonthGrid {
    return monthGrid(this.#month(), this.#weekStart(this.#messages()));
  }

  #gridKey(): string {
    const grid = this.#grid();
    return `${grid.first}|${grid.last}|${visitorTimeZone()}`;
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
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#openDay(day);
      return;
    }
    const m = this.#messages();
    const target = keyTarget(event.key, day, this.#month(), this.#weekStart(m), m.dir === 'rtl');
    if (!target) return;
    event.preventDefault();
    this.#moveFocus(target.day, target.changeMonth);
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
    const inThisMonth = placed.filter((p) => overlapsMonth(p, grid.month));
    const note =
      page && alert === nothing && inThisMonth.length === 0
        ? html`<p part="status" class="note" role="status">${m.calendar.emptyMonth(title)}</p>`
        : nothing;
    const stale = page?.stale ? staleNote(m.staleNote, page.fetchedAt, m.locale) : nothing;
    const level = this.#headingLevel;
    const nav = { onPrevious: this.#onPrevious, onToday: this.#onToday, onNext: this.#onNext };
    const onOpen = this.#onLinkClick;
    const handlers = {
      tabStop: this.#tabStop(grid),
      onKeydown: this.#onGridKeydown,
      onClick: this.#onGridClick,
      onOpen,
    };
    const panel = { level, onKeydown: this.#onPanelKeydown, onClose: this.#closeDay, onOpen };
    return html`${headerView(m, title, level, nav)} ${alert} ${stale} ${note}
      <p id="help" hidden>${m.calendar.keyboardHelp}</p>
      ${gridView(m, grid, placed, title, page === null, handlers)}
      ${this.openDay ? panelView(m, this.openDay, placed, panel) : nothing}
      ${
        page
          ? agendaView(m, grid, placed, title, level, onOpen)
          : html`<div class="agenda-skeleton skeleton" aria-hidden="true">
              <span></span><span></span><span></span>
            </div>`
      }`;
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
