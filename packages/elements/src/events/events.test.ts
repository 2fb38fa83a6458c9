import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../kiosque-events.js';
import type { KiosqueEvents } from './events.js';
import { instanceUrl, loaded, settled, shadow, until } from '../test/helpers.js';

async function render(template: ReturnType<typeof html>): Promise<KiosqueEvents> {
  const element = await fixture<KiosqueEvents>(template);
  await loaded(element);
  return element;
}

function titles(element: KiosqueEvents): string[] {
  return [...shadow(element).querySelectorAll('[part="title"]')].map((n) => n.textContent!.trim());
}

describe('<kiosque-events>', () => {
  describe('renders', () => {
    it('renders the instance’s upcoming events, each title linking to its page', async () => {
      const el = await render(
        html`<kiosque-events instance=${instanceUrl()} limit="5"></kiosque-events>`,
      );
      const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('[part="link"]')];
      expect(links).to.have.length(5);
      for (const link of links) {
        expect(link.href).to.match(new RegExp(`^${instanceUrl()}/events/[0-9a-f-]{36}$`));
        expect(link.textContent!.trim()).to.not.equal('');
      }
    });

    it('lists events in start order with a <time datetime> for each', async () => {
      const el = await render(
        html`<kiosque-events instance=${instanceUrl()} limit="8"></kiosque-events>`,
      );
      const times = [...shadow(el).querySelectorAll('time')].map((t) =>
        t.getAttribute('datetime')!,
      );
      expect(times).to.have.length(8);
      const sorted = [...times].sort((a, b) => Date.parse(a) - Date.parse(b));
      expect(times).to.deep.equal(sorted);
      expect(Date.parse(times.at(-1)!)).to.be.greaterThan(Date.now());
    });

    it('shows only the events of the given group', async () => {
      const el = await render(
        html`<kiosque-events
          instance=${instanceUrl()}
          group="climate-action"
          limit="20"
        ></kiosque-events>`,
      );
      const events = el.shadowRoot!.querySelectorAll('[part~="event"]');
      expect(events.length).to.be.greaterThan(0);
      const page = await fetchGroupTitles('climate-action');
      for (const title of titles(el)) expect(page).to.include(title);
    });

    it('merges several comma-separated groups, including a remote one', async () => {
      const one = await render(
        html`<kiosque-events
          instance=${instanceUrl()}
          group="climate-action"
          limit="50"
        ></kiosque-events>`,
      );
      const both = await render(
        html`<kiosque-events
          instance=${instanceUrl()}
          group="climate-action, repair-cafe"
          limit="50"
        ></kiosque-events>`,
      );
      expect(titles(both).length).to.be.greaterThan(titles(one).length);
    });

    it('honours limit', async () => {
      const el = await render(
        html`<kiosque-events instance=${instanceUrl()} limit="3"></kiosque-events>`,
      );
      expect(titles(el)).to.have.length(3);
    });

    it('shows the place, or "Online" for online events', async () => {
      const el = await render(
        html`<kiosque-events instance=${instanceUrl()} limit="40"></kiosque-events>`,
      );
      const places = [...shadow(el).querySelectorAll('[part="where"]')].map((n) =>
        n.textContent!.trim(),
      );
      expect(places.some((p) => p === 'Online' || p.endsWith('· Online'))).to.be.true;
      expect(places.some((p) => p.length > 0 && p !== 'Online')).to.be.true;
    });

    it('shows a picture thumbnail when the event has one, a date tile otherwise', async () => {
      const el = await render(
        html`<kiosque-events instance=${instanceUrl()} limit="40"></kiosque-events>`,
      );
      const images = shadow(el).querySelectorAll('img[part="image"]');
      const tiles = shadow(el).querySelectorAll('.placeholder[part="image"]');
      expect(images.length).to.be.greaterThan(0);
      expect(tiles.length).to.be.greaterThan(0);
      for (const img of images)
        expect((img as HTMLImageElement).src.startsWith(instanceUrl())).to.be.true;
    });

    it('hides pictures with without-images', async () => {
      const el = await render(
        html`<kiosque-events instance=${instanceUrl()} limit="40" without-images></kiosque-events>`,
      );
      expect(shadow(el).querySelectorAll('img')).to.have.length(0);
    });

    it('shows dates in the event’s own time zone and names it when it differs', async () => {
      const el = await render(
        html`<kiosque-events instance=${instanceUrl()} limit="60"></kiosque-events>`,
      );
      const visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const notes = [...shadow(el).querySelectorAll('.zone')].map((n) => n.textContent!);
      // The seed has events in Paris, Montreal and Tokyo; at most one can match the visitor's zone.
      expect(notes.length, `visitor zone ${visitorZone}`).to.be.greaterThan(0);
      expect(notes.some((n) => /Tokyo|Montreal|Paris/.test(n))).to.be.true;
    });
  });

  describe('states', () => {
    it('announces loading politely before events arrive', async () => {
      const el = await fixture<KiosqueEvents>(
        html`<kiosque-events instance=${instanceUrl()} group="velo-libre"></kiosque-events>`,
      );
      const status = shadow(el).querySelector('[role="status"]');
      expect(status?.getAttribute('aria-live')).to.equal('polite');
      await settled(el);
    });

    it('says why when no instance is set', async () => {
      const el = await fixture<KiosqueEvents>(html`<kiosque-events></kiosque-events>`);
      const alert = shadow(el).querySelector('[role="alert"]');
      expect(alert?.textContent).to.contain('no instance address');
    });

    it('rejects an instance address that is not http(s) with a clear message', async () => {
      const el = await render(
        html`<kiosque-events instance="javascript:alert(1)"></kiosque-events>`,
      );
      expect(shadow(el).querySelector('[role="alert"]')?.textContent).to.contain('not valid');
    });

    it('says the group could not be found for an unknown group', async () => {
      const el = await render(
        html`<kiosque-events
          instance=${instanceUrl()}
          group="no-such-group-anywhere"
        ></kiosque-events>`,
      );
      expect(shadow(el).querySelector('[role="alert"]')?.textContent).to.contain(
        'group could not be found',
      );
    });

    it('fires kiosque-error and offers "Try again" when the instance fails', async () => {
      const el = await fixture<KiosqueEvents>(
        html`<kiosque-events instance=${instanceUrl('down')}></kiosque-events>`,
      );
      const event = await settled(el);
      expect(event.type).to.equal('kiosque-error');
      await el.updateComplete;
      const alert = shadow(el).querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('answered with an error');
      expect(alert.querySelector('button')?.textContent).to.equal('Try again');
    });

    it('fires kiosque-load with the number of events shown', async () => {
      const el = await fixture<KiosqueEvents>(
        html`<kiosque-events instance=${instanceUrl()} limit="4"></kiosque-events>`,
      );
      const event = (await settled(el)) as CustomEvent;
      expect(event.type).to.equal('kiosque-load');
      expect(event.detail.count).to.equal(4);
    });
  });

  describe('languages', () => {
    it('speaks French with lang="fr"', async () => {
      const el = await render(
        html`<kiosque-events
          lang="fr"
          instance=${instanceUrl()}
          group="no-such-group-anywhere"
        ></kiosque-events>`,
      );
      expect(shadow(el).querySelector('[role="alert"]')?.textContent).to.contain('introuvable');
    });

    it('takes the language of the page when the element has none', async () => {
      const wrapper = await fixture(
        html`<div lang="de">
          <kiosque-events .events=${[]}></kiosque-events>
        </div>`,
      );
      const el = wrapper.querySelector('kiosque-events') as KiosqueEvents;
      await loaded(el);
      expect(shadow(el).querySelector('[role="status"]')?.textContent?.trim()).to.equal(
        'Keine bevorstehenden Veranstaltungen.',
      );
    });

    it('lays out right to left in Arabic', async () => {
      const el = await render(
        html`<kiosque-events lang="ar" instance=${instanceUrl()} limit="3"></kiosque-events>`,
      );
      expect(shadow(el).querySelector('[part="base"]')?.getAttribute('dir')).to.equal('rtl');
    });
  });

  describe('is accessible', () => {
    it('passes axe with events', async () => {
      const el = await render(
        html`<kiosque-events instance=${instanceUrl()} limit="6"></kiosque-events>`,
      );
      await expect(el).shadowDom.to.be.accessible();
    });

    it('passes axe in the error state', async () => {
      const el = await render(
        html`<kiosque-events instance=${instanceUrl('down')}></kiosque-events>`,
      );
      await expect(el).shadowDom.to.be.accessible();
    });

    it('passes axe in Arabic', async () => {
      const el = await render(
        html`<kiosque-events lang="ar" instance=${instanceUrl()} limit="4"></kiosque-events>`,
      );
      await expect(el).shadowDom.to.be.accessible();
    });
  });

  describe('keyboard', () => {
    it('reaches every event link with Tab, in order', async () => {
      const el = await render(
        html`<kiosque-events instance=${instanceUrl()} limit="3"></kiosque-events>`,
      );
      const links = [...shadow(el).querySelectorAll('li[part="event"] a')];
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      for (const link of links) {
        await sendKeys({ press: 'Tab' });
        expect(shadow(el).activeElement === link, link.outerHTML).to.be.true;
      }
      before.remove();
    });

    it('retries with the keyboard from the error state', async () => {
      const el = await render(
        html`<kiosque-events instance=${instanceUrl('down')}></kiosque-events>`,
      );
      const button = shadow(el).querySelector<HTMLButtonElement>('[part="retry"]')!;
      button.focus();
      const next = settled(el);
      await sendKeys({ press: 'Enter' });
      expect((await next).type).to.equal('kiosque-error');
      await until(() => !!shadow(el).querySelector('[role="alert"]'), 'the error again');
    });
  });
});

async function fetchGroupTitles(group: string): Promise<string[]> {
  const query = `query($g:String!){group(preferredUsername:$g){organizedEvents(limit:50){elements{title}}}}`;
  const url = `${instanceUrl()}/api?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(
    JSON.stringify({ g: group }),
  )}`;
  const body = (await (await fetch(url)).json()) as {
    data: { group: { organizedEvents: { elements: { title: string }[] } } };
  };
  return body.data.group.organizedEvents.elements.map((e) => e.title);
}
