import { css } from 'lit';

export const viewsStyles = css`
  .tablist {
    display: flex;
    gap: 0.25rem;
    border-block-end: 1px solid var(--_kiosque-border);
    margin-block-end: var(--_kiosque-space);
    overflow-x: auto;
  }
  .tab {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.75rem;
    padding: 0.4em 1em;
    border: 0;
    border-block-end: 3px solid transparent;
    border-radius: var(--_kiosque-radius) var(--_kiosque-radius) 0 0;
    background: transparent;
    color: inherit;
    font-weight: 600;
    margin-block-end: -1px;
    white-space: nowrap;
  }
  .tab:hover {
    background: var(--_kiosque-surface);
  }
  .tab[aria-selected='true'] {
    border-block-end-color: var(--_kiosque-accent);
    color: var(--_kiosque-accent);
  }
  .tab:focus-visible {
    outline-offset: -2px;
  }
  .icon {
    inline-size: 1.15em;
    block-size: 1.15em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
    flex: none;
  }
`;
