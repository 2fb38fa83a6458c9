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

/** An event with finite coordinates, where its marker goes. */
export type LocatedEvent = KiosqueEvent & {
  address: { coordinates: { lat: number; lon: number } };
};

export interface MapViewLabels {
  zoomIn: string;
  zoomOut: string;
  closePopup: string;
  cluster: (n: number) => string;
}

export interface MapViewOptions {
  /** The element Leaflet draws into, in the shadow root that adopts Leaflet's styles. */
  container: HTMLElement;
  /** Leaflet's style sheets as text (./leaflet-styles.ts). */
  css: string[];
  dir: 'ltr' | 'rtl';
  labels: MapViewLabels;
  /** Builds the popup of an event (called when it opens). */
  popup: (event: LocatedEvent) => HTMLElement;
  /** The visitor activated a marker (click, Enter or Space). */
  onActivate: (event: KiosqueEvent) => void;
}

type Point = { lat: number; lon: number };

/** What the map shows; `draw()` only changes what differs from the last call. */
export interface MapState {
  /** A `{z}/{x}/{y}` URL template and its attribution (plain text), or null for no tiles. */
  tiles: { url: string; attribution: string } | null;
  /** The markers; a new array redraws them all. */
  events: LocatedEvent[];
  /** The visitor's position and search radius: drawn, and the map shows the whole circle. */
  position: (Point & { radiusKm: number }) | null;
  /** Centre here (at `zoom`, or 13) instead of fitting the map to the events. */
  center: Point | null;
  /** Zoom level: with `center`, or alone around the events. */
  zoom: number | null;
}

export interface MapView {
  /** Draws what changed; true when the markers were redrawn. */
  draw(state: MapState): boolean;
  /** Highlights an event's marker and opens its popup, without reporting an activation. */
  select(uuid: string): void;
  /** Leaflet's map, for tests and benchmarks. */
  readonly map: Leaflet.Map;
  /** Whether markers are grouped into clusters (false only when the page has its own `L`). */
  readonly clustered: boolean;
  destroy(): void;
}

/** Leaflet's style sheets, built once and shared by every map of the page. */
let sheets: CSSStyleSheet[] | undefined;

let loading: Promise<typeof Leaflet> | undefined;

/**
 * Loads leaflet.markercluster. The cluster plugin is a UMD script that extends a global `L` and
 * looks `L` up again whenever it runs, so Kiosque's Leaflet becomes `window.L` — but only when
 * the page has none: a page that brought its own Leaflet keeps it untouched, and Kiosque then
 * places markers without clustering.
 */
function loadLeaflet(): Promise<typeof Leaflet> {
  loading ??= (async () => {
    // A module namespace is frozen; the plugin needs an object it can extend.
    const L = { ...LeafletModule } as typeof Leaflet;
    const global = globalThis as { L?: unknown };
    if (global.L === undefined) {
      global.L = L;
      await import('leaflet.markercluster');
    }
    return L;
  })();
  return loading;
}

/** A marker knows its event (Leaflet keeps unknown options). */
type EventMarker = Leaflet.Marker & { options: { event: LocatedEvent } };

