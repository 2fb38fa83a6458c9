import assert from 'node:assert/strict';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import { Eleventy } from '@11ty/eleventy';
import { startDevInstance } from '@kiosque/dev-instance';
import {
  ERROR_FALLBACK,
  HOST_FAULTS,
  OLDER_VERSIONS,
  TEST_TIMEOUT_MS,
  listedUuids,
  type HostFault,
} from '../../../fixtures/fallback/faults.js';
import kiosque, { type EleventyConfigLike, type KiosqueEleventyOptions } from '../src/index.js';

type DevInstance = Awaited<ReturnType<typeof startDevInstance>>;

let instance: DevInstance;
let work: string;
let closed: string;
let site = 0;

before(async () => {
  instance = await startDevInstance({ port: 0 });
  work = await mkdtemp(path.join(tmpdir(), 'kiosque-eleventy-'));
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  closed = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 1}`;
  await new Promise((resolve) => server.close(resolve));
});

after(async () => {
  await instance?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

const PAGE = (body: string): string =>
  `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

/** Eleventy logs its summary and errors itself: tests print nothing, so collect them. */
function silence(t: TestContext): { warn: string[]; all: string[] } {
  const warn: string[] = [];
  const all: string[] = [];
  for (const method of ['log', 'info', 'warn', 'error'] as const) {
    t.mock.method(console, method, (...args: unknown[]) => {
      const line = args.map(String).join(' ');
      all.push(line);
      if (method === 'warn' && line.startsWith('[@kiosque/eleventy]')) warn.push(line);
    });
  }
  return { warn, all };
}

/** The messages of an error and of every error it wraps. */
function messages(error: unknown): string[] {
  const out: string[] = [];
  let current: unknown = error;
  while (current instanceof Error && out.length < 10) {
    out.push(current.message);
    const next = current as Error & { originalError?: unknown };
    current = next.cause ?? next.originalError;
  }
  return out;
}

/** Builds a site of the given templates; returns a reader of its output. */
async function build(
  files: Record<string, string>,
  options: Partial<KiosqueEleventyOptions>,
  cacheDirectory = path.join(work, `cache-${++site}`),
): Promise<(file: string) => Promise<string>> {
  const dir = path.join(work, `site-${++site}`);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, 'src', name)), { recursive: true });
    await writeFile(path.join(dir, 'src', name), text);
  }
  const output = path.join(dir, 'dist');
  const eleventy = new Eleventy(path.join(dir, 'src'), output, {
    quietMode: true,
    config(config: EleventyConfigLike & { addPlugin: (p: unknown, o: unknown) => void }) {
      config.addPlugin(kiosque, { cacheDirectory, ...options });
    },
  });
  await eleventy.write();
  return (file) => readFile(path.join(output, file), 'utf8');
}

