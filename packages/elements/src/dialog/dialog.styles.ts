import { css } from 'lit';

export const dialogStyles = css`
  :host {
    --_width: var(--kiosque-dialog-width, 56rem);
    --_backdrop: var(--kiosque-dialog-backdrop, rgb(0 0 0 / 55%));
    --_kiosque-bg: var(--kiosque-color-background, #fff);
    display: contents;
  }
  :host([theme='dark']) {
    --_kiosque-bg: var(--kiosque-color-background, #16151c);
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_kiosque-bg: var(--kiosque-color-background, #16151c);
    }
  }
  dialog {
    box-sizing: border-box;
    inline-size: min(var(--_width), calc(100vw - 2rem));
    max-block-size: calc(100dvh - 2rem);
    margin: auto;
    padding: 0;
    border: 1px solid var(--_kiosque-border);
    border-radius: calc(var(--_kiosque-radius) * 1.5);
    color: var(--_kiosque-text);
    background: var(--_kiosque-bg);
    font-family: var(--_kiosque-font);
    box-shadow: 0 1rem 3rem rgb(0 0 0 / 30%);
    overflow: hidden;
    overscroll-behavior: contain;
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
  }
  dialog::backdrop {
    background: var(--_backdrop);
  }
  .header {
    display: flex;
    justify-content: flex-end;
    padding: 0.5rem;
    border-block-end: 1px solid var(--_kiosque-border);
    flex: none;
  }
  .close {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    justify-content: center;
  }
  .icon {
    inline-size: 1.1em;
    block-size: 1.1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.2;
    stroke-linecap: round;
  }
  .body {
    overflow: auto;
    padding: var(--_kiosque-space) calc(var(--_kiosque-space) * 1.25)
      calc(var(--_kiosque-space) * 1.5);
    overscroll-behavior: contain;
  }
  kiosque-event {
    margin-inline: auto;
  }
  @media (max-width: 36rem) {
    dialog {
      inline-size: 100vw;
      max-inline-size: 100vw;
      block-size: 100dvh;
      max-block-size: 100dvh;
      border: 0;
      border-radius: 0;
    }
    .body {
      padding-inline: var(--_kiosque-space);
    }
  }
`;
