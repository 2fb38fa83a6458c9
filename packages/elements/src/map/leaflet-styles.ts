/**
 * Leaflet's and leaflet.markercluster's style sheets, adopted by the shadow root of each map
 * (./leaflet-view.ts). A module of their own, loaded beside the Leaflet adapter: compressed
 * apart from the scripts, style sheets take fewer bytes.
 */
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import clusterCss from 'leaflet.markercluster/dist/MarkerCluster.css?inline';

const leafletStyles = [leafletCss, clusterCss];
export default leafletStyles;
