import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../kiosque-filters.js';
import '../kiosque-events.js';
import { recordedEvents } from '../test/fixtures.js';

interface Args {
  lang: string;
  theme: 'light' | 'dark' | 'auto';
}

/**
 * The filters over a list of recorded events. In stories the list is given its events, so the
 * filters show their states (topics from the events in view, the count) without an instance;
 * on a page they drive the views' requests.
 */
const meta: Meta<Args> = {
  title: 'Elements/kiosque-filters',
  component: 'kiosque-filters',
  args: { lang: 'en', theme: 'light' },
  render: (args) =>
    html`<kiosque-filters without-url lang=${args.lang} theme=${args.theme}>
      <kiosque-events
        lang=${args.lang}
        theme=${args.theme}
        without-images
        limit="8"
        .events=${recordedEvents()}
      ></kiosque-events>
    </kiosque-filters>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

/** No views yet: search, format, dates and near me only (no topics, no count). */
export const Alone: Story = {
  render: (args) =>
    html`<kiosque-filters without-url lang=${args.lang} theme=${args.theme}></kiosque-filters>`,
};

export const French: Story = { args: { lang: 'fr' } };

export const Rtl: Story = { args: { lang: 'ar' } };

export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  decorators: [(story) => html`<div style="background:#16151c;padding:1rem">${story()}</div>`],
};

/** Below 40rem the filters beyond search fold behind a "Filters" button. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style="max-width:360px">${story()}</div>`],
};
