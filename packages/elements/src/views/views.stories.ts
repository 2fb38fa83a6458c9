import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../kiosque-views.js';
import '../kiosque-events.js';
import '../kiosque-calendar.js';
import '../kiosque-map.js';
import '../kiosque-filters.js';
import { recordedEvents } from '../test/fixtures.js';

interface Args {
  lang: string;
  theme: 'light' | 'dark' | 'auto';
  view: string;
}

/** The recorded events, moved so that they fall in this month (the calendar shows them). */
function events() {
  const now = new Date();
  return recordedEvents(location.origin, new Date(now.getFullYear(), now.getMonth(), 4, 8));
}

const views = (args: Args) =>
  html`<kiosque-views without-url view=${args.view} lang=${args.lang} theme=${args.theme}>
    <kiosque-events id="story-list" without-images limit="8" .events=${events()}></kiosque-events>
    <kiosque-calendar .events=${events()}></kiosque-calendar>
    <kiosque-map for="story-list" .events=${events()}></kiosque-map>
  </kiosque-views>`;

const meta: Meta<Args> = {
  title: 'Elements/kiosque-views',
  component: 'kiosque-views',
  args: { lang: 'en', theme: 'light', view: 'list' },
  argTypes: { view: { control: 'select', options: ['list', 'calendar', 'map'] } },
  render: views,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

export const Calendar: Story = { args: { view: 'calendar' } };

export const Map: Story = { args: { view: 'map' } };

/** The whole area as on a partner page: filters around the switcher. */
export const WithFilters: Story = {
  render: (args) =>
    html`<kiosque-filters without-url lang=${args.lang} theme=${args.theme}
      >${views(args)}</kiosque-filters
    >`,
};

export const Rtl: Story = { args: { lang: 'ar' } };

export const Narrow: Story = {
  decorators: [(story) => html`<div style="max-width:360px">${story()}</div>`],
};
