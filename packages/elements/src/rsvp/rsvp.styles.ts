import { css } from 'lit';

export const rsvpStyles = css`
  :host {
    --_kiosque-on-accent: var(--kiosque-color-on-accent, #fff);
    --_kiosque-success: var(--kiosque-color-success, #1e6b3a);
    --_rsvp-gap: var(--kiosque-rsvp-gap, 0.9rem);
    --_rsvp-field-width: var(--kiosque-rsvp-field-width, 32rem);
  }
  :host([theme='dark']) {
    --_kiosque-on-accent: var(--kiosque-color-on-accent, #16151c);
    --_kiosque-success: var(--kiosque-color-success, #8fd8a8);
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_kiosque-on-accent: var(--kiosque-color-on-accent, #16151c);
      --_kiosque-success: var(--kiosque-color-success, #8fd8a8);
    }
  }

  .base,
  .panel {
    display: grid;
    gap: var(--_rsvp-gap);
    justify-items: start;
  }
  .panel {
    width: 100%;
  }
  p {
    margin: 0;
  }

  .button,
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 2.5rem;
    padding: 0.45em 1.1em;
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    text-align: center;
    text-decoration: none;
    color: inherit;
    background: var(--_kiosque-surface);
    border: 1px solid var(--_kiosque-border);
    border-radius: var(--_kiosque-radius);
    cursor: pointer;
  }
  .primary {
    color: var(--_kiosque-on-accent);
    background: var(--_kiosque-accent);
    border-color: var(--_kiosque-accent);
  }
  .toggle::after {
    content: '';
    width: 0.45em;
    height: 0.45em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: translateY(-0.15em) rotate(45deg);
  }
  .toggle[aria-expanded='true']::after {
    transform: translateY(0.1em) rotate(-135deg);
  }
  .danger {
    color: var(--_kiosque-danger);
    border-color: currentColor;
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }
  .button:focus-visible,
  button:focus-visible,
  input:focus-visible,
  textarea:focus-visible,
  summary:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 2px solid var(--_kiosque-accent);
    outline-offset: 2px;
  }

  .form,
  fieldset {
    display: grid;
    gap: var(--_rsvp-gap);
    width: 100%;
    max-width: var(--_rsvp-field-width);
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.25rem;
    font-weight: 700;
    font-size: 1.05em;
  }
  .field {
    display: grid;
    gap: 0.3rem;
  }
  label {
    font-weight: 600;
  }
  .aside {
    font-weight: 400;
    color: var(--_kiosque-muted);
  }
  input,
  textarea {
    width: 100%;
    font: inherit;
    color: inherit;
    background: var(--_kiosque-bg);
    border: 1px solid color-mix(in srgb, currentColor 45%, transparent);
    border-radius: var(--_kiosque-radius);
    padding: 0.5em 0.65em;
  }
  textarea {
    resize: vertical;
    min-height: 4.5em;
  }
  input[aria-invalid='true'] {
    border-color: var(--_kiosque-danger);
    border-width: 2px;
  }
  .hint,
  .note,
  .capacity {
    font-size: 0.9em;
    color: var(--_kiosque-muted);
  }
  .field-error {
    font-size: 0.9em;
    font-weight: 600;
    color: var(--_kiosque-danger);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }

  .stale {
    max-width: var(--_rsvp-field-width);
  }

  .outcome,
  .error,
  .notice {
    width: 100%;
    max-width: var(--_rsvp-field-width);
    padding: 0.75em 1em;
    border-radius: var(--_kiosque-radius);
    border: 1px solid var(--_kiosque-border);
    background: var(--_kiosque-surface);
  }
  .outcome {
    border-color: var(--_kiosque-success);
    border-inline-start-width: 4px;
    font-weight: 600;
  }
  .error {
    display: grid;
    gap: 0.4em;
    color: var(--_kiosque-danger);
    border-color: currentColor;
    border-inline-start-width: 4px;
  }
  .address code {
    font-size: 0.9em;
    word-break: break-all;
    color: var(--_kiosque-text);
    user-select: all;
  }
  .compact-notice {
    width: auto;
    padding: 0.4em 0.8em;
  }

  .participations,
  .other-ways ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
    width: 100%;
  }
  .participation {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    max-width: var(--_rsvp-field-width);
  }
  .confirm {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  #cancel-question {
    flex-basis: 100%;
    font-weight: 600;
  }

  .other-ways {
    display: grid;
    gap: 0.5rem;
    width: 100%;
    max-width: var(--_rsvp-field-width);
    padding-top: var(--_rsvp-gap);
    border-top: 1px solid var(--_kiosque-border);
  }
  .ways-title {
    font-weight: 700;
  }
  summary {
    cursor: pointer;
    color: var(--_kiosque-accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  details[open] summary {
    margin-bottom: 0.6rem;
  }
  .remote-form {
    display: grid;
    gap: 0.6rem;
    padding-inline-start: 1rem;
    border-inline-start: 2px solid var(--_kiosque-border);
  }

  .skeleton span {
    height: 2.5rem;
    max-width: 12rem;
  }
`;
