import { defineConfig } from 'astro/config';

export default defineConfig({
  // Pages as folders (/event/index.html), like the other examples.
  build: { format: 'directory' },
});
