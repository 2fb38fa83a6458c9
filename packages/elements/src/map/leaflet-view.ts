/**
 * Everything that touches Leaflet. This module is only ever loaded with `import()`, by
 * `<kiosque-map>`, once a map is on screen: Leaflet reads `window` when it is evaluated, so no
 * module that can run in Node (SSR, build-time hosts) may import it statically. Leaflet (its ES
 * build, never the UMD `main`) is bundled with this module; its style sheets come apart
 * (./leaflet-styles.ts), loaded at the same time.
 */
import * as LeafletModule from 'leaflet/dist/leaflet-src.esm.js';
import type * as Leaflet from 'leaflet';
import type { KiosqueEvent } from '@kiosque/client';

/** An event with the coordinates it is shown at. */
export interface LocatedEvent {
  event: KiosqueEvent;
  lat: number;
  lon: number;
}

export interface MapViewLabels {
  zoomIn: string;
  zoomOut: string;
  closePopup: string;
  cluster: (n: number) => string;
}

export interface MapViewOptions {
  /** The element Leaflet draws into; it must be inside `root`. */
  container: HTMLElement;
  /** The shadow root the map lives in: Leaflet's styles are adopted there. */
  root: ShadowRoot;
  /** Leaflet's style sheets (./leaflet-styles.ts). */
  sheets: CSSStyleSheet[];
  /** A `{z}/{x}/{y}` URL template and its attribution (plain text), or null for no tiles. */
  tiles: { url: string; attribution: string } | null;
  dir: 'ltr' | 'rtl';
  labels: MapViewLabels;
  /** Builds the popup of an event (called when it opens). */
  popup: (event: KiosqueEvent) => HTMLElement;
  /** The visitor activated a marker (click, Enter or Space). */
  onActivate: (event: KiosqueEvent) => void;
}

/** How the map chooses what to show. */
export type MapFit =
  | { kind: 'events'; maxZoom: number }
  | { kind: 'view'; lat: number; lon: number; zoom: number }
  | { kind: 'zoom'; zoom: number }
  | { kind: 'circle'; lat: number; lon: number; radiusKm: number };

export interface MapView {
  /** Replaces the markers; returns how many are on the map. */
  setEvents(events: LocatedEvent[]): number;
  fit(fit: MapFit): void;
  /** Highlights an event's marker and opens its popup, without reporting an activation. */
  select(uuid: string | null): void;
  /** Draws the visitor's position and search radius (null removes it). */
  showPosition(position: { lat: number; lon: number; radiusKm: number } | null): void;
  setTiles(tiles: { url: string; attribution: string } | null): void;
  /** Leaflet's map, for tests and benchmarks. */
  readonly map: Leaflet.Map;
  /** Whether markers are grouped into clusters (false only when the page has its own `L`). */
  readonly clustered: boolean;
  invalidateSize(): void;
  destroy(): void;
}

let loading: Promise<{ L: typeof Leaflet; clustered: boolean }> | null = null;

/**
 * Loads leaflet.markercluster. The cluster plugin is a UMD script that extends a global `L` and
 * looks `L` up again whenever it runs, so Kiosque's Leaflet becomes `window.L` — but only when
 * the page has none: a page that brought its own Leaflet keeps it untouched, and Kiosque then
 * places markers without clustering.
 */
function loadLeaflet(): Promise<{ L: typeof Leaflet; clustered: boolean }> {
  loading ??= (async () => {
    // A module namespace is frozen; the plugin needs an object it can extend.
    const L = { ...LeafletModule } as typeof Leaflet;
    const global = globalThis as { L?: unknown };
    if (global.L !== undefined) return { L, clustered: false };
    global.L = L;
    await import('leaflet.markercluster');
    return { L, clustered: typeof L.MarkerClusterGroup === 'function' };
  })();
  return loading;
}

