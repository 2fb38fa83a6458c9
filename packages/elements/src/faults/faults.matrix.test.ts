/**
 * The fault matrix: every element against every way a Mobilizon instance lets a site down.
 *
 * Each row is one situation of the instance; its cells are the elements, all on one page as a
 * site would put them, in a checkerboard of languages (so every row and every column is seen
 * in English, French and Arabic). A cell says what the visitor sees:
 *
 * - a message key: that localized message in `role="alert"` (never the English text in
 *   French or Arabic);
 * - `content`: the events, the event or the participation form, and no alert;
 * - `stale`: the last good data, unchanged, with the localized "may be out of date" note.
 *
 * In every cell nothing is thrown (no `error`, no `unhandledrejection`) and nothing is
 * written to the console: the console guard of every element test (test/console-guard.js)
 * fails the cell.
 *
 * Faults are set on this file's own dev instance (`faults`), one row at a time, so they never
 * reach another suite. The instance has answered once before the rows run (its version is
 * known), so each fault hits the element's own request; a closed port fails the first one.
 * "Slower than the timeout" waits for the client's own timeout (8 s, which the elements use):
 * the elements of a row wait together, so the matrix pays it once. After good data, a timeout
 * falls back like a reset connection (the cache treats both alike) and is not repeated here.
 */
