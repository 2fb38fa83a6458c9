import { canonicalLink, isFull, isPast } from '@kiosque/render';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { Task } from '../shared/task.js';
import {
  safeUrl,
  type InstanceInfo,
  type EventResult,
  type KiosqueClient,
  type KiosqueError,
  type KiosqueEvent,
  type ParticipantRole,
} from '@kiosque/client';
import { clientFor } from '../shared/client.js';
import {
  languageOf,
  messagesFor,
  onLanguagesChanged,
  registerEnglish,
  type Messages,
} from '../i18n/index.js';
import { rsvp as englishRsvp } from '../i18n/en/rsvp.js';
import { visitorTimeZone } from '../shared/dates.js';
import { KIOSQUE_VERSION } from '../shared/define.js';
import { errorMessage, toKiosqueError, canRetry } from '../shared/errors.js';
import {
  forgetParticipation,
  maskEmail,
  participationsFor,
  registeredWith,
  rememberParticipation,
  type StoredParticipation,
} from '../shared/participations.js';
import { stateStyles, tokens } from '../shared/styles.js';
import { staleNote } from '../shared/stale.js';
import { RemoteInteractionError, parseHandle, remoteInteractionUrl } from './remote.js';
import {
  KiosqueRsvpErrorEvent,
  KiosqueRsvpSubmitEvent,
  KiosqueRsvpSuccessEvent,
  type RsvpErrorReason,
} from './rsvp-events.js';
import { rsvpStyles } from './rsvp.styles.js';

/**
 * What the element needs from a client; `createClient()` gives one. With `eventResult`, the
 * element also says when the event is the last good data of an instance that is not answering.
 */
export type RsvpClient = Pick<
  KiosqueClient,
  'instance' | 'instanceInfo' | 'event' | 'joinEvent' | 'leaveEvent'
> &
  Partial<Pick<KiosqueClient, 'eventResult'>>;

/** Why participation is impossible, whatever the way. */
export type RsvpBlocker = 'cancelled' | 'past' | 'full' | 'invite';

/** Why participation without an account is not offered. */
export type AnonymousUnavailable = 'remote-event' | 'not-enabled' | 'email-validation-off';

/** The ways to participate in an event, decided as Mobilizon's participation dialog does. */
export interface RsvpPlan {
  blocker: RsvpBlocker | null;
  /** The external registration URL (join option EXTERNAL), checked to be http(s). */
  external: string | null;
  /** Way 1: participation without an account. */
  anonymous: boolean;
  anonymousUnavailable: AnonymousUnavailable | null;
  /** Ways 3 and 4: an account on this instance, or on another one. */
  accounts: boolean;
}

/** The address Mobilizon itself accepts: something@domain.tld. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export { isFull, isPast };

export function planFor(event: KiosqueEvent, info: InstanceInfo, now = Date.now()): RsvpPlan {
  const none: RsvpPlan = {
    blocker: null,
    external: null,
    anonymous: false,
    anonymousUnavailable: null,
    accounts: false,
  };
  if (event.status === 'CANCELLED') return { ...none, blocker: 'cancelled' };
  if (isPast(event, now)) return { ...none, blocker: 'past' };
  if (event.joinMode === 'external') {
    const external = safeUrl(event.externalUrl);
    // Without a usable address, an account on the instance is what remains.
    return external ? { ...none, external } : { ...none, accounts: true };
  }
  if (event.joinMode === 'invite') return { ...none, blocker: 'invite' };
  if (isFull(event)) return { ...none, blocker: 'full' };
  const settings = info.anonymousParticipation;
  let anonymousUnavailable: AnonymousUnavailable | null = null;
  if (!event.local) anonymousUnavailable = 'remote-event';
  else if (!settings.allowed || !event.anonymousParticipation || !settings.actorId)
    anonymousUnavailable = 'not-enabled';
  else if (!settings.emailValidation) anonymousUnavailable = 'email-validation-off';
  return {
    ...none,
    anonymous: anonymousUnavailable === null,
    anonymousUnavailable,
    accounts: true,
  };
}

interface Loaded {
  client: RsvpClient;
  event: KiosqueEvent;
  info: InstanceInfo;
  /** When the event was fetched, if it is the last good data of an instance not answering. */
  staleSince: number | null;
}

/** The event, and whether it is the last good data (a client without `eventResult` cannot say). */
function fetchEvent(client: RsvpClient, uuid: string, signal: AbortSignal): Promise<EventResult> {
  if (client.eventResult) return client.eventResult(uuid, { signal });
  return client
    .event(uuid, { signal })
    .then((event) => ({ event, stale: false, fetchedAt: Date.now() }));
}

