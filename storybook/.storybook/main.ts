import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../../packages/elements/src/**/*.stories.ts'],
  staticDirs: ['../public'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: async (viteConfig) => {
    viteConfig.resolve ??= {};
    viteConfig.resolve.conditions = [
      'source',
      'module',
      'browser',
      'development',
      'import',
      'default',
    ];
    return viteConfig;
  },
};

export default config;
