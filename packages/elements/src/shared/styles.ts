import { css } from 'lit';

/**
 * Global design tokens. Every element inherits the page's font and text colour by default;
 * sites tune the look with the `--kiosque-*` custom properties.
 */
export const tokens = css`
  :host {
    --_kiosque-accent: var(--kiosque-color-accent, #3b3dbf);
    --_kiosque-text: var(--kiosque-color-text, inherit);
    --_kiosque-bg: var(--kiosque-color-background, transparent);
    --_kiosque-surface: var(
      --kiosque-color-surface,
      color-mix(in srgb, currentColor 4%, transparent)
    );
    --_kiosque-muted: var(--kiosque-color-muted, color-mix(in srgb, currentColor 68%, transparent));
    --_kiosque-border: var(
      --kiosque-color-border,
      color-mix(in srgb, currentColor 18%, transparent)
    );
    --_kiosque-danger: var(--kiosque-color-danger, #b3261e);
    --_kiosque-warning: var(--kiosque-color-warning, #8a5a00);
    --_kiosque-radius: var(--kiosque-radius, 0.5rem);
    --_kiosque-space: var(--kiosque-spacing, 1rem);
    --_kiosque-font: var(--kiosque-font-family, inherit);

    display: block;
    color: var(--_kiosque-text);
    background: var(--_kiosque-bg);
    font-family: var(--_kiosque-font);
    line-height: 1.4;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    --_kiosque-accent: var(--kiosque-color-accent, #a9b4ff);
    --_kiosque-text: var(--kiosque-color-text, #eceaf4);
    --_kiosque-bg: var(--kiosque-color-background, #16151c);
    --_kiosque-danger: var(--kiosque-color-danger, #ffb4ab);
    --_kiosque-warning: var(--kiosque-color-warning, #f4c06a);
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_kiosque-accent: var(--kiosque-color-accent, #a9b4ff);
      --_kiosque-text: var(--kiosque-color-text, #eceaf4);
      --_kiosque-bg: var(--kiosque-color-background, #16151c);
      --_kiosque-danger: var(--kiosque-color-danger, #ffb4ab);
      --_kiosque-warning: var(--kiosque-color-warning, #f4c06a);
      color-scheme: dark;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: var(--_kiosque-accent);
  }
  a:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--_kiosque-accent);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    cursor: pointer;
    color: inherit;
    background: var(--_kiosque-surface);
    border: 1px solid var(--_kiosque-border);
    border-radius: var(--_kiosque-radius);
    padding: 0.4em 0.9em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;

/** Loading, empty, error and stale messages look the same in every element. */
export const stateStyles = css`
  .state {
    padding: var(--_kiosque-space);
    border: 1px dashed var(--_kiosque-border);
    border-radius: var(--_kiosque-radius);
    color: var(--_kiosque-muted);
    margin: 0;
  }
  .state[role='alert'] {
    color: var(--_kiosque-danger);
    border-style: solid;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    justify-content: space-between;
  }
  .stale {
    font-size: 0.85em;
    color: var(--_kiosque-warning);
    margin: 0 0 0.5em;
  }
  .skeleton {
    display: grid;
    gap: 0.75em;
  }
  .skeleton span {
    display: block;
    height: 3.5em;
    border-radius: var(--_kiosque-radius);
    background: var(--_kiosque-surface);
    animation: kiosque-pulse 1.4s ease-in-out infinite;
  }
  @keyframes kiosque-pulse {
    50% {
      opacity: 0.5;
    }
  }
`;
