import assert from 'node:assert/strict';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startDevInstance } from '@kiosque/dev-instance';
import {
  ERROR_FALLBACK,
  HOST_FAULTS,
  OLDER_VERSIONS,
  listedUuids,
  checkPage,
  run,
  type HostFault,
} from '@kiosque/fallback-fixture';
import { requireTools } from '../../../scripts/system-deps.mjs';
import { generated, ZONES_FILE } from '../scripts/selections.js';
import { cleanText, validZone } from '@kiosque/render';
import { excerptOf } from '@kiosque/render/text';

// Without hugo the suite fails here, in one line, rather than waiting on a build that never ran.
requireTools(['hugo'], 'The Hugo suite');

type DevInstance = Awaited<ReturnType<typeof startDevInstance>>;

const packages = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let instance: DevInstance;
let v1: DevInstance;
let work: string;
let closed: string;
let sites = 0;

before(async () => {
  [instance, v1] = await Promise.all([
    startDevInstance({ port: 0 }),
    startDevInstance({ port: 0, version: '1.3.2' }),
  ]);
  work = await mkdtemp(path.join(tmpdir(), 'kiosque-hugo-'));
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  closed = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 1}`;
  await new Promise((resolve) => server.close(resolve));
});

after(async () => {
  await Promise.all([instance?.close(), v1?.close()]);
  if (work) await rm(work, { recursive: true, force: true });
});

/** A one-page Hugo site using the component; returns the build's exit code, output and page. */
async function build(content: string, params: Record<string, string> = {}, extra = '') {
  const dir = path.join(work, `site-${++sites}`);
  await mkdir(path.join(dir, 'content'), { recursive: true });
  await mkdir(path.join(dir, 'layouts/_default'), { recursive: true });
  const kiosque = Object.entries(params)
    .map(([k, v]) => `  ${k} = ${JSON.stringify(v)}`)
    .join('\n');
  await writeFile(
    path.join(dir, 'config.toml'),
    `baseURL = "http://localhost/"\n${extra}disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n` +
      `themesDir = ${JSON.stringify(packages)}\ntheme = ["hugo"]\n[params.kiosque]\n${kiosque}\n` +
      `[caches.getresource]\n  maxAge = "0s"\n`,
  );
  await writeFile(
    path.join(dir, 'layouts/_default/list.html'),
    '<!doctype html><html><head><title>t</title></head><body>{{ .Content }}</body></html>',
  );
  await writeFile(path.join(dir, 'content/_index.md'), `---\ntitle: t\n---\n\n${content}\n`);
  const result = await run('hugo', ['--source', dir, '--cacheDir', path.join(dir, 'cache')], {
    cwd: dir,
  });
  const page = result.code === 0 ? await readFile(path.join(dir, 'public/index.html'), 'utf8') : '';
  return { ...result, page };
}

describe('Hugo component', () => {
  it('ships the event selections and texts of @kiosque/client and the attributes of the element contract (npm run generate)', async () => {
    for (const [file, text] of Object.entries(generated())) {
      assert.equal(await readFile(file, 'utf8'), text, `${file} is out of date`);
    }
  });

  it('ships zones (data/kiosque/zones.json) that Intl knows, by their lower-case name', async () => {
    const zones = JSON.parse(await readFile(ZONES_FILE, 'utf8')) as Record<string, string>;
    assert.ok(Object.keys(zones).length > 400, 'the zones of the world');
    for (const [key, name] of Object.entries(zones)) {
      assert.equal(key, name.toLowerCase());
      assert.equal(validZone(name), name, `${name} is a zone Intl knows`);
    }
    assert.equal(zones['europe/paris'], 'Europe/Paris');
  });

  it('renders every shortcode as the contract says, with the site instance and the script once', async () => {
    const { code, output, page } = await build(
      '{{< kiosque-events limit="3" >}}\n\n{{< kiosque-events group="repair-cafe,velo-libre" limit="4" >}}\n\n' +
        '{{< kiosque-map limit="5" consent=true >}}\n\n{{< kiosque-calendar >}}\n\n' +
        '{{< kiosque-event "092bbc98-1dfa-41ce-a694-36a2e962b6ec" >}}\n\n{{< kiosque-rsvp uuid="092bbc98-1dfa-41ce-a694-36a2e962b6ec" >}}',
      { instance: instance.url, scriptUrl: '/k.js' },
    );
    assert.equal(code, 0, output);
    assert.equal(page.match(/<script type="module" src="\/k.js">/g)?.length, 1);
    assert.match(page, /<kiosque-map instance="http:\/\/127\.0\.0\.1:\d+" consent limit="5">/);
    assert.deepEqual(await checkPage(page, { embedsData: false }), []);
  });

  it('asks an older Mobilizon only for the fields it knows (1.3.2)', async () => {
    const { code, output, page } = await build('{{< kiosque-events limit="4" >}}', {
      instance: v1.url,
    });
    assert.equal(code, 0, output);
    assert.equal(page.match(/class="h-event/g)?.length, 4);
    assert.deepEqual(await checkPage(page, { embedsData: false }), []);
  });

  it('stops the build with a message naming onError when the instance is down', async () => {
    const { code, output } = await build('{{< kiosque-events >}}', { instance: closed });
    assert.notEqual(code, 0);
    assert.match(
      output,
      /\[kiosque-hugo\] kiosque-events: could not load events from http:\/\/127\.0\.0\.1:\d+: .*params\.kiosque\.onError is "fail", so the build stops/,
    );
  });

  it('publishes the quiet message with a warning when onError is "warn"', async () => {
    const { code, output, page } = await build('{{< kiosque-events >}}', {
      instance: closed,
      onError: 'warn',
    });
    assert.equal(code, 0, output);
    assert.match(
      output,
      /WARN .*\[kiosque-hugo\] kiosque-events: could not load events .*onError is "warn"/,
    );
    assert.match(page, /<p class="kiosque-fallback-error">The events could not be loaded.<\/p>/);
    assert.doesNotMatch(page, /application\/ld\+json/);
  });

  it('names the missing instance', async () => {
    const { code, output } = await build('{{< kiosque-events >}}');
    assert.notEqual(code, 0);
    assert.match(output, /\[kiosque-hugo\] kiosque-events: "instance" is required/);
  });

  it("reports a parameter that is not one of the element's attributes and leaves it out", async () => {
    const { code, output, page } = await build(
      '{{< kiosque-events limt="2" without-images=true >}}\n\n{{< kiosque-event uuid="092bbc98-1dfa-41ce-a694-36a2e962b6ec" without-images=true >}}',
      { instance: instance.url },
    );
    assert.equal(code, 0, output);
    assert.match(
      output,
      /WARN .*\[kiosque-hugo\] kiosque-events: "limt" is not one of its attributes, so it is left out \(.*\)\. Its attributes: .*\blimit\b/,
    );
    assert.match(
      output,
      /WARN .*kiosque-event: "without-images" is not one of its attributes.*without-image\b/,
    );
    assert.doesNotMatch(page, /limt|<kiosque-event [^>]*without-images/);
    assert.match(page, /<kiosque-events [^>]*without-images/);
  });

  it("writes an instance's text by @kiosque/render's rule: controls removed, list items apart, entities decoded", async () => {
    const uuid = 'b1e7a1c4-3f2d-4c61-9a57-6d0f3c2e8a10';
    const description =
      '<h2>St&auml;nde</h2><ul><li>Elektronik</li><li>Fahrr&auml;der</li><li>Textilien</li></ul>' +
      '<p>Caf&eacute; &ecirc;tre &uuml;ber&nbsp;tout<br>ligne &amp;amp;</p><script>alert(1)</script>' +
      '<img src="javascript:alert(1)">\u000b<!-- note -->fin';
    const title = 'Repair\u000b caf\u0000e\u0085 \ufdd0day';
    const long = 'c2f0d7a9-5b8e-4e1a-8c3d-7e9f1a2b4c6d';
    const longDescription = `<p>${'Atelier de r&eacute;paration, v&eacute;los &amp; &eacute;lectronique. '.repeat(8)}</p>`;
    const dev = await startDevInstance({
      port: 0,
      extraEvents: [
        { uuid, title, description, beginsOn: new Date(Date.now() + 86_400_000) },
        {
          uuid: long,
          title: 'Long',
          description: longDescription,
          beginsOn: new Date(Date.now() + 90_000_000),
        },
      ],
    });
    try {
      const { code, output, page } = await build(
        `{{< kiosque-event "${uuid}" >}}\n\n{{< kiosque-event "${long}" >}}`,
        {
          instance: dev.url,
        },
      );
      assert.equal(code, 0, output);
      const [json, longJson] = [
        ...page.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g),
      ].map((m) => m[1]!);
      assert.ok(json && longJson, 'the page has JSON-LD for both events');
      const [event] = JSON.parse(json) as { name: string; description: string }[];
      const [longEvent] = JSON.parse(longJson) as { description: string }[];
      assert.equal(longEvent!.description, excerptOf(longDescription));
      assert.ok(longEvent!.description.endsWith('…'));
      assert.equal(event!.name, cleanText(title));
      assert.equal(event!.description, excerptOf(description));
      assert.equal(
        event!.description,
        'Stände Elektronik Fahrräder Textilien Café être über tout ligne &amp; fin',
      );
      // eslint-disable-next-line no-control-regex -- finding them is the point.
      assert.doesNotMatch(page, /[\u0000\u000b\u0085\ufdd0]/);
    } finally {
      await dev.close();
    }
  });

  it('warns about a group that does not exist and lists the others', async () => {
    const { code, output, page } = await build(
      '{{< kiosque-events group="repair-cafe,nobody-here" limit="2" >}}',
      { instance: instance.url },
    );
    assert.equal(code, 0, output);
    assert.match(output, /WARN .*group "nobody-here"/);
    assert.equal(page.match(/class="h-event/g)?.length, 2);
  });
});

describe('Hugo component when the instance fails (fixtures/fallback/faults.ts)', () => {
  const page = (fault: HostFault): string =>
    `{{< kiosque-events group="${fault.attributes?.group ?? 'repair-cafe'}" limit="3" >}}\n\n` +
    `{{< kiosque-event "${fault.attributes?.uuid ?? '092bbc98-1dfa-41ce-a694-36a2e962b6ec'}" >}}`;

  for (const fault of HOST_FAULTS) {
    if (fault.faults?.latencyMs) {
      it(`${fault.name}: Hugo stops the build with its own timeout message, whatever onError says`, async () => {
        instance.setFaults(fault.faults ?? {});
        try {
          const { code, output } = await build(
            page(fault),
            { instance: instance.url, onError: 'warn' },
            'timeout = "1s"\n',
          );
          assert.notEqual(code, 0);
          // Hugo names its timeout where it strikes: the remote resource, or the partial
          // waiting for it. Either way it is Hugo's message, pointing at its `timeout` setting.
          assert.match(output, /timed out (initializing value|after \d+m?s)[\s\S]*\btimeout\b/);
        } finally {
          instance.setFaults({});
        }
      });
      continue;
    }
    it(`${fault.name}: "warn" publishes the localized message and warns, "fail" stops the build, each saying why`, async () => {
      const gone = fault.unreachable ? await startDevInstance({ port: 0 }) : null;
      const url = gone?.url ?? instance.url;
      if (gone) await gone.close();
      else instance.setFaults(fault.faults ?? {});
      try {
        const warned = await build(page(fault), { instance: url, onError: 'warn' });
        assert.equal(warned.code, 0, warned.output);
        assert.match(
          warned.output,
          /WARN .*\[kiosque-hugo\] kiosque-event.*: could not load events from/,
        );
        const failed = fault.attributes ? 1 : 2;
        assert.equal(warned.page.match(new RegExp(ERROR_FALLBACK, 'g'))?.length, failed);
        // Only the element with the unknown group or event fails; the other lists its events.
        const eventsOk = Boolean(fault.attributes?.uuid);
        const eventOk = Boolean(fault.attributes?.group);
        assert.equal(listedUuids(warned.page).length, (eventsOk ? 3 : 0) + (eventOk ? 1 : 0));
        const stopped = await build(page(fault), { instance: url, onError: 'fail' });
        assert.notEqual(stopped.code, 0);
        assert.match(
          stopped.output,
          /\[kiosque-hugo\] kiosque-event.*: could not load events from .*onError is "fail", so the build stops/,
        );
      } finally {
        instance.setFaults({});
      }
    });
  }

  for (const version of OLDER_VERSIONS) {
    it(`renders Mobilizon ${version}'s events, though it lacks newer fields`, async () => {
      const older = await startDevInstance({ port: 0, version });
      try {
        const {
          code,
          output,
          page: html,
        } = await build(page({ name: version }), {
          instance: older.url,
        });
        assert.equal(code, 0, output);
        assert.equal(listedUuids(html).length, 4);
        assert.deepEqual(await checkPage(html, { embedsData: false }), []);
      } finally {
        await older.close();
      }
    });
  }
});
