/**
 * In-page event details: what happens when a visitor activates an event in a view
 * (`<kiosque-events>`, `<kiosque-calendar>`, `<kiosque-map>`), and the deep link to the open event.
 *
 * - A plain activation of an event's link (a click without modifier keys, or Enter) fires a
 *   cancelable `kiosque-event-open` on the view, then opens the event in the page's one
 *   `<kiosque-event-dialog>` instead of leaving the page. Middle clicks, Ctrl/Cmd/Shift clicks and
 *   pages without JavaScript keep the plain link. `link-to="instance"` on the view keeps the link.
 * - The open event is in the page address as `?kiosque-event=<uuid>` (a query parameter, so the
 *   page's own `#anchors` keep working): opening pushes a history entry, so Back closes it; a
 *   fresh load with the parameter opens that event, from the first view on the page that knows
 *   an instance.
 *
 * This module is small and loaded with the views; the dialog (with `<kiosque-event>` and the
 * participation form) loads on first use.
 */
import type { KiosqueEvent, Source } from '@kiosque/client';
import { languageOf } from '../i18n/index.js';
import { KiosqueEventOpenEvent } from './events.js';

export const LINK_TARGETS = ['dialog', 'instance'] as const;
export type LinkTarget = (typeof LINK_TARGETS)[number];

/** The page address parameter that holds the open event. */
export const EVENT_PARAM = 'kiosque-event';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A view that can open events in the dialog. */
export interface EventView extends HTMLElement {
  linkTo: string;
  theme: string;
  sources(): Source[];
}

/** What the dialog element offers to this module (see `dialog/dialog.ts`). */
export interface EventDialogElement extends HTMLElement {
  readonly open: boolean;
  readonly uuid: string;
  show(options: DialogShowOptions): Promise<void>;
  close(): void;
}

export interface DialogShowOptions {
  /** The instance to fetch the event from; empty: show `event` as given. */
  instance: string;
  uuid: string;
  /** The event as the view knows it: its title names the dialog at once. */
  event?: KiosqueEvent | null;
  /** Where the focus returns when the dialog closes. */
  opener?: HTMLElement | null;
  lang?: string;
  theme?: string;
}

interface OpenOptions extends DialogShowOptions {
  /** Push a history entry (an activation), or leave the address as it is (deep link, Back). */
  push: boolean;
}

let dialogPromise: Promise<EventDialogElement> | null = null;
let deepLinkChecked = false;
let listening = false;
/** Set while the dialog closes because the address changed: the address is already right. */
let closingFromHistory = false;
/** The instance of the first view on the page: what a deep link or Forward opens from. */
let pageInstance = '';
let pageView: EventView | null = null;
/** Set while our own `history.back()` (after the visitor closed the dialog) is on its way. */
let backPending: { done: Promise<void>; resolve: () => void } | null = null;

