import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../kiosque-calendar.js';
import { instanceUrl, loaded, shadow, until } from '../test/helpers.js';
import {
  lateVectorsSettled,
  shadowRoots,
  unsafeNodes,
  watchForScripts,
  type Sentinel,
} from '../test/xss.js';
import type { LitElement } from 'lit';

/** The hostile dev instance's events all start three days from now. */
const hostileDay = new Date(Date.now() + 3 * 24 * 3600_000);
const month = `${hostileDay.getFullYear()}-${String(hostileDay.getMonth() + 1).padStart(2, '0')}`;
const day = `${month}-${String(hostileDay.getDate()).padStart(2, '0')}`;

describe('<kiosque-calendar> with hostile content', () => {
  let sentinel: Sentinel;
  beforeEach(() => {
    sentinel = watchForScripts();
  });
  afterEach(() => {
    sentinel.restore();
  });

  it('runs no script and links nothing but http(s), in the grid and in the open day', async () => {
    const el = await fixture<LitElement>(
      html`<kiosque-calendar instance=${instanceUrl('hostile')} month=${month}></kiosque-calendar>`,
    );
    await loaded(el);
    const cell = shadow(el).querySelector<HTMLElement>(`[role="gridcell"][data-day="${day}"]`)!;
    expect(cell, 'the day of the hostile events').to.exist;
    cell.focus();
    await sendKeys({ press: 'Enter' });
    await until(
      () => shadow(el).querySelectorAll('[part~="day-events"] li, [part~="panel"] li').length > 40,
      'the open day listing every hostile event',
    );
    // Late vectors (onerror of images, ontoggle, autofocus, animations) have had their turn.
    await lateVectorsSettled(el, instanceUrl('hostile'));
    const problems = [el.shadowRoot!, ...shadowRoots(el.shadowRoot!)].flatMap(unsafeNodes);
    expect(problems, 'unsafe nodes in the shadow DOM').to.deep.equal([]);
    expect(unsafeNodes(el), 'unsafe nodes in the light DOM').to.deep.equal([]);
    expect(sentinel.ran, 'scripts that ran').to.deep.equal([]);
  });
});
