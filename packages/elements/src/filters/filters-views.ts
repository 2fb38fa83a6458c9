import { html, nothing, type TemplateResult } from 'lit';
import type { EventCategoryOption } from '@kiosque/client';
import type { Messages } from '../i18n/index.js';
import { icons } from '../shared/icons.js';
import { DEFAULT_RADIUS, RADII, type FilterState } from './filter-state.js';
import type { DateChoice } from './ranges.js';

/** Where locating the visitor for "Near me" stands. */
export type LocateState = 'idle' | 'locating' | 'denied' | 'unavailable';

export interface DateHandlers {
  onWhen: (e: Event) => void;
  /** The change handler of the start or end field of a custom range. */
  onDay: (edge: 'from' | 'to') => (e: Event) => void;
}

export interface NearHandlers {
  onNearMe: () => void;
  onRadius: (e: Event) => void;
}

/** The category menu: the instance's categories, and the chosen one even when it has none. */
export function categoryField(
  categories: EventCategoryOption[],
  chosen: string,
  onChange: (e: Event) => void,
  m: Messages,
): TemplateResult | typeof nothing {
  if (categories.length === 0 && !chosen) return nothing;
  const options =
    chosen && !categories.some((c) => c.id === chosen)
      ? [...categories, { id: chosen, label: chosen }]
      : categories;
  return html`<div part="field" class="field">
    <label for="category">${m.filters.category}</label>
    <select id="category" part="category" @change=${onChange}>
      <option value="" ?selected=${!chosen}>${m.filters.anyCategory}</option>
      ${options.map(
        (c) => html`<option value=${c.id} ?selected=${chosen === c.id}>${c.label}</option>`,
      )}
    </select>
  </div>`;
}

/** The date choices, with the fields of a custom range and their error. */
export function datesFieldset(
  filters: FilterState,
  { onWhen, onDay }: DateHandlers,
  m: Messages,
): TemplateResult {
  const f = m.filters;
  const choices: [DateChoice | '', string][] = [
    ['', f.anyTime],
    ['today', f.today],
    ['weekend', f.weekend],
    ['month', f.month],
    ['custom', f.customRange],
  ];
  const { from, to } = filters;
  const invalid = filters.when === 'custom' && from !== '' && to !== '' && to < from;
  return html`<fieldset part="dates" class="dates">
    <legend>${f.when}</legend>
    <div class="chips">
      ${choices.map(
        ([value, label]) =>
          html`<label part="date" class="chip">
            <input
              type="radio"
              name="when"
              value=${value}
              .checked=${filters.when === value}
              @change=${onWhen}
            /><span>${label}</span>
          </label>`,
      )}
    </div>
    ${
      filters.when === 'custom'
        ? html`<div part="range" class="range">
            <div class="field">
              <label for="from">${f.from}</label>
              <input
                id="from"
                type="date"
                .value=${from}
                max=${to || nothing}
                @change=${onDay('from')}
              />
            </div>
            <div class="field">
              <label for="to">${f.to}</label>
              <input
                id="to"
                type="date"
                .value=${to}
                min=${from || nothing}
                aria-invalid=${invalid ? 'true' : nothing}
                aria-describedby=${invalid ? 'range-error' : nothing}
                @change=${onDay('to')}
              />
            </div>
            ${
              invalid
                ? html`<p part="message" class="message error" id="range-error" role="alert">
                    ${f.invalidRange}
                  </p>`
                : nothing
            }
          </div>`
        : nothing
    }
  </fieldset>`;
}

/** "Near me", the distance menu, and what locating the visitor gave. */
export function nearField(
  filters: FilterState,
  locateState: LocateState,
  { onNearMe, onRadius }: NearHandlers,
  m: Messages,
): TemplateResult {
  const f = m.filters;
  const active = filters.near !== '';
  const radius = filters.radius ?? DEFAULT_RADIUS;
  const radii: number[] = RADII.includes(radius as (typeof RADII)[number])
    ? [...RADII]
    : [...RADII, radius].sort((a, b) => a - b);
  const message =
    locateState === 'locating'
      ? html`<p part="message" class="message" role="status">${f.locating}</p>`
      : locateState === 'denied' || locateState === 'unavailable'
        ? html`<p part="message" class="message error" role="alert">
            ${locateState === 'denied' ? f.locateDenied : f.locateUnavailable}
          </p>`
        : active
          ? html`<p part="message" class="message">${f.nearYou(radius)}</p>`
          : nothing;
  return html`<div class="near">
    <button
      part="near-me"
      class="near-me"
      type="button"
      aria-pressed=${active ? 'true' : 'false'}
      ?disabled=${locateState === 'locating'}
      @click=${onNearMe}
    >
      ${icons.mapPin}<span>${f.nearMe}</span>
    </button>
    <div part="field" class="field inline">
      <label for="radius">${f.radius}</label>
      <select id="radius" part="radius" @change=${onRadius}>
        ${radii.map(
          (km) => html`<option value=${km} ?selected=${km === radius}>${f.km(km)}</option>`,
        )}
      </select>
    </div>
    ${message}
  </div>`;
}

/** The topic chips: the chosen tags first, then the most frequent ones in view. */
export function tagsFieldset(
  chosen: string[],
  inView: string[],
  onTag: (tag: string) => void,
  m: Messages,
): TemplateResult | typeof nothing {
  const tags = [...chosen, ...inView.filter((tag) => !chosen.includes(tag))];
  if (tags.length === 0) return nothing;
  return html`<fieldset part="tags" class="tags">
    <legend>${m.filters.tags}</legend>
    <ul class="chips" role="list">
      ${tags.map(
        (tag) =>
          html`<li>
            <button
              part="tag"
              class="chip"
              type="button"
              aria-pressed=${chosen.includes(tag) ? 'true' : 'false'}
              @click=${() => onTag(tag)}
            >
              ${tag}
            </button>
          </li>`,
      )}
    </ul>
  </fieldset>`;
}
