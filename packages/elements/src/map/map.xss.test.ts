import { expect, fixture, html } from '@open-wc/testing';
import '../kiosque-map.js';
import { instanceUrl, shadow, until } from '../test/helpers.js';
import { shadowRoots, unsafeNodes, watchForScripts, type Sentinel } from '../test/xss.js';
import type { LitElement } from 'lit';

describe('<kiosque-map> with hostile content', () => {
  let sentinel: Sentinel;
  beforeEach(() => {
    sentinel = watchForScripts();
  });
  afterEach(() => {
    sentinel.restore();
  });

  it('runs no script and links nothing but http(s), on the map, in a popup and in its list', async () => {
    const holder = await fixture(
      html`<div>
        <kiosque-map instance=${instanceUrl('hostile')}></kiosque-map>
      </div>`,
    );
    const el = holder.querySelector('kiosque-map') as LitElement;
    await new Promise((resolve) =>
      el.addEventListener('kiosque-map-ready', resolve, { once: true }),
    );
    // Open a popup: the events share one place, so open the cluster's first marker or the marker.
    const marker = shadow(el).querySelector<HTMLElement>('.kiosque-marker, .marker-cluster');
    marker?.click();
    await new Promise((resolve) => setTimeout(resolve, 200));
    shadow(el).querySelector<HTMLElement>('.kiosque-marker')?.click();
    const summary = shadow(el).querySelector<HTMLElement>('details summary')!;
    summary.click();
    await until(
      () => shadow(el).querySelectorAll('details li').length > 40,
      'the list of every hostile event',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const problems = [el.shadowRoot!, ...shadowRoots(el.shadowRoot!)].flatMap(unsafeNodes);
    expect(problems, 'unsafe nodes in the shadow DOM').to.deep.equal([]);
    expect(unsafeNodes(el), 'unsafe nodes in the light DOM').to.deep.equal([]);
    expect(sentinel.ran, 'scripts that ran').to.deep.equal([]);
  });
});
