/**
 * The part of in-page event details that runs once an event is opened (see `event-dialog.ts`):
 * the page's one `<kiosque-event-dialog>`, the history entry of the open event, and Back and
 * Forward. Loaded with the dialog, on first use.
 */
import { languageOf } from '../i18n/index.js';
import {
  EVENT_PARAM,
  eventInAddress,
  isPlainObject,
  pageSource,
  type EventDialogElement,
  type OpenOptions,
} from './event-dialog.js';

let dialogPromise: Promise<EventDialogElement> | null = null;
/** Set while the dialog closes because the address changed: the address is already right. */
let closingFromHistory = false;
/** Set while our own `history.back()` (after the visitor closed the dialog) is on its way. */
let backPending: { done: Promise<void>; resolve: () => void } | null = null;

/** Opens an event in the page's dialog (creating the dialog on first use). */
export async function openEvent(options: OpenOptions): Promise<void> {
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
export function followHistory(): void {
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
  const { instance: pageInstance, view: pageView } = pageSource();
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
