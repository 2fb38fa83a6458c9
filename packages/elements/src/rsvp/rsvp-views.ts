import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { safeUrl, type KiosqueEvent, type ParticipantRole } from '@kiosque/client';
import type { Messages } from '../i18n/index.js';
import type { StoredParticipation } from '../shared/participations.js';
import { loadingStatus } from '../shared/status.js';
import type { Handle, RemoteFailure } from './remote.js';
import type { RsvpErrorReason } from './rsvp-events.js';
import type { AnonymousUnavailable, RsvpBlocker } from './rsvp-plan.js';

/** What the element is sending, if anything. */
export type Busy = 'join' | 'leave' | 'remote' | null;

/** What the instance accepted: a participation (with its role) or its cancellation. */
export type Outcome =
  { kind: 'joined'; role: ParticipantRole; emailHint: string } | { kind: 'cancelled' };

export interface Failure {
  scope: 'join' | 'leave' | 'remote';
  reason: RsvpErrorReason;
  text: string;
  /** An address to show with the text (the event's, to copy into one's own instance). */
  address?: string;
}

/** Keeps an address or a host in its own direction inside right-to-left text. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

export function loadingView(m: Messages): TemplateResult {
  return html`<div class="skeleton" aria-hidden="true"><span></span></div>
    ${loadingStatus(m.rsvp.loading)}`;
}

export function blockerText(blocker: RsvpBlocker, event: KiosqueEvent, m: Messages): string {
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

/** The text of a failed participation; `seen` is the event as last known, for its counts. */
export function joinErrorText(
  reason: RsvpErrorReason,
  seen: KiosqueEvent | null,
  m: Messages,
): string {
  const r = m.rsvp;
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

/** The reason and text of a failed lookup of the visitor's account on another instance. */
export function remoteError(
  failure: RemoteFailure,
  handle: Handle,
  m: Messages,
): [RsvpErrorReason, string] {
  const r = m.rsvp;
  const who = isolate(`${handle.user}@${handle.host}`);
  const host = isolate(handle.host);
  const texts: Record<RemoteFailure, [RsvpErrorReason, string]> = {
    'invalid-handle': ['unknown-account', r.handleInvalid],
    'unknown-account': ['unknown-account', r.errorUnknownAccount(who)],
    unreachable: ['unreachable', r.errorUnreachable(host)],
    'server-error': ['server', r.errorServerAnswer(host)],
    'no-template': ['no-template', r.errorNoTemplate(host)],
  };
  return texts[failure];
}

/** "See the event on …": its page, named by its host (or the instance's). */
export function seeEventLink(url: string | null, instance: string, m: Messages): TemplateResult {
  const href = safeUrl(url);
  if (!href) return html``;
  return html`<p class="see-event">
    <a part="link" href=${href}
      >${m.rsvp.seeEvent(isolate(hostOf(href) ?? hostOf(instance) ?? ''))}</a
    >
  </p>`;
}

export function externalLink(href: string, m: Messages): TemplateResult {
  return html`<a part="external button" class="button primary" href=${href} rel="noopener"
    >${m.rsvp.externalButton}</a
  >`;
}

/** Places left, and whether the organizer approves participations. */
export function capacityNote(event: KiosqueEvent, m: Messages): TemplateResult | typeof nothing {
  const notes: string[] = [];
  const { remaining, maximum, hideCount } = event.capacity;
  if (!hideCount && maximum !== null && remaining !== null) notes.push(m.placesLeft(remaining));
  if (event.joinMode === 'restricted') notes.push(m.rsvp.approvalNote);
  if (notes.length === 0) return nothing;
  return html`<p class="capacity">${notes.join(' · ')}</p>`;
}

/** Why participation without an account is not offered, and where the event can be joined. */
export function unavailableNotice(
  reason: AnonymousUnavailable,
  event: KiosqueEvent,
  m: Messages,
): TemplateResult {
  if (reason === 'remote-event') {
    const origin = safeUrl(event.url);
    const host = hostOf(origin) ?? event.organizer?.handle.split('@')[1] ?? '';
    return html`<p part="notice" class="notice">${m.rsvp.remoteEvent(isolate(host))}</p>
      ${origin ? seeEventLink(origin, origin, m) : nothing}`;
  }
  return html`<p part="notice" class="notice">${m.rsvp.notEnabled}</p>`;
}

export function outcomeView(outcome: Outcome | null, m: Messages): TemplateResult | typeof nothing {
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

/** The participations remembered in this browser, each with its cancel button. */
export interface ParticipationsView {
  stored: StoredParticipation[];
  /** The token of the participation whose cancellation is being confirmed. */
  confirming: string | null;
  busy: Busy;
  onAskCancel: (token: string) => void;
  onLeave: (stored: StoredParticipation) => void;
  onKeep: () => void;
}

export function participationsView(
  { stored, confirming, busy, onAskCancel, onLeave, onKeep }: ParticipationsView,
  m: Messages,
): TemplateResult | typeof nothing {
  if (stored.length === 0) return nothing;
  const r = m.rsvp;
  return html`<ul class="participations" role="list">
    ${stored.map(
      (p) =>
        html`<li part="participation" class="participation">
          <span>${r.registeredAs(isolate(p.emailHint))}</span>
          ${
            confirming === p.token
              ? html`<span class="confirm" role="group" aria-labelledby="cancel-question">
                  <span id="cancel-question">${r.cancelQuestion}</span>
                  <button
                    id="cancel-yes"
                    part="button submit"
                    class="danger"
                    type="button"
                    aria-disabled=${busy ? 'true' : 'false'}
                    @click=${() => onLeave(p)}
                  >
                    ${busy === 'leave' ? r.cancelling : r.cancelYes}
                  </button>
                  <button part="button" type="button" @click=${onKeep}>${r.cancelNo}</button>
                </span>`
              : html`<button
                  part="button cancel"
                  type="button"
                  @click=${() => onAskCancel(p.token)}
                >
                  ${r.cancel}
                </button>`
          }
        </li>`,
    )}
  </ul>`;
}

export function failureView(failure: Failure, m: Messages): TemplateResult {
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

/** The form to participate without an account: its fields, their errors, and whom it tells. */
export interface JoinFormView {
  /** The instance whose privacy policy the form links to. */
  instance: string;
  email: string;
  message: string;
  emailError: 'required' | 'invalid' | undefined;
  failure: Failure | null;
  busy: boolean;
  onSubmit: (e: SubmitEvent) => void;
  onEmailInput: (e: InputEvent) => void;
  onMessageInput: (e: InputEvent) => void;
}

export function joinForm(view: JoinFormView, m: Messages): TemplateResult {
  const r = m.rsvp;
  const { emailError, failure, busy } = view;
  const privacy = safeUrl(`${view.instance}/privacy`);
  const describedBy = ['email-hint', emailError ? 'email-error' : ''].filter(Boolean).join(' ');
  return html`<form part="form" class="form" novalidate @submit=${view.onSubmit}>
    <fieldset>
      <legend>${r.formLegend}</legend>
      <div class="field">
        <label part="label" for="email">${r.email} <span class="aside">${r.required}</span></label>
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
          .value=${live(view.email)}
          @input=${view.onEmailInput}
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
          .value=${live(view.message)}
          @input=${view.onMessageInput}
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
      ${failure ? failureView(failure, m) : nothing}
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

/**
 * The account-based ways to participate: the event on its instance, and the remote-interaction
 * form for an account elsewhere.
 */
export interface OtherWaysView {
  event: KiosqueEvent;
  /** The event's instance, named in "I have an account on …". */
  instance: string;
  /** Shown after the form to participate without an account (headed "Other ways"). */
  afterForm: boolean;
  handle: string;
  handleError: 'invalid' | undefined;
  remoteOpen: boolean;
  failure: Failure | null;
  busy: boolean;
  onRemoteToggle: (e: Event) => void;
  onSubmit: (e: SubmitEvent) => void;
  onHandleInput: (e: InputEvent) => void;
}

export function otherWays(view: OtherWaysView, m: Messages): TemplateResult {
  const r = m.rsvp;
  const { handleError, failure, busy } = view;
  const account = safeUrl(view.event.instanceUrl);
  const host = hostOf(view.instance) ?? '';
  const describedBy = ['handle-hint', handleError ? 'handle-error' : ''].filter(Boolean).join(' ');
  return html`<div part="other-ways" class="other-ways" role="group" aria-labelledby="other-ways">
    <p class="ways-title" id="other-ways">${view.afterForm ? r.otherWays : r.participate}</p>
    <ul role="list">
      ${
        account
          ? html`<li><a part="account" href=${account}>${r.accountHere(isolate(host))}</a></li>`
          : nothing
      }
      <li>
        <details part="remote" ?open=${view.remoteOpen} @toggle=${view.onRemoteToggle}>
          <summary>${r.accountElsewhere}</summary>
          <form class="remote-form" novalidate @submit=${view.onSubmit}>
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
                .value=${live(view.handle)}
                @input=${view.onHandleInput}
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
            ${failure ? failureView(failure, m) : nothing}
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
