/**
 * The no-JS fallback and the JSON-LD writer, from @kiosque/render, where they live: this module
 * re-exports them so that `@kiosque/client/fallback` keeps working.
 */
export {
  escapeHtml,
  FALLBACK_TEXT,
  renderFallback,
  type FallbackOptions,
} from '@kiosque/render/fallback';
export { eventJsonLd, scriptJson } from '@kiosque/render/json-ld';
export { placeLabel } from '@kiosque/render';
