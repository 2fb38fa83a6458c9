/**
 * Helpers for the tests that walk the demo page as a visitor: real mouse clicks and key
 * presses (through the browser's input pipeline, not `element.click()`), and queries that see
 * into shadow roots.
 */
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { renderDemo } from '../../demo/journey.js';
import '../kiosque.js';
// Loaded with the walk, so that waiting for the event dialog measures its opening, not the test
// server compiling the dialog's modules on first use (the page loads them lazily; a cold server
// under load could take longer than the wait).
import '../kiosque-event-dialog.js';
import '../shared/event-dialog-open.js';
import { instanceUrl, until } from '../test/helpers.js';
import type { KiosqueEvents } from '../events/events.js';
import type { KiosqueCalendar } from '../calendar/calendar.js';
import type { KiosqueMap } from '../map/map.js';
import type { KiosqueFilters } from '../filters/filters.js';
import type { KiosqueViews } from '../views/views.js';
import type { KiosqueEventDialog } from '../dialog/dialog.js';

/** `SEED.events.anonymous` of the dev instance: anonymous participation, e-mail confirmation. */
export const ANONYMOUS_EVENT = '1f2ab0eb-4ddf-409e-831f-072e0245c24e';
export const ANONYMOUS_TITLE = 'Pique-nique zéro déchet au parc de la Tête d’Or';
/** A search that finds that event only. */
export const ANONYMOUS_SEARCH = 'Tête d';

export interface Demo {
  container: HTMLElement;
  filters: KiosqueFilters;
  views: KiosqueViews;
  list: KiosqueEvents;
  calendar: KiosqueCalendar;
  map: KiosqueMap;
}

/** Mounts the demo page's content (the same module `npm start` serves) on the journey instance. */
export async function mountDemo(): Promise<Demo> {
  const container = document.createElement('main');
  document.body.append(container);
  renderDemo(container, { instance: instanceUrl('journey') });
  const demo: Demo = {
    container,
    filters: container.querySelector('kiosque-filters')!,
    views: container.querySelector('kiosque-views')!,
    list: container.querySelector<KiosqueEvents>('kiosque-events#agenda')!,
    calendar: container.querySelector('kiosque-calendar')!,
    map: container.querySelector('kiosque-map')!,
  };
  await Promise.all(
    ['kiosque-filters', 'kiosque-views', 'kiosque-calendar', 'kiosque-map'].map((tag) =>
      customElements.whenDefined(tag),
    ),
  );
  await until(() => demo.list.shownEvents.length > 0, 'the list to show events');
  return demo;
}

/** The element that has the focus, looking into shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The first element matching `selector` in `root` or in any shadow root below it. */
export function deepQuery<T extends Element = HTMLElement>(
  root: ParentNode,
  selector: string,
  filter: (element: T) => boolean = () => true,
): T | null {
  for (const element of root.querySelectorAll<T>(selector)) if (filter(element)) return element;
  if (root instanceof Element && root.shadowRoot) {
    const found = deepQuery(root.shadowRoot, selector, filter);
    if (found) return found;
  }
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) {
      const found = deepQuery(element.shadowRoot, selector, filter);
      if (found) return found;
    }
  }
  return null;
}

export function textOf(element: Element | null): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** A real mouse click in the middle of an element (scrolled into view first). */
export async function click(element: Element | null): Promise<void> {
  if (!element) throw new Error('Nothing to click');
  element.scrollIntoView({ block: 'center', inline: 'center' });
  // Wait until it stops moving (a map panning to show a popup, a smooth scroll).
  // An inline link that wraps has several boxes: its middle may be between two lines.
  const firstBox = () => element.getClientRects()[0] ?? element.getBoundingClientRect();
  let box = firstBox();
  for (let i = 0; i < 60; i++) {
    // A timer, not a frame: a test page that is not in front gets no animation frames.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const next = firstBox();
    if (next.x === box.x && next.y === box.y) break;
    box = next;
  }
  await sendMouse({
    type: 'click',
    position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
  });
}

export function press(key: string): Promise<void> {
  return sendKeys({ press: key });
}

export function type(text: string): Promise<void> {
  return sendKeys({ type: text });
}

/** Presses Tab (or Shift+Tab) until the focused element matches. */
export async function tabTo(
  matches: (element: Element) => boolean,
  what: string,
  { back = false, max = 80 } = {},
): Promise<Element> {
  for (let i = 0; i < max; i++) {
    const active = deepActive();
    if (active && matches(active)) return active;
    if (back) await sendKeys({ down: 'Shift' });
    await press('Tab');
    if (back) await sendKeys({ up: 'Shift' });
  }
  throw new Error(`Could not reach ${what} with the keyboard`);
}

export function eventDialog(): KiosqueEventDialog | null {
  return document.querySelector('kiosque-event-dialog');
}

export async function dialogOpen(uuid: string): Promise<KiosqueEventDialog> {
  await until(
    () => eventDialog()?.open === true && eventDialog()?.uuid === uuid,
    'the event dialog to open',
  );
  const dialog = eventDialog()!;
  await until(
    () => textOf(deepQuery(dialog, '[part~="title"]')).length > 0,
    'the event to show in the dialog',
  );
  return dialog;
}

export async function dialogClosed(): Promise<void> {
  await until(() => eventDialog()?.open !== true, 'the event dialog to close');
}

export function eventInUrl(): string | null {
  return new URLSearchParams(location.search).get('kiosque-event');
}

/** A fresh address for each participation: the instance refuses the same one twice. */
export function freshEmail(): string {
  return `visitor-${Math.random().toString(36).slice(2, 10)}@example.org`;
}

/** The local day (`YYYY-MM-DD`) an instant falls on. */
export function localDay(iso: string): string {
  const date = new Date(iso);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
