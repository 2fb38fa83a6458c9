import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import manifest from '../../packages/elements/custom-elements.json';

setCustomElementsManifest(manifest);

/**
 * Stories never reach the network. Two fake instances are answered here:
 * `loading.kiosque.test` never answers, `down.kiosque.test` answers HTTP 500.
 */
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (url.hostname === 'loading.kiosque.test') return new Promise<Response>(() => {});
  if (url.hostname === 'down.kiosque.test') {
    return Promise.resolve(new Response('Internal Server Error', { status: 500 }));
  }
  return realFetch(input, init);
};

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
  },
};

export default preview;
