import { defineConfig } from 'vite';
import { cdnCodeSplitting } from './build/cdn-chunks.js';
import { cssLiterals } from './build/minify-css-literals.js';

/**
 * Two builds:
 * - default (CDN): `dist/kiosque.js`, one self-contained ES module that registers every element,
 *   with heavy parts split into lazily loaded chunks beside it (build/cdn-chunks.ts).
 * - `--mode lib` (npm): one module per entry in `dist/lib/`, with lit and the client external,
 *   so applications bundle them once.
 * Both minify the CSS of the elements' `css` templates (build/minify-css-literals.ts) and the
 * `?inline` style sheets (Leaflet's): an application's bundler would not.
 */
const libEntries: Record<string, string> = {
  index: 'src/index.ts',
  'kiosque-events': 'src/kiosque-events.ts',
  'kiosque-event': 'src/kiosque-event.ts',
  'kiosque-calendar': 'src/kiosque-calendar.ts',
  'kiosque-rsvp': 'src/kiosque-rsvp.ts',
  'kiosque-map': 'src/kiosque-map.ts',
};
const cdnEntries: Record<string, string> = { kiosque: 'src/kiosque.ts' };

export default defineConfig(({ mode }) => {
  const lib = mode === 'lib';
  return {
    plugins: [cssLiterals()],
    resolve: { conditions: ['source', 'module', 'browser', 'import', 'default'] },
    build: {
      target: 'es2022',
      outDir: lib ? 'dist/lib' : 'dist',
      emptyOutDir: lib,
      minify: !lib,
      cssMinify: true,
      sourcemap: true,
      // The CDN build is not a library build: in library mode Vite keeps the whitespace of ES
      // output (about 2 kB gzip more for kiosque.js). Entry exports are kept all the same.
      lib: lib ? { entry: libEntries, formats: ['es'] } : false,
      modulePreload: false,
      rolldownOptions: {
        ...(lib ? {} : { input: cdnEntries, preserveEntrySignatures: 'strict' as const }),
        external: lib ? [/^lit($|\/)/, /^@lit\//, /^@kiosque\/client$/] : [],
        output: {
          format: 'es',
          entryFileNames: lib ? undefined : '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          ...(lib ? {} : { codeSplitting: cdnCodeSplitting }),
        },
      },
    },
  };
});
