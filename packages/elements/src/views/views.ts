import { LitElement, html, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { filters as englishFilters } from '../i18n/en/filters.js';
import {
  languageOf,
  messagesFor,
  onLanguagesChanged,
  registerEnglish,
  type Messages,
} from '../i18n/index.js';
import { KIOSQUE_VERSION } from '../shared/define.js';
import { tokens } from '../shared/styles.js';
import { viewsStyles } from './views.styles.js';

/** Fired when the visitor shows another view. */
export class KiosqueViewChangeEvent extends Event {
  static readonly eventName = 'kiosque-view-change';
  readonly view: string;
  constructor(view: string) {
    super(KiosqueViewChangeEvent.eventName, { bubbles: true, composed: true });
    this.view = view;
  }
  get detail(): { view: string } {
    return { view: this.view };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kiosque-view-change': KiosqueViewChangeEvent;
  }
}

/** The page address parameter that holds the view shown. */
export const VIEW_PARAM = 'kiosque-view';

/** The name a child view goes by: its `data-view`, else from its tag. */
const NAMES: Record<string, string> = {
  'kiosque-events': 'list',
  'kiosque-calendar': 'calendar',
  'kiosque-map': 'map',
};

const ICONS: Record<string, TemplateResult> = {
  list: html`${svg`<path d="M4 6h16M4 12h16M4 18h16" />`}`,
  calendar: html`${svg`<rect x="3.5" y="5" width="17" height="15" rx="2" /><path d="M3.5 10h17M8 3v4M16 3v4" />`}`,
  map: html`${svg`<path d="M12 21s-6.5-6.2-6.5-11A6.5 6.5 0 0 1 18.5 10c0 4.8-6.5 11-6.5 11Z" /><circle cx="12" cy="10" r="2.3" />`}`,
};

interface View {
  name: string;
  label: string;
  element: HTMLElement;
}

/**
 * One area with several views of the same events — typically a list, a calendar and a map —
 * and tabs to switch between them. Only the chosen view is shown (the others get `hidden`);
 * the choice is in the page address (`?kiosque-view=map`). Put it inside `<kiosque-filters>` to
 * drive the three views with one set of filters.
 *
 * When a list's "Show on map" is pressed (a `kiosque-event-select` from the list a map's `for`
 * names), the map view is shown.
 *
 * @summary Tabs that switch one area between a list, a calendar and a map.
 *
 * @attribute {string} lang - Language of the tabs' default labels (`en`, `fr`, `de`, `es`, `it`, `ar`; more with `registerLanguage`). Read from the element, then its ancestors, then `<html lang>`; in right-to-left languages the arrow keys are swapped.
 *
 * @slot - The views. Each child is one view, named by its `data-view` (default: `list`, `calendar`, `map` from its tag) and labelled by its `data-label` (default: localized "List", "Calendar", "Map").
 *
 * @csspart tablist - The row of tabs.
 * @csspart tab - One tab (also `selected` for the chosen one). A `role="tab"` button.
 * @csspart panel - The panel around the shown view (`role="tabpanel"`).
 *
 * @cssproperty --kiosque-color-accent - The chosen tab and focus rings.
 * @cssproperty --kiosque-color-text - Text colour (default: inherited from the page).
 * @cssproperty --kiosque-color-background - Background (default: transparent).
 * @cssproperty --kiosque-color-surface - Background of a tab under the pointer.
 * @cssproperty --kiosque-color-border - The line under the tabs.
 * @cssproperty --kiosque-radius - Corner radius of the tabs.
 * @cssproperty --kiosque-spacing - Base spacing.
 * @cssproperty --kiosque-font-family - Font (default: inherited from the page).
 *
 * @event kiosque-view-change - The visitor showed another view (not fired when code sets `view`). Detail: `{ view: string }`.
 */
export class KiosqueViews extends LitElement {
  static readonly version = KIOSQUE_VERSION;
  static override styles = [tokens, viewsStyles];
  static {
    // These strings travel with the elements that show them, not with every bundle.
    registerEnglish('filters', englishFilters);
  }

  #unsubscribeLanguages: (() => void) | null = null;
  #focusTabPending = false;

  @state() private views: View[] = [];
  @state() private languageVersion = 0;

  /** The view shown (its name); default: the first. Updated when the visitor switches. */
  @property({ reflect: true }) view = '';

  /** Accessible name of the tabs; default: a localized "Views". */
  @property() label = '';

  /** Leaves the page address alone. */
  @property({ type: Boolean, attribute: 'without-url' }) withoutUrl = false;

  /** Colour scheme: `light`, `dark`, or `auto` (follows the visitor's system). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unsubscribeLanguages = onLanguagesChanged(() => this.languageVersion++);
    this.addEventListener('kiosque-event-select', this.#onSelect);
    window.addEventListener('popstate', this.#onPopState);
    if (!this.withoutUrl) {
      const fromUrl = new URLSearchParams(location.search).get(VIEW_PARAM);
      if (fromUrl) this.view = fromUrl;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribeLanguages?.();
    this.removeEventListener('kiosque-event-select', this.#onSelect);
    window.removeEventListener('popstate', this.#onPopState);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((changed as Map<PropertyKey, unknown>).has('languageVersion')) this.#collect();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const active = this.#active();
    for (const view of this.views) view.element.hidden = view !== active;
    if (this.#focusTabPending) {
      this.#focusTabPending = false;
      this.renderRoot.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
    }
  }

  #collect(): void {
    const m = this.#messages();
    const defaults: Record<string, string> = {
      list: m.filters.viewList,
      calendar: m.filters.viewCalendar,
      map: m.filters.viewMap,
    };
    this.views = [...this.children]
      .filter((child): child is HTMLElement => child instanceof HTMLElement)
      .filter((child) => child.localName !== 'kiosque-source' && child.localName !== 'script')
      .map((element, i) => {
        const name = element.dataset['view'] || NAMES[element.localName] || `view-${i + 1}`;
        return { name, label: element.dataset['label'] || defaults[name] || name, element };
      });
  }

  #active(): View | null {
    return this.views.find((v) => v.name === this.view) ?? this.views[0] ?? null;
  }

  /** Shows a view because the visitor chose it. */
  #choose(name: string, focus: boolean): void {
    if (name === this.#active()?.name) return;
    this.view = name;
    this.#focusTabPending = focus;
    if (!this.withoutUrl) {
      const url = new URL(location.href);
      if (name === this.views[0]?.name) url.searchParams.delete(VIEW_PARAM);
      else url.searchParams.set(VIEW_PARAM, name);
      if (url.href !== location.href) history.pushState(history.state, '', url);
    }
    void this.updateComplete.then(() => this.dispatchEvent(new KiosqueViewChangeEvent(name)));
  }

  #onPopState = () => {
    if (this.withoutUrl) return;
    const name = new URLSearchParams(location.search).get(VIEW_PARAM) ?? '';
    if (name === this.view || (!name && this.#active() === this.views[0])) return;
    this.view = name;
    void this.updateComplete.then(() =>
      this.dispatchEvent(new KiosqueViewChangeEvent(this.#active()?.name ?? '')),
    );
  };

  /** "Show on map" in a list shows the map that is synced with it. */
  #onSelect = (e: Event) => {
    const source = e.target;
    if (!(source instanceof HTMLElement) || !source.id) return;
    const map = this.views.find(
      (v) => v.element.localName === 'kiosque-map' && v.element.getAttribute('for') === source.id,
    );
    if (map && source !== map.element) this.#choose(map.name, false);
  };

  #onKeydown = (e: KeyboardEvent) => {
    const names = this.views.map((v) => v.name);
    const index = names.indexOf(this.#active()?.name ?? '');
    if (index < 0 || e.altKey || e.ctrlKey || e.metaKey) return;
    const rtl = this.#messages().dir === 'rtl';
    let next: number;
    switch (e.key) {
      case 'ArrowRight':
        next = index + (rtl ? -1 : 1);
        break;
      case 'ArrowLeft':
        next = index + (rtl ? 1 : -1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = names.length - 1;
        break;
      default:
        return;
    }
    e.preventDefault();
    const name = names[(next + names.length) % names.length];
    if (name) this.#choose(name, true);
  };

  #messages(): Messages {
    return messagesFor(languageOf(this));
  }

  override render(): TemplateResult {
    const m = this.#messages();
    const active = this.#active();
    return html`<div class="base" dir=${m.dir} lang=${m.locale}>
      <div
        part="tablist"
        class="tablist"
        role="tablist"
        aria-label=${this.label || m.filters.views}
        @keydown=${this.#onKeydown}
      >
        ${this.views.map((view) => {
          const selected = view === active;
          return html`<button
            part=${selected ? 'tab selected' : 'tab'}
            class="tab"
            type="button"
            role="tab"
            id="tab-${view.name}"
            aria-selected=${selected ? 'true' : 'false'}
            aria-controls="panel"
            tabindex=${selected ? 0 : -1}
            @click=${() => this.#choose(view.name, true)}
          >
            ${
              ICONS[view.name]
                ? html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
                    ${ICONS[view.name]}
                  </svg>`
                : ''
            }<span>${view.label}</span>
          </button>`;
        })}
      </div>
      <div
        part="panel"
        class="panel"
        id="panel"
        role="tabpanel"
        aria-labelledby=${active ? `tab-${active.name}` : ''}
      >
        <slot @slotchange=${() => this.#collect()}></slot>
      </div>
    </div>`;
  }
}
