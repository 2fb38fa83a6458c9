import { css } from 'lit';

export const eventsStyles = css`
  :host {
    --_kiosque-events-gap: var(--kiosque-events-gap, 0.75rem);
    --_kiosque-events-thumb: var(--kiosque-events-thumbnail-size, 4.5rem);
  }
  [part='base'] {
    display: grid;
    gap: var(--_kiosque-events-gap);
  }
  .day {
    display: grid;
    gap: calc(var(--_kiosque-events-gap) / 2);
  }
  .day-heading {
    font-size: 0.8em;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_kiosque-muted);
    margin: 0;
    padding-block-end: 0.25em;
    border-block-end: 1px solid var(--_kiosque-border);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_kiosque-events-gap);
  }
  .event {
    display: grid;
    grid-template-columns: var(--_kiosque-events-thumb) minmax(0, 1fr);
    gap: 0.25em 0.9em;
    align-items: start;
    padding: 0.6em;
    border-radius: var(--_kiosque-radius);
    background: var(--_kiosque-surface);
  }
  .thumb {
    width: var(--_kiosque-events-thumb);
    height: var(--_kiosque-events-thumb);
    border-radius: calc(var(--_kiosque-radius) * 0.75);
    object-fit: cover;
    background: var(--_kiosque-border);
    display: block;
  }
  .placeholder {
    display: grid;
    place-items: center;
    color: var(--_kiosque-accent);
    font-weight: 700;
    font-size: 1.1em;
    line-height: 1.1;
    text-align: center;
    background: color-mix(in srgb, var(--_kiosque-accent) 12%, transparent);
  }
  .date-tile small {
    display: block;
    font-size: 0.65em;
    font-weight: 600;
    text-transform: uppercase;
  }
  .body {
    min-width: 0;
    display: grid;
    gap: 0.2em;
  }
  .title {
    margin: 0;
    font-size: 1.05em;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .title a {
    text-decoration: none;
  }
  .title a:hover {
    text-decoration: underline;
  }
  .meta {
    margin: 0;
    font-size: 0.9em;
    color: var(--_kiosque-muted);
    overflow-wrap: anywhere;
  }
  .event.is-cancelled .title a {
    text-decoration: line-through;
  }
  .accessibility {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.8em;
    margin: 0.1em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8em;
    color: var(--_kiosque-muted);
  }
  .accessibility li,
  .actions a,
  .footer-links a {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
  }
  .icon {
    flex: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3em 1em;
    margin: 0.2em 0 0;
    font-size: 0.85em;
  }
  .show-on-map {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0.15em 0.6em;
    font-size: inherit;
  }
  .show-on-map[aria-pressed='true'] {
    border-color: var(--_kiosque-accent);
    color: var(--_kiosque-accent);
  }
  .is-selected {
    outline: 2px solid var(--_kiosque-accent);
    outline-offset: 2px;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1.25em;
  }
  .footer-links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em 1.25em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
  }

  /* Grid: cards with pictures. */
  .layout-grid > ul {
    grid-template-columns: repeat(
      auto-fill,
      minmax(min(100%, var(--kiosque-events-card-width, 15rem)), 1fr)
    );
  }
  .card {
    display: flex;
    flex-direction: column;
    border-radius: var(--_kiosque-radius);
    background: var(--_kiosque-surface);
    overflow: hidden;
  }
  .card .body {
    padding: 0.75em;
  }
  .card-image {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    background: var(--_kiosque-border);
  }
  .card-image.placeholder {
    font-size: 1.6em;
  }
  .card.is-cancelled .title a {
    text-decoration: line-through;
  }

  /* Compact: one line per event, for sidebars. */
  .layout-compact > ul {
    gap: 0.35em;
  }
  .compact {
    display: flex;
    gap: 0.6em;
    align-items: baseline;
    min-width: 0;
  }
  .compact time {
    flex: none;
    min-width: 3.5em;
    font-size: 0.85em;
    font-variant-numeric: tabular-nums;
    color: var(--_kiosque-muted);
  }
  .compact .title {
    font-size: 1em;
    overflow-wrap: anywhere;
  }
  .compact.is-cancelled .title a {
    text-decoration: line-through;
  }
  @container (max-width: 22rem) {
    .event {
      --_kiosque-events-thumb: 3.25rem;
    }
  }
`;