/** Creates a Leaflet map in `options.container`. */
export async function createMapView(options: MapViewOptions): Promise<MapView> {
  const L = await loadLeaflet();
  const clustered = typeof L.MarkerClusterGroup === 'function';
  const { container, labels } = options;
  const root = container.getRootNode() as ShadowRoot;
  sheets ??= options.css.map((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    return sheet;
  });
  const extra = sheets.filter((sheet) => !root.adoptedStyleSheets.includes(sheet));
  // Leaflet's own styles first, so the element's styles (already adopted) win.
  root.adoptedStyleSheets = [...extra, ...root.adoptedStyleSheets];

  let selected: string | null = null;
  let fromKeyboard = false;
  let popupHasFocus = false;
  // The cluster group only knows its bounds once it is on a map with a view: keep our own.
  let bounds: Leaflet.LatLngBounds | null = null;
  let drawn: LocatedEvent[] | null = null;
  let state: MapState | null = null;
  /** What is drawn (tiles, position, view), as JSON: redrawn only when it changes. */
  const keys: Record<string, string> = {};
  const changed = (name: string, value: unknown) =>
    keys[name] !== (keys[name] = JSON.stringify(value));
  const rtl = options.dir === 'rtl';
  const still = { animate: false };

  // Two icons shared by every marker (thousands of markers, two objects); the per-marker
  // name and selection are set on the element when Leaflet creates it. 24 px: the smallest
  // target WCAG 2.2 accepts without spacing (markers may sit close together).
  const markerIcon = (className: string) =>
    L.divIcon({ className, iconSize: [24, 24], iconAnchor: [12, 29], popupAnchor: [0, -28] });
  const confirmedIcon = markerIcon('kiosque-marker');
  const cancelledIcon = markerIcon('kiosque-marker is-cancelled');
  const markerProto = L.Marker.prototype as unknown as { _initIcon(): void };
  const EventMarker = L.Marker.extend({
    _initIcon(this: EventMarker & { _icon: HTMLElement }) {
      markerProto._initIcon.call(this);
      const event = this.options.event;
      this._icon.setAttribute('aria-label', event.title);
      this._icon.classList.toggle('is-selected', event.uuid === selected);
    },
  }) as unknown as new (
    at: Leaflet.LatLngExpression,
    options: Leaflet.MarkerOptions & { event: LocatedEvent },
  ) => EventMarker;

  const map = L.map(container, {
    zoomControl: false,
    worldCopyJump: true,
    minZoom: 1,
    maxZoom: 18,
  });
  container.dir = 'ltr';
  L.control
    .zoom({
      position: rtl ? 'topleft' : 'topright',
      zoomInTitle: labels.zoomIn,
      zoomOutTitle: labels.zoomOut,
    })
    .addTo(map);
  map.attributionControl
    .setPrefix('<a href="https://leafletjs.com">Leaflet</a>')
    .setPosition(rtl ? 'bottomleft' : 'bottomright');

  let tileLayer: Leaflet.TileLayer | null = null;
  let positionLayer: Leaflet.LayerGroup | null = null;

  const group: Leaflet.FeatureGroup = clustered
    ? L.markerClusterGroup({
        showCoverageOnHover: false,
        maxClusterRadius: 60,
        iconCreateFunction: (cluster) => {
          const n = cluster.getChildCount();
          const size = n < 10 ? 36 : n < 100 ? 42 : n < 1000 ? 48 : 58;
          const icon = L.divIcon({
            html: `<span>${n}</span>`,
            className: 'kiosque-cluster',
            iconSize: [size, size],
          });
          // The cluster's element is named by what it holds.
          const create = icon.createIcon;
          icon.createIcon = (old) => {
            const element = create.call(icon, old);
            element.setAttribute('aria-label', labels.cluster(n));
            return element;
          };
          return icon;
        },
      })
    : L.featureGroup();
  group.addTo(map);
  // One popup for the whole group (not one per marker: a map may hold thousands).
  group.bindPopup((layer) => options.popup((layer as EventMarker).options.event), {
    maxWidth: 280,
    minWidth: 200,
    // The map moves the popup below the zoom buttons, which would cover its top.
    autoPanPaddingTopLeft: [5, 80],
  });
  // A click (or Enter or Space) on a marker; clusters fire `clusterclick` instead.
  group.on('click', (e) => options.onActivate((e.sourceTarget as EventMarker).options.event));

  type PopupEvent = Leaflet.PopupEvent & { popup: { _source: Leaflet.Marker } };
  map.on('popupopen', (e) => {
    const { popup } = e as PopupEvent;
    const element = popup.getElement()!;
    const close = element.querySelector('.leaflet-popup-close-button')!;
    close.setAttribute('aria-label', labels.closePopup);
    (close as HTMLElement).title = labels.closePopup;
    if (fromKeyboard) element.querySelector<HTMLElement>('a[href]')?.focus();
    fromKeyboard = false;
  });
  map.on('popupclose', (e) => {
    const marker = (e as PopupEvent).popup._source;
    // The popup held the focus: give it back to its marker rather than to the page.
    if (popupHasFocus) queueMicrotask(() => marker.getElement()?.focus());
    popupHasFocus = false;
  });

  // Whether the focus is in the popup, so that closing it can give the focus back.
  const trackFocus = (e: Event) => {
    const popup = container.querySelector('.leaflet-popup');
    const to = e.type === 'focusin' ? e.target : (e as FocusEvent).relatedTarget;
    if (popup) popupHasFocus = popup.contains(to as Node | null);
  };
  const domHandlers = {
    keydown(e: Event) {
      const key = (e as KeyboardEvent).key;
      const target = e.target as HTMLElement;
      if (key === 'Escape' && target.closest('.leaflet-popup')) {
        // Leaflet only hears Escape while the map itself has the focus, not a popup link.
        map.closePopup();
      } else if (
        target.classList.contains('leaflet-marker-icon') &&
        (key === 'Enter' || key === ' ')
      ) {
        // Leaflet opens popups on Enter only; a button also answers Space.
        fromKeyboard = true;
        e.preventDefault();
        target.click();
      }
    },
    focusin: trackFocus,
    focusout: trackFocus,
  };
  L.DomEvent.on(container, domHandlers);

  /** Shows the whole circle around the visitor, `center`, or the events. */
  const fit = () => {
    const { position, center, zoom } = state!;
    if (position) {
      map.fitBounds(L.latLng(position.lat, position.lon).toBounds(position.radiusKm * 2000), still);
    } else if (center) {
      map.setView([center.lat, center.lon], zoom ?? 13, still);
    } else if (!bounds) {
      map.setView([20, 0], 2, still);
    } else if (zoom !== null) {
      map.setView(bounds.getCenter(), zoom, still);
    } else {
      map.fitBounds(bounds, { padding: [32, 32], maxZoom: 15, animate: false });
    }
  };

  // Leaflet measures its container once; when the map was created hidden (a collapsed panel,
  // a story root not shown yet) it has to measure again, and to fit again if it had no size.
  const resize = new ResizeObserver(() => {
    const { x, y } = map.getSize();
    map.invalidateSize(still);
    if (state && !(x && y)) fit();
  });
  resize.observe(container);

  return {
    map,
    clustered,
    draw(next) {
      state = next;
      const { tiles, events, position } = next;
      if (changed('tiles', tiles)) {
        tileLayer?.remove();
        tileLayer =
          tiles &&
          L.tileLayer(tiles.url, {
            // Leaflet inserts attributions as HTML; ours is text from the instance or the page.
            attribution: tiles.attribution.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`),
          }).addTo(map);
      }
      const redrawn = events !== drawn;
      if (redrawn) {
        drawn = events;
        map.closePopup();
        group.clearLayers();
        const at = ({ address }: LocatedEvent): [number, number] => [
          address.coordinates.lat,
          address.coordinates.lon,
        ];
        bounds = events.length ? L.latLngBounds(events.map(at)) : null;
        const layers = events.map((event) => {
          const marker = new EventMarker(at(event), {
            icon: event.status === 'CANCELLED' ? cancelledIcon : confirmedIcon,
            title: event.title,
            riseOnHover: true,
            event,
          });
          return marker;
        });
        if (clustered) (group as Leaflet.MarkerClusterGroup).addLayers(layers);
        else for (const layer of layers) group.addLayer(layer);
      }
      if (changed('position', position)) {
        positionLayer?.remove();
        positionLayer =
          position &&
          L.layerGroup([
            L.circle([position.lat, position.lon], {
              radius: position.radiusKm * 1000,
              interactive: false,
              className: 'kiosque-radius',
            }),
            L.circleMarker([position.lat, position.lon], {
              radius: 7,
              interactive: false,
              className: 'kiosque-position',
            }),
          ]).addTo(map);
      }
      if (changed('view', [next.center, next.zoom, position]) || redrawn) fit();
      return redrawn;
    },
    select(uuid) {
      const markerOf = (uuid: string | null) =>
        (group.getLayers() as EventMarker[]).find((marker) => marker.options.event.uuid === uuid);
      markerOf(selected)?.getElement()?.classList.remove('is-selected');
      selected = uuid;
      const marker = markerOf(uuid);
      if (!marker) return;
      const show = () => {
        marker.getElement()?.classList.add('is-selected');
        // The group's popup, opened on this marker.
        (group.getPopup() as unknown as { _source: Leaflet.Layer })._source = marker;
        group.openPopup(marker.getLatLng());
      };
      if (clustered) (group as Leaflet.MarkerClusterGroup).zoomToShowLayer(marker, show);
      else show();
    },
    destroy() {
      resize.disconnect();
      L.DomEvent.off(container, domHandlers);
      map.remove();
    },
  };
}
