import { css } from 'lit';

export const eventStyles = css`
  :host {
    --_max-width: var(--kiosque-event-max-width, 60rem);
    --_ratio: var(--kiosque-event-picture-ratio, 16 / 9);
    --_aside: var(--kiosque-event-aside-width, 18rem);
    --_title-size: var(--kiosque-event-title-size, 1.75em);
    max-inline-size: var(--_max-width);
    overflow-wrap: anywhere;
  }
  .root {
    display: block;
  }
  .icon {
    flex: none;
    inline-size: 1.15em;
    block-size: 1.15em;
    vertical-align: -0.2em;
  }
  .muted {
    color: var(--_kiosque-muted);
  }

  /* Layout: one column; facts beside the description when there is room. */
  .event {
    display: grid;
    gap: var(--_kiosque-space);
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'stale' 'banner' 'picture' 'header' 'aside' 'main';
  }
  .event > .stale {
    grid-area: stale;
    margin: 0;
  }
  .banner {
    grid-column: 1 / -1;
  }
  .picture {
    grid-area: picture;
  }
  .header {
    grid-area: header;
  }
  .aside {
    grid-area: aside;
    display: grid;
    gap: var(--_kiosque-space);
    align-content: start;
  }
  .main {
    grid-area: main;
    min-inline-size: 0;
  }
  @container (min-width: 42rem) {
    .event {
      grid-template-columns: minmax(0, 1fr) var(--_aside);
      grid-template-areas: 'stale stale' 'banner banner' 'picture picture' 'header header' 'main aside';
      column-gap: calc(var(--_kiosque-space) * 2);
    }
  }

  /* Banners */
  .banner {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    margin: 0;
    padding: 0.6em 0.9em;
    border-radius: var(--_kiosque-radius);
    border: 1px solid currentColor;
    background: color-mix(in srgb, currentColor 8%, transparent);
    font-weight: 600;
    color: var(--_kiosque-warning);
  }
  .banner.cancelled {
    color: var(--_kiosque-danger);
  }
  .banner.past {
    color: var(--_kiosque-muted);
  }

  /* Picture */
  .picture {
    margin: 0;
  }
  .picture img {
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: var(--_ratio);
    max-block-size: var(--kiosque-event-picture-max-height, 28rem);
    object-fit: cover;
    border-radius: var(--_kiosque-radius);
    background-color: var(--_kiosque-surface);
  }
  .is-cancelled .picture img {
    filter: grayscale(0.8);
    opacity: 0.8;
  }

  /* Header */
  .header {
    display: grid;
    gap: 0.4em;
  }
  .category {
    margin: 0;
    font-size: 0.8em;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_kiosque-accent);
  }
  .title {
    margin: 0;
    font-size: var(--_title-size);
    line-height: 1.2;
    text-wrap: balance;
  }
  .is-cancelled .title {
    text-decoration: line-through;
    text-decoration-thickness: 0.06em;
  }
  .organizer {
    display: flex;
    align-items: center;
    gap: 0.6em;
    margin: 0;
  }
  .avatar {
    inline-size: 2.5em;
    block-size: 2.5em;
    border-radius: 50%;
    object-fit: cover;
    flex: none;
    background: var(--_kiosque-surface);
  }
  .handle {
    display: block;
    font-size: 0.85em;
    color: var(--_kiosque-muted);
  }

  /* Facts */
  .details {
    display: grid;
    gap: 0.75em;
    margin: 0;
    padding: var(--_kiosque-space);
    border-radius: var(--_kiosque-radius);
    background: var(--_kiosque-surface);
    border: 1px solid var(--_kiosque-border);
  }
  .fact {
    display: grid;
    grid-template-columns: 1.5em minmax(0, 1fr);
    gap: 0.5em;
    align-items: start;
  }
  .fact dt {
    color: var(--_kiosque-muted);
    padding-block-start: 0.1em;
  }
  .fact dd {
    margin: 0;
  }
  .zone {
    color: var(--_kiosque-muted);
    font-size: 0.9em;
  }
  .address {
    display: grid;
  }
  .directions {
    display: inline-flex;
    gap: 0.3em;
    align-items: center;
    margin-block-start: 0.3em;
  }
  .host {
    display: block;
    font-size: 0.85em;
  }
  .accessibility {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25em;
  }
  .accessibility li {
    display: flex;
    gap: 0.4em;
    align-items: center;
  }

  /* Actions */
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .action {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.45em 0.8em;
    border: 1px solid var(--_kiosque-border);
    border-radius: var(--_kiosque-radius);
    background: var(--_kiosque-surface);
    color: inherit;
    font: inherit;
    font-size: 0.9em;
    line-height: 1.3;
    text-decoration: none;
  }
  .action:hover {
    border-color: var(--_kiosque-accent);
    color: var(--_kiosque-accent);
  }
  .share-status {
    margin: 0;
    font-size: 0.9em;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    align-items: center;
  }
  .share-status.is-empty {
    /* Stays in the accessibility tree, so the first message is announced. */
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .share-url {
    font: inherit;
    inline-size: 100%;
    padding: 0.3em 0.5em;
    border: 1px solid var(--_kiosque-border);
    border-radius: var(--_kiosque-radius);
    background: transparent;
    color: inherit;
  }
  .participate {
    display: inline-block;
    padding: 0.6em 1.1em;
    border-radius: var(--_kiosque-radius);
    background: var(--_kiosque-accent);
    color: var(--kiosque-color-on-accent, #fff);
    font-weight: 600;
    text-decoration: none;
  }
  :host([theme='dark']) .participate {
    color: var(--kiosque-color-on-accent, #16151c);
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) .participate {
      color: var(--kiosque-color-on-accent, #16151c);
    }
  }
  .participate:focus-visible,
  .action:focus-visible,
  .share-url:focus-visible {
    outline: 2px solid var(--_kiosque-accent);
    outline-offset: 2px;
  }
  .participation.is-empty {
    display: none;
  }

  /* Description: sane typography for HTML we did not write. */
  .description {
    line-height: 1.6;
  }
  .description > :first-child {
    margin-block-start: 0;
  }
  .description :is(p, ul, ol, blockquote, pre, figure, table) {
    margin-block: 0 0.9em;
  }
  .description :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1.1em;
    line-height: 1.3;
    margin-block: 1.4em 0.5em;
  }
  .description h3 {
    font-size: 1.25em;
  }
  .description :is(ul, ol) {
    padding-inline-start: 1.5em;
  }
  .description blockquote {
    margin-inline: 0;
    padding-inline-start: 1em;
    border-inline-start: 3px solid var(--_kiosque-border);
    color: var(--_kiosque-muted);
  }
  .description img {
    max-inline-size: 100%;
    block-size: auto;
    border-radius: var(--_kiosque-radius);
  }
  .description figure {
    margin-inline: 0;
  }
  .description figcaption {
    font-size: 0.9em;
    color: var(--_kiosque-muted);
  }
  .description pre {
    overflow-x: auto;
    padding: 0.75em;
    border-radius: var(--_kiosque-radius);
    background: var(--_kiosque-surface);
  }
  .description code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  .description hr {
    border: 0;
    border-block-start: 1px solid var(--_kiosque-border);
    margin-block: 1.5em;
  }
  .description table {
    border-collapse: collapse;
    display: block;
    overflow-x: auto;
    max-inline-size: 100%;
  }
  .description :is(th, td) {
    border: 1px solid var(--_kiosque-border);
    padding: 0.3em 0.6em;
    text-align: start;
  }

  /* Tags */
  .tags {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin: var(--_kiosque-space) 0 0;
    padding: 0;
  }
  .tag {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0.15em 0.6em;
    border-radius: 999px;
    border: 1px solid var(--_kiosque-border);
    font-size: 0.85em;
    color: var(--_kiosque-muted);
  }
  .tag .icon {
    inline-size: 0.9em;
    block-size: 0.9em;
  }

  /* Loading */
  .event-skeleton .picture-skeleton {
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: var(--_ratio);
    max-block-size: 20rem;
  }
`;