type Busy = 'join' | 'leave' | 'remote' | null;
type Outcome = { kind: 'joined'; role: ParticipantRole; emailHint: string } | { kind: 'cancelled' };
interface Failure {
  scope: 'join' | 'leave' | 'remote';
  reason: RsvpErrorReason;
  text: string;
  /** An address to show with the text (the event's, to copy into one's own instance). */
  address?: string;
}

class MissingSetup extends Error {
  constructor(readonly what: 'instance' | 'event') {
    super(`missing ${what}`);
  }
}

/**
 * Lets a visitor participate in a Mobilizon event from any page: without an account (by
 * email), on an external registration site, with an account on the event's instance, or with
 * an account on another Mobilizon or fediverse instance (remote interaction). When
 * participation is not possible, it says why and what remains.
 *
 * @tagname kiosque-rsvp
 * @summary Participate in a Mobilizon event, without leaving the page.
 *
 * @attribute {string} lang - Language of the element's text (`en`, `fr`, `de`, `es`, `it`, `ar`; more with `registerLanguage`). Read from the element, then its ancestors, then `<html lang>`.
 *
 * @csspart base - The wrapper around everything the element renders.
 * @csspart toggle - The "Participate" button of the compact mode.
 * @csspart panel - The ways to participate.
 * @csspart form - The form to participate without an account.
 * @csspart label - A field label.
 * @csspart input - A text field.
 * @csspart hint - The help text under a field.
 * @csspart field-error - The error message of a field.
 * @csspart privacy - The privacy note with its link.
 * @csspart button - Every button and button-like link.
 * @csspart submit - The submit buttons.
 * @csspart outcome - The result of a registration or a cancellation (focused when it appears).
 * @csspart error - A failure message (focused when it appears).
 * @csspart notice - Why participation is not possible, or how it happens.
 * @csspart external - The link to the external registration site.
 * @csspart participation - A participation remembered in this browser, with its cancel button.
 * @csspart cancel - The "Cancel my participation" button.
 * @csspart another - The "Register another person" button.
 * @csspart other-ways - The account-based ways to participate.
 * @csspart account - The "I have an account on …" link to the event on its instance.
 * @csspart link - The "See the event on …" link when participation is closed or happens elsewhere.
 * @csspart remote - The "account on another instance" disclosure.
 * @csspart status - The loading and load-error messages.
 * @csspart stale - The note shown when the event may be out of date (its instance is not answering).
 *
 * @cssproperty --kiosque-color-accent - Buttons, links and focus rings.
 * @cssproperty --kiosque-color-on-accent - Text on accent buttons (default white; dark theme: near black).
 * @cssproperty --kiosque-color-text - Text colour (default: inherited from the page).
 * @cssproperty --kiosque-color-background - Background (default: transparent).
 * @cssproperty --kiosque-color-surface - Background of fields and notes.
 * @cssproperty --kiosque-color-muted - Hints and secondary text.
 * @cssproperty --kiosque-color-border - Borders.
 * @cssproperty --kiosque-color-danger - Errors.
 * @cssproperty --kiosque-color-success - Successful outcomes.
 * @cssproperty --kiosque-radius - Corner radius.
 * @cssproperty --kiosque-spacing - Base spacing.
 * @cssproperty --kiosque-font-family - Font (default: inherited from the page).
 * @cssproperty --kiosque-rsvp-gap - Space between the parts of the form.
 * @cssproperty --kiosque-rsvp-field-width - Maximum width of the fields (default 32rem).
 *
 * @event kiosque-rsvp-submit - Before a participation without an account is sent; cancelable (the host page takes over). Detail: `{ email: string, message: string, event: KiosqueEvent }`.
 * @event kiosque-rsvp-success - The instance accepted the participation. Detail: `{ role: ParticipantRole }`.
 * @event kiosque-rsvp-error - A participation, a cancellation or a remote-account lookup failed. Detail: `{ error: KiosqueError, reason: RsvpErrorReason }`.
 */
export class KiosqueRsvp extends LitElement {
  static readonly version = KIOSQUE_VERSION;
  static override styles = [tokens, stateStyles, rsvpStyles];
  static {
    // This element's English strings travel with it, not with every bundle.
    registerEnglish('rsvp', englishRsvp);
  }

  #unsubscribeLanguages: (() => void) | null = null;
  /** The event as last fetched while explaining a failure (for "full: 20 of 20"). */
  #lastSeen: KiosqueEvent | null = null;

