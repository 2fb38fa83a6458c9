import type { BuildEnvironmentOptions, Rolldown } from 'vite';

/**
 * How the CDN build splits its code. Left to itself, the bundler puts every module that an
 * entry and one of its lazy chunks share into a chunk of its own: `kiosque.js` loaded a dozen
 * small files at once, each compressed alone. This group puts everything an entry loads at
 * once (its static imports) into one `kiosque-core` chunk, which the lazy chunks import too;
 * the entry itself only re-exports it, so its exports stay exactly the public ones and a
 * second URL for it (`kiosque.js?ver=2`) still shares one copy of the code with the chunks.
 * A second group keeps the map's Leaflet code in one file.
 */
export const cdnCodeSplitting = {
  groups: [
    { name: 'kiosque-core', tags: ['$initial'] },
    // The map's first paint needs Leaflet, the cluster plugin and our adapter together: one
    // file, compressed as one. The plugin still runs only when `loadLeaflet()` imports it.
    {
      name: 'leaflet-view',
      test: /node_modules[\\/]leaflet[^?]*\.js$|src[\\/]map[\\/]leaflet-view/,
    },
  ],
} satisfies Rolldown.OutputOptions['codeSplitting'];

/**
 * The build options of the CDN build (`dist/kiosque.js`): self-contained minified ES modules,
 * heavy parts in lazily loaded chunks. The bundle-size benchmark builds each element entry
 * with the same options.
 *
 * It is a library build with its output minified in full: an application build would wrap
 * every `import()` in Vite's preload helper (about 0.6 kB gzip in the initial chunk), which
 * only serves CSS files and `<link rel="modulepreload">`, and this build emits neither.
 * Each chunk goes through terser (two compress passes, safe options only) and then the
 * bundler's own minifier: together they ship about 0.2 kB gzip less per entry than either
 * alone.
 */
export function cdnBuildOptions(
  entries: Record<string, string>,
  outDir: string,
): BuildEnvironmentOptions {
  return {
    target: 'es2022',
    outDir,
    minify: 'terser',
    terserOptions: { ecma: 2020, compress: { passes: 3 } },
    cssMinify: true,
    sourcemap: true,
    modulePreload: false,
    lib: { entry: entries, formats: ['es'] },
    rolldownOptions: {
      preserveEntrySignatures: 'strict',
      output: {
        format: 'es',
        minify: true,
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        codeSplitting: cdnCodeSplitting,
      },
    },
  };
}
