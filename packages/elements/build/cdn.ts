import type { Rolldown } from 'vite';

/**
 * How the CDN build splits its code. Left to itself, the bundler puts every module that an
 * entry and one of its lazy chunks share into a chunk of its own: `kiosque.js` loaded a dozen
 * small files at once, each compressed alone. This group puts everything an entry loads at
 * once (its static imports) into one `kiosque-core` chunk, which the lazy chunks import too;
 * the entry itself only re-exports it, so its exports stay exactly the public ones and a
 * second URL for it (`kiosque.js?ver=2`) still shares one copy of the code with the chunks.
 */
export const cdnCodeSplitting = {
  groups: [{ name: 'kiosque-core', tags: ['$initial'] }],
} satisfies Rolldown.OutputOptions['codeSplitting'];