function viewInstance(view: EventView): string {
  return view.sources()[0]?.instance ?? '';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The uuid in the page address, if any (and valid). */
export function eventInAddress(): string | null {
  const uuid = new URLSearchParams(location.search).get(EVENT_PARAM)?.trim() ?? '';
  return UUID.test(uuid) ? uuid.toLowerCase() : null;
}

/** A plain activation: the primary button (or Enter), without modifier keys. */
export function isPlainActivation(e: MouseEvent): boolean {
  return e.button === 0 && !e.ctrlKey && !e.metaKey && !e.shiftKey && !e.altKey;
}

/**
 * Called on a click on an event's link inside a view. Opens the dialog unless the view links to
 * the instance, the click is not a plain one, or the page cancels `kiosque-event-open`.
 */
export function onEventLinkClick(view: EventView, e: MouseEvent, event: KiosqueEvent): void {
  if (view.linkTo === 'instance' || e.defaultPrevented || !isPlainActivation(e)) return;
  e.preventDefault();
  const open = new KiosqueEventOpenEvent(event);
  view.dispatchEvent(open);
  if (open.defaultPrevented) return;
  rememberView(view);
  void openEvent({
    // A view given its events (no source) shows them as they are: there is nothing to fetch.
    instance: viewInstance(view) ? event.instance || viewInstance(view) : '',
    uuid: event.uuid,
    event,
    opener: (e.currentTarget as HTMLElement | null) ?? null,
    lang: languageOf(view),
    theme: view.theme,
    push: true,
  });
}

/**
 * Called by each view once it is set up: the first one that knows an instance opens the event
 * of the page address, if any (a shared link).
 */
export function claimDeepLink(view: EventView): void {
  if (deepLinkChecked || view.linkTo === 'instance' || !viewInstance(view)) return;
  deepLinkChecked = true;
  rememberView(view);
  const uuid = eventInAddress();
  if (!uuid) return;
  void openEvent({
    instance: viewInstance(view),
    uuid,
    lang: languageOf(view),
    theme: view.theme,
    push: false,
  });
}

function rememberView(view: EventView): void {
  if (!pageInstance) {
    pageInstance = viewInstance(view);
    pageView = view;
  }
  if (!listening) {
    listening = true;
    window.addEventListener('popstate', onPopState);
  }
}

/** Opens an event in the page's dialog (creating the dialog on first use). */
async function openEvent(options: OpenOptions): Promise<void> {
  const dialog = await eventDialog();
  // Opened again right after closing: let the Back that took the last event out land first.
  if (backPending) await backPending.done;
  if (options.push && eventInAddress() !== options.uuid.toLowerCase()) {
    const url = new URL(location.href);
    url.searchParams.set(EVENT_PARAM, options.uuid);
    const state = isPlainObject(history.state) ? history.state : {};
    history.pushState({ ...state, kiosqueEvent: options.uuid }, '', url);
  }
  await dialog.show(options);
}

/** The page's `<kiosque-event-dialog>`: one the page placed itself, or one added to `<body>`. */
function eventDialog(): Promise<EventDialogElement> {
  dialogPromise ??= import('../kiosque-event-dialog.js')
    .then(() => {
      let dialog = document.querySelector<EventDialogElement>('kiosque-event-dialog');
      if (!dialog) {
        dialog = document.createElement('kiosque-event-dialog') as EventDialogElement;
        document.body.append(dialog);
      }
      dialog.addEventListener('close', onDialogClose);
      return dialog;
    })
    .catch((error: unknown) => {
      dialogPromise = null;
      throw error;
    });
  return dialogPromise;
}

/** The visitor closed the dialog (Close, Escape, the backdrop): take the event out of the address. */
function onDialogClose(): void {
  if (closingFromHistory) {
    closingFromHistory = false;
    return;
  }
  const uuid = eventInAddress();
  if (!uuid) return;
  const state: unknown = history.state;
  if (isPlainObject(state) && String(state['kiosqueEvent']).toLowerCase() === uuid) {
    // The entry is ours: going back leaves the history as it was before the event opened.
    let resolve = () => {};
    const done = new Promise<void>((r) => (resolve = r));
    backPending = { done, resolve };
    history.back();
    return;
  }
  const url = new URL(location.href);
  url.searchParams.delete(EVENT_PARAM);
  history.replaceState(state, '', url);
}

/** Back closes the dialog; Forward (or Back to an entry with an event) opens it again. */
function onPopState(): void {
  if (backPending) {
    // Our own Back after a close: the dialog is already closed.
    backPending.resolve();
    backPending = null;
    return;
  }
  const uuid = eventInAddress();
  if (!uuid) {
    if (dialogPromise) {
      void dialogPromise.then((dialog) => {
        if (dialog.open && !eventInAddress()) {
          closingFromHistory = true;
          dialog.close();
        }
      });
    }
    return;
  }
  if (!pageInstance) return;
  void eventDialog().then((dialog) => {
    if (dialog.open && dialog.uuid.toLowerCase() === uuid) return;
    void dialog.show({
      instance: pageInstance,
      uuid,
      lang: pageView ? languageOf(pageView) : undefined,
      theme: pageView?.theme,
    });
  });
}
