import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../kiosque-events.js';
import '../kiosque-map.js';
import type { KiosqueEvents } from '../events/events.js';
import type { KiosqueEventDialog } from './dialog.js';
import { instanceUrl, loaded, shadow, until } from '../test/helpers.js';

const start = location.href;

function eventDialog(): KiosqueEventDialog | null {
  return document.querySelector('kiosque-event-dialog');
}

function eventInUrl(): string | null {
  return new URLSearchParams(location.search).get('kiosque-event');
}

async function renderList(attributes: Record<string, string> = {}): Promise<KiosqueEvents> {
  const el = await fixture<KiosqueEvents>(
    html`<kiosque-events instance=${instanceUrl()} limit="3"></kiosque-events>`,
  );
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await loaded(el);
  return el;
}

function firstLink(el: KiosqueEvents): HTMLAnchorElement {
  return shadow(el).querySelector<HTMLAnchorElement>('[part~="link"]')!;
}

/** Whether a click was left to the browser (then the test page stops it from leaving). */
function clickIsFollowed(link: HTMLElement, init: MouseEventInit = {}): boolean {
  let followed = false;
  const guard = (e: Event) => {
    followed = !e.defaultPrevented;
    e.preventDefault();
  };
  window.addEventListener('click', guard);
  link.dispatchEvent(
    new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ...init }),
  );
  window.removeEventListener('click', guard);
  return followed;
}

describe('<kiosque-event-dialog>: event details in the page', () => {
  afterEach(async () => {
    if (eventDialog()?.open) eventDialog()!.close();
    await until(() => eventInUrl() === null, 'the address to lose the event');
    history.replaceState(null, '', start);
  });

  it('opens an event from a plain click on its title, in the address, after a kiosque-event-open', async () => {
    const el = await renderList();
    const link = firstLink(el);
    const opened: string[] = [];
    el.addEventListener('kiosque-event-open', (e) => opened.push(e.event.uuid));
    link.focus();
    expect(clickIsFollowed(link)).to.equal(false);
    const uuid = el.shownEvents[0]!.uuid;
    expect(opened).to.deep.equal([uuid]);
    await until(() => eventDialog()?.open === true, 'the dialog');
    expect(eventInUrl()).to.equal(uuid);
    const dialog = eventDialog()!;
    const native = shadow(dialog).querySelector('dialog')!;
    expect(native.matches(':modal')).to.equal(true);
    expect(native.getAttribute('aria-label')).to.equal(el.shownEvents[0]!.title);
    expect(shadow(dialog).activeElement).to.equal(shadow(dialog).querySelector('[part="close"]'));
  });

  it('is accessible', async () => {
    const el = await renderList();
    clickIsFollowed(firstLink(el));
    await until(() => eventDialog()?.open === true, 'the dialog');
    const event = shadow(eventDialog()!).querySelector('kiosque-event')!;
    await until(() => !!event.shadowRoot?.querySelector('[part~="title"]'), 'the event');
    await expect(eventDialog()!).shadowDom.to.be.accessible();
  });

  it('closes with Escape and gives the focus back to the link', async () => {
    const el = await renderList();
    const link = firstLink(el);
    link.focus();
    clickIsFollowed(link);
    await until(() => eventDialog()?.open === true, 'the dialog');
    await sendKeys({ press: 'Escape' });
    await until(() => eventDialog()?.open === false, 'the dialog to close');
    expect(shadow(el).activeElement).to.equal(link);
    await until(() => eventInUrl() === null, 'the address to lose the event');
  });

  it('gives the focus back to the link on close even when the click did not focus it', async () => {
    const el = await renderList();
    const link = firstLink(el);
    (document.activeElement as HTMLElement | null)?.blur();
    clickIsFollowed(link);
    await until(() => eventDialog()?.open === true, 'the dialog');
    await sendKeys({ press: 'Escape' });
    await until(() => eventDialog()?.open === false, 'the dialog to close');
    expect(shadow(el).activeElement).to.equal(link);
    await until(() => eventInUrl() === null, 'the address to lose the event');
  });

  it('closes with Back', async () => {
    const el = await renderList();
    clickIsFollowed(firstLink(el));
    await until(() => eventDialog()?.open === true && eventInUrl() !== null, 'the dialog');
    history.back();
    await until(() => eventDialog()?.open === false, 'Back to close the dialog');
    expect(eventInUrl()).to.equal(null);
  });

  it('closes on a click on the backdrop, not inside', async () => {
    const el = await renderList();
    clickIsFollowed(firstLink(el));
    await until(() => eventDialog()?.open === true, 'the dialog');
    const native = shadow(eventDialog()!).querySelector('dialog')!;
    native.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 1, clientY: 1 }));
    await until(() => !native.open, 'the dialog to close');
  });

  it('leaves modified clicks (new tab, new window) to the browser', async () => {
    const el = await renderList();
    expect(clickIsFollowed(firstLink(el), { ctrlKey: true })).to.equal(true);
    expect(clickIsFollowed(firstLink(el), { shiftKey: true })).to.equal(true);
    expect(clickIsFollowed(firstLink(el), { button: 1 })).to.equal(true);
    expect(eventDialog()?.open ?? false).to.equal(false);
  });

  it('keeps the plain link with link-to="instance"', async () => {
    const el = await renderList({ 'link-to': 'instance' });
    expect(clickIsFollowed(firstLink(el))).to.equal(true);
    expect(eventDialog()?.open ?? false).to.equal(false);
  });

  it('lets the page take over by cancelling kiosque-event-open', async () => {
    const el = await renderList();
    el.addEventListener('kiosque-event-open', (e) => e.preventDefault());
    expect(clickIsFollowed(firstLink(el))).to.equal(false);
    await el.updateComplete;
    expect(eventDialog()?.open ?? false).to.equal(false);
    expect(eventInUrl()).to.equal(null);
  });
});

