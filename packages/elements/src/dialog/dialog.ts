import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { createClient, type KiosqueEvent } from '@kiosque/client';
import { filters as englishFilters } from '../i18n/en/filters.js';
import {
  languageOf,
  messagesFor,
  onLanguagesChanged,
  registerEnglish,
  type Messages,
} from '../i18n/index.js';
import { KIOSQUE_VERSION } from '../shared/define.js';
import type { DialogShowOptions, EventDialogElement } from '../shared/event-dialog.js';
import { tokens } from '../shared/styles.js';
import { dialogStyles } from './dialog.styles.js';

interface Current {
  instance: string;
  uuid: string;
  title: string;
  /** Shown as given when there is no instance to fetch it from (previews, build-time data). */
  event: KiosqueEvent | null;
  /** Each opening shows a fresh event element (participation form closed, scrolled to the top). */
  opening: number;
}

/**
 * The event dialog of a page: one event in full (`<kiosque-event>`, with its Participate flow)
 * in a modal `<dialog>`. Views open it when the visitor activates an event; the page never
 * needs to place it (it is added to `<body>` on first use), but may, to style it.
 *
 * Focus moves into the dialog and stays there; Escape, the Close button or a click on the
 * backdrop close it, and the focus returns to the link that opened it.
 *
 * @summary The page's dialog showing one event, with participation, over the page.
 *
 * @attribute {string} lang - Language of the dialog and the event (`en`, `fr`, …). `show()` sets it to the language of the view the event was opened from.
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart header - The bar holding the Close button.
 * @csspart close - The Close button.
 * @csspart body - The scrolling area around the event.
 * @csspart event - The `<kiosque-event>` inside (every `--kiosque-*` property set on the dialog reaches it too).
 *
 * @cssproperty --kiosque-dialog-width - Widest the dialog grows. Default: `56rem`.
 * @cssproperty --kiosque-dialog-backdrop - Colour over the page. Default: 55 % black.
 * @cssproperty --kiosque-color-background - Background of the dialog. Default: white, or the dark theme's.
 * @cssproperty --kiosque-color-text - Text colour.
 * @cssproperty --kiosque-color-border - The dialog's border and the line under the Close bar.
 * @cssproperty --kiosque-radius - Corner radius of the dialog.
 * @cssproperty --kiosque-spacing - Base spacing.
 * @cssproperty --kiosque-font-family - Font (default: inherited from the page).
 *
 * @event {Event} close - The dialog closed (Close, Escape, backdrop, Back, or `close()`).
 */
export class KiosqueEventDialog extends LitElement implements EventDialogElement {
  static readonly version = KIOSQUE_VERSION;
  static override styles = [tokens, dialogStyles];
  static {
    // These strings travel with the elements that show them, not with every bundle.
    registerEnglish('filters', englishFilters);
  }

  #unsubscribeLanguages: (() => void) | null = null;
  #opener: HTMLElement | null = null;
  #request = 0;

  @query('dialog') private dialog!: HTMLDialogElement | null;

  @state() private current: Current | null = null;
  @state() private languageVersion = 0;

  /** Colour scheme of the dialog and the event: `light`, `dark` or `auto`. `show()` sets it to the view's. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unsubscribeLanguages = onLanguagesChanged(() => this.languageVersion++);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribeLanguages?.();
  }

  /** Whether the dialog is open; the element carries an `open` attribute meanwhile (for styling). */
  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  /** The uuid of the event shown (also while closed: the last one). */
  get uuid(): string {
    return this.current?.uuid ?? '';
  }

  #onClose = () => {
    this.removeAttribute('open');
    const opener = this.#opener;
    this.#opener = null;
    if (opener?.isConnected) opener.focus();
    this.dispatchEvent(new Event('close'));
  };

  #onCancel = (e: Event) => {
    // Escape: close at once (Chromium may otherwise refuse a second Escape in a row).
    e.preventDefault();
    this.close();
  };

  #onClick = (e: MouseEvent) => {
    // A click on the backdrop lands on the <dialog> itself, outside its box.
    const dialog = this.dialog;
    if (!dialog || e.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    const inside =
      e.clientX >= box.left &&
      e.clientX <= box.right &&
      e.clientY >= box.top &&
      e.clientY <= box.bottom;
    if (!inside) this.close();
  };

  /**
   * Shows an event: fetched from `instance` (fresh counts, participation), or as given in
   * `event` when `instance` is empty (previews, build-time data). `opener` receives the focus back on close; `lang` and `theme` follow the
   * view the event was opened from.
   */
  async show(options: DialogShowOptions): Promise<void> {
    const request = ++this.#request;
    await import('../kiosque-event.js');
    if (request !== this.#request) return;
    if (options.lang) this.lang = options.lang;
    if (options.theme === 'light' || options.theme === 'dark' || options.theme === 'auto') {
      this.theme = options.theme;
    }
    if (!this.open || options.opener) this.#opener = options.opener ?? this.#activeElement();
    this.current = {
      instance: options.instance,
      uuid: options.uuid,
      title: options.event?.title ?? '',
      event: options.event ?? null,
      opening: this.dialog?.open && this.current ? this.current.opening : request,
    };
    if (!options.event && options.instance)
      void this.#fetchTitle(options.instance, options.uuid, request);
    await this.updateComplete;
    const dialog = this.dialog;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    this.setAttribute('open', '');
    dialog.querySelector<HTMLElement>('.body')?.scrollTo({ top: 0 });
    dialog.querySelector<HTMLElement>('[part="close"]')?.focus();
  }

  /** Closes the dialog. */
  close(): void {
    if (this.dialog?.open) this.dialog.close();
  }

  /** The focused element of the page, looking into shadow roots. */
  #activeElement(): HTMLElement | null {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active instanceof HTMLElement && active !== document.body ? active : null;
  }

  /** A deep link only knows the uuid: the title names the dialog once the event is loaded. */
  async #fetchTitle(instance: string, uuid: string, request: number): Promise<void> {
    let event: KiosqueEvent;
    try {
      event = await createClient({ instance }).event(uuid);
    } catch {
      // `<kiosque-event>` shows what went wrong; the dialog keeps its generic name.
      return;
    }
    if (request === this.#request && this.current?.uuid === uuid) {
      this.current = { ...this.current, title: event.title };
    }
  }

  #messages(): Messages {
    return messagesFor(languageOf(this));
  }

  override render(): TemplateResult {
    const m = this.#messages();
    const current = this.current;
    return html`<dialog
      part="dialog"
      aria-label=${current?.title || m.filters.dialogLabel}
      dir=${m.dir}
      lang=${m.locale}
      @close=${this.#onClose}
      @cancel=${this.#onCancel}
      @click=${this.#onClick}
    >
      <div part="header" class="header">
        <button part="close" class="close" type="button" @click=${() => this.close()}>
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
            <path d="M6 6l12 12M18 6L6 18" />
          </svg>
          <span>${m.filters.close}</span>
        </button>
      </div>
      <div part="body" class="body">
        ${
          current
            ? keyed(
                current.opening,
                html`<kiosque-event
                  part="event"
                  instance=${current.instance}
                  uuid=${current.uuid}
                  .event=${current.instance ? null : current.event}
                  theme=${this.theme}
                  without-json-ld
                ></kiosque-event>`,
              )
            : nothing
        }
      </div>
    </dialog>`;
  }
}
