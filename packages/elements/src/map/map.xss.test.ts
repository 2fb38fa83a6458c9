import { expect, fixture, html } from '@open-wc/testing';
import '../kiosque-map.js';
import type { KiosqueMap } from './map.js';
import { instanceUrl, shadow, until } from '../test/helpers.js';
import {
  lateVectorsSettled,
  shadowRoots,
  unsafeNodes,
  watchForScripts,
  type Sentinel,
} from '../test/xss.js';
import { XSS_VECTORS, hostileUuid } from '../../test/hostile-events.mjs';

describe('<kiosque-map> with hostile content', () => {
  let sentinel: Sentinel;
  beforeEach(() => {
    sentinel = watchForScripts();
  });
  afterEach(() => {
    sentinel.restore();
  });

  it('runs no script and links nothing but http(s), on the map, in each popup and in its list', async () => {
    const holder = await fixture(
      html`<div>
        <kiosque-map instance=${instanceUrl('hostile')}></kiosque-map>
      </div>`,
    );
    const el = holder.querySelector('kiosque-map') as KiosqueMap;
    await new Promise((resolve) =>
      el.addEventListener('kiosque-map-ready', resolve, { once: true }),
    );
    const problems: string[] = [];
    const check = () =>
      problems.push(...[el.shadowRoot!, ...shadowRoots(el.shadowRoot!)].flatMap(unsafeNodes));
    // The hostile events share one place: each popup opens on the cluster, spread out.
    for (let index = 0; index < XSS_VECTORS.length; index++) {
      const uuid = hostileUuid(index);
      el.selectEvent(uuid);
      await until(
        () => !!shadow(el).querySelector(`.leaflet-popup .popup a[href$="/events/${uuid}"]`),
        `the popup of hostile event ${index}`,
      );
      check();
    }
    shadow(el).querySelector<HTMLElement>('details summary')!.click();
    await until(
      () => shadow(el).querySelectorAll('details li').length > 40,
      'the list of every hostile event',
    );
    // Late vectors (onerror of images, ontoggle, autofocus, animations) have had their turn.
    await lateVectorsSettled(el, instanceUrl('hostile'));
    check();
    expect(problems, 'unsafe nodes in the shadow DOM').to.deep.equal([]);
    expect(unsafeNodes(el), 'unsafe nodes in the light DOM').to.deep.equal([]);
    expect(sentinel.ran, 'scripts that ran').to.deep.equal([]);
  });
});
