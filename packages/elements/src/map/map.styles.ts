import { css } from 'lit';

/**
 * Styles of `<kiosque-map>`, including what it draws inside Leaflet (markers, clusters,
 * popups). Leaflet's own stylesheet is adopted before these when the map loads.
 */
export const mapStyles = css`
  :host {
    /* A solid background for what sits over the tiles, and text on the accent colour. */
    --_kiosque-solid: #fff;
  }
  :host([theme='dark']) {
    --_kiosque-solid: #16151c;
    --_kiosque-tiles: invert(1) hue-rotate(180deg) brightness(0.85) contrast(0.9);
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_kiosque-solid: #16151c;
      --_kiosque-tiles: invert(1) hue-rotate(180deg) brightness(0.85) contrast(0.9);
    }
  }
  .base {
    display: grid;
    gap: 0.6rem;
  }
  p {
    margin: 0;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem 0.8rem;
  }
  [part='locate'] {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  [aria-pressed='true'] {
    border-color: var(--_kiosque-accent);
    color: var(--_kiosque-accent);
  }
  .locate-message,
  .meta,
  .consent-note {
    font-size: 0.9em;
    color: var(--_kiosque-muted);
  }
  .error {
    color: var(--_kiosque-danger);
  }
  .note {
    font-size: 0.9em;
    color: var(--_kiosque-warning);
  }
  /* A grid: the consent box and the map's messages sit in its centre. */
  .map {
    display: grid;
    place-items: center;
    position: relative;
    height: var(--kiosque-map-height, 24rem);
    border-radius: var(--_kiosque-radius);
    border: 1px solid var(--_kiosque-border);
    background: var(--_kiosque-surface);
    overflow: hidden;
    isolation: isolate;
  }
  .map:focus-visible,
  summary:focus-visible {
    outline: 2px solid var(--_kiosque-accent);
    outline-offset: 2px;
  }
  .skeleton-map {
    animation: kiosque-pulse 1.4s ease-in-out infinite;
  }
  .leaflet-host {
    position: absolute;
    inset: 0;
    background: var(--_kiosque-surface);
    font: inherit;
    font-size: 0.9rem;
  }
  .map-status {
    z-index: 1000;
    margin: 1rem;
    text-align: center;
    background: var(--_kiosque-solid);
  }
  .loading {
    color: var(--_kiosque-muted);
    background: none;
  }
  .consent-box {
    margin: var(--_kiosque-space);
    max-width: 30rem;
    display: grid;
    gap: 0.6rem;
    justify-items: center;
    text-align: center;
    padding: var(--_kiosque-space);
    border-radius: var(--_kiosque-radius);
    background: var(--_kiosque-solid);
    border: 1px solid var(--_kiosque-border);
  }
  .consent-box button {
    background: var(--_kiosque-accent);
    color: var(--_kiosque-solid);
    border-color: var(--_kiosque-accent);
    font-weight: 600;
  }
  .link-button {
    background: none;
    border: none;
    padding: 0;
    color: var(--_kiosque-accent);
    text-decoration: underline;
  }
  .list {
    border: 1px solid var(--_kiosque-border);
    border-radius: var(--_kiosque-radius);
    background: var(--_kiosque-surface);
  }
  summary {
    cursor: pointer;
    padding: 0.5em 0.8em;
  }
  h3 {
    margin: 0.4em 0.8em 0.2em;
    font-size: 0.9em;
    font-weight: 600;
    color: var(--_kiosque-muted);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0 0.8em 0.6em;
    display: grid;
    gap: 0.5em;
  }
  .item {
    display: grid;
    gap: 0.1em;
    padding-block: 0.4em;
    border-block-end: 1px solid var(--_kiosque-border);
  }
  .item:last-child {
    border: 0;
  }
  .title {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .is-cancelled a {
    text-decoration: line-through;
  }

  /* Inside Leaflet */
  .leaflet-container a {
    color: var(--_kiosque-accent);
  }
  .leaflet-tile-pane {
    filter: var(--_kiosque-tiles);
  }
  .leaflet-bar a,
  .leaflet-bar a:hover {
    background: var(--_kiosque-solid);
    color: var(--_kiosque-text);
  }
  .leaflet-container :focus-visible {
    outline: 3px solid var(--_kiosque-accent);
    outline-offset: 2px;
  }
  .leaflet-control-attribution.leaflet-control {
    background: color-mix(in srgb, var(--_kiosque-solid) 88%, transparent);
    color: var(--_kiosque-text);
  }
  /* Links inside the attribution text must not rely on colour alone. */
  .leaflet-container .leaflet-control-attribution a {
    text-decoration: underline;
  }
  .kiosque-marker::before {
    content: '';
    position: absolute;
    inset: 0;
    background: var(--_kiosque-accent);
    border: 2px solid var(--_kiosque-solid);
    border-radius: 50% 50% 50% 0;
    rotate: -45deg;
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.4);
  }
  .kiosque-marker::after {
    content: '';
    position: absolute;
    inset: 8px;
    border-radius: 50%;
    background: var(--_kiosque-solid);
  }
  .kiosque-marker.is-cancelled::before {
    background: var(--_kiosque-muted);
  }
  .kiosque-marker.is-selected {
    z-index: 10000 !important;
  }
  .kiosque-marker.is-selected::before {
    background: var(--_kiosque-danger);
    scale: 1.25;
  }
  .kiosque-cluster {
    display: grid;
    place-items: center;
    border-radius: 50%;
    background: var(--_kiosque-accent);
    color: var(--_kiosque-solid);
    font-weight: 700;
    border: 4px solid color-mix(in srgb, var(--_kiosque-solid) 70%, transparent);
    background-clip: padding-box;
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.35);
  }
  .kiosque-radius {
    stroke: var(--_kiosque-accent);
    fill: var(--_kiosque-accent);
    fill-opacity: 0.08;
  }
  .kiosque-position {
    stroke: var(--_kiosque-solid);
    fill: var(--_kiosque-accent);
    fill-opacity: 1;
  }
  .leaflet-popup-content-wrapper,
  .leaflet-popup-tip {
    background: var(--_kiosque-solid);
    color: var(--_kiosque-text);
  }
  .leaflet-popup-content {
    margin: 0.8em 1em;
  }
  .leaflet-popup-content p {
    margin: 0 0 0.3em;
  }
  .leaflet-container a.leaflet-popup-close-button {
    color: var(--_kiosque-muted);
  }
`;
