// @11ty/eleventy-fetch ships no types; the plugin only uses AssetCache (typed in cache.ts).
declare module '@11ty/eleventy-fetch' {
  const EleventyFetch: unknown;
  export default EleventyFetch;
}
