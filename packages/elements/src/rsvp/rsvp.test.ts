import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient, type KiosqueEvent, type ParticipantRole } from '@kiosque/client';
import '../kiosque-rsvp.js';
import type { KiosqueRsvp, RsvpClient } from './rsvp.js';
import type { KiosqueRsvpErrorEvent, KiosqueRsvpSubmitEvent } from './rsvp-events.js';
import {
  PARTICIPATIONS_KEY,
  clearParticipations,
  participationsFor,
  rememberParticipation,
  registeredWith,
} from '../shared/participations.js';
import { instanceUrl, setFaults, shadow, until } from '../test/helpers.js';

/** Seed uuids of the dev instance (SEED.events in @kiosque/dev-instance). */
const EVENTS = {
  anonymous: '1f2ab0eb-4ddf-409e-831f-072e0245c24e',
  anonymousNoConfirmation: 'f7ec7d66-ae02-4944-b863-ca875fc3a039',
  restricted: '7b848de5-6259-4096-82c5-d2df1f882f5b',
  nearlyFull: '092bbc98-1dfa-41ce-a694-36a2e962b6ec',
  full: '66ba7675-5007-481f-a80f-7ca83f6262d6',
  cancelled: '8416e723-4588-4261-bbc6-3c8c3a6241c5',
  past: '5106f39f-90e6-4cc9-9c54-480073b12781',
  invite: '3486c112-fb71-4424-af2d-103cc4040835',
  external: 'edf23d3f-02eb-4c1f-864c-8c2fafcf44ae',
  anonymousDisabled: 'f5242d74-8fe6-415c-8fe9-675e2d0611b0',
  remote: '70767170-169c-40a4-a5d8-6d0536b29903',
  longTitle: '174bc31d-4d4e-4591-a269-564fcffcf317',
  arabic: 'bc528085-cb9b-42f3-a3cb-0ee0618ccb63',
} as const;

interface Mail {
  kind: string;
  to: string;
  eventUuid: string;
  confirmationUrl: string | null;
  cancellationUrl: string;
}

let sequence = 0;
/** A fresh address per use: the dev instances live as long as the test run. */
function unique(name: string): string {
  return `${name}.${Date.now().toString(36)}${sequence++}@example.org`;
}

async function ready(el: KiosqueRsvp): Promise<void> {
  await el.updateComplete;
  await until(() => !shadow(el).querySelector('.skeleton'), '<kiosque-rsvp> to load');
  await el.updateComplete;
}

async function render(template: ReturnType<typeof html>): Promise<KiosqueRsvp> {
  const el = await fixture<KiosqueRsvp>(template);
  await ready(el);
  return el;
}

function rsvp(uuid: string, instance = instanceUrl('rsvp')) {
  return render(html`<kiosque-rsvp instance=${instance} uuid=${uuid}></kiosque-rsvp>`);
}

function $<T extends Element = HTMLElement>(el: KiosqueRsvp, selector: string): T | null {
  return shadow(el).querySelector<T>(selector);
}

