import { canonicalLink, eventBadges, eventLink } from '@kiosque/render';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { Task } from '../shared/task.js';
import {
  KiosqueError,
  isEventUuid,
  safeUrl,
  type InstanceInfo,
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
import { event as englishEvent } from '../i18n/en/event.js';
import { whenView } from '../shared/summary.js';
import { KIOSQUE_VERSION } from '../shared/define.js';
import { errorMessage, toKiosqueError, canRetry } from '../shared/errors.js';
import { KiosqueErrorEvent, KiosqueLoadEvent } from '../shared/events.js';
import { clampHeadingLevel, heading } from '../shared/headings.js';
import { icsUrl } from '../shared/ics.js';
import { icons } from '../shared/icons.js';
import { readEmbeddedData, writeJsonLd } from '../shared/light-dom.js';
import { sanitizeHtml } from '../shared/sanitize.js';
import { canShare, copyLink, shareLink } from '../shared/share.js';
import { stateStyles, tokens } from '../shared/styles.js';
import { staleNote } from '../shared/stale.js';
import { errorAlert, loadingStatus } from '../shared/status.js';
import { eventIcons } from './event-icons.js';
import {
  addressLines,
  blurhashColor,
  directionsUrl,
  humanize,
  isPast,
  type RoutingType,
} from './event-format.js';
import { eventStyles } from './event.styles.js';

/** Error kinds after which the last good data is still worth showing. */
const STALE_KINDS = new Set(['network', 'timeout', 'http', 'invalid-response']);

/** What the element shows: an event, and what it knows about its instance. */
interface Shown {
  event: KiosqueEvent;
  info: InstanceInfo | null;
  stale: boolean;
  fetchedAt: number;
}

/** A mistake in the element's own attributes: said plainly, never retried. */
class SetupError extends Error {
  /** What `kiosque-error` carries: hosts see one error type. */
  readonly error: KiosqueError;
  constructor(readonly reason: 'missing-instance' | 'missing-uuid' | 'invalid-uuid') {
    super(reason);
    this.error = new KiosqueError({ kind: 'invalid-input', message: `<kiosque-event>: ${reason}` });
  }
}

type ShareState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; url: string };

