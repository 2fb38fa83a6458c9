import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../kiosque-event-dialog.js';
import '../kiosque-events.js';
import type { KiosqueEventDialog } from './dialog.js';
import { recordedEvents } from '../test/fixtures.js';

interface Args {
  lang: string;
  theme: 'light' | 'dark' | 'auto';
}

/** Opens the story's dialog on a recorded event (shown as given: no instance needed). */
function open(e: Event, index: number): void {
  const root = (e.target as Element).closest('.story')!;
  const dialog = root.querySelector<KiosqueEventDialog>('kiosque-event-dialog')!;
  const event = recordedEvents()[index]!;
  void dialog.show({
    instance: '',
    uuid: event.uuid,
    event,
    opener: e.target as HTMLElement,
    lang: root.getAttribute('lang') ?? 'en',
  });
}

const meta: Meta<Args> = {
  title: 'Elements/kiosque-event-dialog',
  component: 'kiosque-event-dialog',
  args: { lang: 'en', theme: 'light' },
  render: (args) =>
    html`<div class="story" lang=${args.lang}>
      <p>
        <button type="button" @click=${(e: Event) => open(e, 0)}>Open an event</button>
        <button type="button" @click=${(e: Event) => open(e, 3)}>Open another</button>
      </p>
      <kiosque-event-dialog theme=${args.theme}></kiosque-event-dialog>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

/** As on a page: a list whose titles open the dialog (added to the page on first use). */
export const FromAList: Story = {
  render: (args) =>
    html`<kiosque-events
      lang=${args.lang}
      theme=${args.theme}
      without-images
      limit="5"
      .events=${recordedEvents()}
    ></kiosque-events>`,
};

export const Rtl: Story = { args: { lang: 'ar' } };

export const Dark: Story = { args: { theme: 'dark' } };
