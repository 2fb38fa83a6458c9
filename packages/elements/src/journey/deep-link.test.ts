import { expect } from '@open-wc/testing';
import { until } from '../test/helpers.js';
import {
  ANONYMOUS_EVENT,
  ANONYMOUS_TITLE,
  deepQuery,
  dialogClosed,
  dialogOpen,
  eventInUrl,
  mountDemo,
  press,
  textOf,
} from './walk.js';

// Its own test file, so its own fresh page: nothing of Kiosque has run before the address is set.
describe('a shared link to an event', () => {
  it('opens that event over the demo page on a fresh load, and closing it keeps the page', async () => {
    const url = new URL(location.href);
    url.searchParams.set('kiosque-event', ANONYMOUS_EVENT);
    history.replaceState(null, '', url);
    const entries = history.length;

    const demo = await mountDemo();
    const dialog = await dialogOpen(ANONYMOUS_EVENT);
    expect(textOf(deepQuery(dialog, '[part~="title"]'))).to.equal(ANONYMOUS_TITLE);
    await until(
      () =>
        dialog.shadowRoot!.querySelector('dialog')!.getAttribute('aria-label') === ANONYMOUS_TITLE,
      'the dialog to be named by the event',
    );
    await expect(dialog).shadowDom.to.be.accessible();

    await press('Escape');
    await dialogClosed();
    expect(eventInUrl()).to.equal(null);
    // The page was not left, and no history entry was added or removed.
    expect(history.length).to.equal(entries);
    expect(demo.list.isConnected).to.equal(true);
    demo.container.remove();
  });
});
