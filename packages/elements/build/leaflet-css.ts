/**
 * Leaflet's style sheet points at three images the map never shows: the layers control's icon
 * (twice, for retina screens) and the default marker, which only `L.Icon.Default` reads to
 * guess its path. Inlined by the build, they would be 3.8 kB gzip of every map's download. This
 * plugin drops those three declarations from `leaflet/dist/leaflet.css` before the style sheet
 * is inlined; every other rule stays. The map adds no layers control and draws its markers
 * with its own icons, so nothing looks different.
 */
import type { Plugin } from 'vite';

/** The declarations of Leaflet's style sheet that load an image. */
const IMAGE_DECLARATION = /background-image:\s*url\(\s*['"]?images\/[\w.-]+\.png['"]?\s*\);?/g;

/** Leaflet's style sheet without its image declarations. */
export function withoutLeafletImages(css: string): string {
  return css.replace(IMAGE_DECLARATION, '');
}

export function leafletStyleSheet(): Plugin {
  return {
    name: 'kiosque:leaflet-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]leaflet[\\/]dist[\\/]leaflet\.css(\?|$)/.test(id)) return null;
      return { code: withoutLeafletImages(code), map: null };
    },
  };
}
