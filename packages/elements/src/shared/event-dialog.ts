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
import { isEventUuid, type KiosqueEvent, type Source } from '@kiosque/client';
import { languageOf } from '../i18n/index.js';
import { KiosqueEventOpenEvent } from './events.js';
import type * as Opener from './event-dialog-open.js';

export const LINK_TARGETS = ['dialog', 'instance'] as const;
export type LinkTarget = (typeof LINK_TARGETS)[number];

/** The page address parameter that holds the open event. */
export const EVENT_PARAM = 'kiosque-event';

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

export interface OpenOptions extends DialogShowOptions {
  /** Push a history entry (an activation), or leave the address as it is (deep link, Back). */
  push: boolean;
}

let deepLinkChecked = false;
let listening = false;
/** The instance of the first view on the page: what a deep link or Forward opens from. */
let pageInstance = '';
let pageView: EventView | null = null;
let dialogModule: Promise<typeof Opener> | null = null;

/** The first view on the page that knows an instance, and that instance. */
export function pageSource(): { instance: string; view: EventView | null } {
  return { instance: pageInstance, view: pageView };
}

/**
 * What opens the dialog and follows the history: loaded on first use, with the dialog itself
 * (fetched alongside, not after it).
 */
function dialogs(): Promise<typeof Opener> {
  dialogModule ??= import('./event-dialog-open.js').catch((error: unknown) => {
    dialogModule = null;
    throw error;
  });
  void import('../kiosque-event-dialog.js').catch(() => undefined);
  return dialogModule;
}

function viewInstance(view: EventView): string {
  return view.sources()[0]?.instance ?? '';
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The uuid in the page address, if any (and valid). */
export function eventInAddress(): string | null {
  const uuid = new URLSearchParams(location.search).get(EVENT_PARAM)?.trim() ?? '';
  return isEventUuid(uuid) ? uuid.toLowerCase() : null;
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
  // currentTarget is only set while the click is dispatched: read it now, not once loaded.
  const target = e.currentTarget as HTMLElement | null;
  const link = target instanceof HTMLAnchorElement ? target.href : '';
  dialogs()
    .then(({ openEvent }) =>
      openEvent({
        // A view given its events (no source) shows them as they are: there is nothing to fetch.
        instance: viewInstance(view) ? event.instance || viewInstance(view) : '',
        uuid: event.uuid,
        event,
        opener: target,
        lang: languageOf(view),
        theme: view.theme,
        push: true,
      }),
    )
    // The dialog could not load (offline, a blocked chunk): follow the link after all.
    .catch(() => {
      if (link) location.assign(link);
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
  void dialogs()
    .then(({ openEvent }) =>
      openEvent({
        instance: viewInstance(view),
        uuid,
        lang: languageOf(view),
        theme: view.theme,
        push: false,
      }),
    )
    .catch(() => undefined);
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

/** Back closes the dialog; Forward (or Back to an entry with an event) opens it again. */
function onPopState(): void {
  // Nothing to do until an event was opened, unless the entry holds one.
  if (!dialogModule && !eventInAddress()) return;
  dialogs()
    .then(({ followHistory }) => followHistory())
    .catch(() => undefined);
}
