import { html, nothing, type TemplateResult } from 'lit';

/**
 * The error message of a view (role=alert), with a "Try again" button when trying again can
 * help. `retry` is called with the view as `this` (Lit binds listeners to the rendering host).
 */
export function errorAlert(
  text: string,
  label: string,
  retry: (() => unknown) | null,
): TemplateResult {
  return html`<div part="status" class="state" role="alert">
    <span>${text}</span>
    ${retry ? html`<button part="retry" type="button" @click=${retry}>${label}</button>` : nothing}
  </div>`;
}

/** The polite "Loading…" announcement of a view, beside its skeleton (shown to assistive tech only). */
export function loadingStatus(text: string): TemplateResult {
  return html`<p part="status" class="visually-hidden" role="status" aria-live="polite">
    ${text}
  </p>`;
}
