import { css } from 'lit';

export const calendarStyles = css`
  :host {
    --_cal-cell: var(--kiosque-calendar-cell-height, 6.5rem);
    --_cal-today: var(--kiosque-calendar-today, var(--_kiosque-accent));
    --_cal-span-bg: var(
      --kiosque-calendar-span-background,
      color-mix(in srgb, var(--_kiosque-accent) 18%, transparent)
    );
    --_cal-span-fg: var(--kiosque-calendar-span-color, inherit);
    --_cal-lane: 1.45rem;
  }
  [part='base'] {
    display: grid;
    gap: 0.75rem;
  }
  p {
    margin: 0;
  }

  /* Header */
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }
  .heading {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.2;
  }
  .nav {
    display: flex;
    gap: 0.35rem;
  }
  .nav .icon {
    min-width: 2.5em;
    padding-inline: 0.6em;
    font-size: 1.05em;
    line-height: 1;
  }
  .note {
    color: var(--_kiosque-muted);
    font-size: 0.95em;
  }

  /* Grid */
  .grid {
    border: 1px solid var(--_kiosque-border);
    border-radius: var(--_kiosque-radius);
    overflow: hidden;
  }
  .weekdays,
  .week {
    display: grid;
    grid-template-columns: repeat(7, minmax(0, 1fr));
  }
  [part='column-header'] {
    padding: 0.45em 0.5em;
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_kiosque-muted);
    text-align: start;
    border-block-end: 1px solid var(--_kiosque-border);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .week + .week {
    border-block-start: 1px solid var(--_kiosque-border);
  }
  .day {
    position: relative;
    min-width: 0;
    min-height: var(--_cal-cell);
    display: flex;
    flex-direction: column;
    gap: 2px;
    padding-block: 0.3rem 0.4rem;
    border-inline-end: 1px solid var(--_kiosque-border);
    cursor: pointer;
  }
  .day:last-child {
    border-inline-end: 0;
  }
  .day.outside {
    background: color-mix(in srgb, currentColor 3.5%, transparent);
  }
  .day:hover {
    background: var(--_kiosque-surface);
  }
  .day:focus {
    outline: none;
  }
  .day:focus-visible {
    outline: 2px solid var(--_kiosque-accent);
    outline-offset: -2px;
    z-index: 2;
  }
  .number {
    align-self: flex-start;
    margin-inline-start: 0.3rem;
    font-size: 0.85em;
    font-weight: 600;
    line-height: 1;
  }
  .number > [aria-hidden] {
    display: inline-grid;
    place-items: center;
    min-width: 1.8em;
    height: 1.8em;
    padding-inline: 0.3em;
    border-radius: 999px;
  }
  .outside .number {
    color: var(--_kiosque-muted);
    font-weight: 400;
  }
  .is-today .number > [aria-hidden] {
    background: var(--_cal-today);
    color: Canvas;
  }

  /* Multi-day bars: drawn from their first cell in the week across the following ones. */
  .lane {
    height: var(--_cal-lane);
    flex: none;
  }
  .span {
    --_start: 3px;
    --_end: 3px;
    position: relative;
    z-index: 1;
    display: block;
    box-sizing: border-box;
    width: calc(var(--span) * 100% + (var(--span) - 1) * 1px - var(--_start) - var(--_end));
    height: calc(var(--_cal-lane) - 2px);
    margin-inline-start: var(--_start);
    padding-inline: 0.45em;
    border-radius: 4px;
    background: var(--_cal-span-bg);
    color: var(--_cal-span-fg);
    font-size: 0.78em;
    line-height: calc((var(--_cal-lane) - 2px) / 0.78);
    font-weight: 600;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    text-decoration: none;
  }
  a.span:hover {
    text-decoration: underline;
  }
  .span.from-before {
    --_start: 0px;
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }
  .span.goes-on {
    --_end: 0px;
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }

  /* Single-day events */
  .chips {
    list-style: none;
    margin: 0;
    padding: 0 3px;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1px;
  }
  .chip {
    display: block;
    padding: 0.12em 0.3em;
    border-radius: 4px;
    font-size: 0.78em;
    line-height: 1.3;
    color: inherit;
    text-decoration: none;
  }
  .chip-when,
  .chip .title {
    display: block;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .chip-when::before {
    content: '';
    display: inline-block;
    width: 0.45em;
    height: 0.45em;
    margin-inline-end: 0.3em;
    border-radius: 999px;
    background: var(--_kiosque-accent);
    vertical-align: 0.1em;
  }
  a.chip:hover {
    background: var(--_cal-span-bg);
  }
  a.chip:hover .title {
    text-decoration: underline;
  }
  .chip .time {
    font-weight: 600;
  }
  .chip .zone,
  .more {
    color: var(--_kiosque-muted);
  }
  .more {
    font-size: 0.75em;
    padding-inline: 0.5rem;
  }
  .is-cancelled .title,
  .span.is-cancelled,
  .item.is-cancelled .item-title a {
    text-decoration: line-through;
  }

  /* Loading: the grid is drawn, with pulsing placeholders in its days. */
  .grid.is-loading .day:not(.outside)::after {
    content: '';
    display: block;
    height: 0.9em;
    margin: 0.35em 0.4em 0;
    border-radius: 4px;
    background: var(--_kiosque-surface);
    animation: kiosque-pulse 1.4s ease-in-out infinite;
  }
  .grid.is-loading .day:nth-child(3n + 2)::after {
    width: 60%;
  }

  /* The focused day's events */
  .panel {
    padding: 0.75rem 1rem;
    border: 1px solid var(--_kiosque-border);
    border-radius: var(--_kiosque-radius);
    background: var(--_kiosque-surface);
  }
  .panel-header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    flex-wrap: wrap;
  }
  .panel-heading {
    margin: 0;
    font-size: 1em;
  }
  .panel-heading:focus {
    outline: none;
  }
  .panel-heading:focus-visible {
    outline: 2px solid var(--_kiosque-accent);
    outline-offset: 2px;
  }
  .list {
    list-style: none;
    margin: 0.6rem 0 0;
    padding: 0;
    display: grid;
    gap: 0.7rem;
  }
  .item {
    display: grid;
    gap: 0.15rem;
  }
  .item-title {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .item-title a {
    text-decoration: none;
  }
  .item-title a:hover {
    text-decoration: underline;
  }
  .meta {
    font-size: 0.9em;
    color: var(--_kiosque-muted);
    overflow-wrap: anywhere;
  }
  .quiet {
    color: var(--_kiosque-muted);
    font-weight: 400;
    font-size: 0.9em;
  }

  /* Agenda: replaces the grid on narrow widths. */
  .agenda,
  .agenda-skeleton {
    display: none;
  }
  .agenda {
    list-style: none;
    margin: 0;
    padding: 0;
    gap: 1rem;
  }
  .agenda-heading {
    margin: 0;
    padding-block-end: 0.25em;
    border-block-end: 1px solid var(--_kiosque-border);
    font-size: 0.8em;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_kiosque-muted);
  }
  .agenda .list {
    margin-block-start: 0.5rem;
  }
  @container (max-width: 36rem) {
    .grid,
    .panel {
      display: none;
    }
    .agenda,
    .agenda-skeleton {
      display: grid;
    }
  }
`;
