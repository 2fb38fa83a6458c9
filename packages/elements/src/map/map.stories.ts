import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { KiosqueEvent } from '@kiosque/client';
import '../kiosque-map.js';
import { recordedEvents } from '../test/fixtures.js';

interface Args {
  instance: string;
  lang: string;
  theme: 'light' | 'dark' | 'auto';
  center: string;
  zoom: number | undefined;
  consent: boolean;
  locate: boolean;
  events: KiosqueEvent[] | null;
}

/**
 * Stories render recorded events (no instance, so no tile server: the map shows markers on a
 * plain background and loads nothing from the network). Set `instance` to a running dev
 * instance (`npm start`: http://localhost:4000) to see its tiles.
 */
const meta: Meta<Args> = {
  title: 'Elements/kiosque-map',
  component: 'kiosque-map',
  args: { lang: 'en', theme: 'light', consent: false, locate: false, events: null },
  render: (args) =>
    html`<kiosque-map
      instance=${args.instance ?? ''}
      lang=${args.lang}
      theme=${args.theme}
      center=${ifDefined(args.center)}
      zoom=${ifDefined(args.zoom)}
      ?consent=${args.consent}
      ?locate=${args.locate}
      .events=${args.events ?? (args.instance ? null : recordedEvents())}
    ></kiosque-map>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

/** With `consent` and a tile server: a placeholder until the visitor presses "Show map". */
export const Consent: Story = {
  render: (args) =>
    html`<kiosque-map
      consent
      lang=${args.lang}
      theme=${args.theme}
      tiles="https://tiles.example/{z}/{x}/{y}.png"
      attribution="Example tiles"
      .events=${recordedEvents()}
    ></kiosque-map>`,
};

export const Loading: Story = {
  args: { instance: 'https://loading.kiosque.test' },
};

export const Error: Story = {
  args: { instance: 'https://down.kiosque.test' },
};

export const Empty: Story = { args: { events: [] } };

/**
 * The instance is down, and this browser remembers its events from three days ago: they are
 * shown with a note that they may be out of date (see `stale.kiosque.test` in the preview).
 */
export const Stale: Story = { args: { instance: 'https://stale.kiosque.test' } };

/** 5,000 events around Lyon, clustered. */
export const ManyMarkers: Story = {
  args: { events: spread(recordedEvents(), 5000) },
};

export const OnlineOnly: Story = {
  args: { events: recordedEvents().filter((event) => event.isOnline) },
};

export const Rtl: Story = { args: { lang: 'ar', locate: true } };

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#16151c;padding:1rem">${story()}</div>`],
};

export const Narrow: Story = {
  args: { locate: true },
  decorators: [(story) => html`<div style="max-width:360px">${story()}</div>`],
};

/** `count` copies of the located events, scattered deterministically around Lyon. */
function spread(events: KiosqueEvent[], count: number): KiosqueEvent[] {
  const located = events.filter((event) => event.address?.coordinates);
  return Array.from({ length: count }, (_, i) => {
    const event = located[i % located.length]!;
    const angle = i * 2.399963;
    const distance = Math.sqrt(i / count) * 1.5;
    return {
      ...event,
      uuid: `${event.uuid.slice(0, 24)}${String(i).padStart(12, '0')}`,
      address: {
        ...event.address!,
        coordinates: {
          lat: 45.76 + distance * Math.sin(angle),
          lon: 4.84 + distance * Math.cos(angle) * 1.4,
        },
      },
    };
  });
}