describe('@kiosque/eleventy', () => {
  it('names the missing instance and shows the call that fixes it', () => {
    const config = { addShortcode() {}, addTransform() {}, on() {} };
    assert.throws(() => kiosque(config, {}), {
      message:
        '[@kiosque/eleventy] "instance" is required: eleventyConfig.addPlugin(kiosque, { instance: "https://mobilizon.example" })',
    });
    assert.throws(() => kiosque(config, { instance: 'ftp://x' }), /must be an http\(s\) URL/);
    assert.throws(
      () => kiosque(config, { instance: 'https://m.example', onError: 'ignore' as 'fail' }),
      /"onError" must be "fail" or "stale"/,
    );
  });

  it('renders the fallback of each shortcode, from Nunjucks keywords and Liquid attribute strings', async (t) => {
    silence(t);
    const read = await build(
      {
        'index.njk': PAGE(
          '{% kiosqueEvents group="repair-cafe", limit=2 %}{% kiosqueEvents limit=3 %}',
        ),
        'liquid.liquid': PAGE(`{% kiosqueMap 'limit="4" consent' %}`),
      },
      { instance: instance.url },
    );
    const html = await read('index.html');
    assert.match(
      html,
      /<kiosque-events instance="http:\/\/127\.0\.0\.1:\d+" group="repair-cafe" limit="2">/,
    );
    assert.equal(html.match(/class="h-event kiosque-fallback-event"/g)?.length, 5);
    assert.match(html, /<script type="application\/ld\+json">/);
    const liquid = await read('liquid/index.html');
    assert.match(liquid, /<kiosque-map instance="[^"]+" limit="4" consent>/);
    assert.equal(liquid.match(/class="h-event/g)?.length, 4);
  });

  it("reports a shortcode argument that is not one of the element's attributes and leaves it out", async (t) => {
    const logs = silence(t);
    const read = await build(
      { 'index.njk': PAGE('{% kiosqueEvents limt=2, class="agenda" %}') },
      { instance: instance.url },
    );
    assert.equal(logs.warn.length, 1, logs.warn.join('\n'));
    assert.match(
      logs.warn[0]!,
      /^\[@kiosque\/eleventy\] kiosqueEvents in \S*\/src\/index\.njk: "limt" is not one of its attributes, so it is left out\.$/,
    );
    const html = await read('index.html');
    assert.match(html, /<kiosque-events instance="[^"]+" class="agenda">/);
    assert.doesNotMatch(html, /limt/);
  });

  it('adds the element script once per page, and none when scriptUrl is false', async (t) => {
    silence(t);
    const twice = PAGE('{% kiosqueEvents limit=1 %}{% kiosqueEvents limit=2 %}');
    const read = await build(
      { 'index.njk': twice, 'plain.njk': PAGE('<p>none</p>') },
      {
        instance: instance.url,
        scriptUrl: '/kiosque.js',
      },
    );
    assert.equal(
      (await read('index.html')).match(/<script type="module" src="\/kiosque.js">/g)?.length,
      1,
    );
    assert.doesNotMatch(await read('plain/index.html'), /<script type="module"/);
    const none = await build({ 'index.njk': twice }, { instance: instance.url, scriptUrl: false });
    assert.doesNotMatch(await none('index.html'), /<script type="module"/);
  });

  it('stops the build with a message naming onError when the instance is down', async (t) => {
    silence(t);
    await assert.rejects(
      build({ 'index.njk': PAGE('{% kiosqueEvents %}') }, { instance: closed }),
      (error: unknown) => {
        assert.ok(
          messages(error).some(
            (m) =>
              m.startsWith('[@kiosque/eleventy] could not load the events on') &&
              m.includes('onError is "fail", so the build stops'),
          ),
          messages(error).join('\n'),
        );
        return true;
      },
    );
  });

  it('renders the last cached data with a warning when onError is stale and the instance fails', async (t) => {
    const cache = path.join(work, 'stale-cache');
    const page = { 'index.njk': PAGE('{% kiosqueEvents limit=3 %}') };
    const logs = silence(t);
    const fresh = await (
      await build(page, { instance: instance.url, duration: '0s' }, cache)
    )('index.html');
    const uuids = fresh.match(/data-uuid="[^"]+"/g);
    assert.equal(uuids?.length, 3);
    const warnings = logs.warn;
    instance.setFaults({ mode: 'http-500' });
    try {
      const stale = await (
        await build(page, { instance: instance.url, duration: '0s', onError: 'stale' }, cache)
      )('index.html');
      assert.deepEqual(stale.match(/data-uuid="[^"]+"/g), uuids);
    } finally {
      instance.setFaults({});
    }
    assert.equal(warnings.length, 1);
    assert.match(
      warnings[0]!,
      /^\[@kiosque\/eleventy\] could not load the events on .* onError is "stale": rendering the data cached at /,
    );
  });

  it('renders the quiet error message when onError is stale and nothing is cached', async (t) => {
    const warnings = silence(t).warn;
    const read = await build(
      { 'index.njk': PAGE('{% kiosqueEvents %}') },
      { instance: closed, onError: 'stale' },
    );
    assert.match(
      await read('index.html'),
      /<p class="kiosque-fallback-error">The events could not be loaded.<\/p>/,
    );
    assert.match(warnings.join('\n'), /nothing is cached; onError is "stale"/);
  });

  it('writes the .ics of the events a page shows, and links it from the page', async (t) => {
    silence(t);
    const read = await build(
      {
        'agenda.njk': PAGE(
          '{% kiosqueEvents limit=2 %}{% kiosqueEvent "092bbc98-1dfa-41ce-a694-36a2e962b6ec" %}<a href="{% kiosqueIcsUrl %}">ics</a>',
        ),
      },
      { instance: instance.url, ics: true, icsName: 'Agenda' },
    );
    const html = await read('agenda/index.html');
    assert.match(
      html,
      /<link rel="alternate" type="text\/calendar" title="Agenda" href="\/agenda\/events.ics">/,
    );
    assert.match(html, /<a href="\/agenda\/events.ics">/);
    const ics = await read('agenda/events.ics');
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
    assert.match(ics, /UID:092bbc98-1dfa-41ce-a694-36a2e962b6ec@/);
    const shown = html.match(/data-uuid="([^"]+)"/g)?.map((m) => m.slice(11, -1)) ?? [];
    assert.equal(ics.match(/BEGIN:VEVENT/g)?.length, new Set(shown).size);
  });
});

describe('@kiosque/eleventy when the instance fails (fixtures/fallback/faults.ts)', () => {
  const page = (fault: HostFault): Record<string, string> => ({
    'index.njk': PAGE(
      `{% kiosqueEvents group="${fault.attributes?.group ?? 'repair-cafe'}", limit=3 %}` +
        `{% kiosqueEvent "${fault.attributes?.uuid ?? '092bbc98-1dfa-41ce-a694-36a2e962b6ec'}" %}`,
    ),
  });

  /** Sets the fault up (for `unreachable`, an instance that answered once, then stopped). */
  async function faulty(
    fault: HostFault,
  ): Promise<{ url: string; on(): Promise<void>; off(): Promise<void> }> {
    if (fault.unreachable) {
      const gone = await startDevInstance({ port: 0 });
      return { url: gone.url, on: () => gone.close(), off: async () => undefined };
    }
    return {
      url: instance.url,
      on: async () => instance.setFaults(fault.faults ?? {}),
      off: async () => instance.setFaults({}),
    };
  }

  for (const fault of HOST_FAULTS) {
    it(`${fault.name}: "stale" keeps the last good data or renders the message, "fail" stops the build, each saying why`, async (t) => {
      const logs = silence(t);
      const target = await faulty(fault);
      const options = { instance: target.url, timeout: TEST_TIMEOUT_MS, duration: '0s' };
      const cache = path.join(work, `faults-${++site}`);
      // A good build first, when the input is right: its data is the last good data.
      const good = fault.attributes
        ? null
        : await (
            await build(page(fault), options, cache)
          )('index.html');
      if (good) assert.equal(listedUuids(good).length, 4);
      await target.on();
      try {
        const stale = await (
          await build(page(fault), { ...options, onError: 'stale' }, cache)
        )('index.html');
        if (good) assert.deepEqual(listedUuids(stale), listedUuids(good), 'the last good data');
        // The element with the unknown group or event says so; the other one lists its events.
        else assert.equal(stale.match(/class="kiosque-fallback-error"/g)?.length, 1);
        const cold = await (
          await build(
            page(fault),
            { ...options, onError: 'stale' },
            path.join(work, `faults-${++site}`),
          )
        )('index.html');
        assert.ok(ERROR_FALLBACK.test(cold), 'the localized message');
        assert.ok(
          logs.warn.some((w) => /could not load the (event|events)/.test(w)),
          logs.warn.join('\n'),
        );
        await assert.rejects(
          build(page(fault), options, path.join(work, `faults-${++site}`)),
          (error: unknown) =>
            messages(error).some(
              (m) =>
                m.startsWith('[@kiosque/eleventy] could not load the') &&
                m.includes('onError is "fail"'),
            ),
        );
      } finally {
        await target.off();
      }
    });
  }

  for (const version of OLDER_VERSIONS) {
    it(`renders Mobilizon ${version}'s events, though it lacks newer fields`, async (t) => {
      silence(t);
      const older = await startDevInstance({ port: 0, version });
      try {
        const html = await (
          await build(page({ name: version }), { instance: older.url, onError: 'fail' })
        )('index.html');
        assert.equal(listedUuids(html).length, 4);
        assert.doesNotMatch(html, /kiosque-fallback-error/);
      } finally {
        await older.close();
      }
    });
  }
});
