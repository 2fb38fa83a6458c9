/** Leaflet's ES build has the same API as its `main`; the types describe both. */
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
