import { defineConfig } from 'vite';

/**
 * Two builds:
 * - default (CDN): `dist/kiosque.js`, one self-contained ES module that registers every element,
 *   with heavy parts split into lazily loaded chunks beside it.
 * - `--mode lib` (npm): one module per entry in `dist/lib/`, with lit and the client external,
 *   so applications bundle them once.
 */
const libEntries: Record<string, string> = {
  index: 'src/index.ts',
  'kiosque-events': 'src/kiosque-events.ts',
};
const cdnEntries: Record<string, string> = { kiosque: 'src/kiosque.ts' };

export default defineConfig(({ mode }) => {
  const lib = mode === 'lib';
  return {
    resolve: { conditions: ['source', 'module', 'browser', 'import', 'default'] },
    build: {
      target: 'es2022',
      outDir: lib ? 'dist/lib' : 'dist',
      emptyOutDir: lib,
      minify: !lib,
      sourcemap: true,
      lib: {
        entry: lib ? libEntries : cdnEntries,
        formats: ['es'],
      },
      rolldownOptions: {
        external: lib ? [/^lit($|\/)/, /^@lit\//, /^@kiosque\/client$/] : [],
        output: { chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
});
