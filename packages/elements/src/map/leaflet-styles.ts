/**
 * Leaflet's and leaflet.markercluster's style sheets, adopted by the shadow root of each map.
 * A module of their own, loaded beside the Leaflet adapter: compressed apart from the scripts,
 * style sheets take fewer bytes.
 */
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import clusterCss from 'leaflet.markercluster/dist/MarkerCluster.css?inline';

let sheets: CSSStyleSheet[] | null = null;

/** The style sheets, built once and shared by every map of the page. */
export function leafletSheets(): CSSStyleSheet[] {
  sheets ??= [leafletCss, clusterCss].map((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    return sheet;
  });
  return sheets;
}
