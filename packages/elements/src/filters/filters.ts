import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '../shared/task.js';
import { createClient, type EventCategoryOption, type KiosqueEvent } from '@kiosque/client';
import { filters as englishFilters } from '../i18n/en/filters.js';
import {
  languageOf,
  messagesFor,
  onLanguagesChanged,
  registerEnglish,
  type Messages,
} from '../i18n/index.js';
import { KIOSQUE_VERSION } from '../shared/define.js';
import { EVENT_TYPES, type EventTypeFilter } from '../shared/event-source.js';
import { tokens } from '../shared/styles.js';
import {
  DEFAULT_RADIUS,
  EMPTY_FILTERS,
  activeCount,
  filtersFromUrl,
  isActive,
  urlWithFilters,
  type FilterState,
} from './filter-state.js';
import {
  categoryField,
  datesFieldset,
  nearField,
  tagsFieldset,
  type LocateState,
} from './filters-views.js';
import { filtersStyles } from './filters.styles.js';
import { DATE_CHOICES, rangeFor, validDay, type DateChoice, type DayRange } from './ranges.js';

// Still exported from here, where the package index and its users import them.
export {
  EMPTY_FILTERS,
  RADII,
  URL_PREFIX,
  filtersFromUrl,
  urlWithFilters,
  type FilterState,
} from './filter-state.js';

/** The attributes set on the views. */
const DRIVEN = ['search', 'tags', 'category', 'type', 'from', 'to', 'near', 'radius'] as const;
type Driven = (typeof DRIVEN)[number];
const VIEW_TAGS = 'kiosque-events, kiosque-calendar, kiosque-map';
const SEARCH_DELAY_MS = 300;
const MAX_TAGS = 12;

/** What the filters read from a view they drive. */
interface DrivenView extends HTMLElement {
  shownEvents?: readonly KiosqueEvent[];
  hasMoreEvents?: boolean;
}

/**
 * Filters for visitors: free-text search, topics (the tags of the events in view), category,
 * dates (today, this weekend, this month, a range), online or in person, and near me. It sets
 * the filter attributes of the views it drives — those named in `for`, and the
 * `<kiosque-events>`, `<kiosque-calendar>` and `<kiosque-map>` inside it — so one set of
 * filters drives a list, a calendar and a map at once.
 *
 * The choice lives in the page address (`?kiosque-search=…&kiosque-tags=…`), so a filtered
 * agenda can be shared and Back returns to the previous choice. The number of results is
 * announced to screen readers.
 *
 * @summary Search and filters that drive several Kiosque views at once.
 *
 * @attribute {string} lang - Language of the filters' text (`en`, `fr`, `de`, `es`, `it`, `ar`; more with `registerLanguage`). Read from the element, then its ancestors, then `<html lang>`; it also decides which days make "this weekend".
 *
 * @slot - The views to drive (any `<kiosque-events>`, `<kiosque-calendar>`, `<kiosque-map>` inside), and anything else.
 *
 * @csspart base - The `<form role="search">`.
 * @csspart field - Each labelled field (search, category, format, distance).
 * @csspart search - The search field.
 * @csspart more - The "Filters" button that shows the other filters on narrow widths.
 * @csspart category - The category menu.
 * @csspart type - The online / in person menu.
 * @csspart dates - The date choices.
 * @csspart date - One date choice.
 * @csspart range - The custom range fields.
 * @csspart near-me - The "Near me" button.
 * @csspart radius - The distance menu.
 * @csspart tags - The topic chips.
 * @csspart tag - One topic chip (a toggle button).
 * @csspart count - The number of results.
 * @csspart reset - The "Clear filters" button.
 * @csspart message - A message (position refused, invalid range).
 *
 * @cssproperty --kiosque-color-accent - Chosen chips, the chosen date and focus rings.
 * @cssproperty --kiosque-color-on-accent - Text on the accent colour (chosen chips and dates). Default: `#fff` (`#16151c` in the dark theme).
 * @cssproperty --kiosque-color-text - Text colour (default: inherited from the page).
 * @cssproperty --kiosque-color-background - Background (default: transparent).
 * @cssproperty --kiosque-color-surface - Background of the fields and chips.
 * @cssproperty --kiosque-color-muted - Messages (locating, the distance around the visitor).
 * @cssproperty --kiosque-color-border - Borders.
 * @cssproperty --kiosque-color-danger - An invalid date range and a refused position.
 * @cssproperty --kiosque-radius - Corner radius.
 * @cssproperty --kiosque-spacing - Base spacing.
 * @cssproperty --kiosque-font-family - Font (default: inherited from the page).
 * @cssproperty --kiosque-filters-gap - Space between the fields. Default: `0.75rem`.
 */
