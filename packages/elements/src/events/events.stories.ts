import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../kiosque-events.js';
import { recordedEvents } from '../test/fixtures.js';

interface Args {
  instance: string;
  group: string;
  limit: number;
  lang: string;
  theme: 'light' | 'dark' | 'auto';
  'without-images': boolean;
  recorded: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/kiosque-events',
  component: 'kiosque-events',
  args: { limit: 6, lang: 'en', theme: 'light', 'without-images': false, recorded: true },
  render: (args) =>
    html`<kiosque-events
      instance=${args.instance ?? ''}
      group=${args.group ?? ''}
      limit=${args.limit}
      lang=${args.lang}
      theme=${args.theme}
      ?without-images=${args['without-images']}
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

export const Many: Story = { args: { limit: 30 } };

export const WithoutImages: Story = { args: { 'without-images': true } };

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
