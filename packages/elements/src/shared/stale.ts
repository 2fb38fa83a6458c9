import { html, type TemplateResult } from 'lit';
import { dateFormat } from '@kiosque/render';

/**
 * The note every element shows over last good data: `note` is the element's localized text,
 * given when the data was fetched.
 */
export function staleNote(
  note: (when: string) => string,
  fetchedAt: number,
  locale: string,
): TemplateResult {
  const when = dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return html`<p part="stale" class="stale" role="note">${note(when.format(fetchedAt))}</p>`;
}