/**
 * One Mobilizon event in full: picture, title, dates, place with directions, online link,
 * description, organizer, tags, participants, accessibility, add to calendar and share.
 *
 * @tagname kiosque-event
 * @summary One Mobilizon event, with everything a visitor needs to decide and to come.
 *
 * @attribute {string} lang - Language of the element's text (`en`, `fr`, `de`, `es`, `it`, `ar`; more with `registerLanguage`). Read from the element, then its ancestors, then `<html lang>`.
 *
 * @slot participation - Where visitors take part. Defaults to `<kiosque-rsvp compact>` when that
 *   element is on the page, else a link to register on the event page (or the external site).
 *
 * @csspart base - The `<article>` around the event (also wraps the loading and error states).
 * @csspart banner - A status banner (also `banner-cancelled`, `banner-tentative`, `banner-full`, `banner-past`).
 * @csspart stale - The note shown when the event may be out of date.
 * @csspart picture - The `<figure>` around the picture.
 * @csspart image - The event's picture.
 * @csspart header - Category, title and organizer.
 * @csspart category - The category label.
 * @csspart title - The event's title.
 * @csspart organizer - The organizer line.
 * @csspart avatar - The organizer's avatar.
 * @csspart organizer-link - The link to the organizer's page.
 * @csspart details - The list of facts (when, where, online, participants, accessibility).
 * @csspart fact - One fact (also `fact-when`, `fact-where`, `fact-online`, `fact-participants`, `fact-accessibility`).
 * @csspart when - The dates and times.
 * @csspart zone - The time zone note.
 * @csspart address - The full address.
 * @csspart directions - The directions link.
 * @csspart online-link - The link to the online meeting.
 * @csspart participants - The participant count and capacity.
 * @csspart accessibility - The accessibility information.
 * @csspart actions - Add to calendar, share, copy link, view on the instance.
 * @csspart action - Each of those links and buttons (also `calendar-link`, `share`, `copy-link`, `instance-link`).
 * @csspart share-status - The polite "Link copied." message.
 * @csspart participation - The wrapper of the `participation` slot.
 * @csspart participate-link - The default participation link.
 * @csspart description - The sanitized description.
 * @csspart tags - The list of tags.
 * @csspart tag - One tag.
 * @csspart status - The loading and error messages.
 * @csspart retry - The "Try again" button of the error message.
 *
 * @cssproperty --kiosque-color-accent - Links, buttons and highlights.
 * @cssproperty --kiosque-color-text - Text colour (default: inherited from the page).
 * @cssproperty --kiosque-color-background - Background (default: transparent).
 * @cssproperty --kiosque-color-surface - Background of the facts panel and buttons.
 * @cssproperty --kiosque-color-muted - Secondary text.
 * @cssproperty --kiosque-color-border - Borders and separators.
 * @cssproperty --kiosque-color-danger - The cancelled banner and errors.
 * @cssproperty --kiosque-color-warning - The tentative, full and past banners, and the stale note.
 * @cssproperty --kiosque-radius - Corner radius.
 * @cssproperty --kiosque-spacing - Base spacing.
 * @cssproperty --kiosque-font-family - Font (default: inherited from the page).
 * @cssproperty --kiosque-event-max-width - Widest the element grows (default `60rem`).
 * @cssproperty --kiosque-event-picture-ratio - Aspect ratio of the picture (default `16 / 9`).
 * @cssproperty --kiosque-event-aside-width - Width of the facts column on wide layouts (default `18rem`).
 * @cssproperty --kiosque-event-title-size - Font size of the title (default `1.75em`).
 *
 * @event kiosque-load - The event was loaded and shown. Detail: `{ count: 1, stale: boolean }`.
 * @event kiosque-error - Loading failed and nothing could be shown. Detail: `{ error: KiosqueError }`.
 */
export class KiosqueEventElement extends LitElement {
  static readonly version = KIOSQUE_VERSION;
  static override styles = [tokens, stateStyles, eventStyles];
  static {
    // This element's English strings travel with it, not with every bundle.
    registerEnglish('event', englishEvent);
  }

  #unsubscribeLanguages: (() => void) | null = null;
  #reported: KiosqueError | null = null;
  #shownKey = '';

