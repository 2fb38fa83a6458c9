import { defineConfig } from 'vite';
import { cdnBuildOptions } from './build/cdn.js';
import { leafletStyleSheet } from './build/leaflet-css.js';
import { minifyLiteralsPlugin } from './build/minify-literals.js';

/**
 * Two builds:
 * - default (CDN): `dist/kiosque.js`, one self-contained ES module that registers every element,
 *   with heavy parts split into lazily loaded chunks beside it (options in build/cdn.ts).
 * - `--mode lib` (npm): one module per entry in `dist/lib/`, with lit and the client external,
 *   so applications bundle them once.
 * Both minify the elements' `css` and `html` templates (build/minify-literals.ts) and the
 * `?inline` style sheets (Leaflet's): an application's bundler would not. Leaflet's style sheet
 * loses the images the map never shows (build/leaflet-css.ts).
 */
const libEntries: Record<string, string> = {
  index: 'src/index.ts',
  'kiosque-events': 'src/kiosque-events.ts',
  'kiosque-event': 'src/kiosque-event.ts',
  'kiosque-calendar': 'src/kiosque-calendar.ts',
  'kiosque-rsvp': 'src/kiosque-rsvp.ts',
  'kiosque-map': 'src/kiosque-map.ts',
  'kiosque-filters': 'src/kiosque-filters.ts',
  'kiosque-views': 'src/kiosque-views.ts',
  'kiosque-event-dialog': 'src/kiosque-event-dialog.ts',
};
const cdnEntries: Record<string, string> = { kiosque: 'src/kiosque.ts' };

export default defineConfig(({ mode }) => {
  const plugins = [minifyLiteralsPlugin(), leafletStyleSheet()];
  const resolve = { conditions: ['source', 'module', 'browser', 'import', 'default'] };
  if (mode !== 'lib') {
    // Not emptied: dist/lib and dist/types live beside it.
    return {
      plugins,
      resolve,
      build: { ...cdnBuildOptions(cdnEntries, 'dist'), emptyOutDir: false },
    };
  }
  return {
    plugins,
    resolve,
    build: {
      target: 'es2022',
      outDir: 'dist/lib',
      emptyOutDir: true,
      minify: false,
      cssMinify: true,
      sourcemap: true,
      lib: { entry: libEntries, formats: ['es'] },
      modulePreload: false,
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^@kiosque\/client$/],
        output: { format: 'es', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
});