  #task = new Task(this, {
    task: async ([instance, uuid, given, injected], { signal }): Promise<Loaded> => {
      const base = given?.instance ?? instance;
      if (!injected && !base) throw new MissingSetup('instance');
      if (!given && !uuid) throw new MissingSetup('event');
      const client = injected ?? clientFor(base, this.endpoint);
      const [result, info] = await Promise.all([
        given
          ? { event: given, stale: false, fetchedAt: Date.now() }
          : fetchEvent(client, uuid, signal),
        client.instanceInfo({ signal }),
      ]);
      const staleSince = result.stale ? result.fetchedAt : null;
      return { client, event: result.event, info, staleSince };
    },
    args: () => [this.instance, this.uuid, this.event, this.client] as const,
  });

  @state() private languageVersion = 0;
  @state() private email = '';
  @state() private message = '';
  @state() private handle = '';
  @state() private busy: Busy = null;
  @state() private outcome: Outcome | null = null;
  @state() private failure: Failure | null = null;
  @state() private fieldErrors: { email?: 'required' | 'invalid'; handle?: 'invalid' } = {};
  @state() private confirmingCancel: string | null = null;
  @state() private remoteOpen = false;
  /** The visitor asked to register someone else after registering. */
  @state() private another = false;
  /** Bumped when remembered participations change. */
  @state() private storedVersion = 0;
  /** The event as fetched again after a participation (fresh counts). */
  @state() private refreshed: KiosqueEvent | null = null;

  /** Base URL of the Mobilizon instance, e.g. `https://mobilizon.fr`. Not needed when `event` is set. */
  @property({ reflect: true }) instance = '';

  /**
   * A GraphQL endpoint to call instead of `<instance>/api`: a same-origin proxy serving this
   * instance (the WordPress plugin's privacy mode).
   */
  @property() endpoint = '';

  /** UUID of the event. Not needed when `event` is set. */
  @property({ reflect: true }) uuid = '';

  /** The event, when a parent such as `<kiosque-event>` already has it: it is not fetched again. */
  @property({ attribute: false }) event: KiosqueEvent | null = null;

  /**
   * Shows only a "Participate" button (or why participation is not possible) that expands
   * the ways to participate inline: for event cards and `<kiosque-event>`.
   */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** In compact mode, whether the ways to participate are shown. */
  @property({ type: Boolean, reflect: true }) expanded = false;

  /** Colour scheme: `light`, `dark`, or `auto` (follows the visitor's system). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  /** A client to use instead of creating one (custom fetch or timeout, previews). */
  @property({ attribute: false }) client: RsvpClient | null = null;

  /**
   * Opens the remote-interaction page of the visitor's own instance. Default: same tab
   * (`location.assign`). Replace it to open a new window or to observe the address.
   */
  @property({ attribute: false }) navigate: (url: string) => void = (url) => {
    window.location.assign(url);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unsubscribeLanguages = onLanguagesChanged(() => this.languageVersion++);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribeLanguages?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const previous = changed.get('event') as KiosqueEvent | null | undefined;
    const otherEvent =
      changed.has('uuid') ||
      changed.has('instance') ||
      (changed.has('event') && previous?.uuid !== this.event?.uuid);
    if (otherEvent && this.hasUpdated) {
      this.outcome = null;
      this.failure = null;
      this.fieldErrors = {};
      this.confirmingCancel = null;
      this.refreshed = null;
      this.another = false;
    }
  }

  #messages(): Messages {
    return messagesFor(languageOf(this));
  }

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #expand = async () => {
    this.expanded = !this.expanded;
    if (this.expanded) await this.#focus('.panel :is(input, a, button, summary)');
  };

  #onEmailInput = (e: InputEvent) => {
    this.email = (e.target as HTMLInputElement).value;
    if (this.fieldErrors.email) this.fieldErrors = { ...this.fieldErrors, email: undefined };
  };

  #onMessageInput = (e: InputEvent) => {
    this.message = (e.target as HTMLTextAreaElement).value;
  };

  #onHandleInput = (e: InputEvent) => {
    this.handle = (e.target as HTMLInputElement).value;
    if (this.fieldErrors.handle) this.fieldErrors = { ...this.fieldErrors, handle: undefined };
  };

  #onRemoteToggle = (e: Event) => {
    this.remoteOpen = (e.target as HTMLDetailsElement).open;
  };

  #onJoin = async (e: SubmitEvent) => {
    e.preventDefault();
    const loaded = this.#task.value;
    if (this.busy || !loaded) return;
    const email = this.email.trim();
    const problem = email === '' ? 'required' : EMAIL.test(email) ? undefined : 'invalid';
    this.fieldErrors = { ...this.fieldErrors, email: problem };
    if (problem) {
      this.failure = null;
      await this.#focus('#email');
      return;
    }
    const event = this.#eventOf(loaded);
    const message = this.message.trim();
    if (!this.dispatchEvent(new KiosqueRsvpSubmitEvent({ email, message, event }))) return;
    this.busy = 'join';
    this.failure = null;
    this.outcome = null;
    const m = this.#messages();
    try {
      const participation = await loaded.client.joinEvent({
        event,
        email,
        message: message || undefined,
        locale: m.locale,
        timezone: visitorTimeZone(),
      });
      if (participation.cancellationToken) {
        rememberParticipation({
          instance: loaded.client.instance,
          event,
          email,
          role: participation.role,
          token: participation.cancellationToken,
        });
        this.storedVersion++;
      }
      this.outcome = { kind: 'joined', role: participation.role, emailHint: maskEmail(email) };
      this.email = '';
      this.message = '';
      this.busy = null;
      this.dispatchEvent(new KiosqueRsvpSuccessEvent(participation.role));
      await this.#focus('[part="outcome"]');
      void this.#refresh(loaded);
    } catch (error) {
      const err = toKiosqueError(error);
      const reason = await this.#explainJoin(loaded, err, email);
      this.busy = null;
      void this.#fail(err, { scope: 'join', reason, text: this.#joinText(reason) });
    }
  };

  /** Fetches the event again so counts (here and in the shared cache) are current. */
  async #refresh(loaded: Loaded): Promise<void> {
    try {
      this.refreshed = await loaded.client.event(loaded.event.uuid, { fresh: true });
    } catch {
      // The outcome is shown; counts stay as they were.
    }
  }

  /**
   * Mobilizon answers refused joins with localized text and `unknown_error`: find the reason
   * by checking what can be checked, never by reading the text.
   */
  async #explainJoin(loaded: Loaded, error: KiosqueError, email: string): Promise<RsvpErrorReason> {
    switch (error.kind) {
      case 'network':
        return 'network';
      case 'timeout':
        return 'timeout';
      case 'not-found':
        return 'not-found';
      case 'graphql':
        break;
      case 'invalid-input':
        return 'refused';
      default:
        return 'server';
    }
    const { client } = loaded;
    try {
      const fresh = await client.event(loaded.event.uuid, { fresh: true });
      this.#lastSeen = fresh;
      if (fresh.status === 'CANCELLED') return 'cancelled';
      if (isPast(fresh)) return 'past';
      if (isFull(fresh)) return 'full';
      if (!fresh.local || !fresh.anonymousParticipation) return 'not-enabled';
    } catch (fetchError) {
      if (toKiosqueError(fetchError).kind === 'not-found') return 'not-found';
    }
    try {
      const info = await client.instanceInfo({ fresh: true });
      if (!info.anonymousParticipation.allowed) return 'not-enabled';
      if (!info.anonymousParticipation.emailValidation) return 'email-validation-off';
    } catch {
      // Keep looking with what we know.
    }
    if (registeredWith(client.instance, loaded.event.uuid, email)) return 'already-registered';
    if (!EMAIL.test(email)) return 'invalid-email';
    return 'refused';
  }

  #joinText(reason: RsvpErrorReason): string {
    const r = this.#messages().rsvp;
    const seen = this.#lastSeen ?? this.refreshed ?? this.event;
    const counts = seen && !seen.capacity.hideCount ? seen.capacity : null;
    switch (reason) {
      case 'full':
        return counts?.maximum != null && counts.participants != null
          ? r.errorFull(counts.participants, counts.maximum)
          : r.errorFullNoCount;
      case 'cancelled':
        return r.errorCancelled;
      case 'past':
        return r.errorPast;
      case 'not-enabled':
        return r.errorNotEnabled;
      case 'email-validation-off':
        return r.errorEmailValidationOff;
      case 'already-registered':
        return r.errorAlreadyRegistered;
      case 'invalid-email':
        return r.errorInvalidEmail;
      case 'not-found':
        return r.errorNotFound;
      case 'network':
        return r.errorNetwork;
      case 'timeout':
        return r.errorTimeout;
      case 'server':
        return r.errorServer;
      default:
        return r.errorRefused;
    }
  }

  async #fail(error: KiosqueError, failure: Failure): Promise<void> {
    this.failure = failure;
    this.dispatchEvent(new KiosqueRsvpErrorEvent(error, failure.reason));
    await this.#focus('[part="error"]');
  }

  #askCancel = async (token: string) => {
    this.confirmingCancel = token;
    this.outcome = null;
    await this.#focus('#cancel-yes');
  };

  #keep = async () => {
    this.confirmingCancel = null;
    await this.#focus('[part~="cancel"]');
  };

  #leave = async (stored: StoredParticipation) => {
    const loaded = this.#task.value;
    if (this.busy || !loaded) return;
    this.busy = 'leave';
    this.failure = null;
    const r = this.#messages().rsvp;
    try {
      await loaded.client.leaveEvent({ event: this.#eventOf(loaded), token: stored.token });
      forgetParticipation(stored.uuid, stored.token);
      this.storedVersion++;
      this.busy = null;
      this.confirmingCancel = null;
      this.outcome = { kind: 'cancelled' };
      await this.#focus('[part="outcome"]');
      void this.#refresh(loaded);
    } catch (error) {
      const err = toKiosqueError(error);
      this.busy = null;
      this.confirmingCancel = null;
      if (err.kind === 'graphql') {
        // The token is no longer known: cancelled already (the e-mailed link), or the event is gone.
        forgetParticipation(stored.uuid, stored.token);
        this.storedVersion++;
        void this.#fail(err, {
          scope: 'leave',
          reason: 'already-cancelled',
          text: r.errorAlreadyCancelled,
        });
      } else if (err.kind === 'network' || err.kind === 'timeout') {
        void this.#fail(err, { scope: 'leave', reason: err.kind, text: r.errorCancelNetwork });
      } else {
        void this.#fail(err, { scope: 'leave', reason: 'server', text: r.errorServer });
      }
    }
  };

  #onRemote = async (e: SubmitEvent) => {
    e.preventDefault();
    const loaded = this.#task.value;
    if (this.busy || !loaded) return;
    const handle = parseHandle(this.handle);
    this.fieldErrors = { ...this.fieldErrors, handle: handle ? undefined : 'invalid' };
    if (!handle) {
      this.failure = null;
      await this.#focus('#handle');
      return;
    }
    const event = this.#eventOf(loaded);
    const eventUrl = canonicalLink(event) ?? event.instanceUrl;
    this.busy = 'remote';
    this.failure = null;
    const r = this.#messages().rsvp;
    try {
      const target = await remoteInteractionUrl(this.handle, eventUrl);
      this.busy = null;
      this.navigate(target);
    } catch (error) {
      this.busy = null;
      const err = toKiosqueError(error);
      const failure = err instanceof RemoteInteractionError ? err.failure : 'unreachable';
      const who = isolate(`${handle.user}@${handle.host}`);
      const host = isolate(handle.host);
      const texts: Record<typeof failure, [RsvpErrorReason, string]> = {
        'invalid-handle': ['unknown-account', r.handleInvalid],
        'unknown-account': ['unknown-account', r.errorUnknownAccount(who)],
        unreachable: ['unreachable', r.errorUnreachable(host)],
        'server-error': ['server', r.errorServerAnswer(host)],
        'no-template': ['no-template', r.errorNoTemplate(host)],
      };
      const [reason, text] = texts[failure];
      void this.#fail(err, {
        scope: 'remote',
        reason,
        text,
        address: failure === 'no-template' ? eventUrl : undefined,
      });
    }
  };

  #eventOf(loaded: Loaded): KiosqueEvent {
    return this.refreshed && this.refreshed.uuid === loaded.event.uuid
      ? this.refreshed
      : loaded.event;
  }

  override render(): TemplateResult {
    const m = this.#messages();
    return html`<section
      part="base"
      class="base"
      dir=${m.dir}
      lang=${m.locale}
      aria-label=${m.rsvp.regionLabel}
    >
      ${this.#renderState(m)}
    </section>`;
  }

  #renderState(m: Messages): TemplateResult {
    return this.#task.render({
      initial: () => this.#renderLoading(m),
      pending: () =>
        this.#task.value ? this.#renderLoaded(this.#task.value, m) : this.#renderLoading(m),
      complete: (loaded) => this.#renderLoaded(loaded, m),
      error: (error) => {
        if (error instanceof MissingSetup) {
          return this.#renderLoadError(
            error.what === 'instance' ? m.errors.missingInstance : m.rsvp.missingEvent,
            false,
          );
        }
        const err = toKiosqueError(error);
        if (err.kind === 'aborted') return this.#renderLoading(m);
        return this.#renderLoadError(errorMessage(err, m), canRetry(err));
      },
    });
  }

  #renderLoading(m: Messages): TemplateResult {
    return html`<div class="skeleton" aria-hidden="true"><span></span></div>
      <p part="status" class="visually-hidden" role="status" aria-live="polite">
        ${m.rsvp.loading}
      </p>`;
  }

  #renderLoadError(text: string, canRetry: boolean): TemplateResult {
    const m = this.#messages();
    return html`<div part="status" class="state" role="alert">
      <span>${text}</span>
      ${
        canRetry
          ? html`<button part="button" type="button" @click=${() => void this.#task.run()}>
              ${m.retry}
            </button>`
          : nothing
      }
    </div>`;
  }

  #renderLoaded(loaded: Loaded, m: Messages): TemplateResult {
    const event = this.#eventOf(loaded);
    // The plan follows the event as loaded: a failure never takes the form (and its input) away.
    const plan = planFor(loaded.event, loaded.info);
    const stored = plan.blocker === 'past' ? [] : this.#stored(loaded);
    // Once the instance answered again (counts fetched after a participation), it is not stale.
    const answered = this.refreshed?.uuid === loaded.event.uuid;
    const since = answered ? null : loaded.staleSince;
    const stale = since === null ? nothing : staleNote(m.rsvp.staleNote, since, m.locale);
    if (!this.compact) return html`${stale}${this.#renderPanel(loaded, event, plan, stored, m)}`;
    return html`${stale}${this.#renderCompactBar(loaded, event, plan, stored, m)}
    ${this.expanded ? this.#renderPanel(loaded, event, plan, stored, m) : nothing}`;
  }

  #stored(loaded: Loaded): StoredParticipation[] {
    void this.storedVersion;
    return participationsFor(loaded.client.instance, loaded.event.uuid);
  }

  #renderCompactBar(
    loaded: Loaded,
    event: KiosqueEvent,
    plan: RsvpPlan,
    stored: StoredParticipation[],
    m: Messages,
  ): TemplateResult {
    if (plan.blocker && stored.length === 0 && !this.outcome) {
      return html`<p part="notice" class="notice compact-notice">
        ${this.#blockerText(plan.blocker, event, m)}
      </p>`;
    }
    if (plan.external && !this.expanded) {
      return this.#renderExternalLink(plan.external, m);
    }
    return html`<button
      part="toggle button"
      class="toggle ${this.expanded ? '' : 'primary'}"
      type="button"
      aria-expanded=${this.expanded ? 'true' : 'false'}
      aria-controls="panel"
      @click=${this.#expand}
    >
      ${m.rsvp.participate}
    </button>`;
  }

  #renderPanel(
    loaded: Loaded,
    event: KiosqueEvent,
    plan: RsvpPlan,
    stored: StoredParticipation[],
    m: Messages,
  ): TemplateResult {
    return html`<div part="panel" class="panel" id="panel">
      ${this.#renderOutcome(m)} ${this.#renderStored(stored, m)}
      ${this.failure?.scope === 'leave' ? this.#renderFailure(this.failure) : nothing}
      ${this.#renderWays(loaded, event, plan, stored, m)}
    </div>`;
  }

  #renderWays(
    loaded: Loaded,
    event: KiosqueEvent,
    plan: RsvpPlan,
    stored: StoredParticipation[],
    m: Messages,
  ): TemplateResult {
    const r = m.rsvp;
    if (plan.blocker) {
      return html`<p part="notice" class="notice">${this.#blockerText(plan.blocker, event, m)}</p>
        ${this.#renderSeeEvent(event.instanceUrl, loaded.client.instance, m)}`;
    }
    if (plan.external) {
      return html`<p part="notice" class="notice">${r.externalNote}</p>
        ${this.#renderExternalLink(plan.external, m)}`;
    }
    // Once registered from this browser, the ways to participate give way to the participation.
    const registered = this.outcome?.kind === 'joined' || (stored.length > 0 && !this.another);
    if (registered) {
      return html`<button part="button another" type="button" @click=${this.#registerAnother}>
        ${r.registerAnother}
      </button>`;
    }
    return html`${this.#renderCapacity(event, m)}
    ${plan.anonymous ? this.#renderForm(loaded, m) : nothing}
    ${plan.anonymousUnavailable ? this.#renderUnavailable(plan.anonymousUnavailable, event, m) : nothing}
    ${plan.accounts ? this.#renderOtherWays(loaded, event, plan.anonymous, m) : nothing}`;
  }

  #registerAnother = async () => {
    this.another = true;
    this.outcome = null;
    this.failure = null;
    await this.#focus('.panel :is(#email, [part~="account"], summary)');
  };

  #blockerText(blocker: RsvpBlocker, event: KiosqueEvent, m: Messages): string {
    const r = m.rsvp;
    switch (blocker) {
      case 'cancelled':
        return r.blockedCancelled;
      case 'past':
        return r.blockedPast;
      case 'invite':
        return r.blockedInvite;
      case 'full': {
        const { maximum, participants, hideCount } = event.capacity;
        return !hideCount && maximum !== null && participants !== null
          ? r.blockedFull(participants, maximum)
          : r.blockedFullNoCount;
      }
    }
  }

  #renderSeeEvent(url: string | null, instance: string, m: Messages): TemplateResult {
    const href = safeUrl(url);
    if (!href) return html``;
    return html`<p class="see-event">
      <a part="link" href=${href}
        >${m.rsvp.seeEvent(isolate(hostOf(href) ?? hostOf(instance) ?? ''))}</a
      >
    </p>`;
  }

  #renderExternalLink(href: string, m: Messages): TemplateResult {
    return html`<a part="external button" class="button primary" href=${href} rel="noopener"
      >${m.rsvp.externalButton}</a
    >`;
  }

  #renderCapacity(event: KiosqueEvent, m: Messages): TemplateResult | typeof nothing {
    const notes: string[] = [];
    const { remaining, maximum, hideCount } = event.capacity;
    if (!hideCount && maximum !== null && remaining !== null) notes.push(m.placesLeft(remaining));
    if (event.joinMode === 'restricted') notes.push(m.rsvp.approvalNote);
    if (notes.length === 0) return nothing;
    return html`<p class="capacity">${notes.join(' · ')}</p>`;
  }

  #renderUnavailable(
    reason: AnonymousUnavailable,
    event: KiosqueEvent,
    m: Messages,
  ): TemplateResult {
    if (reason === 'remote-event') {
      const origin = safeUrl(event.url);
      const host = hostOf(origin) ?? event.organizer?.handle.split('@')[1] ?? '';
      return html`<p part="notice" class="notice">${m.rsvp.remoteEvent(isolate(host))}</p>
        ${origin ? this.#renderSeeEvent(origin, origin, m) : nothing}`;
    }
    return html`<p part="notice" class="notice">${m.rsvp.notEnabled}</p>`;
  }

  #renderOutcome(m: Messages): TemplateResult | typeof nothing {
    const outcome = this.outcome;
    if (!outcome) return nothing;
    const r = m.rsvp;
    let text = r.cancelled;
    if (outcome.kind === 'joined') {
      text =
        outcome.role === 'NOT_CONFIRMED'
          ? r.notConfirmed(isolate(outcome.emailHint))
          : outcome.role === 'NOT_APPROVED'
            ? r.notApproved
            : r.registered;
    }
    return html`<div
      part="outcome"
      class="outcome"
      role="status"
      tabindex="-1"
      data-outcome=${outcome.kind === 'joined' ? outcome.role : 'CANCELLED'}
    >
      ${text}
    </div>`;
  }

  #renderStored(stored: StoredParticipation[], m: Messages): TemplateResult | typeof nothing {
    if (stored.length === 0) return nothing;
    const r = m.rsvp;
    return html`<ul class="participations" role="list">
      ${stored.map(
        (p) =>
          html`<li part="participation" class="participation">
            <span>${r.registeredAs(isolate(p.emailHint))}</span>
            ${
              this.confirmingCancel === p.token
                ? html`<span class="confirm" role="group" aria-labelledby="cancel-question">
                    <span id="cancel-question">${r.cancelQuestion}</span>
                    <button
                      id="cancel-yes"
                      part="button submit"
                      class="danger"
                      type="button"
                      aria-disabled=${this.busy ? 'true' : 'false'}
                      @click=${() => this.#leave(p)}
                    >
                      ${this.busy === 'leave' ? r.cancelling : r.cancelYes}
                    </button>
                    <button part="button" type="button" @click=${this.#keep}>${r.cancelNo}</button>
                  </span>`
                : html`<button
                    part="button cancel"
                    type="button"
                    @click=${() => this.#askCancel(p.token)}
                  >
                    ${r.cancel}
                  </button>`
            }
          </li>`,
      )}
    </ul>`;
  }

  #renderFailure(failure: Failure): TemplateResult {
    const m = this.#messages();
    return html`<div
      part="error"
      class="error"
      role="alert"
      tabindex="-1"
      id="${failure.scope}-error"
      data-reason=${failure.reason}
    >
      <span>${failure.text}</span>
      ${
        failure.address
          ? html`<span class="address"
              ><span class="visually-hidden">${m.rsvp.eventAddress}: </span
              ><code>${failure.address}</code></span
            >`
          : nothing
      }
    </div>`;
  }

  #renderForm(loaded: Loaded, m: Messages): TemplateResult {
    const r = m.rsvp;
    const emailError = this.fieldErrors.email;
    const failure = this.failure?.scope === 'join' ? this.failure : null;
    const busy = this.busy === 'join';
    const privacy = safeUrl(`${loaded.client.instance}/privacy`);
    const describedBy = ['email-hint', emailError ? 'email-error' : ''].filter(Boolean).join(' ');
    return html`<form part="form" class="form" novalidate @submit=${this.#onJoin}>
      <fieldset>
        <legend>${r.formLegend}</legend>
        <div class="field">
          <label part="label" for="email"
            >${r.email} <span class="aside">${r.required}</span></label
          >
          <input
            part="input"
            id="email"
            name="email"
            type="email"
            inputmode="email"
            autocomplete="email"
            required
            aria-invalid=${emailError ? 'true' : 'false'}
            aria-describedby=${describedBy}
            .value=${live(this.email)}
            @input=${this.#onEmailInput}
          />
          <p part="hint" class="hint" id="email-hint">${r.emailHint}</p>
          ${
            emailError
              ? html`<p part="field-error" class="field-error" id="email-error">
                  ${emailError === 'required' ? r.emailRequired : r.emailInvalid}
                </p>`
              : nothing
          }
        </div>
        <div class="field">
          <label part="label" for="message"
            >${r.message} <span class="aside">${r.optional}</span></label
          >
          <textarea
            part="input"
            id="message"
            name="message"
            rows="3"
            .value=${live(this.message)}
            @input=${this.#onMessageInput}
          ></textarea>
        </div>
        <p part="privacy" class="note">
          ${r.privacyNote}
          ${
            privacy
              ? html`<a href=${privacy}>${r.privacyLink(isolate(hostOf(privacy) ?? ''))}</a>`
              : nothing
          }
        </p>
        ${failure ? this.#renderFailure(failure) : nothing}
        <div class="actions">
          <button
            part="button submit"
            class="primary"
            type="submit"
            aria-disabled=${busy ? 'true' : 'false'}
            aria-describedby=${failure ? 'join-error' : nothing}
          >
            ${busy ? r.sending : r.participate}
          </button>
          <span class="visually-hidden" role="status">${busy ? r.sending : ''}</span>
        </div>
      </fieldset>
    </form>`;
  }

  #renderOtherWays(
    loaded: Loaded,
    event: KiosqueEvent,
    afterForm: boolean,
    m: Messages,
  ): TemplateResult {
    const r = m.rsvp;
    const account = safeUrl(event.instanceUrl);
    const host = hostOf(loaded.client.instance) ?? '';
    const handleError = this.fieldErrors.handle;
    const failure = this.failure?.scope === 'remote' ? this.failure : null;
    const busy = this.busy === 'remote';
    const describedBy = ['handle-hint', handleError ? 'handle-error' : '']
      .filter(Boolean)
      .join(' ');
    return html`<div part="other-ways" class="other-ways" role="group" aria-labelledby="other-ways">
      <p class="ways-title" id="other-ways">${afterForm ? r.otherWays : r.participate}</p>
      <ul role="list">
        ${
          account
            ? html`<li><a part="account" href=${account}>${r.accountHere(isolate(host))}</a></li>`
            : nothing
        }
        <li>
          <details part="remote" ?open=${this.remoteOpen} @toggle=${this.#onRemoteToggle}>
            <summary>${r.accountElsewhere}</summary>
            <form class="remote-form" novalidate @submit=${this.#onRemote}>
              <div class="field">
                <label part="label" for="handle">${r.handle}</label>
                <input
                  part="input"
                  id="handle"
                  name="handle"
                  type="text"
                  autocomplete="username"
                  autocapitalize="none"
                  spellcheck="false"
                  required
                  aria-invalid=${handleError ? 'true' : 'false'}
                  aria-describedby=${describedBy}
                  .value=${live(this.handle)}
                  @input=${this.#onHandleInput}
                />
                <p part="hint" class="hint" id="handle-hint">${r.handleHint}</p>
                ${
                  handleError
                    ? html`<p part="field-error" class="field-error" id="handle-error">
                        ${r.handleInvalid}
                      </p>`
                    : nothing
                }
              </div>
              ${failure ? this.#renderFailure(failure) : nothing}
              <div class="actions">
                <button part="button submit" type="submit" aria-disabled=${busy ? 'true' : 'false'}>
                  ${busy ? r.handleBusy : r.handleSubmit}
                </button>
                <span class="visually-hidden" role="status">${busy ? r.handleBusy : ''}</span>
              </div>
            </form>
          </details>
        </li>
      </ul>
    </div>`;
  }
}

/** Keeps an address or a host in its own direction inside right-to-left text. */
function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}