  #task = new Task(this, {
    task: async ([instance, uuid, given], { signal }): Promise<Shown> => {
      if (given) {
        const info = instance ? await this.#instanceInfo(instance, signal) : null;
        return this.#afterLoad({ event: given, info, stale: false, fetchedAt: Date.now() });
      }
      if (!instance) throw new SetupError('missing-instance');
      if (!uuid) throw new SetupError('missing-uuid');
      if (!isEventUuid(uuid)) throw new SetupError('invalid-uuid');
      try {
        const client = clientFor(instance, this.endpoint);
        const { event, stale, fetchedAt } = await client.eventResult(uuid, { signal });
        const info = await this.#instanceInfo(instance, signal);
        return this.#afterLoad({ event, info, stale, fetchedAt });
      } catch (error) {
        const err = toKiosqueError(error);
        const last = this.shown;
        if (last && last.event.uuid === uuid.toLowerCase() && STALE_KINDS.has(err.kind)) {
          return this.#afterLoad({ ...last, stale: true });
        }
        throw err;
      }
    },
    args: () => [this.instance.trim(), this.uuid.trim(), this.event] as const,
  });

  #description = new Task(this, {
    task: async ([description, base, level]) =>
      description ? sanitizeHtml(description, { baseUrl: base, topHeadingLevel: level + 1 }) : '',
    args: () =>
      [
        this.shown?.event.description ?? null,
        this.shown?.event.instance ?? null,
        this.#headingLevel,
      ] as const,
  });

  /** The event shown now (kept while revalidating, and when the instance cannot be reached). */
  @state() private shown: Shown | null = null;
  @state() private languageVersion = 0;
  @state() private rsvpDefined = false;
  @state() private share: ShareState = { kind: 'idle' };

  /** Base URL of the Mobilizon instance, e.g. `https://mobilizon.fr`. */
  @property({ reflect: true }) instance = '';

  /**
   * A GraphQL endpoint to call instead of `<instance>/api`: a same-origin proxy serving this
   * instance (the WordPress plugin's privacy mode).
   */
  @property() endpoint = '';

  /** The event's UUID, as in its address on the instance: `/events/<uuid>`. */
  @property({ reflect: true }) uuid = '';

  /** Colour scheme: `light`, `dark`, or `auto` (follows the visitor's system). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  /** Level of the title heading (1–6, default 2); description headings go below it. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Do not write schema.org JSON-LD into the light DOM. */
  @property({ type: Boolean, reflect: true, attribute: 'without-json-ld' }) withoutJsonLd = false;

  /** Hides the event's picture. */
  @property({ type: Boolean, reflect: true, attribute: 'without-image' }) withoutImage = false;

  /** The event to show instead of fetching it: for build-time rendering, previews and stories. */
  @property({ attribute: false }) event: KiosqueEvent | null = null;

  get #headingLevel(): number {
    return clampHeadingLevel(this.headingLevel, 2);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unsubscribeLanguages = onLanguagesChanged(() => this.languageVersion++);
    this.rsvpDefined = customElements.get('kiosque-rsvp') !== undefined;
    if (!this.rsvpDefined) {
      void customElements.whenDefined('kiosque-rsvp').then(() => {
        this.rsvpDefined = true;
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribeLanguages?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const key = `${this.instance.trim()}|${this.uuid.trim().toLowerCase()}`;
    if (key !== this.#shownKey && !this.event) {
      this.#shownKey = key;
      this.shown = this.#embedded();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('shown') || changed.has('withoutJsonLd')) {
      if (this.shown) writeJsonLd(this, [this.shown.event], !this.withoutJsonLd);
      else if (this.withoutJsonLd) writeJsonLd(this, [], false);
    }
  }

  /** The event a host embedded in the light DOM, to paint at once while revalidating. */
  #embedded(): Shown | null {
    const page = readEmbeddedData(this);
    if (!page) return null;
    const uuid = this.uuid.trim().toLowerCase();
    const event = uuid
      ? page.events.find((e) => e.uuid.toLowerCase() === uuid)
      : page.events.length === 1
        ? page.events[0]
        : undefined;
    return event ? { event, info: null, stale: false, fetchedAt: page.fetchedAt } : null;
  }

  async #instanceInfo(instance: string, signal: AbortSignal): Promise<InstanceInfo | null> {
    try {
      return await clientFor(instance, this.endpoint).instanceInfo({ signal });
    } catch {
      // Only the routing service and labels come from here: the event shows without them.
      return null;
    }
  }

  #afterLoad(shown: Shown): Shown {
    this.shown = shown;
    queueMicrotask(() => this.dispatchEvent(new KiosqueLoadEvent(1, shown.stale)));
    return shown;
  }

  #reportError(error: KiosqueError): void {
    if (this.#reported === error) return;
    this.#reported = error;
    this.dispatchEvent(new KiosqueErrorEvent(error));
  }

  #retry = () => {
    void this.#task.run();
  };

  #shareUrl(event: KiosqueEvent): string | null {
    return canonicalLink(event);
  }

  #onShare = async () => {
    const event = this.shown?.event;
    const url = event && this.#shareUrl(event);
    if (!event || !url) return;
    const outcome = await shareLink({ title: event.title, url });
    this.share =
      outcome === 'copied'
        ? { kind: 'copied' }
        : outcome === 'failed'
          ? { kind: 'failed', url }
          : { kind: 'idle' };
  };

  #onCopy = async () => {
    const event = this.shown?.event;
    const url = event && this.#shareUrl(event);
    if (!url) return;
    const outcome = await copyLink(url);
    this.share = outcome === 'copied' ? { kind: 'copied' } : { kind: 'failed', url };
  };

  /** Fetches the event again. */
  reload(): Promise<void> {
    return this.#task.run();
  }

  #messages(): Messages {
    return messagesFor(languageOf(this));
  }

  override render(): TemplateResult {
    const m = this.#messages();
    return html`<div class="root" dir=${m.dir} lang=${m.locale}>${this.#renderState(m)}</div>`;
  }

  #renderState(m: Messages): TemplateResult {
    return this.#task.render({
      initial: () => (this.shown ? this.#renderEvent(this.shown, m) : this.#renderLoading(m)),
      pending: () => (this.shown ? this.#renderEvent(this.shown, m) : this.#renderLoading(m)),
      complete: (shown) => this.#renderEvent(shown, m),
      error: (error) => {
        if (error instanceof SetupError) {
          const text =
            error.reason === 'missing-instance'
              ? m.errors.missingInstance
              : error.reason === 'missing-uuid'
                ? m.event.missingUuid
                : m.event.invalidUuid;
          queueMicrotask(() => this.#reportError(error.error));
          return this.#renderError(text, m, false);
        }
        const err = toKiosqueError(error);
        if (err.kind === 'aborted') return this.#renderLoading(m);
        queueMicrotask(() => this.#reportError(err));
        const text = err.kind === 'not-found' ? m.event.notFound : errorMessage(err, m);
        return this.#renderError(text, m, canRetry(err));
      },
    });
  }

  #renderLoading(m: Messages): TemplateResult {
    return html`<div part="base" class="skeleton event-skeleton" aria-hidden="true">
        <span class="picture-skeleton"></span><span></span><span></span>
      </div>
      ${loadingStatus(m.event.loading)}`;
  }

  #renderError(text: string, m: Messages, canRetry: boolean): TemplateResult {
    return errorAlert(text, m.retry, canRetry ? this.#retry : null, { status: 'base' });
  }

  #renderEvent({ event, info, stale, fetchedAt }: Shown, m: Messages): TemplateResult {
    return html`<article
      part="base"
      class="event ${event.status === 'CANCELLED' ? 'is-cancelled' : ''}"
      aria-labelledby="title"
    >
      ${stale ? staleNote(m.event.staleNote, fetchedAt, m.locale) : nothing}
      ${this.#renderBanners(event, m)} ${this.#renderPicture(event)}
      <header part="header" class="header">
        ${this.#renderCategory(event, info)}
        ${heading(this.#headingLevel, 'title', event.title, { id: 'title' })}
        ${this.#renderOrganizer(event, m)}
      </header>
      <div class="aside">
        ${this.#renderDetails(event, info, m)} ${this.#renderActions(event, info, m)}
        ${this.#renderParticipationSlot(event, m)}
      </div>
      <div class="main">${this.#renderDescription(event)} ${this.#renderTags(event, m)}</div>
    </article>`;
  }

  #renderBanners(event: KiosqueEvent, m: Messages): TemplateResult | typeof nothing {
    const texts: Record<string, string> = {
      cancelled: m.event.cancelledBanner,
      past: m.event.pastBanner,
      tentative: m.event.tentativeBanner,
      full: m.event.fullBanner,
    };
    // The badges of the lists, as banners; once the event is over, only its cancellation counts.
    const kinds =
      event.status !== 'CANCELLED' && isPast(event)
        ? ['past']
        : eventBadges(event)
            .map((badge) => badge.kind)
            .filter((kind) => kind in texts);
    if (kinds.length === 0) return nothing;
    return html`${kinds.map(
      (kind) =>
        html`<p part="banner banner-${kind}" class="banner ${kind}">
          ${eventIcons.info}<span>${texts[kind]}</span>
        </p>`,
    )}`;
  }

  #renderPicture(event: KiosqueEvent): TemplateResult | typeof nothing {
    const src = this.withoutImage ? null : safeUrl(event.picture?.url);
    if (!src || !event.picture) return nothing;
    const { width, height, alt, blurhash } = event.picture;
    const color = blurhashColor(blurhash);
    return html`<figure part="picture" class="picture">
      <img
        part="image"
        src=${src}
        alt=${alt ?? ''}
        width=${width ?? nothing}
        height=${height ?? nothing}
        decoding="async"
        referrerpolicy="no-referrer"
        style=${styleMap(color ? { backgroundColor: color } : {})}
      />
    </figure>`;
  }

  #renderCategory(event: KiosqueEvent, info: InstanceInfo | null): TemplateResult | typeof nothing {
    if (!event.category) return nothing;
    const label =
      event.category.label ??
      info?.categories.find((c) => c.id === event.category?.id)?.label ??
      humanize(event.category.id);
    return html`<p part="category" class="category">${label}</p>`;
  }

  #renderOrganizer(event: KiosqueEvent, m: Messages): TemplateResult | typeof nothing {
    const organizer = event.organizer;
    if (!organizer) return nothing;
    const name = organizer.name?.trim() || organizer.handle;
    const href = safeUrl(organizer.url);
    const avatar = safeUrl(organizer.avatarUrl);
    return html`<p part="organizer" class="organizer">
      ${
        avatar
          ? html`<img
              part="avatar"
              class="avatar"
              src=${avatar}
              alt=""
              width="40"
              height="40"
              loading="lazy"
              decoding="async"
              referrerpolicy="no-referrer"
            />`
          : nothing
      }
      <span
        ><span class="muted">${m.event.organizedBy}</span>
        ${
          href
            ? html`<a part="organizer-link" href=${href}>${name}</a>`
            : html`<strong>${name}</strong>`
        }
        <span class="handle" dir="ltr">@${organizer.handle}</span></span
      >
    </p>`;
  }

  #renderDetails(event: KiosqueEvent, info: InstanceInfo | null, m: Messages): TemplateResult {
    return html`<dl part="details" class="details">
      <div part="fact fact-when" class="fact">
        <dt>${eventIcons.clock}<span class="visually-hidden">${m.event.when}</span></dt>
        <dd part="when">${whenView(event, m, 'zone')}</dd>
      </div>
      ${this.#renderWhere(event, info, m)} ${this.#renderOnline(event, m)}
      ${this.#renderParticipants(event, m)} ${this.#renderAccessibility(event, m)}
    </dl>`;
  }

  #renderWhere(
    event: KiosqueEvent,
    info: InstanceInfo | null,
    m: Messages,
  ): TemplateResult | typeof nothing {
    const lines = addressLines(event.address);
    if (lines.length === 0) return nothing;
    const routing: RoutingType | null = info?.maps.routing ?? null;
    const directions = safeUrl(directionsUrl(routing, event.address));
    const [first, ...rest] = lines;
    return html`<div part="fact fact-where" class="fact">
      <dt>${eventIcons.place}<span class="visually-hidden">${m.event.where}</span></dt>
      <dd>
        <span part="address" class="address"
          ><strong>${first}</strong>${rest.map((line) => html`<span>${line}</span>`)}</span
        >
        ${
          directions
            ? html`<a
                part="directions"
                class="directions"
                href=${directions}
                target="_blank"
                rel="noopener noreferrer"
                aria-label=${m.event.directionsLabel(lines.slice(0, 2).join(', '))}
                >${eventIcons.directions}${m.event.directions}</a
              >`
            : nothing
        }
      </dd>
    </div>`;
  }

  #renderOnline(event: KiosqueEvent, m: Messages): TemplateResult | typeof nothing {
    const url = safeUrl(event.onlineUrl);
    if (!url && !event.isOnline) return nothing;
    return html`<div part="fact fact-online" class="fact">
      <dt>${eventIcons.online}<span class="visually-hidden">${m.event.onlineLabel}</span></dt>
      <dd>
        ${
          url
            ? html`<a part="online-link" href=${url} target="_blank" rel="noopener noreferrer"
                  >${m.event.joinOnline}<span class="visually-hidden"> ${m.event.newTab}</span></a
                >
                <span class="muted host" dir="ltr">${new URL(url).host}</span>`
            : m.online
        }
      </dd>
    </div>`;
  }

  #renderParticipants(event: KiosqueEvent, m: Messages): TemplateResult | typeof nothing {
    const { maximum, participants, remaining, hideCount } = event.capacity;
    const parts: string[] = [];
    if (hideCount) {
      if (maximum !== null) parts.push(m.event.limitedTo(maximum));
    } else {
      if (participants !== null && participants > 0) parts.push(m.participants(participants));
      if (maximum !== null) {
        parts.push(
          remaining !== null && remaining > 0 && remaining < maximum
            ? m.placesLeft(remaining)
            : remaining === 0
              ? m.full
              : m.event.capacity(maximum),
        );
      }
    }
    if (parts.length === 0) return nothing;
    return html`<div part="fact fact-participants" class="fact">
      <dt>${eventIcons.people}<span class="visually-hidden">${m.event.participantsLabel}</span></dt>
      <dd part="participants">${parts.join(' · ')}</dd>
    </div>`;
  }

  #renderAccessibility(event: KiosqueEvent, m: Messages): TemplateResult | typeof nothing {
    const a = event.accessibility;
    const items: [TemplateResult, string][] = [];
    if (a.wheelchair === 'fully') items.push([icons.wheelchair, m.wheelchairFully]);
    else if (a.wheelchair === 'partially') items.push([icons.wheelchair, m.wheelchairPartially]);
    else if (a.wheelchair === 'no') items.push([icons.wheelchair, m.event.wheelchairNo]);
    if (a.liveSubtitles) items.push([icons.subtitles, m.liveSubtitles]);
    if (a.signLanguage) items.push([icons.signLanguage, m.signLanguage]);
    if (a.smokeFree) items.push([icons.smokeFree, m.smokeFree]);
    if (items.length === 0) return nothing;
    return html`<div part="fact fact-accessibility" class="fact">
      <dt>
        ${eventIcons.accessibility}<span class="visually-hidden">${m.accessibilityLabel}</span>
      </dt>
      <dd>
        <ul part="accessibility" class="accessibility" role="list">
          ${items.map(([icon, text]) => html`<li>${icon}<span>${text}</span></li>`)}
        </ul>
      </dd>
    </div>`;
  }

  #renderActions(event: KiosqueEvent, info: InstanceInfo | null, m: Messages): TemplateResult {
    const ics = event.status === 'CANCELLED' || isPast(event) ? null : icsUrl(event);
    const page = eventLink(event);
    const shareUrl = this.#shareUrl(event);
    const instanceName = info?.name?.trim() || (page ? new URL(page).host : '');
    return html`<div part="actions" class="actions">
        ${
          ics
            ? html`<a part="action calendar-link" class="action" href=${ics} download
                >${icons.calendarPlus}<span>${m.addToCalendar}</span></a
              >`
            : nothing
        }
        ${
          shareUrl && canShare()
            ? html`<button part="action share" class="action" type="button" @click=${this.#onShare}>
                ${eventIcons.share}<span>${m.event.share}</span>
              </button>`
            : nothing
        }
        ${
          shareUrl
            ? html`<button
                part="action copy-link"
                class="action"
                type="button"
                @click=${this.#onCopy}
              >
                ${eventIcons.link}<span>${m.event.copyLink}</span>
              </button>`
            : nothing
        }
        ${
          page
            ? html`<a part="action instance-link" class="action" href=${page}
                >${eventIcons.external}<span>${m.event.viewOnInstance(instanceName)}</span></a
              >`
            : nothing
        }
      </div>
      <p
        part="share-status"
        class="share-status ${this.share.kind === 'idle' ? 'is-empty' : ''}"
        role="status"
        aria-live="polite"
      >
        ${
          this.share.kind === 'copied'
            ? html`${eventIcons.check}<span>${m.event.linkCopied}</span>`
            : this.share.kind === 'failed'
              ? html`<span>${m.event.copyFailed}</span>
                  <input
                    class="share-url"
                    type="url"
                    readonly
                    aria-label=${m.event.copyLink}
                    .value=${this.share.url}
                    @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()}
                  />`
              : nothing
        }
      </p>`;
  }

  #onParticipationSlotChange = () => this.requestUpdate();

  #renderParticipationSlot(event: KiosqueEvent, m: Messages): TemplateResult {
    const fallback = this.#renderParticipation(event, m);
    const slotted = this.querySelector(':scope > [slot="participation"]') !== null;
    return html`<div
      part="participation"
      class="participation ${fallback === nothing && !slotted ? 'is-empty' : ''}"
    >
      <slot name="participation" @slotchange=${this.#onParticipationSlotChange}>${fallback}</slot>
    </div>`;
  }

  #renderParticipation(event: KiosqueEvent, m: Messages): TemplateResult | typeof nothing {
    if (event.status === 'CANCELLED' || isPast(event)) return nothing;
    if (this.rsvpDefined) {
      return html`<kiosque-rsvp
        compact
        instance=${this.instance || event.instance}
        endpoint=${this.endpoint || nothing}
        uuid=${event.uuid}
        theme=${this.theme}
        .event=${event}
      ></kiosque-rsvp>`;
    }
    const full = event.capacity.maximum !== null && event.capacity.remaining === 0;
    if (event.joinMode === 'invite' || full) return nothing;
    // The participation element loads on demand; the link below stands in until it is defined.
    void import('../kiosque-rsvp.js').catch(() => undefined);
    const external = event.joinMode === 'external' ? safeUrl(event.externalUrl) : null;
    const href = external ?? eventLink(event);
    if (!href) return nothing;
    return html`<a
      part="participate-link"
      class="participate"
      href=${href}
      target=${external ? '_blank' : nothing}
      rel=${external ? 'noopener noreferrer' : nothing}
      >${external ? m.event.registerExternal : m.event.participate}${
        external ? html`<span class="visually-hidden"> ${m.event.newTab}</span>` : nothing
      }</a
    >`;
  }

  #renderDescription(event: KiosqueEvent): TemplateResult | typeof nothing {
    if (!event.description) return nothing;
    // Until the sanitizer has run, the plain-text excerpt stands in (bound as text).
    const excerpt = (busy: boolean) =>
      html`<div part="description" class="description" aria-busy=${busy ? 'true' : nothing}>
        <p>${event.excerpt}</p>
      </div>`;
    return this.#description.render({
      initial: () => excerpt(true),
      pending: () => excerpt(true),
      complete: (clean) =>
        clean
          ? html`<div part="description" class="description">${unsafeHTML(clean)}</div>`
          : nothing,
      error: () => excerpt(false),
    });
  }

  #renderTags(event: KiosqueEvent, m: Messages): TemplateResult | typeof nothing {
    const tags = event.tags.filter((tag) => tag.trim() !== '');
    if (tags.length === 0) return nothing;
    return html`<ul part="tags" class="tags" role="list" aria-label=${m.event.tags}>
      ${tags.map((tag) => html`<li part="tag" class="tag">${eventIcons.tag}<span>${tag}</span></li>`)}
    </ul>`;
  }
}
