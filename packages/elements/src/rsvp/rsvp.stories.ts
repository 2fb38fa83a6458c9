import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../kiosque-rsvp.js';
import { clearParticipations, rememberParticipation } from '../shared/participations.js';
import type { KiosqueRsvp } from './rsvp.js';
import {
  recordedClient,
  recordedRsvp,
  type RecordedAnswer,
  type RecordedRsvpEvent,
} from './rsvp.fixtures.js';

interface Args {
  event: RecordedRsvpEvent;
  answer: RecordedAnswer;
  lang: string;
  theme: 'light' | 'dark' | 'auto';
  compact: boolean;
  expanded: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/kiosque-rsvp',
  component: 'kiosque-rsvp',
  args: {
    event: 'anonymous',
    answer: 'NOT_CONFIRMED',
    lang: 'en',
    theme: 'light',
    compact: false,
    expanded: false,
  },
  argTypes: {
    event: { control: 'select', options: Object.keys(recordedRsvp().events) },
    answer: {
      control: 'select',
      options: ['NOT_CONFIRMED', 'PARTICIPANT', 'NOT_APPROVED', 'network-error', 'never'],
    },
  },
  // Stories start from a browser that remembers no participation.
  loaders: [
    () => {
      clearParticipations();
      return {};
    },
  ],
  render: (args) =>
    html`<kiosque-rsvp
      lang=${args.lang}
      theme=${args.theme}
      ?compact=${args.compact}
      ?expanded=${args.expanded}
      .event=${recordedRsvp().events[args.event]}
      .client=${recordedClient(args.answer)}
      .navigate=${(url: string) => console.info('[story] would open', url)}
    ></kiosque-rsvp>`,
};
export default meta;

type Story = StoryObj<Args>;

async function element(canvas: HTMLElement): Promise<KiosqueRsvp> {
  const el = canvas.querySelector('kiosque-rsvp')!;
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('[part="panel"]'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return el;
}

/** Fills the form and sends it, as a visitor would. */
function submitting(email: string) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await element(canvasElement);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#email')!;
    input.value = email;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    el.shadowRoot!.querySelector<HTMLFormElement>('form.form')!.requestSubmit();
  };
}

// Default and each way to participate

export const Default: Story = {};

export const WithoutConfirmation: Story = { args: { event: 'anonymousNoConfirmation' } };

export const ApprovalRequired: Story = { args: { event: 'restricted' } };

export const LastPlace: Story = { args: { event: 'nearlyFull' } };

export const ExternalRegistration: Story = { args: { event: 'external' } };

export const AccountsOnly: Story = { args: { event: 'anonymousDisabled' } };

export const RemoteEvent: Story = { args: { event: 'remote' } };

export const OtherInstanceOpen: Story = {
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement);
    el.shadowRoot!.querySelector('details')!.open = true;
  },
};

export const Compact: Story = { args: { compact: true } };

export const CompactExpanded: Story = { args: { compact: true, expanded: true } };

// When participation is not possible

export const Cancelled: Story = { args: { event: 'cancelled' } };

export const Past: Story = { args: { event: 'past' } };

export const Full: Story = { args: { event: 'full' } };

export const FullCompact: Story = { args: { event: 'full', compact: true } };

export const InviteOnly: Story = { args: { event: 'invite' } };

// Outcomes

export const Sending: Story = { args: { answer: 'never' }, play: submitting('sam@example.org') };

export const CheckYourInbox: Story = { play: submitting('sam@example.org') };

export const Registered: Story = {
  args: { event: 'anonymousNoConfirmation', answer: 'PARTICIPANT' },
  play: submitting('sam@example.org'),
};

export const WaitingForApproval: Story = {
  args: { event: 'restricted', answer: 'NOT_APPROVED' },
  play: submitting('sam@example.org'),
};

export const LaterVisit: Story = {
  loaders: [
    () => {
      clearParticipations();
      const { info, events } = recordedRsvp();
      rememberParticipation({
        instance: info.instance,
        event: events.anonymous,
        email: 'sam@example.org',
        role: 'NOT_CONFIRMED',
        token: 'recorded-token',
      });
      return {};
    },
  ],
};

export const InvalidEmail: Story = { play: submitting('sam@example') };

export const Error: Story = {
  args: { answer: 'network-error' },
  play: submitting('sam@example.org'),
};

export const Loading: Story = {
  render: (args) =>
    html`<kiosque-rsvp
      lang=${args.lang}
      instance="https://loading.kiosque.test"
      uuid="1f2ab0eb-4ddf-409e-831f-072e0245c24e"
    ></kiosque-rsvp>`,
};

export const LoadError: Story = {
  render: (args) =>
    html`<kiosque-rsvp
      lang=${args.lang}
      instance="https://down.kiosque.test"
      uuid="1f2ab0eb-4ddf-409e-831f-072e0245c24e"
    ></kiosque-rsvp>`,
};

/**
 * The instance is down, and this browser remembers the event from three days ago: the form is
 * shown with a note that the event may be out of date and participating may not work (see
 * `stale.kiosque.test` in the preview).
 */
export const Stale: Story = {
  render: (args) =>
    html`<kiosque-rsvp
      lang=${args.lang}
      instance="https://stale.kiosque.test"
      uuid="1f2ab0eb-4ddf-409e-831f-072e0245c24e"
    ></kiosque-rsvp>`,
};

// Languages, themes, sizes

export const French: Story = { args: { lang: 'fr' } };

export const Rtl: Story = { args: { lang: 'ar', event: 'arabic' } };

export const RtlError: Story = {
  args: { lang: 'ar', event: 'arabic', answer: 'network-error' },
  play: submitting('sam@example.org'),
};

export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  decorators: [(story) => html`<div style="background:#16151c;padding:1rem">${story()}</div>`],
};

export const Narrow: Story = {
  decorators: [(story) => html`<div style="max-width:360px">${story()}</div>`],
};