import { expect, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { createClient, DEFAULT_TIMEOUT } from '@kiosque/client';
import '../kiosque-events.js';
import '../kiosque-source.js';
import '../kiosque-event.js';
import '../kiosque-calendar.js';
import '../kiosque-map.js';
import '../kiosque-rsvp.js';
import { languagesReady, loadLanguage, messagesFor, type Messages } from '../i18n/index.js';
import { instanceUrl, setFaults, until, type TestInstance } from '../test/helpers.js';

/** Seed data of the dev instance (SEED in @kiosque/dev-instance). */
const SEED = {
  group: 'climate-action',
  /** Join option EXTERNAL: Mobilizon 1.3.2 and 2.1.0 have no `externalParticipationUrl`. */
  event: 'edf23d3f-02eb-4c1f-864c-8c2fafcf44ae',
};
const UNKNOWN = { group: 'no-such-group', event: '00000000-0000-4000-8000-000000000000' };

/** What the instance does in a row. */
interface Situation {
  instance: TestInstance;
  /** Set on the `faults` instance for the row. */
  faults?: { mode?: 'http-500' | 'malformed-json' | 'graphql-error' | 'reset'; latencyMs?: number };
  /** Ask for a group and an event the instance does not have. */
  unknown?: boolean;
  /** Show good data first, then come back 25 hours later (past the cache's freshness). */
  afterGoodData?: boolean;
}

/** Beyond the client's timeout, which the elements use (8 s). */
const SLOW = { latencyMs: DEFAULT_TIMEOUT + 2000 };

const SITUATIONS = {
  'unreachable (closed port)': { instance: 'closed' },
  'connection reset': { instance: 'faults', faults: { mode: 'reset' } },
  'slower than the timeout': { instance: 'faults', faults: SLOW },
  'HTTP 500': { instance: 'faults', faults: { mode: 'http-500' } },
  'malformed JSON': { instance: 'faults', faults: { mode: 'malformed-json' } },
  'GraphQL errors': { instance: 'faults', faults: { mode: 'graphql-error' } },
  'unknown group or event': { instance: 'faults', unknown: true },
  'Mobilizon 1.3.2 (fields missing)': { instance: 'v1' },
  'Mobilizon 2.1.0 (fields missing)': { instance: 'v2' },
  'connection reset after good data': {
    instance: 'faults',
    faults: { mode: 'reset' },
    afterGoodData: true,
  },
  'HTTP 500 after good data': {
    instance: 'faults',
    faults: { mode: 'http-500' },
    afterGoodData: true,
  },
  'malformed JSON after good data': {
    instance: 'faults',
    faults: { mode: 'malformed-json' },
    afterGoodData: true,
  },
  'GraphQL errors after good data': {
    instance: 'faults',
    faults: { mode: 'graphql-error' },
    afterGoodData: true,
  },
} satisfies Record<string, Situation>;

type Alert = Exclude<keyof Messages['errors'], 'aborted' | 'invalid-input' | 'missingInstance'>;
/** `event.notFound`: `<kiosque-event>`'s own wording. */
type Shows = Alert | 'event.notFound' | 'content' | 'stale';
type Row = [keyof typeof SITUATIONS, Shows, Shows, Shows, Shows, Shows, Shows];

// prettier-ignore
const MATRIX: Row[] = [
  // situation                                  <kiosque-events>    fed by <kiosque-source>  <kiosque-event>     <kiosque-calendar>  <kiosque-map>       <kiosque-rsvp>
  ['unreachable (closed port)',                 'network',          'network',               'network',          'network',          'network',          'network'],
  ['connection reset',                          'network',          'network',               'network',          'network',          'network',          'network'],
  ['slower than the timeout',                   'timeout',          'timeout',               'timeout',          'timeout',          'timeout',          'timeout'],
  ['HTTP 500',                                  'http',             'http',                  'http',             'http',             'http',             'http'],
  ['malformed JSON',                            'invalid-response', 'invalid-response',      'invalid-response', 'invalid-response', 'invalid-response', 'invalid-response'],
  ['GraphQL errors',                            'graphql',          'graphql',               'graphql',          'graphql',          'graphql',          'graphql'],
  ['unknown group or event',                    'unknownGroup',     'unknownGroup',          'event.notFound',   'unknownGroup',     'unknownGroup',     'not-found'],
  ['Mobilizon 1.3.2 (fields missing)',          'content',          'content',               'content',          'content',          'content',          'content'],
  ['Mobilizon 2.1.0 (fields missing)',          'content',          'content',               'content',          'content',          'content',          'content'],
  ['connection reset after good data',          'stale',            'stale',                 'stale',            'stale',            'stale',            'stale'],
  ['HTTP 500 after good data',                  'stale',            'stale',                 'stale',            'stale',            'stale',            'stale'],
  ['malformed JSON after good data',            'stale',            'stale',                 'stale',            'stale',            'stale',            'stale'],
  ['GraphQL errors after good data',            'stale',            'stale',                 'stale',            'stale',            'stale',            'stale'],
];

const LANGUAGES = ['en', 'fr', 'ar'] as const;
type Language = (typeof LANGUAGES)[number];

/** The month the calendar shows: fixed, so coming back 25 hours later asks the same days. */
const MONTH = new Date().toISOString().slice(0, 7);

interface Target {
  url: string;
  group: string;
  event: string;
}

/** One column: how the element is written into the page, and how to read what it shows. */
interface Column {
  label: string;
  tag: string;
  render(target: Target, lang: Language): TemplateResult;
  /** What it shows of the data (compared before and after a fault); empty when nothing. */
  shown(root: ShadowRoot): string[];
  staleNote(m: Messages): (when: string) => string;
}

const texts = (root: ShadowRoot, selector: string): string[] =>
  [...root.querySelectorAll(selector)].map((node) => node.textContent?.trim() ?? '');

const COLUMNS: Column[] = [
  {
    label: '<kiosque-events>',
    tag: 'kiosque-events',
    render: (t, lang) =>
      html`<kiosque-events
        lang=${lang}
        instance=${t.url}
        group=${t.group}
        limit="3"
      ></kiosque-events>`,
    shown: (root) => texts(root, '[part="title"]'),
    staleNote: (m) => m.staleNote,
  },
  {
    label: '<kiosque-events> fed by <kiosque-source>',
    tag: 'kiosque-events',
    render: (t, lang) =>
      html`<kiosque-events lang=${lang} limit="3">
        <kiosque-source instance=${t.url} group=${t.group || SEED.group}></kiosque-source>
      </kiosque-events>`,
    shown: (root) => texts(root, '[part="title"]'),
    staleNote: (m) => m.staleNote,
  },
  {
    label: '<kiosque-event>',
    tag: 'kiosque-event',
    render: (t, lang) =>
      html`<kiosque-event lang=${lang} instance=${t.url} uuid=${t.event}></kiosque-event>`,
    shown: (root) => texts(root, '[part="title"]'),
    staleNote: (m) => m.event.staleNote,
  },
  {
    label: '<kiosque-calendar>',
    tag: 'kiosque-calendar',
    render: (t, lang) =>
      html`<kiosque-calendar
        lang=${lang}
        instance=${t.url}
        group=${t.group}
        month=${MONTH}
      ></kiosque-calendar>`,
    shown: (root) => texts(root, '[part~="grid"] a'),
    staleNote: (m) => m.staleNote,
  },
  {
    label: '<kiosque-map>',
    tag: 'kiosque-map',
    render: (t, lang) =>
      html`<kiosque-map lang=${lang} instance=${t.url} group=${t.group} limit="20"></kiosque-map>`,
    shown: (root) => texts(root, '[part="list"] summary'),
    staleNote: (m) => m.staleNote,
  },
  {
    label: '<kiosque-rsvp>',
    tag: 'kiosque-rsvp',
    render: (t, lang) =>
      html`<kiosque-rsvp lang=${lang} instance=${t.url} uuid=${t.event}></kiosque-rsvp>`,
    shown: (root) => texts(root, '[part="panel"]'),
    staleNote: (m) => m.rsvp.staleNote,
  },
];

/** The localized text a cell expects in its alert. */
function alertText(shows: Alert | 'event.notFound', m: Messages): string {
  return shows === 'event.notFound' ? m.event.notFound : m.errors[shows];
}

/** An element of the page, and a promise that resolves once it has finished loading. */
interface Cell {
  element: HTMLElement;
  done: Promise<void>;
}

/** A page holding one element per column (removed by the row, not by a fixture cleanup). */
interface Page {
  cells: Cell[];
  remove(): void;
}

/**
 * Puts every column's element on the page at once. An element is done once it says so
 * (`kiosque-load` or `kiosque-error` from the element itself), or, for `<kiosque-rsvp>`, which
 * has no such events, once it shows its form or an alert.
 */
function mountRow(target: Target, row: number): Page {
  const finished = COLUMNS.map(() => {
    let resolve = (): void => undefined;
    const promise = new Promise<void>((r) => (resolve = r));
    return { promise, resolve };
  });
  const onSettled = (index: number) => (event: Event) => {
    // Only the cell's own element counts, not one it holds.
    if (event.composedPath()[0] === (event.currentTarget as Element).firstElementChild) {
      finished[index]!.resolve();
    }
  };
  const page = document.createElement('div');
  document.body.append(page);
  render(
    COLUMNS.map(
      (column, index) =>
        html`<div class="cell" @kiosque-load=${onSettled(index)} @kiosque-error=${onSettled(index)}>
          ${column.render(target, languageOf(row, index))}
        </div>`,
    ),
    page,
  );
  const cells = COLUMNS.map((column, index) => {
    const element = page.querySelectorAll('.cell')[index]!.querySelector<HTMLElement>(column.tag)!;
    const done =
      column.tag === 'kiosque-rsvp'
        ? until(
            () => !!element.shadowRoot?.querySelector('[part="panel"], [role="alert"]'),
            'the participation form or an alert',
            DEFAULT_TIMEOUT * 2,
          ).catch(() => undefined) // the cell's assertions say what is missing
        : finished[index]!.promise;
    return { element, done };
  });
  return { cells, remove: () => page.remove() };
}

function languageOf(row: number, column: number): Language {
  return LANGUAGES[(row + column) % LANGUAGES.length]!;
}

function targetOf(situation: Situation): Target {
  const url = instanceUrl(situation.instance);
  return situation.unknown
    ? { url, group: UNKNOWN.group, event: UNKNOWN.event }
    : { url, group: '', event: SEED.event };
}

/** Past the cache's freshness (5 min) and stale-while-revalidate (24 h) windows. */
const LATER = 25 * 60 * 60 * 1000;

describe('fault matrix', () => {
  before(async () => {
    await Promise.all(LANGUAGES.map((lang) => loadLanguage(lang)));
    await languagesReady();
    // The instance's version is known before any fault, as on a page that already used it.
    await createClient({ instance: instanceUrl('faults') }).instanceInfo();
  });

  MATRIX.forEach(([name, ...cells], row) => {
    const situation: Situation = SITUATIONS[name];
    describe(name, function () {
      // Only the timeout rows wait long: every element of a row waits at the same time.
      this.timeout(DEFAULT_TIMEOUT * 3);
      const realNow = Date.now;
      let page: Page | null = null;
      let goodData: string[][] = [];

      before(async () => {
        const target = targetOf(situation);
        if (situation.afterGoodData) {
          const good = mountRow(target, row);
          await Promise.all(good.cells.map((cell) => cell.done));
          goodData = good.cells.map((cell, index) =>
            COLUMNS[index]!.shown(cell.element.shadowRoot!),
          );
          good.remove();
        }
        if (situation.instance === 'faults') await setFaults('faults', situation.faults ?? {});
        if (situation.afterGoodData) Date.now = () => realNow() + LATER;
        page = mountRow(target, row);
      });

      after(async () => {
        await Promise.all(page?.cells.map((cell) => cell.done) ?? []);
        page?.remove();
        Date.now = realNow;
        if (situation.instance === 'faults') await setFaults('faults', {});
      });

      cells.forEach((shows, column) => {
        const { label } = COLUMNS[column]!;
        const lang = languageOf(row, column);
        it(`${label} in ${lang} shows ${shows}`, async () => {
          const { element, done } = page!.cells[column]!;
          await done;
          await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          const root = element.shadowRoot!;
          const m = messagesFor(lang);
          const alert = root.querySelector('[role="alert"]');
          const shown = COLUMNS[column]!.shown(root);
          const note = root.querySelector('[part="stale"]');
          if (shows === 'content') {
            expect(alert, 'no alert').to.equal(null);
            expect(shown.join(''), 'the data').to.not.equal('');
            expect(note, 'no stale note').to.equal(null);
          } else if (shows === 'stale') {
            expect(alert, 'no alert').to.equal(null);
            expect(shown, 'the last good data').to.deep.equal(goodData[column]);
            expect(shown.join(''), 'the last good data').to.not.equal('');
            const [start, end] = COLUMNS[column]!.staleNote(m)('\u0000').split('\u0000');
            const text = note?.textContent?.trim() ?? '';
            expect(text, 'the stale note').to.match(
              new RegExp(`^${escape(start!.trim())}.+${escape(end!.trim())}$`, 's'),
            );
            await expect(element).shadowDom.to.be.accessible();
          } else {
            const expected = alertText(shows, m);
            if (lang !== 'en') expect(expected).to.not.equal(alertText(shows, messagesFor('en')));
            expect(alert?.textContent, 'the alert').to.contain(expected);
            // "Try again" where it can help: not for what the instance does not have.
            const retry = alert?.querySelector('button') ?? null;
            const missing = name === 'unknown group or event';
            expect(retry === null, 'a "Try again" button only where it can help').to.equal(missing);
          }
        });
      });
    });
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
