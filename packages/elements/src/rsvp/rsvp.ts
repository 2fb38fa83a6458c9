import { canonicalLink } from '@kiosque/render';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '../shared/task.js';
import {
  type InstanceInfo,
  type EventResult,
  type KiosqueError,
  type KiosqueEvent,
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
  rememberParticipation,
  type StoredParticipation,
} from '../shared/participations.js';
import { errorAlert } from '../shared/status.js';
import { stateStyles, tokens } from '../shared/styles.js';
import { staleNote } from '../shared/stale.js';
import { RemoteInteractionError, parseHandle, remoteInteractionUrl } from './remote.js';
import {
  KiosqueRsvpErrorEvent,
  KiosqueRsvpSubmitEvent,
  KiosqueRsvpSuccessEvent,
} from './rsvp-events.js';
import { explainJoin, isEmail, planFor, type RsvpClient, type RsvpPlan } from './rsvp-plan.js';
import {
  blockerText,
  capacityNote,
  externalLink,
  failureView,
  joinErrorText,
  joinForm,
  loadingView,
  otherWays,
  outcomeView,
  participationsView,
  remoteError,
  seeEventLink,
  unavailableNotice,
  type Busy,
  type Failure,
  type Outcome,
} from './rsvp-views.js';
import { rsvpStyles } from './rsvp.styles.js';

// Still exported from here, where the package index and its users import them.
export {
  isFull,
  isPast,
  planFor,
  type AnonymousUnavailable,
  type RsvpBlocker,
  type RsvpClient,
  type RsvpPlan,
} from './rsvp-plan.js';

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
 * @csspart retry - The "Try again" button of the load-error message (also a `button`).
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
    const problem = email === '' ? 'required' : isEmail(email) ? undefined : 'invalid';
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
      const reason = await explainJoin(loaded.client, loaded.event.uuid, err, email, (fresh) => {
        this.#lastSeen = fresh;
      });
      this.busy = null;
      const known = this.#lastSeen ?? this.refreshed ?? this.event;
      const text = joinErrorText(reason, known, this.#messages());
      void this.#fail(err, { scope: 'join', reason, text });
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
    try {
      const target = await remoteInteractionUrl(this.handle, eventUrl);
      this.busy = null;
      this.navigate(target);
    } catch (error) {
      this.busy = null;
      const err = toKiosqueError(error);
      const failure = err instanceof RemoteInteractionError ? err.failure : 'unreachable';
      const [reason, text] = remoteError(failure, handle, this.#messages());
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
      initial: () => loadingView(m),
      pending: () => (this.#task.value ? this.#renderLoaded(this.#task.value, m) : loadingView(m)),
      complete: (loaded) => this.#renderLoaded(loaded, m),
      error: (error) => {
        if (error instanceof MissingSetup) {
          return errorAlert(
            error.what === 'instance' ? m.errors.missingInstance : m.rsvp.missingEvent,
            m.retry,
            null,
          );
        }
        const err = toKiosqueError(error);
        if (err.kind === 'aborted') return loadingView(m);
        return errorAlert(errorMessage(err, m), m.retry, canRetry(err) ? this.#retry : null, {
          button: 'button',
        });
      },
    });
  }

  #retry = () => {
    void this.#task.run();
  };

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
        ${blockerText(plan.blocker, event, m)}
      </p>`;
    }
    if (plan.external && !this.expanded) {
      return externalLink(plan.external, m);
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
      ${outcomeView(this.outcome, m)}
      ${participationsView(
        {
          stored,
          confirming: this.confirmingCancel,
          busy: this.busy,
          onAskCancel: (token) => void this.#askCancel(token),
          onLeave: (p) => void this.#leave(p),
          onKeep: this.#keep,
        },
        m,
      )}
      ${this.failure?.scope === 'leave' ? failureView(this.failure, m) : nothing}
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
      return html`<p part="notice" class="notice">${blockerText(plan.blocker, event, m)}</p>
        ${seeEventLink(event.instanceUrl, loaded.client.instance, m)}`;
    }
    if (plan.external) {
      return html`<p part="notice" class="notice">${r.externalNote}</p>
        ${externalLink(plan.external, m)}`;
    }
    // Once registered from this browser, the ways to participate give way to the participation.
    const registered = this.outcome?.kind === 'joined' || (stored.length > 0 && !this.another);
    if (registered) {
      return html`<button part="button another" type="button" @click=${this.#registerAnother}>
        ${r.registerAnother}
      </button>`;
    }
    return html`${capacityNote(event, m)} ${plan.anonymous ? this.#renderForm(loaded, m) : nothing}
    ${plan.anonymousUnavailable ? unavailableNotice(plan.anonymousUnavailable, event, m) : nothing}
    ${plan.accounts ? this.#renderOtherWays(loaded, event, plan.anonymous, m) : nothing}`;
  }

  #registerAnother = async () => {
    this.another = true;
    this.outcome = null;
    this.failure = null;
    await this.#focus('.panel :is(#email, [part~="account"], summary)');
  };

  #renderForm(loaded: Loaded, m: Messages): TemplateResult {
    return joinForm(
      {
        instance: loaded.client.instance,
        email: this.email,
        message: this.message,
        emailError: this.fieldErrors.email,
        failure: this.failure?.scope === 'join' ? this.failure : null,
        busy: this.busy === 'join',
        onSubmit: this.#onJoin,
        onEmailInput: this.#onEmailInput,
        onMessageInput: this.#onMessageInput,
      },
      m,
    );
  }

  #renderOtherWays(
    loaded: Loaded,
    event: KiosqueEvent,
    afterForm: boolean,
    m: Messages,
  ): TemplateResult {
    return otherWays(
      {
        event,
        instance: loaded.client.instance,
        afterForm,
        handle: this.handle,
        handleError: this.fieldErrors.handle,
        remoteOpen: this.remoteOpen,
        failure: this.failure?.scope === 'remote' ? this.failure : null,
        busy: this.busy === 'remote',
        onRemoteToggle: this.#onRemoteToggle,
        onSubmit: this.#onRemote,
        onHandleInput: this.#onHandleInput,
      },
      m,
    );
  }
}
