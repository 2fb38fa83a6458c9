import kiosque from '@kiosque/eleventy';

/** The dev instance of `npm start` by default; CI points KIOSQUE_INSTANCE at its own. */
const instance = process.env.KIOSQUE_INSTANCE ?? 'http://127.0.0.1:4000';

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(kiosque, {
    instance,
    // A site that must never show old data would keep "fail" (the default).
    onError: 'stale',
    duration: '10m',
    // The CDN build, served by this site instead of a CDN.
    scriptUrl: '/kiosque/kiosque.js',
    ics: true,
    icsName: 'Kiosque example agenda',
  });
  eleventyConfig.addPassthroughCopy({
    '../../packages/elements/dist/kiosque.js': 'kiosque/kiosque.js',
    '../../packages/elements/dist/chunks': 'kiosque/chunks',
  });
}

export const config = {
  dir: { input: 'src', output: 'dist' },
};
