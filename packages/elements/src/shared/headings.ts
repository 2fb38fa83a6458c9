import { html, nothing, type TemplateResult } from 'lit';

/**
 * The level a `heading-level` attribute asks for: a whole number from 1 to 6, `fallback` when
 * it is not a number.
 */
export function clampHeadingLevel(value: unknown, fallback: number): number {
  const level = Math.trunc(Number(value));
  return Number.isFinite(level) ? Math.min(6, Math.max(1, level)) : fallback;
}

/** What a heading may carry besides its part and class. */
export interface HeadingOptions {
  id?: string;
  /** `-1`: focusable from script only. */
  tabindex?: number;
  /** Announces changes of the heading (`aria-live="polite"`). */
  live?: boolean;
}

/** A heading of one level: part and class `p`, then id, tabindex, aria-live and content. */
type Template = (p: string, i: unknown, t: unknown, l: unknown, c: unknown) => TemplateResult;

// One plain template per level rather than lit/static-html.js, whose runtime would not fit the
// list's size budget. No space around the content: it is the heading's exact text.
const TEMPLATES: readonly Template[] = [
  (p, i, t, l, c) => html`<h1 part=${p} class=${p} id=${i} tabindex=${t} aria-live=${l}>${c}</h1>`,
  (p, i, t, l, c) => html`<h2 part=${p} class=${p} id=${i} tabindex=${t} aria-live=${l}>${c}</h2>`,
  (p, i, t, l, c) => html`<h3 part=${p} class=${p} id=${i} tabindex=${t} aria-live=${l}>${c}</h3>`,
  (p, i, t, l, c) => html`<h4 part=${p} class=${p} id=${i} tabindex=${t} aria-live=${l}>${c}</h4>`,
  (p, i, t, l, c) => html`<h5 part=${p} class=${p} id=${i} tabindex=${t} aria-live=${l}>${c}</h5>`,
  (p, i, t, l, c) => html`<h6 part=${p} class=${p} id=${i} tabindex=${t} aria-live=${l}>${c}</h6>`,
];

/**
 * A heading at `level` (from `clampHeadingLevel`, plus the depth below it; past 6 it stays
 * `h6`), whose part and class are both `name`.
 */
export function heading(
  level: number,
  name: string,
  content: unknown,
  { id, tabindex, live }: HeadingOptions = {},
): TemplateResult {
  return TEMPLATES[Math.min(6, level) - 1]!(
    name,
    id ?? nothing,
    tabindex ?? nothing,
    live ? 'polite' : nothing,
    content,
  );
}
