import { expect, fixture, html } from '@open-wc/testing';
import '../kiosque-events.js';
import type { KiosqueEvents } from './events.js';
import { instanceUrl, loaded, shadow } from '../test/helpers.js';
import {
  lateVectorsSettled,
  shadowRoots,
  unsafeNodes,
  watchForScripts,
  type Sentinel,
} from '../test/xss.js';

describe('<kiosque-events> with hostile content', () => {
  let sentinel: Sentinel;
  beforeEach(() => {
    sentinel = watchForScripts();
  });
  afterEach(() => {
    sentinel.restore();
  });

  async function renderHostile(layout: string): Promise<KiosqueEvents> {
    const el = await fixture<KiosqueEvents>(
      html`<kiosque-events
        instance=${instanceUrl('hostile')}
        limit="99"
        layout=${layout}
      ></kiosque-events>`,
    );
    await loaded(el);
    // Late vectors (onerror of images, ontoggle, autofocus, animations) have had their turn.
    await lateVectorsSettled(el, instanceUrl('hostile'));
    return el;
  }

  for (const layout of ['list', 'grid', 'compact']) {
    it(`runs no script and links nothing but http(s) in the ${layout} layout`, async () => {
      const el = await renderHostile(layout);
      const events = shadow(el).querySelectorAll('[part~="event"]');
      expect(events.length, 'hostile events rendered').to.be.greaterThan(40);
      const problems = [el.shadowRoot!, ...shadowRoots(el.shadowRoot!)].flatMap(unsafeNodes);
      expect(problems, 'unsafe nodes in the shadow DOM').to.deep.equal([]);
      expect(unsafeNodes(el), 'unsafe nodes in the light DOM').to.deep.equal([]);
      expect(sentinel.ran, 'scripts that ran').to.deep.equal([]);
    });
  }

  it('the checks themselves see a script URL, an inline handler and a script that ran', () => {
    const probe = document.createElement('div');
    probe.innerHTML =
      '<a href="javascript:void 0">a</a><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onload="void 0">';
    expect(unsafeNodes(probe)).to.have.length(3);
    window.alert('probe');
    expect(sentinel.ran).to.deep.equal(['alert(probe)']);
    sentinel.ran.length = 0;
  });

  it('shows hostile titles as text, markup and all', async () => {
    const el = await renderHostile('list');
    const titles = [...shadow(el).querySelectorAll('[part~="title"]')].map(
      (n) => n.textContent ?? '',
    );
    expect(titles.some((t) => t.includes('<script>'))).to.equal(true);
    expect(sentinel.ran).to.deep.equal([]);
  });
});
