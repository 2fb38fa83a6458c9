import {
  LitElement,
  html,
  nothing,
  render,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { Task, TaskStatus } from '../shared/task.js';
import {
  haversineKm,
  loadEvents,
  type EventPage,
  type KiosqueError,
  type KiosqueEvent,
} from '@kiosque/client';
import { clientFor, peekSource } from '../shared/client.js';
import {
  languageOf,
  loadLanguage,
  messagesFor,
  onLanguagesChanged,
  registerEnglish,
  type Messages,
} from '../i18n/index.js';
import { map as englishMap } from '../i18n/en/map.js';
import { KIOSQUE_VERSION } from '../shared/define.js';
import { errorMessage, toKiosqueError, canRetry } from '../shared/errors.js';
import { KiosqueErrorEvent, KiosqueEventSelectEvent, KiosqueLoadEvent } from '../shared/events.js';
import { EventSourceMixin, parseNear } from '../shared/event-source.js';
import { claimDeepLink, type LinkTarget } from '../shared/event-dialog.js';
import { stateStyles, tokens } from '../shared/styles.js';
import { summaryStyles } from '../shared/summary.js';
import { staleNote } from '../shared/stale.js';
import { errorAlert, loadingStatus } from '../shared/status.js';
import type { Map as LeafletMap } from 'leaflet';
import type { LocatedEvent, MapView } from './leaflet-view.js';
import { mapStyles } from './map.styles.js';
import {
  consentFor,
  directionsUrl,
  optionalNumber,
  tileUrl,
  validTileTemplate,
  type Tiles,
} from './map-settings.js';
import {
  consentView,
  listView,
  mapRegion,
  onlineNoteView,
  summaryView,
  toolbarView,
  type LocateState,
} from './map-views.js';

// Still exported from here, where the package index and its users import them.
export { directionsUrl, validTileTemplate } from './map-settings.js';

export { KiosqueEventSelectEvent };

/** Fired each time the markers have been drawn on the map. */
export class KiosqueMapReadyEvent extends Event {
  static readonly eventName = 'kiosque-map-ready';
  readonly markers: number;
  readonly clustered: boolean;
  constructor(markers: number, clustered: boolean) {
    super(KiosqueMapReadyEvent.eventName, { bubbles: true, composed: true });
    this.markers = markers;
    this.clustered = clustered;
  }
  get detail(): { markers: number; clustered: boolean } {
    return { markers: this.markers, clustered: this.clustered };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kiosque-map-ready': KiosqueMapReadyEvent;
  }
}

/** What a partner element named by `for` may offer so the map can highlight in it. */
interface SelectionPartner extends Element {
  selectEvent?: (uuid: string) => void;
  requestUpdate?: () => void;
}

/** What the map reads of a page of events (given events make one without the rest). */
type Page = Pick<EventPage, 'events' | 'stale' | 'fetchedAt'>;

const DEFAULT_RADIUS_KM = 50;

/**
 * Upcoming Mobilizon events on an OpenStreetMap map, with the same sources and filters as
 * `<kiosque-events>`, and a list of the same events below it.
 *
 * @tagname kiosque-map
 * @summary Events of a Mobilizon instance or group on a map.
 *
 * @attribute {string} lang - Language of the element's text (`en`, `fr`, `de`, `es`, `it`, `ar`; more with `registerLanguage`). Read from the element, then its ancestors, then `<html lang>`.
 *
 * @slot empty - Shown when no event has a place. Defaults to a localized "No events with a place."
 *
 * @csspart base - The wrapper around everything the element renders.
 * @csspart toolbar - The bar above the map (the "Near me" button).
 * @csspart locate - The "Near me" button.
 * @csspart map - The map region.
 * @csspart consent - The placeholder shown before the visitor agrees to load the map.
 * @csspart show-map - The "Show map" button of the placeholder.
 * @csspart online-note - The "+3 online events" button under the map.
 * @csspart list - The disclosure holding the list of the events.
 * @csspart link - The link to an event's page (popup and list).
 * @csspart when - An event's dates and times (popup and list).
 * @csspart where - An event's place, or "Online" (popup and list).
 * @csspart badge - A status badge (cancelled, tentative, full, places left, external, online).
 * @csspart note - Notes: invalid settings, the visitor's position.
 * @csspart status - The loading, empty and error messages.
 * @csspart stale - The note shown when the events may be out of date.
 * @csspart retry - The "Try again" button of the error message.
 *
 * @cssproperty --kiosque-map-height - Height of the map (default 24rem).
 * @cssproperty --kiosque-color-accent - Markers, links and highlights.
 * @cssproperty --kiosque-color-text - Text colour (default: inherited from the page).
 * @cssproperty --kiosque-color-background - Background (default: transparent).
 * @cssproperty --kiosque-color-surface - Background of the placeholder and the list.
 * @cssproperty --kiosque-color-border - Borders.
 * @cssproperty --kiosque-radius - Corner radius.
 * @cssproperty --kiosque-spacing - Base spacing.
 *
 * @event kiosque-load - Events were loaded and shown. Detail: `{ count: number, stale: boolean }`.
 * @event kiosque-error - Loading failed and nothing could be shown. Detail: `{ error: KiosqueError }`.
 * @event kiosque-event-select - The visitor activated an event's marker. Detail: `{ event: KiosqueEvent }`.
 * @event kiosque-map-ready - The markers were drawn on the map. Detail: `{ markers: number, clustered: boolean }`.
 * @event kiosque-event-open - The visitor activated an event's link (popup or list); cancelable (then no dialog opens). Detail: `{ event: KiosqueEvent }`.
 */
export class KiosqueMap extends EventSourceMixin(LitElement) {
  static readonly version = KIOSQUE_VERSION;
  static override styles = [tokens, stateStyles, summaryStyles, mapStyles];
  static override properties: PropertyDeclarations = {
    limit: { type: Number },
    events: { attribute: false },
    center: {},
    zoom: { converter: { fromAttribute: optionalNumber } },
    tiles: {},
    attribution: {},
    consent: { type: Boolean, reflect: true },
    locate: { type: Boolean, reflect: true },
    for: {},
    label: {},
    theme: { reflect: true },
    linkTo: { attribute: 'link-to' },
  };

  static {
    // This element's English strings travel with it, not with every bundle.
    registerEnglish('map', englishMap);
    // Internal state: declared here rather than in `properties`, which the manifest lists as
    // attributes.
    for (const name of [
      'nearViewport',
      'viewReady',
      'mapFailed',
      'consentGiven',
      'locateState',
      'listOpen',
    ]) {
      this.createProperty(name, { state: true });
    }
  }

  // Left uninitialized where undefined means the same as empty (less code to ship).
  #unsubscribeLanguages?: () => void;
  #intersection?: IntersectionObserver;
  #root?: Document | ShadowRoot | null;
  #view?: MapView | null;
  #viewHost?: HTMLElement | null;
  #viewLoading?: boolean;
  #selected?: string;
  /** The events of the page shown that have a place on the map, and those online only. */
  #located!: LocatedEvent[];
  #online!: KiosqueEvent[];
  #locatedOf?: Page | null;
  #shownKey?: string;
  /** Last page shown, kept so a reload or a failure never empties the map. */
  #shown?: Page | null;

  #task = new Task(this, {
    task: async ([, limit, given], { signal }) => {
      const sources = this.sources();
      if (!given && sources.length === 0) throw new Error('missing-instance');
      const page = given
        ? { events: this.#nearFilter(given), stale: false, fetchedAt: 0 }
        : await loadEvents(sources, { ...this.eventQuery(), limit }, { signal });
      this.#shown = page;
      queueMicrotask(() =>
        this.dispatchEvent(new KiosqueLoadEvent(page.events.length, page.stale)),
      );
      return page;
    },
    args: () => [this.sourceKey(), this.#limit, this.events] as const,
  });

  /** Tile endpoint and routing of the (first) instance, unless `tiles` says otherwise. */
  #infoTask = new Task(this, {
    task: async ([instance, tiles], { signal }) => {
      if (tiles || !instance) return null;
      try {
        return (await clientFor(instance, this.endpoint).instanceInfo({ signal })).maps;
      } catch {
        // Without the instance's settings the map still works, without tiles. (An aborted
        // request belongs to a run that a newer one replaced: its result is dropped anyway.)
        return null;
      }
    },
    args: () => [this.sources()[0]?.instance ?? '', this.tiles] as const,
  });

  private nearViewport?: boolean;
  private viewReady?: boolean;
  private mapFailed?: boolean;
  private consentGiven?: boolean;
  private locateState: LocateState = 'idle';
  private listOpen?: boolean;

  /** How many events to fetch (1–99, the instance's maximum per request). Default 99. */
  limit = 99;

  /**
   * Events to show instead of fetching them (build-time rendering, previews, benchmarks).
   * `limit` does not apply; `near` + `radius` do.
   */
  events: KiosqueEvent[] | null = null;

  /** `"lat,lon"`: centre the map here instead of fitting it to the events. */
  center = '';

  /** Zoom level (0–19): with `center`, or alone around the events. */
  zoom: number | null = null;

  /** Tile URL template (`https://…/{z}/{x}/{y}.png`); default: the instance's. */
  tiles = '';

  /** Attribution shown for the tiles (text); default: the instance's. */
  attribution = '';

  /** Show a placeholder and load no tile until the visitor presses "Show map". */
  consent = false;

  /** Show a "Near me" button: recentres on the visitor and keeps events within `radius`. */
  locate = false;

  /** Id of a `<kiosque-events>` (or any element following the same contract) to sync with. */
  for = '';

  /** Accessible name of the map; default: a localized "Map of events". */
  label = '';

  /** Colour scheme: `light`, `dark`, or `auto` (follows the visitor's system). */
  theme: 'light' | 'dark' | 'auto' = 'light';

  /**
   * Where an event's link leads: `dialog` (its details over the page, with participation) or
   * `instance` (its page on the Mobilizon instance).
   */
  linkTo: LinkTarget = 'dialog';

  /** The events loaded, with or without a place (read-only): for `<kiosque-filters>`. */
  get shownEvents(): readonly KiosqueEvent[] {
    return this.#currentPage()?.events ?? [];
  }

  get #limit(): number {
    const n = Math.trunc(Number(this.limit));
    return Number.isFinite(n) ? Math.min(99, Math.max(1, n)) : 99;
  }

  get #radius(): number {
    return Number.isFinite(this.radius) && this.radius! > 0 ? this.radius! : DEFAULT_RADIUS_KM;
  }

  get #zoom(): number | null {
    const n = Number(this.zoom ?? NaN);
    return Number.isInteger(n) && n >= 0 && n <= 19 ? n : null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unsubscribeLanguages = onLanguagesChanged(() => this.requestUpdate());
    this.#root = this.getRootNode() as Document | ShadowRoot;
    this.#root.addEventListener('kiosque-event-select', this.#onPartnerSelect);
    if (!this.nearViewport) {
      this.#intersection = new IntersectionObserver(
        (entries, observer) => {
          if (entries.some((entry) => entry.isIntersecting)) {
            this.nearViewport = true;
            observer.disconnect();
          }
        },
        { rootMargin: '200px' },
      );
      this.#intersection.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribeLanguages?.();
    this.#root?.removeEventListener('kiosque-event-select', this.#onPartnerSelect);
    this.#intersection?.disconnect();
    this.#destroyView();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const key = `${this.sourceKey()}|${this.#limit}`;
    if (key !== this.#shownKey) {
      this.#shownKey = key;
      if (!this.events) this.#shown = this.#peek();
    }
    const page = this.#currentPage();
    if (page !== this.#locatedOf) {
      this.#locatedOf = page;
      this.#located = [];
      this.#online = [];
      for (const event of page?.events ?? []) {
        const at = event.address?.coordinates;
        if (at && Number.isFinite(at.lat) && Number.isFinite(at.lon)) {
          this.#located.push(event as LocatedEvent);
        } else if (event.isOnline || event.onlineUrl) {
          this.#online.push(event);
        }
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#syncView();
    claimDeepLink(this);
    if (changed.has('for')) this.#partner()?.requestUpdate?.();
  }

  /** Cached data for a single source, to paint at once while revalidating. */
  #peek(): Page | null {
    return peekSource(this.sources(), { ...this.eventQuery(), limit: this.#limit });
  }

  #currentPage(): Page | null {
    return (this.#task.value as Page | undefined) ?? this.#shown ?? null;
  }

  #nearFilter(events: KiosqueEvent[]): KiosqueEvent[] {
    const near = parseNear(this.near);
    if (!near) return events;
    const radius = this.#radius;
    return events.filter((event) => {
      const at = event.address?.coordinates;
      return at ? haversineKm(near, at) <= radius : false;
    });
  }

  // ---- tiles and consent

  /** The tiles to load: undefined while the instance's settings are on their way. */
  #tiles(): Tiles | null | undefined {
    const info = this.#infoTask;
    if (!this.tiles && this.sources().length && info.status < TaskStatus.COMPLETE) return undefined;
    const maps = this.tiles ? null : info.value;
    const url = this.tiles || maps?.tiles?.endpoint || '';
    return tileUrl(url)
      ? { url, attribution: this.attribution || maps?.tiles?.attribution || '' }
      : null;
  }

  // Handlers are methods: Lit calls them with the element as `this`.

  async #giveConsent(origin: string): Promise<void> {
    consentFor(origin, true);
    this.consentGiven = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="map"]')?.focus();
  }

  // ---- the Leaflet view

  #syncView(): void {
    const host = this.renderRoot.querySelector<HTMLElement>('.leaflet-host');
    if (host !== this.#viewHost) {
      this.#destroyView();
      this.#viewHost = host;
    }
    if (!host || !this.nearViewport || this.mapFailed) return;
    const view = this.#view;
    if (!view) {
      if (!this.#viewLoading) void this.#createView(host);
      return;
    }
    // Once "Near me" found the visitor, `near` is their position.
    const found = this.locateState === 'found' && parseNear(this.near);
    try {
      const redrawn = view.draw({
        tiles: this.#tiles() ?? null,
        events: this.#located,
        position: found ? { ...found, radiusKm: this.#radius } : null,
        center: parseNear(this.center),
        zoom: this.#zoom,
      });
      if (redrawn) {
        if (this.#selected) view.select(this.#selected);
        this.dispatchEvent(new KiosqueMapReadyEvent(this.#located.length, view.clustered));
      }
    } catch {
      queueMicrotask(() => (this.mapFailed = true));
    }
  }

  async #createView(host: HTMLElement): Promise<void> {
    this.#viewLoading = true;
    const gone = () => host !== this.#viewHost || !host.isConnected;
    try {
      const [{ createMapView }, { default: css }] = await Promise.all([
        import('./leaflet-view.js'),
        import('./leaflet-styles.js'),
        // Leaflet's controls take their labels once, at creation: have the strings first.
        loadLanguage(languageOf(this)),
      ]);
      if (gone()) return;
      const m = this.#messages();
      const view = await createMapView({
        container: host,
        css,
        dir: m.dir,
        labels: m.map,
        popup: (event) => this.#popup(event),
        onActivate: (event) => this.#onActivate(event),
      });
      if (gone()) {
        view.destroy();
        return;
      }
      this.#view = view;
      this.viewReady = true;
    } catch {
      this.mapFailed = true;
    } finally {
      this.#viewLoading = false;
    }
  }

  #destroyView(): void {
    this.#view?.destroy();
    this.#view = null;
    this.#viewHost = null;
    // Also called from updated(): the state changes after this update, not during it.
    if (this.viewReady) queueMicrotask(() => (this.viewReady = this.#view !== null));
  }

  // ---- selection

  #onActivate(event: KiosqueEvent): void {
    this.#selected = event.uuid;
    this.dispatchEvent(new KiosqueEventSelectEvent(event));
    this.#partner()?.selectEvent?.(event.uuid);
  }

  #partner(): SelectionPartner | null | undefined {
    return this.for ? (this.#root?.getElementById(this.for) as SelectionPartner | null) : null;
  }

  #onPartnerSelect = (e: Event) => {
    if (!this.for || (e.target as Element).id !== this.for) return;
    const detail = (e as Partial<KiosqueEventSelectEvent>).detail as
      { event?: { uuid?: unknown }; uuid?: unknown } | undefined;
    const uuid = detail?.event?.uuid ?? detail?.uuid;
    if (typeof uuid === 'string') this.selectEvent(uuid);
  };

  /**
   * Highlights an event on the map and opens its popup, as when it is selected in a synced
   * list. Does not fire `kiosque-event-select` (events fire on the visitor's actions only).
   */
  selectEvent(uuid: string): void {
    this.#selected = uuid;
    this.#view?.select(uuid);
  }

  /** Leaflet's map once it is shown, else null: for benchmarks, tests and advanced tweaks. */
  get leafletMap(): LeafletMap | null {
    return this.#view?.map ?? null;
  }

  /** Reloads the events from the instance. */
  reload(): Promise<void> {
    return this.#task.run();
  }

  // ---- "Near me"

  #locate(): void {
    const geolocation = navigator.geolocation;
    this.locateState = geolocation ? 'locating' : 'unavailable';
    geolocation?.getCurrentPosition(
      ({ coords }) => {
        // `near` is the visitor's position from now on: the events around it, and the circle.
        this.near = `${coords.latitude},${coords.longitude}`;
        this.locateState = 'found';
      },
      (error) => {
        this.locateState = error.code === 1 ? 'denied' : 'unavailable';
      },
      { timeout: 15000, maximumAge: 600000 },
    );
  }

  // ---- list

  #onToggle(e: Event): void {
    this.listOpen = (e.target as HTMLDetailsElement).open;
  }

  async #showOnline(): Promise<void> {
    this.listOpen = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#online-heading')?.focus();
  }

  #messages(): Messages {
    return messagesFor(languageOf(this));
  }

  // ---- render

  override render(): TemplateResult {
    const m = this.#messages();
    return html`<div part="base" class="base" dir=${m.dir} lang=${m.locale}>
      ${this.locate ? toolbarView(m, this.locateState, this.#radius, this.#locate) : nothing}
      ${this.#renderNotes(m)} ${this.#renderState(m)}
    </div>`;
  }

  #renderNotes(m: Messages): unknown[] {
    const invalid = [
      ['center', '48.85,2.35', this.center && !parseNear(this.center)],
      ['zoom', '12', this.#zoom === null && this.zoom != null],
      [
        'tiles',
        'https://tile.example/{z}/{x}/{y}.png',
        this.tiles && !validTileTemplate(this.tiles),
      ],
    ] as const;
    return invalid.map(([name, example, bad]) =>
      bad
        ? html`<p part="note" class="note" role="note">${m.map.invalidSetting(name, example)}</p>`
        : nothing,
    );
  }

  #renderState(m: Messages): TemplateResult {
    if (!this.events && this.sources().length === 0) {
      return this.#renderError(m, m.errors.missingInstance, false);
    }
    const task = this.#task;
    if (task.status === TaskStatus.ERROR) {
      const error = toKiosqueError(task.error);
      if (error.kind !== 'aborted') {
        queueMicrotask(() => this.#reportError(error));
        return this.#renderError(m, errorMessage(error, m), canRetry(error));
      }
    }
    // While loading, the last page shown (or the cached one) stays.
    const page = task.status === TaskStatus.COMPLETE ? task.value : this.#shown;
    return page ? this.#renderPage(page, m) : this.#renderLoading(m);
  }

  #reported?: KiosqueError;
  #reportError(error: KiosqueError): void {
    if (this.#reported === error) return;
    this.#reported = error;
    this.dispatchEvent(new KiosqueErrorEvent(error));
  }

  #renderLoading(m: Messages): TemplateResult {
    return html`<div class="map skeleton-map" aria-hidden="true"></div>
      ${loadingStatus(m.loading)}`;
  }

  #renderError(m: Messages, text: string, canRetry: boolean): TemplateResult {
    return errorAlert(text, m.retry, canRetry ? this.reload : null);
  }

  #renderPage(page: Page, m: Messages): TemplateResult {
    const stale = page.stale ? staleNote(m.staleNote, page.fetchedAt, m.locale) : nothing;
    const main =
      this.#located.length === 0
        ? html`<p part="status" class="state" role="status">
            <slot name="empty">${m.map.empty}</slot>
          </p>`
        : this.#renderMap(m);
    const list = listView(m, page.events, this.#online, this.listOpen, this.#onToggle, this);
    return html`${stale}${main}${onlineNoteView(m, this.#online.length, this.#showOnline)}${list}`;
  }

  #renderMap(m: Messages): TemplateResult {
    const tiles = this.#tiles();
    const label = this.label || m.map.label;
    if (tiles === undefined) return this.#renderLoading(m);
    const url = tiles && tileUrl(tiles.url);
    if (this.consent && url && !this.consentGiven && !consentFor(url.origin)) {
      return consentView(m, label, url, () => this.#giveConsent(url.origin));
    }
    return mapRegion(m, label, this.mapFailed, this.viewReady);
  }

  /** The popup of a marker: built with Lit, so every remote string is bound as text. */
  #popup(event: LocatedEvent): HTMLElement {
    const m = this.#messages();
    const element = document.createElement('div');
    element.className = 'popup';
    element.dir = m.dir;
    element.lang = m.locale;
    render(
      html`${summaryView(event, m, this)}
        <p class="directions">
          <a
            href=${directionsUrl(this.#infoTask.value?.routing ?? null, event.address.coordinates)}
            rel="noopener noreferrer"
            target="_blank"
            aria-label=${m.map.directionsTo(event.title)}
            >${m.map.directions}</a
          >
        </p>`,
      element,
    );
    return element;
  }
}
