import { defineConfig } from 'vite';

export default defineConfig({
  resolve: { conditions: ['source', 'module', 'browser', 'development', 'import', 'default'] },
  server: { fs: { allow: ['../../..'] } },
  logLevel: 'info',
  clearScreen: false,
});