/** Creates a Leaflet map in `options.container`. */
export async function createMapView(options: MapViewOptions): Promise<MapView> {
  const { L, clustered } = await loadLeaflet();
  const root = options.root;
  const extra = options.sheets.filter((sheet) => !root.adoptedStyleSheets.includes(sheet));
  // Leaflet's own styles first, so the element's styles (already adopted) win.
  root.adoptedStyleSheets = [...extra, ...root.adoptedStyleSheets];

  const labels = options.labels;
  let selected: string | null = null;
  let programmatic = false;
  let fromKeyboard = false;
  let popupHasFocus = false;
  const markers = new Map<string, Leaflet.Marker>();
  // The cluster group only knows its bounds once it is on a map with a view: keep our own.
  let bounds: Leaflet.LatLngBounds | null = null;
  const eventsByMarker = new WeakMap<Leaflet.Marker, KiosqueEvent>();

  /** A DivIcon whose element carries an accessible name: used for clusters. */
  class LabelledIcon extends L.DivIcon {
    constructor(
      iconOptions: Leaflet.DivIconOptions,
      private readonly label: string,
    ) {
      super(iconOptions);
    }
    override createIcon(old?: HTMLElement): HTMLElement {
      const element = super.createIcon(old);
      element.setAttribute('aria-label', this.label);
      return element;
    }
  }

  // Two icons shared by every marker (thousands of markers, two objects); the per-marker
  // name and selection are set on the element when Leaflet creates it. 24 px: the smallest
  // target WCAG 2.2 accepts without spacing (markers may sit close together).
  const markerIcon = (className: string) =>
    L.divIcon({ className, iconSize: [24, 24], iconAnchor: [12, 29], popupAnchor: [0, -28] });
  const icons = {
    confirmed: markerIcon('kiosque-marker'),
    cancelled: markerIcon('kiosque-marker is-cancelled'),
  };
  const markerProto = L.Marker.prototype as unknown as { _initIcon(): void };
  const EventMarker = L.Marker.extend({
    _initIcon(this: Leaflet.Marker & { _icon?: HTMLElement }) {
      markerProto._initIcon.call(this);
      const element = this._icon;
      const event = eventsByMarker.get(this);
      if (!element || !event) return;
      element.setAttribute('aria-label', event.title);
      element.classList.toggle('is-selected', event.uuid === selected);
    },
  }) as unknown as new (
    at: Leaflet.LatLngExpression,
    options: Leaflet.MarkerOptions,
  ) => Leaflet.Marker;

  const map = L.map(options.container, {
    zoomControl: false,
    attributionControl: false,
    keyboard: true,
    worldCopyJump: true,
    minZoom: 1,
    maxZoom: 18,
  });
  options.container.setAttribute('dir', 'ltr');
  L.control
    .zoom({
      position: options.dir === 'rtl' ? 'topleft' : 'topright',
      zoomInTitle: labels.zoomIn,
      zoomOutTitle: labels.zoomOut,
    })
    .addTo(map);
  const attribution = L.control
    .attribution({ position: options.dir === 'rtl' ? 'bottomleft' : 'bottomright' })
    .setPrefix('<a href="https://leafletjs.com">Leaflet</a>')
    .addTo(map);

  let tileLayer: Leaflet.TileLayer | null = null;
  const setTiles = (tiles: { url: string; attribution: string } | null) => {
    if (tileLayer) map.removeLayer(tileLayer);
    tileLayer = null;
    if (!tiles) return;
    tileLayer = L.tileLayer(tiles.url, {
      // Leaflet inserts attributions as HTML; ours is text from the instance or the page.
      attribution: escapeHtml(tiles.attribution),
      maxZoom: 18,
    }).addTo(map);
  };
  setTiles(options.tiles);
  void attribution;

  const group: Leaflet.FeatureGroup = clustered
    ? L.markerClusterGroup({
        showCoverageOnHover: false,
        spiderfyOnMaxZoom: true,
        maxClusterRadius: 60,
        iconCreateFunction: (cluster) => {
          const n = cluster.getChildCount();
          const size = n < 10 ? 36 : n < 100 ? 42 : n < 1000 ? 48 : 58;
          return new LabelledIcon(
            {
              html: `<span>${n}</span>`,
              className: 'kiosque-cluster',
              iconSize: [size, size],
            },
            labels.cluster(n),
          );
        },
      })
    : L.featureGroup();
  group.addTo(map);
  // One popup for the whole group (not one per marker: a map may hold thousands).
  group.bindPopup(
    (layer) => {
      const event = eventsByMarker.get(layer as Leaflet.Marker);
      return event ? options.popup(event) : document.createElement('div');
    },
    { maxWidth: 280, minWidth: 200, className: 'kiosque-popup' },
  );

  let positionLayer: Leaflet.LayerGroup | null = null;

  const iconElement = (marker: Leaflet.Marker) => marker.getElement() ?? null;

  map.on('popupopen', (e: Leaflet.PopupEvent) => {
    const source = (e.popup as unknown as { _source?: Leaflet.Marker })._source;
    const event = source ? eventsByMarker.get(source) : undefined;
    const element = e.popup.getElement();
    const close = element?.querySelector('.leaflet-popup-close-button');
    close?.setAttribute('aria-label', labels.closePopup);
    close?.setAttribute('title', labels.closePopup);
    if (event && !programmatic) options.onActivate(event);
    if (fromKeyboard) {
      element?.querySelector<HTMLElement>('a[href], button')?.focus();
      popupHasFocus = true;
    }
    fromKeyboard = false;
  });
  map.on('popupclose', (e: Leaflet.PopupEvent) => {
    const source = (e.popup as unknown as { _source?: Leaflet.Marker })._source;
    if (popupHasFocus && source) {
      popupHasFocus = false;
      // The popup held the focus: give it back to its marker rather than to the page.
      queueMicrotask(() => iconElement(source)?.focus());
    }
  });

  const container = options.container;
  const onKeyDown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (e.key === 'Escape' && target.closest('.leaflet-popup')) {
      // Leaflet only hears Escape while the map itself has the focus, not a popup link.
      map.closePopup();
      return;
    }
    const onMarker = target.classList.contains('leaflet-marker-icon');
    if (onMarker && (e.key === 'Enter' || e.key === ' ')) {
      fromKeyboard = true;
      if (e.key === ' ') {
        // Leaflet opens popups on Enter only; a button also answers Space.
        e.preventDefault();
        target.click();
      }
    }
  };
  const onFocusOut = (e: FocusEvent) => {
    const popup = container.querySelector('.leaflet-popup');
    if (popup && !popup.contains(e.relatedTarget as Node | null)) popupHasFocus = false;
  };
  const onFocusIn = (e: FocusEvent) => {
    const popup = container.querySelector('.leaflet-popup');
    if (popup?.contains(e.target as Node)) popupHasFocus = true;
  };
  container.addEventListener('keydown', onKeyDown);
  container.addEventListener('focusout', onFocusOut);
  container.addEventListener('focusin', onFocusIn);

  const openSelected = (marker: Leaflet.Marker) => {
    programmatic = true;
    try {
      const popup = group.getPopup();
      if (popup) (popup as unknown as { _source?: Leaflet.Layer })._source = marker;
      group.openPopup(marker.getLatLng());
    } finally {
      programmatic = false;
    }
  };

  return {
    map,
    clustered,
    setEvents(events) {
      map.closePopup();
      group.clearLayers();
      markers.clear();
      const layers: Leaflet.Marker[] = [];
      bounds = events.length ? L.latLngBounds(events.map(({ lat, lon }) => [lat, lon])) : null;
      for (const { event, lat, lon } of events) {
        const marker = new EventMarker([lat, lon], {
          icon: event.status === 'CANCELLED' ? icons.cancelled : icons.confirmed,
          keyboard: true,
          title: event.title,
          riseOnHover: true,
        });
        eventsByMarker.set(marker, event);
        markers.set(event.uuid, marker);
        layers.push(marker);
      }
      if (clustered) (group as Leaflet.MarkerClusterGroup).addLayers(layers);
      else for (const layer of layers) group.addLayer(layer);
      return layers.length;
    },
    fit(fit) {
      if (fit.kind === 'view') {
        map.setView([fit.lat, fit.lon], fit.zoom, { animate: false });
        return;
      }
      if (fit.kind === 'circle') {
        const bounds = L.latLng(fit.lat, fit.lon).toBounds(fit.radiusKm * 2000);
        map.fitBounds(bounds, { animate: false });
        return;
      }
      if (!bounds?.isValid()) {
        map.setView([20, 0], 2, { animate: false });
        return;
      }
      if (fit.kind === 'zoom') {
        map.setView(bounds.getCenter(), fit.zoom, { animate: false });
        return;
      }
      map.fitBounds(bounds, { padding: [32, 32], maxZoom: fit.maxZoom, animate: false });
    },
    select(uuid) {
      const previous = selected ? markers.get(selected) : undefined;
      selected = uuid;
      if (previous) iconElement(previous)?.classList.remove('is-selected');
      const marker = uuid ? markers.get(uuid) : undefined;
      if (!marker) return;
      const show = () => {
        iconElement(marker)?.classList.add('is-selected');
        openSelected(marker);
      };
      if (clustered) (group as Leaflet.MarkerClusterGroup).zoomToShowLayer(marker, show);
      else show();
    },
    showPosition(position) {
      if (positionLayer) map.removeLayer(positionLayer);
      positionLayer = null;
      if (!position) return;
      const at = L.latLng(position.lat, position.lon);
      positionLayer = L.layerGroup([
        L.circle(at, {
          radius: position.radiusKm * 1000,
          interactive: false,
          className: 'kiosque-radius',
        }),
        L.circleMarker(at, { radius: 7, interactive: false, className: 'kiosque-position' }),
      ]).addTo(map);
    },
    setTiles,
    invalidateSize() {
      map.invalidateSize({ animate: false });
    },
    destroy() {
      container.removeEventListener('keydown', onKeyDown);
      container.removeEventListener('focusout', onFocusOut);
      container.removeEventListener('focusin', onFocusIn);
      map.remove();
    },
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
