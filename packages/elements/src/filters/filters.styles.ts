import { css } from 'lit';

export const filtersStyles = css`
  :host {
    --_gap: var(--kiosque-filters-gap, 0.75rem);
    container-type: inline-size;
  }
  .filters {
    display: grid;
    gap: var(--_gap);
    margin-block-end: calc(var(--_kiosque-space) * 1.25);
    padding: var(--_kiosque-space);
    border: 1px solid var(--_kiosque-border);
    border-radius: var(--_kiosque-radius);
    background: var(--_kiosque-surface);
  }
  .fields {
    display: grid;
    gap: var(--_gap);
    grid-template-columns: minmax(0, 1fr);
  }
  .secondary {
    display: grid;
    gap: var(--_gap);
  }
  .more {
    justify-self: start;
    min-block-size: 2.5rem;
  }
  .more::after {
    content: '';
    display: inline-block;
    inline-size: 0.45em;
    block-size: 0.45em;
    margin-inline-start: 0.5em;
    /* Physical sides: a chevron pointing down in either direction of writing. */
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: translateY(-0.15em) rotate(45deg);
  }
  .more[aria-expanded='true']::after {
    transform: translateY(0.1em) rotate(-135deg);
  }
  /* Narrow: search first; the other filters behind "Filters". */
  @container (max-width: 39.99rem) {
    .secondary:not(.is-open) {
      display: none;
    }
  }
  @container (min-width: 40rem) {
    .fields {
      grid-template-columns: minmax(0, 2fr) repeat(auto-fit, minmax(10rem, 1fr));
    }
    .secondary > .fields {
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    }
    .fields:has(> .search) {
      grid-template-columns: minmax(0, 1fr);
    }
    .more {
      display: none;
    }
  }
  .field {
    display: grid;
    gap: 0.25em;
    min-inline-size: 0;
  }
  .field.inline {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
  }
  label,
  legend {
    font-weight: 600;
    font-size: 0.9em;
  }
  input[type='search'],
  input[type='date'],
  select {
    font: inherit;
    color: inherit;
    min-block-size: 2.5rem;
    padding: 0.35em 0.6em;
    border: 1px solid color-mix(in srgb, currentColor 45%, transparent);
    border-radius: var(--_kiosque-radius);
    background: var(--_kiosque-bg);
    inline-size: 100%;
    min-inline-size: 0;
  }
  .field.inline select {
    inline-size: auto;
  }
  input:focus-visible,
  select:focus-visible,
  .chip:has(input:focus-visible) {
    outline: 2px solid var(--_kiosque-accent);
    outline-offset: 2px;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.35em;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.25rem;
    padding: 0.3em 0.85em;
    border: 1px solid color-mix(in srgb, currentColor 45%, transparent);
    border-radius: 999px;
    background: var(--_kiosque-bg);
    cursor: pointer;
    font-weight: 400;
    font-size: 0.9em;
  }
  .chip input {
    position: absolute;
    opacity: 0;
    inline-size: 1px;
    block-size: 1px;
    margin: 0;
  }
  .chip:has(input:checked),
  button.chip[aria-pressed='true'] {
    background: var(--_kiosque-accent);
    border-color: var(--_kiosque-accent);
    color: var(--kiosque-color-on-accent, #fff);
  }
  :host([theme='dark']) .chip:has(input:checked),
  :host([theme='dark']) button.chip[aria-pressed='true'] {
    color: var(--kiosque-color-on-accent, #16151c);
  }
  .range {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    margin-block-start: 0.6em;
  }
  .range .field {
    flex: 1 1 9rem;
  }
  .near {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em var(--_gap);
  }
  .near-me {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-block-size: 2.5rem;
  }
  .near-me[aria-pressed='true'] {
    background: var(--_kiosque-accent);
    border-color: var(--_kiosque-accent);
    color: var(--kiosque-color-on-accent, #fff);
  }
  .message {
    margin: 0;
    flex-basis: 100%;
    font-size: 0.9em;
    color: var(--_kiosque-muted);
  }
  .message.error {
    color: var(--_kiosque-danger);
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em var(--_gap);
  }
  .count {
    margin: 0;
    font-weight: 600;
  }
  .count:empty {
    display: none;
  }
  .reset {
    min-block-size: 2.5rem;
  }
`;
