import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../kiosque-events.js';
import { recordedEvents } from '../test/fixtures.js';

interface Args {
  instance: string;
  group: string;
  limit: number;
  layout: 'list' | 'grid' | 'compact';
  lang: string;
  theme: 'light' | 'dark' | 'auto';
  'without-images': boolean;
  'heading-level': number;
  recorded: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/kiosque-events',
  component: 'kiosque-events',
  args: {
    limit: 6,
    layout: 'list',
    lang: 'en',
    theme: 'light',
    'without-images': false,
    'heading-level': 3,
    recorded: true,
  },
  render: (args) =>
    html`<kiosque-events
      instance=${args.instance ?? ''}
      group=${args.group ?? ''}
      limit=${args.limit}
      layout=${args.layout}
      lang=${args.lang}
      theme=${args.theme}
      ?without-images=${args['without-images']}
      heading-level=${args['heading-level']}
      .events=${args.recorded ? recordedEvents() : null}
    ></kiosque-events>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

export const Loading: Story = {
  args: { recorded: false, instance: 'https://loading.kiosque.test' },
};

export const Empty: Story = {
  render: (args) =>
    html`<kiosque-events lang=${args.lang} theme=${args.theme} .events=${[]}></kiosque-events>`,
};

export const Error: Story = {
  args: { recorded: false, instance: 'https://down.kiosque.test' },
};

/**
 * The instance is down, and this browser remembers its events from three days ago: they are
 * shown with a note that they may be out of date (see `stale.kiosque.test` in the preview).
 */
export const Stale: Story = {
  args: { recorded: false, instance: 'https://stale.kiosque.test' },
};

export const Many: Story = { args: { limit: 30 } };

export const Grid: Story = { args: { layout: 'grid' } };

export const Compact: Story = { args: { layout: 'compact', limit: 12 } };

/** Seed uuids of the recorded cancelled, full, nearly full and external-registration events. */
const BADGED = new Set([
  '8416e723-4588-4261-bbc6-3c8c3a6241c5',
  '66ba7675-5007-481f-a80f-7ca83f6262d6',
  '092bbc98-1dfa-41ce-a694-36a2e962b6ec',
  'edf23d3f-02eb-4c1f-864c-8c2fafcf44ae',
]);

/** Cancelled, full, places left and registration elsewhere, in each layout. */
export const Badges: Story = {
  render: (args) =>
    html`<div style="display:grid;gap:2.5rem">
      ${(['list', 'grid', 'compact'] as const).map(
        (layout) =>
          html`<kiosque-events
            layout=${layout}
            lang=${args.lang}
            theme=${args.theme}
            without-footer
            .events=${recordedEvents().filter((event) => BADGED.has(event.uuid))}
          ></kiosque-events>`,
      )}
    </div>`,
};

export const WithoutImages: Story = { args: { 'without-images': true } };

/** Right under the page's `h1`: days at `h2`, event titles at `h3`. */
export const HeadingLevel: Story = { args: { 'heading-level': 2 } };

export const French: Story = { args: { lang: 'fr' } };

export const Rtl: Story = { args: { lang: 'ar' } };

export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  decorators: [(story) => html`<div style="background:#16151c;padding:1rem">${story()}</div>`],
};

export const Narrow: Story = {
  decorators: [(story) => html`<div style="max-width:360px">${story()}</div>`],
};