describe('<kiosque-events> synced with a <kiosque-map>', () => {
  it('offers "Show on map" only when a map names the list', async () => {
    const alone = await renderList();
    expect(shadow(alone).querySelector('[part="show-on-map"]')).to.equal(null);
    const wrapper = await fixture<KiosqueEvents>(
      html`<kiosque-events id="agenda" instance=${instanceUrl()} limit="3"></kiosque-events>`,
    );
    const map = document.createElement('kiosque-map');
    map.setAttribute('for', 'agenda');
    map.setAttribute('instance', instanceUrl());
    wrapper.after(map);
    await loaded(wrapper);
    await until(() => !!shadow(wrapper).querySelector('[part="show-on-map"]'), 'Show on map');
    const button = shadow(wrapper).querySelector<HTMLButtonElement>('[part="show-on-map"]')!;
    expect(button.textContent).to.contain('Show on map');
    const selected: string[] = [];
    wrapper.addEventListener('kiosque-event-select', (e) => selected.push(e.event.uuid));
    button.click();
    await wrapper.updateComplete;
    const uuid = button.closest('li')!.dataset['uuid'];
    expect(selected).to.deep.equal([uuid]);
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(button.closest('li')!.getAttribute('part')).to.equal('event selected');
    map.remove();
  });

  it('highlights an event on selectEvent(uuid) without firing anything', async () => {
    const el = await renderList();
    const fired: Event[] = [];
    el.addEventListener('kiosque-event-select', (e) => fired.push(e));
    const uuid = el.shownEvents[1]!.uuid;
    el.selectEvent(uuid);
    await el.updateComplete;
    const item = shadow(el).querySelector<HTMLElement>(`[data-uuid="${uuid}"]`)!;
    expect(item.classList.contains('is-selected')).to.equal(true);
    expect(item.getAttribute('part')).to.equal('event selected');
    expect(fired).to.have.length(0);
  });
});
