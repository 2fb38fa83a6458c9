import { html, nothing, type TemplateResult } from 'lit';

/**
 * The error message of a view (role=alert), with a "Try again" button when trying again can
 * help. `retry` is called with the view as `this` (Lit binds listeners to the rendering host).
 * `parts` adds to the part names of the message (`status`) and of its button (`retry`), for a
 * view that also names them otherwise (`<kiosque-event>`: `base`; `<kiosque-rsvp>`: `button`).
 */
export function errorAlert(
  text: string,
  label: string,
  retry: (() => unknown) | null,
  parts: { status?: string; button?: string } = {},
): TemplateResult {
  const statusPart = parts.status ? `${parts.status} status` : 'status';
  const buttonPart = parts.button ? `${parts.button} retry` : 'retry';
  return html`<div part=${statusPart} class="state" role="alert">
    <span>${text}</span>
    ${
      retry
        ? html`<button part=${buttonPart} type="button" @click=${retry}>${label}</button>`
        : nothing
    }
  </div>`;
}

/** The polite "Loading…" announcement of a view, beside its skeleton (shown to assistive tech only). */
export function loadingStatus(text: string): TemplateResult {
  return html`<p part="status" class="visually-hidden" role="status" aria-live="polite">
    ${text}
  </p>`;
}