function text(el: KiosqueRsvp, selector: string): string {
  return ($(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function type(input: HTMLInputElement | HTMLTextAreaElement | null, value: string): void {
  if (!input) throw new Error('no such field');
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

async function settle(el: KiosqueRsvp): Promise<void> {
  await until(
    () => !!$(el, '[part="outcome"], [part="error"], [part="field-error"]'),
    'an outcome or an error',
  );
  await el.updateComplete;
}

async function join(el: KiosqueRsvp, email: string, message = ''): Promise<void> {
  type($(el, '#email'), email);
  if (message) type($(el, '#message'), message);
  $<HTMLFormElement>(el, 'form.form')!.requestSubmit();
  await settle(el);
}

async function lookUp(el: KiosqueRsvp, handle: string): Promise<void> {
  $<HTMLDetailsElement>(el, 'details')!.open = true;
  type($(el, '#handle'), handle);
  $<HTMLFormElement>(el, 'form.remote-form')!.requestSubmit();
  await until(() => !!$(el, '[part="error"], [part="field-error"]') || !!navigated, 'a lookup');
  await el.updateComplete;
}

let navigated: string | null = null;

async function mailbox(instance = instanceUrl('rsvp')): Promise<Mail[]> {
  return (await (await fetch(`${instance}/__kiosque/mailbox.json`)).json()) as Mail[];
}

async function mailsTo(email: string, instance = instanceUrl('rsvp')): Promise<Mail[]> {
  return (await mailbox(instance)).filter((m) => m.to === email);
}

async function loadEvent(uuid: string, instance = instanceUrl('rsvp')): Promise<KiosqueEvent> {
  return createClient({ instance, cache: false }).event(uuid);
}

/** Joins directly through the API, as another visitor on another site would. */
async function joinElsewhere(uuid: string, email: string, instance = instanceUrl('rsvp')) {
  const event = await loadEvent(uuid, instance);
  return createClient({ instance, cache: false }).joinEvent({ event, email });
}

function errorReason(el: KiosqueRsvp): string | null {
  return $(el, '[part="error"]')?.getAttribute('data-reason') ?? null;
}

/** A real client whose answers can be adjusted, to stand for states the seed cannot reach. */
function adjustedClient(
  instance: string,
  adjust: {
    role?: ParticipantRole;
    staleEmailValidation?: boolean;
    onEvent?: () => void;
  },
): RsvpClient {
  const real = createClient({ instance });
  return {
    instance: real.instance,
    event: (uuid, opts) => {
      adjust.onEvent?.();
      return real.event(uuid, opts);
    },
    instanceInfo: async (opts) => {
      const info = await real.instanceInfo(opts);
      if (!adjust.staleEmailValidation || opts?.fresh) return info;
      return {
        ...info,
        anonymousParticipation: { ...info.anonymousParticipation, emailValidation: true },
      };
    },
    joinEvent: async (input, opts) => {
      const participation = await real.joinEvent(input, opts);
      return adjust.role ? { ...participation, role: adjust.role } : participation;
    },
    leaveEvent: (input, opts) => real.leaveEvent(input, opts),
  };
}

describe('<kiosque-rsvp>', () => {
  beforeEach(() => {
    clearParticipations();
    navigated = null;
  });
  afterEach(() => {
    clearParticipations();
  });

  describe('renders', () => {
    it('renders a native form with a labelled email field, an optional message and the instance’s privacy policy', async () => {
      const el = await rsvp(EVENTS.anonymous);
      const form = $<HTMLFormElement>(el, 'form.form')!;
      expect(form).to.exist;
      const email = $<HTMLInputElement>(el, '#email')!;
      expect(email.type).to.equal('email');
      expect(email.required).to.be.true;
      expect(text(el, 'label[for="email"]')).to.contain('Email address');
      expect(text(el, 'label[for="message"]')).to.contain('(optional)');
      expect(email.getAttribute('aria-describedby')).to.equal('email-hint');
      const privacy = $<HTMLAnchorElement>(el, '[part="privacy"] a')!;
      expect(privacy.href).to.equal(`${instanceUrl('rsvp')}/privacy`);
      expect(text(el, '.capacity')).to.equal('42 places left');
    });

    it('links to the event on its instance for visitors with an account there', async () => {
      const el = await rsvp(EVENTS.anonymous);
      const account = $<HTMLAnchorElement>(el, '[part~="account"]')!;
      expect(account.href).to.equal(`${instanceUrl('rsvp')}/events/${EVENTS.anonymous}`);
      expect(account.textContent).to.contain(new URL(instanceUrl('rsvp')).host);
    });

    it('offers only a button to the external registration site for an EXTERNAL event', async () => {
      const el = await rsvp(EVENTS.external);
      const button = $<HTMLAnchorElement>(el, '[part~="external"]')!;
      expect(button.href).to.equal(`${instanceUrl('rsvp')}/external/register/${EVENTS.external}`);
      expect(button.textContent).to.contain('Register on the organizer’s site');
      expect($(el, 'form')).to.be.null;
      expect($(el, '[part~="account"]')).to.be.null;
    });

    it('uses the event given by a parent without fetching it again', async () => {
      const event = await loadEvent(EVENTS.anonymous);
      let fetched = 0;
      const client = adjustedClient(instanceUrl('rsvp'), { onEvent: () => fetched++ });
      const el = await render(
        html`<kiosque-rsvp .event=${event} .client=${client}></kiosque-rsvp>`,
      );
      expect($(el, '#email')).to.exist;
      expect(fetched).to.equal(0);
    });
  });

  describe('participation without an account', () => {
    it('says to check the inbox when the instance needs the address confirmed, and sends the confirmation email', async () => {
      const el = await rsvp(EVENTS.anonymous);
      const email = unique('inbox');
      const success = new Promise<CustomEvent>((resolve) =>
        el.addEventListener('kiosque-rsvp-success', (e) => resolve(e as unknown as CustomEvent)),
      );
      await join(el, email, 'Bringing a salad');
      expect(((await success).detail as { role: string }).role).to.equal('NOT_CONFIRMED');
      expect(text(el, '[part="outcome"]')).to.contain('Check your inbox');
      expect(text(el, '[part="outcome"]')).to.contain(`${email[0]}•••@example.org`);
      const mails = await mailsTo(email);
      expect(mails.map((m) => m.kind)).to.deep.equal(['confirm-participation']);
      expect(mails[0]!.eventUuid).to.equal(EVENTS.anonymous);
    });

    it('says "you are registered" when the instance accepts at once', async () => {
      const el = await rsvp(EVENTS.anonymousNoConfirmation);
      await join(el, unique('direct'));
      expect($(el, '[part="outcome"]')!.dataset['outcome']).to.equal('PARTICIPANT');
      expect(text(el, '[part="outcome"]')).to.equal('You are registered. See you there!');
    });

    it('refreshes the places left after a participation that counts', async () => {
      const el = await rsvp(EVENTS.anonymousNoConfirmation);
      const before = (await loadEvent(EVENTS.anonymousNoConfirmation)).capacity.remaining!;
      await join(el, unique('counted'));
      // Other elements reading the shared cache (a parent <kiosque-event>) see the new count too.
      await until(() => el.shadowRoot!.querySelector('[part~="another"]') !== null, 'the outcome');
      const shared = createClient({ instance: instanceUrl('rsvp') });
      let remaining: number | null = null;
      for (let i = 0; i < 50 && remaining !== before - 1; i++) {
        remaining = (await shared.event(EVENTS.anonymousNoConfirmation)).capacity.remaining;
        if (remaining !== before - 1) await new Promise((r) => setTimeout(r, 20));
      }
      expect(remaining).to.equal(before - 1);
      $<HTMLButtonElement>(el, '[part~="another"]')!.click();
      await el.updateComplete;
      expect(text(el, '.capacity')).to.equal(`${before - 1} places left`);
    });

    it('ends as "waiting for the organizer" on an approval event once the emailed link is followed', async () => {
      const el = await rsvp(EVENTS.restricted);
      expect(text(el, '.capacity')).to.contain('The organizer reviews each request');
      const email = unique('review');
      await join(el, email);
      expect($(el, '[part="outcome"]')!.dataset['outcome']).to.equal('NOT_CONFIRMED');
      const [mail] = await mailsTo(email);
      const page = await (await fetch(mail!.confirmationUrl!)).text();
      expect(page).to.contain('data-role="NOT_APPROVED"');
      expect((await mailsTo(email)).map((m) => m.kind)).to.deep.equal([
        'confirm-participation',
        'participation-pending-approval',
      ]);
    });

    it('says the organizer will review the request when the instance answers NOT_APPROVED', async () => {
      const client = adjustedClient(instanceUrl('rsvp'), { role: 'NOT_APPROVED' });
      const el = await render(
        html`<kiosque-rsvp uuid=${EVENTS.restricted} .client=${client}></kiosque-rsvp>`,
      );
      await join(el, unique('approval'));
      expect($(el, '[part="outcome"]')!.dataset['outcome']).to.equal('NOT_APPROVED');
      expect(text(el, '[part="outcome"]')).to.contain('The organizer will review your request');
    });

    it('offers to cancel on a later visit, with the stored token, and cancels on the instance', async () => {
      const email = unique('later');
      const first = await rsvp(EVENTS.anonymousNoConfirmation);
      await join(first, email);
      first.remove();

      const later = await rsvp(EVENTS.anonymousNoConfirmation);
      expect(text(later, '[part="participation"]')).to.contain(`${email[0]}•••@example.org`);
      expect($(later, 'form.form')).to.be.null;
      $<HTMLButtonElement>(later, '[part~="cancel"]')!.click();
      await later.updateComplete;
      expect(shadow(later).activeElement?.id).to.equal('cancel-yes');
      $<HTMLButtonElement>(later, '#cancel-yes')!.click();
      await settle(later);
      expect(text(later, '[part="outcome"]')).to.equal('Your participation is cancelled.');
      expect(shadow(later).activeElement).to.equal($(later, '[part="outcome"]'));
      expect(participationsFor(instanceUrl('rsvp'), EVENTS.anonymousNoConfirmation)).to.deep.equal(
        [],
      );
      const [mail] = await mailsTo(email);
      const again = await fetch(mail!.cancellationUrl, { method: 'POST' });
      expect(await again.text()).to.contain('Participant not found');
    });

    it('keeps the participation when the visitor answers "No, keep it"', async () => {
      const first = await rsvp(EVENTS.anonymousNoConfirmation);
      await join(first, unique('keep'));
      $<HTMLButtonElement>(first, '[part~="cancel"]')!.click();
      await first.updateComplete;
      const keep = [...shadow(first).querySelectorAll('button')].find((b) =>
        b.textContent!.includes('No, keep it'),
      )!;
      keep.click();
      await first.updateComplete;
      expect(shadow(first).activeElement).to.equal($(first, '[part~="cancel"]'));
      expect(participationsFor(instanceUrl('rsvp'), EVENTS.anonymousNoConfirmation)).to.have.length(
        1,
      );
    });

    it('says the participation was already cancelled when the emailed link was used first', async () => {
      const email = unique('link-first');
      const first = await rsvp(EVENTS.anonymous);
      await join(first, email);
      first.remove();
      const [mail] = await mailsTo(email);
      await fetch(mail!.cancellationUrl, { method: 'POST' });

      const later = await rsvp(EVENTS.anonymous);
      $<HTMLButtonElement>(later, '[part~="cancel"]')!.click();
      await later.updateComplete;
      $<HTMLButtonElement>(later, '#cancel-yes')!.click();
      await settle(later);
      expect(errorReason(later)).to.equal('already-cancelled');
      expect(participationsFor(instanceUrl('rsvp'), EVENTS.anonymous)).to.deep.equal([]);
    });

    it('lets a second person register from the same browser', async () => {
      const first = await rsvp(EVENTS.anonymousNoConfirmation);
      await join(first, unique('one'));
      $<HTMLButtonElement>(first, '[part~="another"]')!.click();
      await first.updateComplete;
      expect(shadow(first).activeElement?.id).to.equal('email');
      await join(first, unique('two'));
      expect($(first, '[part="outcome"]')!.dataset['outcome']).to.equal('PARTICIPANT');
      expect(shadow(first).querySelectorAll('[part="participation"]')).to.have.length(2);
    });
  });

  describe('when participation is not possible', () => {
    it('says a cancelled event is closed and links to it', async () => {
      const el = await rsvp(EVENTS.cancelled);
      expect(text(el, '[part="notice"]')).to.equal(
        'This event is cancelled: participation is closed.',
      );
      expect($(el, 'form')).to.be.null;
      expect($<HTMLAnchorElement>(el, '[part~="link"]')!.href).to.equal(
        `${instanceUrl('rsvp')}/events/${EVENTS.cancelled}`,
      );
    });

    it('says a past event is over', async () => {
      const el = await rsvp(EVENTS.past);
      expect(text(el, '[part="notice"]')).to.equal('This event is over: participation is closed.');
      expect($(el, 'form')).to.be.null;
    });

    it('says a full event is full, with the numbers', async () => {
      const el = await rsvp(EVENTS.full);
      expect(text(el, '[part="notice"]')).to.equal(
        'This event is full: 12 of 12 places are taken.',
      );
      expect($(el, 'form')).to.be.null;
    });

    it('says an invite-only event needs an invitation', async () => {
      const el = await rsvp(EVENTS.invite);
      expect(text(el, '[part="notice"]')).to.contain('by invitation only');
      expect($(el, 'form')).to.be.null;
    });

    it('offers only the account ways when the event does not allow participation without an account', async () => {
      const el = await rsvp(EVENTS.anonymousDisabled);
      expect(text(el, '[part="notice"]')).to.contain(
        'Participation without an account is not available',
      );
      expect($(el, 'form.form')).to.be.null;
      expect($(el, '[part~="account"]')).to.exist;
      expect($(el, 'form.remote-form')).to.exist;
    });

    it('sends visitors of a remote event to its own instance', async () => {
      const el = await rsvp(EVENTS.remote);
      expect(text(el, '[part="notice"]')).to.contain('This event is hosted on');
      expect(text(el, '[part="notice"]')).to.contain('other.example');
      expect($<HTMLAnchorElement>(el, '[part~="link"]')!.href).to.equal(
        `https://other.example/events/${EVENTS.remote}`,
      );
      expect($(el, '[part~="account"]')).to.exist;
      expect($(el, 'form.form')).to.be.null;
      expect($(el, 'form.remote-form')).to.exist;
    });

    it('offers no form when the instance does not validate addresses by email', async () => {
      const el = await rsvp(EVENTS.anonymous, instanceUrl('no-email-validation'));
      expect(text(el, '[part="notice"]')).to.contain(
        'Participation without an account is not available',
      );
      expect($(el, 'form.form')).to.be.null;
    });
  });

  describe('failures when joining', () => {
    // Faults are set on this suite's own instance: other suites fault 'broken' at the same time.
    it('says the event filled up when another participant took the last place meanwhile', async () => {
      const el = await rsvp(EVENTS.nearlyFull);
      expect(text(el, '.capacity')).to.equal('1 place left');
      const faster = unique('faster');
      await joinElsewhere(EVENTS.nearlyFull, faster);
      const [confirmation] = await mailsTo(faster);
      await fetch(confirmation!.confirmationUrl!);
      const reported = new Promise<KiosqueRsvpErrorEvent>((resolve) =>
        el.addEventListener('kiosque-rsvp-error', resolve),
      );
      const email = unique('slower');
      await join(el, email, 'See you');
      expect(errorReason(el)).to.equal('full');
      expect(text(el, '[part="error"]')).to.contain('20 of 20 places are taken');
      const event = await reported;
      expect(event.detail.reason).to.equal('full');
      expect(event.detail.error.kind).to.equal('graphql');
      expect($<HTMLInputElement>(el, '#email')!.value).to.equal(email);
      expect($<HTMLTextAreaElement>(el, '#message')!.value).to.equal('See you');
    });

    it('says the address is already registered when this browser registered it', async () => {
      const email = unique('twice');
      const el = await rsvp(EVENTS.anonymous);
      await join(el, email);
      $<HTMLButtonElement>(el, '[part~="another"]')!.click();
      await el.updateComplete;
      await join(el, email);
      expect(errorReason(el)).to.equal('already-registered');
      expect(text(el, '[part="error"]')).to.contain('already registered for this event');
    });

    it('says the instance refused, and why it may be, for an address registered elsewhere', async () => {
      const email = unique('elsewhere');
      await joinElsewhere(EVENTS.anonymous, email);
      const el = await rsvp(EVENTS.anonymous);
      await join(el, email);
      expect(errorReason(el)).to.equal('refused');
      expect(text(el, '[part="error"]')).to.contain('If you already registered with this address');
    });

    it('catches an invalid address before sending, tied to the field, with focus on it', async () => {
      const el = await rsvp(EVENTS.anonymous);
      let submitted = 0;
      el.addEventListener('kiosque-rsvp-submit', () => submitted++);
      const before = (await mailbox()).length;
      await join(el, 'not-an-address@example');
      const input = $<HTMLInputElement>(el, '#email')!;
      expect(text(el, '#email-error')).to.equal(
        'Enter a valid email address, such as name@example.org.',
      );
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.equal('email-hint email-error');
      expect(shadow(el).activeElement).to.equal(input);
      expect(submitted).to.equal(0);
      expect((await mailbox()).length).to.equal(before);
    });

    it('asks for the address when it is empty', async () => {
      const el = await rsvp(EVENTS.anonymous);
      await join(el, '   ');
      expect(text(el, '#email-error')).to.equal('Enter your email address.');
    });

    it('explains that the instance turned email validation off', async () => {
      // The configuration was read before the administrator turned validation off.
      const client = adjustedClient(instanceUrl('no-email-validation'), {
        staleEmailValidation: true,
      });
      const el = await render(
        html`<kiosque-rsvp uuid=${EVENTS.anonymous} .client=${client}></kiosque-rsvp>`,
      );
      await join(el, unique('validation'));
      expect(errorReason(el)).to.equal('email-validation-off');
      expect(text(el, '[part="error"]')).to.contain('turned off email validation');
    });

    it('says the event no longer exists when it was deleted meanwhile', async () => {
      const real = await loadEvent(EVENTS.anonymous);
      const gone: KiosqueEvent = {
        ...real,
        id: '999999',
        uuid: '00000000-0000-4000-8000-0000000000aa',
      };
      const el = await render(html`<kiosque-rsvp .event=${gone}></kiosque-rsvp>`);
      await join(el, unique('gone'));
      expect(errorReason(el)).to.equal('not-found');
      expect(text(el, '[part="error"]')).to.contain('no longer exists');
    });

    it('keeps every value after a network failure mid-submission, and succeeds once retried', async () => {
      const el = await rsvp(EVENTS.anonymous, instanceUrl('rsvp'));
      const email = unique('retry');
      try {
        await setFaults('rsvp', { mode: 'reset' });
        await join(el, email, 'Two of us');
      } finally {
        await setFaults('rsvp', {});
      }
      expect(errorReason(el)).to.equal('network');
      expect(text(el, '[part="error"]')).to.contain('your registration was not sent');
      expect(shadow(el).activeElement).to.equal($(el, '[part="error"]'));
      expect($<HTMLInputElement>(el, '#email')!.value).to.equal(email);
      expect($<HTMLTextAreaElement>(el, '#message')!.value).to.equal('Two of us');
      $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
      await until(() => !!$(el, '[part="outcome"]'), 'the retried participation');
      expect($(el, '[part="outcome"]')!.dataset['outcome']).to.equal('NOT_CONFIRMED');
      expect(await mailsTo(email)).to.have.length(1);
    });

    it('says the registration may have been recorded when the instance is too slow', async () => {
      const client = createClient({ instance: instanceUrl('rsvp'), timeout: 300 });
      const el = await render(
        html`<kiosque-rsvp uuid=${EVENTS.anonymous} .client=${client}></kiosque-rsvp>`,
      );
      const email = unique('slow');
      try {
        await setFaults('rsvp', { latencyMs: 1200 });
        await join(el, email);
      } finally {
        await setFaults('rsvp', {});
      }
      expect(errorReason(el)).to.equal('timeout');
      expect(text(el, '[part="error"]')).to.contain('check your inbox before trying again');
      expect($<HTMLInputElement>(el, '#email')!.value).to.equal(email);
    });

    it('sends once however many times the form is submitted while sending', async () => {
      const el = await rsvp(EVENTS.anonymous);
      const submits: KiosqueRsvpSubmitEvent[] = [];
      el.addEventListener('kiosque-rsvp-submit', (e) => submits.push(e));
      const email = unique('once');
      type($(el, '#email'), email);
      const form = $<HTMLFormElement>(el, 'form.form')!;
      form.requestSubmit();
      await el.updateComplete;
      const button = $<HTMLButtonElement>(el, '[part~="submit"]')!;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      form.requestSubmit();
      button.click();
      await settle(el);
      expect(submits).to.have.length(1);
      expect(await mailsTo(email)).to.have.length(1);
      expect($(el, '[part="error"]')).to.be.null;
    });

    it('lets the host page take over when it cancels kiosque-rsvp-submit', async () => {
      const el = await rsvp(EVENTS.anonymous);
      let detail: { email: string; message: string; event: KiosqueEvent } | null = null;
      el.addEventListener('kiosque-rsvp-submit', (e) => {
        detail = e.detail;
        e.preventDefault();
      });
      const email = unique('host');
      type($(el, '#email'), email);
      type($(el, '#message'), 'Hi');
      $<HTMLFormElement>(el, 'form.form')!.requestSubmit();
      await until(() => detail !== null, 'the submit event');
      await el.updateComplete;
      expect(detail!).to.include({ email, message: 'Hi' });
      expect(detail!.event.uuid).to.equal(EVENTS.anonymous);
      expect($(el, '[part="outcome"]')).to.be.null;
      expect($<HTMLInputElement>(el, '#email')!.value).to.equal(email);
      expect(await mailsTo(email)).to.have.length(0);
    });
  });

  describe('account on another instance', () => {
    const second = () => instanceUrl('second');
    const host = (url: string) => new URL(url).host;

    async function remoteRsvp(): Promise<KiosqueRsvp> {
      const el = await rsvp(EVENTS.anonymous);
      el.navigate = (url) => {
        navigated = url;
      };
      return el;
    }

    it('finds the visitor’s instance by WebFinger and goes to its remote-interaction page', async () => {
      const el = await remoteRsvp();
      await lookUp(el, `camille@${host(second())}`);
      const eventUrl = `${instanceUrl('rsvp')}/events/${EVENTS.anonymous}`;
      expect(navigated).to.equal(`${second()}/interact?uri=${encodeURIComponent(eventUrl)}`);
      const landing = await fetch(navigated!);
      expect(landing.ok).to.be.true;
      expect(landing.url).to.equal(`${second()}/events/${EVENTS.anonymous}`);
    });

    it('says no such account exists for an unknown handle', async () => {
      const el = await remoteRsvp();
      await lookUp(el, `nobody@${host(second())}`);
      expect(errorReason(el)).to.equal('unknown-account');
      expect(text(el, '[part="error"]')).to.contain(`nobody@${host(second())}`);
      expect(navigated).to.be.null;
    });

    it('says the instance could not be reached when nothing answers', async () => {
      const el = await remoteRsvp();
      await lookUp(el, `camille@${host(instanceUrl('closed'))}`);
      expect(errorReason(el)).to.equal('unreachable');
      expect(text(el, '[part="error"]')).to.contain('could not be reached');
    });

    it('shows the event address to copy when the instance offers no remote interaction', async () => {
      const el = await remoteRsvp();
      await lookUp(el, `announcements@${host(second())}`);
      expect(errorReason(el)).to.equal('no-template');
      expect(text(el, '[part="error"] code')).to.equal(
        `${instanceUrl('rsvp')}/events/${EVENTS.anonymous}`,
      );
    });

    it('asks for name@instance before looking anything up', async () => {
      const el = await remoteRsvp();
      await lookUp(el, 'just-a-name');
      expect(text(el, '#handle-error')).to.contain('name@instance.example');
      expect($(el, '#handle')!.getAttribute('aria-describedby')).to.equal(
        'handle-hint handle-error',
      );
      expect(shadow(el).activeElement).to.equal($(el, '#handle'));
    });
  });

  describe('states', () => {
    it('announces loading politely', async () => {
      const el = await fixture<KiosqueRsvp>(
        html`<kiosque-rsvp
          instance=${instanceUrl('rsvp')}
          uuid=${EVENTS.longTitle}
        ></kiosque-rsvp>`,
      );
      expect($(el, '[role="status"]')?.getAttribute('aria-live')).to.equal('polite');
      await ready(el);
    });

    it('says why when no instance or no event is given', async () => {
      const noInstance = await render(html`<kiosque-rsvp uuid=${EVENTS.anonymous}></kiosque-rsvp>`);
      expect(text(noInstance, '[role="alert"]')).to.contain('no instance address');
      const noEvent = await render(
        html`<kiosque-rsvp instance=${instanceUrl('rsvp')}></kiosque-rsvp>`,
      );
      expect(text(noEvent, '[role="alert"]')).to.contain('no event was given');
    });

    it('says the event could not be found for an unknown uuid', async () => {
      const el = await rsvp('00000000-0000-4000-8000-0000000000bb');
      expect(text(el, '[role="alert"]')).to.contain('could not be found');
    });

    it('offers to try again when the instance fails to load', async () => {
      const el = await rsvp(EVENTS.anonymous, instanceUrl('down'));
      const button = $(el, '[role="alert"] button');
      expect(button?.textContent?.trim()).to.equal('Try again');
      // The views' retry part, and the part of every button of this element.
      expect(button?.getAttribute('part')).to.equal('button retry');
    });
  });

  describe('compact', () => {
    it('shows a Participate button that expands the form inline and focuses it', async () => {
      const el = await render(
        html`<kiosque-rsvp
          compact
          instance=${instanceUrl('rsvp')}
          uuid=${EVENTS.anonymous}
        ></kiosque-rsvp>`,
      );
      const toggle = $<HTMLButtonElement>(el, '[part~="toggle"]')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect($(el, 'form')).to.be.null;
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => !!$(el, '#email'), 'the form');
      await el.updateComplete;
      expect(el.expanded).to.be.true;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(shadow(el).activeElement?.id).to.equal('email');
    });

    it('shows why instead of a button when participation is not possible', async () => {
      const el = await render(
        html`<kiosque-rsvp
          compact
          instance=${instanceUrl('rsvp')}
          uuid=${EVENTS.full}
        ></kiosque-rsvp>`,
      );
      expect($(el, '[part~="toggle"]')).to.be.null;
      expect(text(el, '[part="notice"]')).to.contain('12 of 12');
    });
  });

  describe('keyboard', () => {
    it('is usable with the keyboard alone, from the first field to the outcome', async () => {
      const el = await rsvp(EVENTS.anonymousNoConfirmation);
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.id).to.equal('email');
      await sendKeys({ type: unique('keys') });
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.id).to.equal('message');
      await sendKeys({ type: 'Hello' });
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.tagName).to.equal('A');
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.getAttribute('part')).to.contain('submit');
      await sendKeys({ press: 'Enter' });
      await until(() => !!$(el, '[part="outcome"]'), 'the outcome');
      await el.updateComplete;
      expect(shadow(el).activeElement).to.equal($(el, '[part="outcome"]'));
      before.remove();
    });

    it('opens the other-instance form from the keyboard', async () => {
      const el = await rsvp(EVENTS.anonymousDisabled);
      const summary = $<HTMLElement>(el, 'summary')!;
      summary.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($<HTMLDetailsElement>(el, 'details')!.open).to.be.true;
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.id).to.equal('handle');
    });
  });

  describe('languages', () => {
    it('lays out right to left and speaks Arabic with lang="ar"', async () => {
      const el = await render(
        html`<kiosque-rsvp
          lang="ar"
          instance=${instanceUrl('rsvp')}
          uuid=${EVENTS.arabic}
        ></kiosque-rsvp>`,
      );
      // Languages other than English may load after the first paint.
      await until(() => $(el, '[part="base"]')!.getAttribute('dir') === 'rtl', 'Arabic');
      expect(text(el, 'legend')).to.equal('شارك دون حساب');
      await join(el, 'bad');
      expect(text(el, '#email-error')).to.contain('أدخل بريدًا إلكترونيًا صالحًا');
    });

    it('speaks French with lang="fr"', async () => {
      const el = await render(
        html`<kiosque-rsvp
          lang="fr"
          instance=${instanceUrl('rsvp')}
          uuid=${EVENTS.full}
        ></kiosque-rsvp>`,
      );
      await until(
        () =>
          text(el, '[part="notice"]') === 'Cet événement est complet : 12 places prises sur 12.',
        'the French notice',
      );
    });
  });

  describe('is accessible', () => {
    it('passes axe with the form, and with a field error', async () => {
      const el = await rsvp(EVENTS.anonymous);
      await expect(el).shadowDom.to.be.accessible();
      await join(el, 'bad');
      await expect(el).shadowDom.to.be.accessible();
    });

    it('passes axe with an outcome and a remembered participation being cancelled', async () => {
      const el = await rsvp(EVENTS.anonymousNoConfirmation);
      await join(el, unique('axe'));
      await expect(el).shadowDom.to.be.accessible();
      $<HTMLButtonElement>(el, '[part~="cancel"]')!.click();
      await el.updateComplete;
      await expect(el).shadowDom.to.be.accessible();
    });

    it('passes axe with a submission error and a remote lookup error', async () => {
      const el = await rsvp(EVENTS.anonymous);
      el.navigate = () => {};
      await joinElsewhere(EVENTS.anonymous, 'axe-dup@example.org').catch(() => undefined);
      await join(el, 'axe-dup@example.org');
      await expect(el).shadowDom.to.be.accessible();
      await lookUp(el, `announcements@${new URL(instanceUrl('second')).host}`);
      await expect(el).shadowDom.to.be.accessible();
    });

    for (const key of [
      'cancelled',
      'past',
      'full',
      'invite',
      'external',
      'anonymousDisabled',
      'remote',
    ] as const) {
      it(`passes axe when the event is ${key}`, async () => {
        const el = await rsvp(EVENTS[key]);
        await expect(el).shadowDom.to.be.accessible();
      });
    }

    it('passes axe when loading fails, in compact mode, in Arabic and in the dark theme', async () => {
      const down = await rsvp(EVENTS.anonymous, instanceUrl('down'));
      await expect(down).shadowDom.to.be.accessible();
      const compact = await render(
        html`<kiosque-rsvp
          compact
          instance=${instanceUrl('rsvp')}
          uuid=${EVENTS.anonymous}
        ></kiosque-rsvp>`,
      );
      await expect(compact).shadowDom.to.be.accessible();
      compact.expanded = true;
      await compact.updateComplete;
      await expect(compact).shadowDom.to.be.accessible();
      const arabic = await render(
        html`<kiosque-rsvp
          lang="ar"
          instance=${instanceUrl('rsvp')}
          uuid=${EVENTS.arabic}
        ></kiosque-rsvp>`,
      );
      await expect(arabic).shadowDom.to.be.accessible();
      const dark = await render(
        html`<kiosque-rsvp
          theme="dark"
          instance=${instanceUrl('rsvp')}
          uuid=${EVENTS.anonymous}
        ></kiosque-rsvp>`,
      );
      await expect(dark).shadowDom.to.be.accessible();
    });
  });
});

