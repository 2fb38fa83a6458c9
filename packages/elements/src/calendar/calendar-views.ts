import { eventLink } from '@kiosque/render';
import { html, nothing, type TemplateResult } from 'lit';
import type { KiosqueEvent } from '@kiosque/client';
import type { Messages } from '../i18n/index.js';
import { formatDayHeading } from '../shared/dates.js';
import { heading } from '../shared/headings.js';
import { summaryView, titleLink, type OpenEvent } from '../shared/summary.js';
import { formatDayNumber, formatLongDay, formatStartTime, weekdayNames } from './format.js';
import { eventsOn, layoutWeek, singleDayEventsOn, type Placed, type Segment } from './layout.js';
import { inMonth, today, type DayKey, type MonthGrid } from './month-grid.js';

/** Single-day events listed in a day cell before "+N more". */
const EVENTS_PER_CELL = 3;

/** The month navigation's buttons. */
export interface MonthNav {
  onPrevious: () => void;
  onToday: () => void;
  onNext: () => void;
}

/** The grid's tab stop (roving tabindex) and what its keys, clicks and links do. */
export interface GridHandlers {
  tabStop: DayKey;
  onKeydown: (e: KeyboardEvent) => void;
  onClick: (e: MouseEvent) => void;
  onOpen: OpenEvent;
}

/** The level of the month heading (the day list's heading goes one below), and the list's actions. */
export interface PanelHandlers {
  level: number;
  onKeydown: (e: KeyboardEvent) => void;
  onClose: () => void;
  onOpen: OpenEvent;
}

/** The month heading and the buttons to go to the previous and next month, and to today. */
export function headerView(
  m: Messages,
  title: string,
  level: number,
  { onPrevious, onToday, onNext }: MonthNav,
): TemplateResult {
  const rtl = m.dir === 'rtl';
  return html`<div part="header" class="header">
    ${heading(level, 'heading', title, { id: 'heading', live: true })}
    <div part="nav" class="nav" role="group" aria-label=${m.calendar.navigation}>
      <button
        part="prev"
        type="button"
        class="icon"
        aria-label=${m.calendar.previousMonth}
        title=${m.calendar.previousMonth}
        @click=${onPrevious}
      >
        <span aria-hidden="true">${rtl ? '›' : '‹'}</span>
      </button>
      <button part="today" type="button" @click=${onToday}>${m.calendar.today}</button>
      <button
        part="next"
        type="button"
        class="icon"
        aria-label=${m.calendar.nextMonth}
        title=${m.calendar.nextMonth}
        @click=${onNext}
      >
        <span aria-hidden="true">${rtl ? '‹' : '›'}</span>
      </button>
    </div>
  </div>`;
}

/** The month grid: weekday headings, then a row per week. */
export function gridView(
  m: Messages,
  grid: MonthGrid,
  placed: Placed[],
  title: string,
  loading: boolean,
  { tabStop, onKeydown, onClick, onOpen }: GridHandlers,
): TemplateResult {
  const names = weekdayNames(m.locale, grid.weekStart);
  const now = today();
  return html`<div
    part="grid"
    class="grid ${loading ? 'is-loading' : ''}"
    role="grid"
    aria-label=${m.calendar.gridLabel(title)}
    aria-describedby="help"
    aria-busy=${loading ? 'true' : 'false'}
    @keydown=${onKeydown}
    @click=${onClick}
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
    ${grid.weeks.map((week) => weekView(m, grid, week, placed, tabStop, now, onOpen))}
  </div>`;
}

function weekView(
  m: Messages,
  grid: MonthGrid,
  week: DayKey[],
  placed: Placed[],
  tabStop: DayKey,
  now: DayKey,
  onOpen: OpenEvent,
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
        ${Array.from({ length: lanes }, (_, lane) => laneView(m, segments, lane, column, onOpen))}
        ${
          shownSingles.length
            ? html`<ul class="chips" role="list">
                ${shownSingles.map((p) => chipView(m, p.event, onOpen))}
              </ul>`
            : nothing
        }
        ${hidden > 0 ? html`<span part="more" class="more">${m.calendar.more(hidden)}</span>` : nothing}
      </div>`;
    })}
  </div>`;
}

/** One row of multi-day bars within a day cell: the bar when it starts here, else a spacer. */
function laneView(
  m: Messages,
  segments: Segment[],
  lane: number,
  column: number,
  onOpen: OpenEvent,
): TemplateResult {
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
    const label = starting.continuesBefore ? `${event.title} ${m.calendar.continued}` : event.title;
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
              @click=${(e: MouseEvent) => onOpen(e, event)}
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

function chipView(m: Messages, event: KiosqueEvent, onOpen: OpenEvent): TemplateResult {
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
            @click=${(e: MouseEvent) => onOpen(e, event)}
            >${body}</a
          >`
        : html`<span part="event" class="chip" title=${event.title}>${body}</span>`
    }
  </li>`;
}

/** The events of the day the visitor opened, below the grid. */
export function panelView(
  m: Messages,
  day: DayKey,
  placed: Placed[],
  { level, onKeydown, onClose, onOpen }: PanelHandlers,
): TemplateResult {
  const events = eventsOn(day, placed);
  const title = formatDayHeading(day, m.locale);
  return html`<section
    part="panel"
    class="panel"
    aria-label=${m.calendar.dayEventsLabel(title)}
    @keydown=${onKeydown}
  >
    <div class="panel-header">
      ${heading(level + 1, 'panel-heading', title, { tabindex: -1 })}
      <button part="close" type="button" @click=${onClose}>${m.calendar.close}</button>
    </div>
    ${
      events.length
        ? html`<ul part="list" class="list" role="list">
            ${events.map((p) => itemView(m, p, day, onOpen))}
          </ul>`
        : html`<p class="quiet">${m.calendar.noEventsOnDay}</p>`
    }
  </section>`;
}

/** The month's days with events as a list: what narrow widths show instead of the grid. */
export function agendaView(
  m: Messages,
  grid: MonthGrid,
  placed: Placed[],
  title: string,
  level: number,
  onOpen: OpenEvent,
): TemplateResult {
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
          ${heading(level + 1, 'agenda-heading', formatDayHeading(day, m.locale))}
          <ul part="list" class="list" role="list">
            ${events.map((p) => itemView(m, p, day, onOpen))}
          </ul>
        </li>`,
    )}
  </ol>`;
}

/** An event in the day list or the agenda: link, dates in its own zone, place, badges. */
function itemView(m: Messages, placed: Placed, day: DayKey, onOpen: OpenEvent): TemplateResult {
  const { event } = placed;
  const continued = placed.start < day;
  const title = html`<p class="item-title">
    ${titleLink(event, onOpen)}
    ${continued ? html`<span class="quiet">${m.calendar.continued}</span>` : nothing}
  </p>`;
  return html`<li part="item" class="item ${event.status === 'CANCELLED' ? 'is-cancelled' : ''}">
    ${summaryView(event, m, title, continued ? '' : undefined)}
  </li>`;
}
