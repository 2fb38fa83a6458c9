import { defineConfig } from 'vite';

export default defineConfig({
  // A relative base: the built page works from any folder of any static host.
  base: './',
  resolve: { conditions: ['source', 'module', 'browser', 'import', 'default'] },
  server: { fs: { allow: ['../..'] } },
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true },
  logLevel: 'info',
  clearScreen: false,
});
