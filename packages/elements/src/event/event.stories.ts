import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { KiosqueEvent } from '@kiosque/client';
import '../kiosque-event.js';
import { recordedEvents } from '../test/fixtures.js';

/** Seed uuids of the recorded events (`SEED.events` in packages/dev-instance). */
const RECORDED = {
  nearlyFull: '092bbc98-1dfa-41ce-a694-36a2e962b6ec',
  full: '66ba7675-5007-481f-a80f-7ca83f6262d6',
  cancelled: '8416e723-4588-4261-bbc6-3c8c3a6241c5',
  external: 'edf23d3f-02eb-4c1f-864c-8c2fafcf44ae',
  online: 'c0d53158-c359-40aa-a75a-dc46ec556ab0',
  multiDay: 'f99b4b0d-f121-47be-945d-05c3efad54bb',
  longTitle: '174bc31d-4d4e-4591-a269-564fcffcf317',
  arabic: 'bc528085-cb9b-42f3-a3cb-0ee0618ccb63',
} as const;

function recorded(uuid: string): KiosqueEvent | null {
  return recordedEvents().find((event) => event.uuid === uuid) ?? null;
}

/**
 * `https://missing.kiosque.test` answers like a Mobilizon instance that does not know the
 * event, so the "not found" state can be seen without any network.
 */
const missingHost = 'missing.kiosque.test';
if (typeof window !== 'undefined') {
  const previousFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (url.hostname !== missingHost) return previousFetch(input, init);
    const body = url.searchParams.get('query')?.includes('config')
      ? { data: { config: { name: 'Example Mobilizon', version: '5.1.3' } } }
      : {
          data: { event: null },
          errors: [
            {
              message: 'Event not found',
              code: 'event_not_found',
              status_code: 404,
              field: null,
              path: ['event'],
            },
          ],
        };
    return Promise.resolve(
      new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
    );
  };
}

interface Args {
  instance: string;
  uuid: string;
  lang: string;
  theme: 'light' | 'dark' | 'auto';
  'heading-level': number;
  'without-image': boolean;
  'without-json-ld': boolean;
  recorded: string;
}

const meta: Meta<Args> = {
  title: 'Elements/kiosque-event',
  component: 'kiosque-event',
  args: {
    lang: 'en',
    theme: 'light',
    'heading-level': 2,
    'without-image': false,
    'without-json-ld': false,
    recorded: RECORDED.nearlyFull,
  },
  argTypes: {
    recorded: { control: 'select', options: Object.values(RECORDED) },
  },
  render: (args) =>
    html`<kiosque-event
      instance=${args.instance || nothing}
      uuid=${args.uuid || nothing}
      lang=${args.lang}
      theme=${args.theme}
      heading-level=${args['heading-level']}
      ?without-image=${args['without-image']}
      ?without-json-ld=${args['without-json-ld']}
      .event=${args.recorded ? recorded(args.recorded) : null}
    ></kiosque-event>`,
};
export default meta;

type Story = StoryObj<Args>;

const dark = (story: () => unknown) =>
  html`<div style="background:#16151c;color:#eceaf4;padding:1rem">${story()}</div>`;
const narrow = (story: () => unknown) => html`<div style="max-width:360px">${story()}</div>`;

export const Default: Story = {};

export const Loading: Story = {
  args: { recorded: '', instance: 'https://loading.kiosque.test', uuid: RECORDED.online },
};

export const Error: Story = {
  args: { recorded: '', instance: 'https://down.kiosque.test', uuid: RECORDED.online },
};

/**
 * The instance is down, and this browser remembers the event from three days ago: it is shown
 * with a note that it may be out of date (see `stale.kiosque.test` in the preview).
 */
export const Stale: Story = {
  args: { recorded: '', instance: 'https://stale.kiosque.test', uuid: RECORDED.online },
};

export const NotFound: Story = {
  args: { recorded: '', instance: `https://${missingHost}`, uuid: RECORDED.online },
};

export const Cancelled: Story = { args: { recorded: RECORDED.cancelled } };

export const Full: Story = { args: { recorded: RECORDED.full } };

export const External: Story = { args: { recorded: RECORDED.external } };

export const Online: Story = { args: { recorded: RECORDED.online } };

export const MultiDay: Story = { args: { recorded: RECORDED.multiDay } };

export const LongTitle: Story = { args: { recorded: RECORDED.longTitle } };

export const French: Story = { args: { lang: 'fr', recorded: RECORDED.full } };

export const Rtl: Story = { args: { lang: 'ar', recorded: RECORDED.arabic } };

export const RtlNarrow: Story = {
  args: { lang: 'ar', recorded: RECORDED.arabic },
  decorators: [narrow],
};

export const Dark: Story = {
  args: { theme: 'dark', recorded: RECORDED.online },
  decorators: [dark],
};

export const DarkNarrow: Story = {
  args: { theme: 'dark', recorded: RECORDED.multiDay },
  decorators: [dark, narrow],
};

export const Narrow: Story = { decorators: [narrow] };

export const WithoutImage: Story = { args: { 'without-image': true } };
