import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';

/**
 * Serves self-contained CommonJS files (no require of their own) as ES modules with a
 * default export, as bundlers do. Vite handles this in builds; the test server needs help.
 */
function commonjsDefault(pattern) {
  return {
    name: 'kiosque-commonjs-default',
    transform(context) {
      if (!pattern.test(context.path)) return undefined;
      return {
        body: `const module = { exports: {} };\nconst exports = module.exports;\n${context.body}\nexport default module.exports;\n`,
      };
    },
  };
}
import { devInstancesPlugin, testGlobalsHtml } from './test/dev-instances.mjs';

/** Serves `*.css?inline` as an ES module exporting the CSS text, as Vite does. */
function inlineCss() {
  const matches = (context) =>
    context.path.endsWith('.css') && context.URL.searchParams.has('inline');
  return {
    name: 'kiosque-inline-css',
    resolveMimeType(context) {
      return matches(context) ? 'js' : undefined;
    },
    transform(context) {
      return matches(context)
        ? { body: `export default ${JSON.stringify(context.body)};` }
        : undefined;
    },
  };
}

/** Serves the recorded JSON fixtures as ES modules, as Vite does for `import x from './x.json'`. */
function jsonModules(pattern) {
  return {
    name: 'kiosque-json-modules',
    resolveMimeType(context) {
      return pattern.test(context.path) ? 'js' : undefined;
    },
    transform(context) {
      return pattern.test(context.path) ? { body: `export default ${context.body};` } : undefined;
    },
  };
}

const chromeArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-extensions',
  '--mute-audio',
];

export default {
  rootDir: '../..',
  files: ['src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  concurrency: 2,
  testFramework: { config: { timeout: 30000 } },
  // A loaded 2-core machine can take a while for a whole file; a hang still fails.
  testsFinishTimeout: 300000,
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: new URL('./tsconfig.json', import.meta.url).pathname,
    }),
    jsonModules(/\/src\/test\/fixtures\/[^/]+\.json$/),
    commonjsDefault(/\/node_modules\/ngeohash\/main\.js$/),
    commonjsDefault(/\/node_modules\/leaflet\.markercluster\/dist\/[^/]+\.js$/),
    inlineCss(),
    devInstancesPlugin(),
  ],
  testRunnerHtml: testGlobalsHtml,
  browsers: [
    chromeLauncher({
      // Each test page in its own window: a page behind another tab gets no animation frames.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        args: chromeArgs,
      },
    }),
  ],
  filterBrowserLogs: () => true,
};
