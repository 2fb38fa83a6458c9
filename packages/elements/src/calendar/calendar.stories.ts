import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { KiosqueEvent } from '@kiosque/client';
import '../kiosque-calendar.js';
import { recordedEvents } from '../test/fixtures.js';

interface Args {
  instance: string;
  group: string;
  month: string;
  'week-start': string;
  lang: string;
  theme: 'light' | 'dark' | 'auto';
  'heading-level': number;
  data: 'recorded' | 'many' | 'multi-day' | 'none' | 'fetch';
}

const DAY = 24 * 60 * 60 * 1000;

/** The current month, `YYYY-MM`. */
function thisMonth(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

/** The recorded events, moved so that they fall between the 3rd and the 28th of this month. */
function recorded(): KiosqueEvent[] {
  const now = new Date();
  return recordedEvents(location.origin, new Date(now.getFullYear(), now.getMonth(), 4, 8));
}

/** Three copies of the recording a day apart: busy days that show "+N more". */
function many(): KiosqueEvent[] {
  return [0, 1, 2].flatMap((offset) =>
    recorded().map((event) => ({
      ...event,
      uuid: `${event.uuid.slice(0, -2)}${offset}${offset}`,
      beginsOn: new Date(Date.parse(event.beginsOn) + offset * DAY).toISOString(),
      endsOn: event.endsOn ? new Date(Date.parse(event.endsOn) + offset * DAY).toISOString() : null,
    })),
  );
}

/** Events lasting two to nine days, several crossing from one week into the next. */
function multiDay(): KiosqueEvent[] {
  return recorded()
    .slice(0, 8)
    .map((event, i) => ({
      ...event,
      endsOn: new Date(Date.parse(event.beginsOn) + (2 + ((i * 3) % 8)) * DAY).toISOString(),
    }));
}

function data(args: Args): KiosqueEvent[] | null {
  switch (args.data) {
    case 'recorded':
      return recorded();
    case 'many':
      return many();
    case 'multi-day':
      return multiDay();
    case 'none':
      return [];
    default:
      return null;
  }
}

const meta: Meta<Args> = {
  title: 'Elements/kiosque-calendar',
  component: 'kiosque-calendar',
  args: {
    lang: 'en',
    theme: 'light',
    data: 'recorded',
    month: '',
    'week-start': '',
    'heading-level': 3,
  },
  // Which recorded data the story shows: not an attribute, so not in the manifest.
  argTypes: {
    data: { control: 'select', options: ['recorded', 'many', 'multi-day', 'none', 'fetch'] },
  },
  render: (args) =>
    html`<kiosque-calendar
      instance=${args.instance ?? ''}
      group=${args.group ?? ''}
      month=${args.month || thisMonth()}
      week-start=${args['week-start'] || nothing}
      lang=${args.lang}
      theme=${args.theme}
      heading-level=${args['heading-level']}
      .events=${data(args)}
    ></kiosque-calendar>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

export const Loading: Story = {
  args: { data: 'fetch', instance: 'https://loading.kiosque.test' },
};

export const Empty: Story = { args: { data: 'none' } };

export const Error: Story = {
  args: { data: 'fetch', instance: 'https://down.kiosque.test' },
};

/**
 * The instance is down, and this browser remembers its events from three days ago: they are
 * shown with a note that they may be out of date (see `stale.kiosque.test` in the preview).
 */
export const Stale: Story = {
  args: { data: 'fetch', instance: 'https://stale.kiosque.test' },
};

export const Many: Story = { args: { data: 'many' } };

export const MultiDay: Story = { args: { data: 'multi-day' } };

/** Right under the page's `h1`: the month at `h2`, the days of the list and agenda at `h3`. */
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

export const NarrowRtl: Story = {
  args: { lang: 'ar' },
  decorators: [(story) => html`<div style="max-width:360px">${story()}</div>`],
};