export class KiosqueFilters extends LitElement {
  static readonly version = KIOSQUE_VERSION;
  static override styles = [tokens, filtersStyles];
  static {
    // These strings travel with the elements that show them, not with every bundle.
    registerEnglish('filters', englishFilters);
  }

  #unsubscribeLanguages: (() => void) | null = null;
  #root: Document | ShadowRoot | null = null;
  #searchTimer: ReturnType<typeof setTimeout> | null = null;
  /** Whether the typing under way already has its own history entry. */
  #typingPushed = false;
  /** The views' own filter attributes, before the filters first drove them. */
  #base = new WeakMap<Element, Record<Driven, string | null>>();
  #announcePending = false;
  #applied = false;

  #categories = new Task(this, {
    task: async ([instance], { signal }): Promise<EventCategoryOption[]> => {
      if (!instance) return [];
      try {
        return (await createClient({ instance }).instanceInfo({ signal })).categories;
      } catch {
        // Without the instance's settings the other filters still work.
        return [];
      }
    },
    args: () => [this.#instance()] as const,
  });

  @state() private filters: FilterState = EMPTY_FILTERS;
  @state() private tagsInView: string[] = [];
  @state() private count: { n: number; more: boolean } | null = null;
  @state() private announcement = '';
  @state() private locateState: LocateState = 'idle';
  /** On narrow widths, whether the filters beyond search are shown. */
  @state() private expanded = false;
  @state() private languageVersion = 0;

  /** Ids of the views to drive, space-separated (in the same document or shadow root). */
  @property({ attribute: 'for' }) for = '';

  /** Instance whose categories are offered; default: that of the first view driven. */
  @property() instance = '';

  /** Leaves the page address alone (for several filters on one page, or previews). */
  @property({ type: Boolean, attribute: 'without-url' }) withoutUrl = false;

  /** Colour scheme: `light`, `dark`, or `auto` (follows the visitor's system). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  /**
   * The visitor's current choice (a copy): `search`, `tags` (a list), `category`, `when`
   * (`today`, `weekend`, `month`, `custom` or empty), `from` and `to` (days of a custom range),
   * `type` (`online`, `in-person` or empty), `near` (`"lat,lon"`) and `radius` (km or `null`).
   */
  get value(): FilterState {
    return { ...this.filters, tags: [...this.filters.tags] };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unsubscribeLanguages = onLanguagesChanged(() => this.languageVersion++);
    this.#root = this.getRootNode() as Document | ShadowRoot;
    this.#root.addEventListener('kiosque-load', this.#onViewLoad);
    this.#root.addEventListener('kiosque-error', this.#onViewLoad);
    this.#root.addEventListener('kiosque-view-change', this.#onViewChange);
    window.addEventListener('popstate', this.#onPopState);
    if (!this.withoutUrl) this.filters = filtersFromUrl(location.search);
    // Before the views first load: they start with the visitor's filters.
    this.#drive(false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribeLanguages?.();
    this.#root?.removeEventListener('kiosque-load', this.#onViewLoad);
    this.#root?.removeEventListener('kiosque-error', this.#onViewLoad);
    this.#root?.removeEventListener('kiosque-view-change', this.#onViewChange);
    this.#root = null;
    window.removeEventListener('popstate', this.#onPopState);
    if (this.#searchTimer) clearTimeout(this.#searchTimer);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('for') && this.#applied && changed.get('for') !== undefined) this.#drive(false);
  }

  // ---- the views

  /** The views driven: those named in `for`, then those inside. */
  #targets(): DrivenView[] {
    const root = this.#root ?? (this.getRootNode() as Document | ShadowRoot);
    const named = this.for
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => root.getElementById(id))
      .filter((el): el is HTMLElement => el instanceof HTMLElement);
    const inside = [...this.querySelectorAll<HTMLElement>(VIEW_TAGS)];
    return [...new Set([...named, ...inside])];
  }

  /** The view whose results are counted: the first one shown. */
  #primary(): DrivenView | null {
    const targets = this.#targets();
    return targets.find((t) => !t.hidden && t.getClientRects().length > 0) ?? targets[0] ?? null;
  }

  #instance(): string {
    if (this.instance) return this.instance;
    for (const target of this.#targets()) {
      const instance = target.getAttribute('instance')?.trim();
      if (instance) return instance;
    }
    return '';
  }

  #range(): DayRange {
    const { when, from, to } = this.filters;
    if (!when) return { from: '', to: '' };
    const range = rangeFor(when, new Date(), this.#messages().locale, { from, to });
    // An end before the start is said at the fields; only the start applies meanwhile.
    if (range.from && range.to && range.to < range.from) return { from: range.from, to: '' };
    return range;
  }

  #values(): Record<Driven, string> {
    const f = this.filters;
    const range = this.#range();
    return {
      search: f.search.trim(),
      tags: f.tags.join(','),
      category: f.category,
      type: f.type,
      from: range.from,
      to: range.to,
      near: f.near,
      radius: f.near ? String(f.radius ?? DEFAULT_RADIUS) : '',
    };
  }

  /** Sets the views' attributes from the current choice. */
  #drive(fromVisitor: boolean): void {
    this.#applied = true;
    const values = this.#values();
    for (const target of this.#targets()) {
      let base = this.#base.get(target);
      if (!base) {
        base = Object.fromEntries(
          DRIVEN.map((name) => [name, target.getAttribute(name)]),
        ) as Record<Driven, string | null>;
        this.#base.set(target, base);
      }
      const changes: [Driven, string | null][] = [];
      for (const name of DRIVEN) {
        const next = values[name] || base[name];
        if (target.getAttribute(name) !== next) changes.push([name, next]);
      }
      if (changes.length === 0) continue;
      if (fromVisitor) keepHeight(target);
      for (const [name, value] of changes) {
        if (value !== null) {
          target.setAttribute(name, value);
          continue;
        }
        target.removeAttribute(name);
        // A removed attribute leaves null in a string property: give back its default.
        if (name !== 'radius' && (target as unknown as Record<string, unknown>)[name] === null) {
          (target as unknown as Record<string, unknown>)[name] = '';
        }
      }
      if (target.localName === 'kiosque-calendar' && values.from) {
        // Show the month the chosen dates start in.
        const month = values.from.slice(0, 7);
        if ((target.getAttribute('month') || currentMonth()) !== month) {
          target.setAttribute('month', month);
        }
      }
    }
    if (fromVisitor) this.#announcePending = true;
  }

  #onViewLoad = (e: Event) => {
    const target = e.target as DrivenView;
    if (!this.#targets().includes(target)) return;
    target.style.removeProperty('min-height');
    if (target === this.#primary()) this.#refreshFromViews(e.type === 'kiosque-load');
  };

  #onViewChange = () => {
    this.#refreshFromViews();
  };

  /** Count and topics from the view shown; announces the count after the visitor's change. */
  #refreshFromViews(announce = false): void {
    const primary = this.#primary();
    const events = primary?.shownEvents;
    if (!primary || !events) return;
    this.count = { n: events.length, more: primary.hasMoreEvents ?? false };
    const frequency = new Map<string, number>();
    for (const event of events) {
      for (const tag of new Set(event.tags.map((t) => t.trim()).filter(Boolean))) {
        frequency.set(tag, (frequency.get(tag) ?? 0) + 1);
      }
    }
    this.tagsInView = [...frequency.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, MAX_TAGS)
      .map(([tag]) => tag);
    if (announce && this.#announcePending) {
      this.#announcePending = false;
      const m = this.#messages();
      // The same text twice in a row must still be heard: alternate a no-break space.
      const text = m.filters.results(this.count.n, this.count.more);
      this.announcement = this.announcement === text ? `${text}\u00a0` : text;
    }
  }

  // ---- the page address

  #writeUrl(mode: 'push' | 'replace'): void {
    if (this.withoutUrl) return;
    const url = urlWithFilters(location.href, this.filters);
    if (url.href === location.href) return;
    if (mode === 'push') history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  #onPopState = () => {
    if (this.withoutUrl) return;
    const next = filtersFromUrl(location.search);
    if (JSON.stringify(next) === JSON.stringify(this.filters)) return;
    this.filters = next;
    this.#typingPushed = false;
    this.#drive(true);
  };

  /** A committed change: new history entry, views updated at once. */
  #commit(next: Partial<FilterState>): void {
    this.filters = { ...this.filters, ...next };
    this.#typingPushed = false;
    this.#drive(true);
    this.#writeUrl('push');
  }

  // ---- handlers

  #onSearchInput = (e: Event) => {
    const value = (e.target as HTMLInputElement).value;
    this.filters = { ...this.filters, search: value };
    if (this.#searchTimer) clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => {
      this.#searchTimer = null;
      this.#drive(true);
      // The first pause of a typing session gets its own entry; the next ones replace it.
      this.#writeUrl(this.#typingPushed ? 'replace' : 'push');
      this.#typingPushed = true;
    }, SEARCH_DELAY_MS);
  };

  #onSearchCommit = () => {
    if (this.#searchTimer) {
      clearTimeout(this.#searchTimer);
      this.#searchTimer = null;
      this.#drive(true);
      this.#writeUrl(this.#typingPushed ? 'replace' : 'push');
    }
    this.#typingPushed = false;
  };

  #onSubmit = (e: Event) => {
    e.preventDefault();
    this.#onSearchCommit();
  };

  #onCategory = (e: Event) => {
    this.#commit({ category: (e.target as HTMLSelectElement).value });
  };

  #onType = (e: Event) => {
    const value = (e.target as HTMLSelectElement).value;
    this.#commit({
      type: (EVENT_TYPES as readonly string[]).includes(value) ? (value as EventTypeFilter) : '',
    });
  };

  #onWhen = (e: Event) => {
    const value = (e.target as HTMLInputElement).value;
    const when = (DATE_CHOICES as readonly string[]).includes(value) ? (value as DateChoice) : '';
    this.#commit({ when });
  };

  #onDay = (edge: 'from' | 'to') => (e: Event) => {
    this.#commit({ [edge]: validDay((e.target as HTMLInputElement).value) ?? '' });
  };

  #onTag(tag: string): void {
    const tags = this.filters.tags.includes(tag)
      ? this.filters.tags.filter((t) => t !== tag)
      : [...this.filters.tags, tag];
    this.#commit({ tags });
  }

  #onRadius = (e: Event) => {
    const radius = Number((e.target as HTMLSelectElement).value);
    this.#commit({ radius: Number.isFinite(radius) && radius > 0 ? radius : null });
  };

  #onNearMe = () => {
    if (this.filters.near) {
      this.locateState = 'idle';
      this.#commit({ near: '' });
      return;
    }
    const geolocation = typeof navigator !== 'undefined' ? navigator.geolocation : undefined;
    if (!geolocation) {
      this.locateState = 'unavailable';
      return;
    }
    this.locateState = 'locating';
    geolocation.getCurrentPosition(
      ({ coords }) => {
        this.locateState = 'idle';
        // About a kilometre: enough to find events, little to give away in a shared link.
        this.#commit({
          near: `${coords.latitude.toFixed(2)},${coords.longitude.toFixed(2)}`,
          radius: this.filters.radius ?? DEFAULT_RADIUS,
        });
      },
      (error) => {
        this.locateState = error.code === 1 ? 'denied' : 'unavailable';
      },
      { timeout: 15000, maximumAge: 600000 },
    );
  };

  #onReset = () => {
    this.locateState = 'idle';
    this.#commit({ ...EMPTY_FILTERS });
    this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus();
  };

  #onToggleMore = () => {
    this.expanded = !this.expanded;
  };

  #onSlotChange = () => {
    if (this.#applied) this.#drive(false);
    this.#refreshFromViews();
  };

  #messages(): Messages {
    return messagesFor(languageOf(this));
  }

  // ---- render

  override render(): TemplateResult {
    const m = this.#messages();
    const f = m.filters;
    const categories = this.#categories.value ?? [];
    return html`<form
        part="base"
        class="filters"
        role="search"
        aria-label=${f.label}
        dir=${m.dir}
        lang=${m.locale}
        @submit=${this.#onSubmit}
      >
        <div class="fields">
          <div part="field" class="field search">
            <label for="search">${f.search}</label>
            <input
              id="search"
              part="search"
              type="search"
              autocomplete="off"
              enterkeyhint="search"
              placeholder=${f.searchHint}
              .value=${this.filters.search}
              @input=${this.#onSearchInput}
              @change=${this.#onSearchCommit}
            />
          </div>
          <button
            part="more"
            class="more"
            type="button"
            aria-expanded=${this.expanded ? 'true' : 'false'}
            aria-controls="more"
            @click=${this.#onToggleMore}
          >
            ${f.more(activeCount(this.filters))}
          </button>
        </div>
        <div id="more" class="secondary ${this.expanded ? 'is-open' : ''}">
          <div class="fields">
            ${categoryField(categories, this.filters.category, this.#onCategory, m)}
            <div part="field" class="field">
              <label for="type">${f.type}</label>
              <select id="type" part="type" @change=${this.#onType}>
                ${[
                  ['', f.anyType],
                  ['online', f.online],
                  ['in-person', f.inPerson],
                ].map(
                  ([value, label]) =>
                    html`<option value=${value!} ?selected=${this.filters.type === value}>
                      ${label}
                    </option>`,
                )}
              </select>
            </div>
          </div>
          ${datesFieldset(this.filters, { onWhen: this.#onWhen, onDay: this.#onDay }, m)}
          ${nearField(
            this.filters,
            this.locateState,
            { onNearMe: this.#onNearMe, onRadius: this.#onRadius },
            m,
          )}
          ${tagsFieldset(this.filters.tags, this.tagsInView, (tag) => this.#onTag(tag), m)}
        </div>
        <div class="summary">
          <p part="count" class="count">
            ${this.count ? f.results(this.count.n, this.count.more) : nothing}
          </p>
          ${
            isActive(this.filters)
              ? html`<button part="reset" class="reset" type="button" @click=${this.#onReset}>
                  ${f.reset}
                </button>`
              : nothing
          }
        </div>
        <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          ${this.announcement}
        </p>
      </form>
      <slot @slotchange=${this.#onSlotChange}></slot>`;
  }
}

/** Keeps a view's height while it reloads, so the page does not jump under the visitor. */
function keepHeight(target: HTMLElement): void {
  const height = target.getBoundingClientRect().height;
  if (height <= 0) return;
  target.style.minHeight = `${height}px`;
  // Released when the view reports its results; at the latest after a while (no reload needed).
  setTimeout(() => target.style.removeProperty('min-height'), 10000);
}

function currentMonth(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}