describe('remembered participations', () => {
  const instance = 'https://mobilizon.example';
  const event = {
    uuid: '11111111-1111-4111-8111-111111111111',
    beginsOn: '2030-05-01T10:00:00Z',
    endsOn: '2030-05-01T12:00:00Z',
  };
  const DAY = 24 * 60 * 60 * 1000;

  beforeEach(() => clearParticipations());
  afterEach(() => clearParticipations());

  it('keeps a token by event uuid until a month after the event, without the address itself', () => {
    rememberParticipation({
      instance,
      event,
      email: 'Sam@Example.org',
      role: 'PARTICIPANT',
      token: 't1',
    });
    const raw = localStorage.getItem(PARTICIPATIONS_KEY)!;
    expect(raw).to.contain(event.uuid);
    expect(raw).to.not.contain('Sam@Example.org');
    expect(raw.toLowerCase()).to.not.contain('sam@example.org');
    const end = Date.parse(event.endsOn);
    expect(participationsFor(instance, event.uuid, end + 29 * DAY)).to.have.length(1);
    expect(participationsFor(instance, event.uuid, end + 31 * DAY)).to.have.length(0);
    expect(registeredWith(instance, event.uuid, ' sam@example.ORG ')).to.be.true;
    expect(participationsFor('https://other.example', event.uuid)).to.have.length(0);
  });

  it('ignores stored data of the wrong shape', () => {
    localStorage.setItem(PARTICIPATIONS_KEY, '{"x":[{"token":1}],"y":"nope"}');
    expect(participationsFor(instance, 'x')).to.deep.equal([]);
    localStorage.setItem(PARTICIPATIONS_KEY, 'not json');
    expect(participationsFor(instance, event.uuid)).to.deep.equal([]);
  });

  it('works for the page when localStorage throws', () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    try {
      rememberParticipation({
        instance,
        event,
        email: 'a@b.example',
        role: 'NOT_CONFIRMED',
        token: 't2',
      });
      expect(participationsFor(instance, event.uuid).map((p) => p.token)).to.deep.equal(['t2']);
    } finally {
      Object.defineProperty(window, 'localStorage', descriptor);
    }
  });

  it('works for the page when localStorage is full', () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      rememberParticipation({
        instance,
        event,
        email: 'a@b.example',
        role: 'PARTICIPANT',
        token: 't3',
      });
      expect(participationsFor(instance, event.uuid).map((p) => p.token)).to.deep.equal(['t3']);
    } finally {
      Storage.prototype.setItem = original;
    }
  });
});
