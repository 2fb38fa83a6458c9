/**
 * The privacy proxy's defences: what its media route stores and serves (checked through a real
 * Apache serving the site's files), the variables it accepts, how many answers it keeps, and
 * its rate limit under concurrent requests.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SEED, startDevInstance, type DevInstance } from '@kiosque/dev-instance';
import { requireTools } from '../../../scripts/system-deps.mjs';
import { freePort, requireWordPress, startWordPress, type WordPress } from './harness.js';

requireWordPress('The privacy proxy suite');
requireTools(['apache'], 'The privacy proxy suite');

/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);
const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>';
const RATE_LIMIT = 3;
const CACHE_SIZE = 4;

let dev: DevInstance;
let wp: WordPress;
let pictures: Server;
let picturesUrl: string;

/** Serves pictures, some of them not what they claim. */
function servePictures(): Promise<Server> {
  const server = createServer((req, res) => {
    const routes: Record<string, [string, string | Buffer]> = {
      '/picture.png': ['image/png', PNG],
      '/picture.bin': ['application/octet-stream', PNG],
      '/drawing.svg': ['image/svg+xml', SVG],
      '/drawing-as.png': ['image/png', SVG],
      '/page.html': ['text/html', '<!doctype html><script>alert(1)</script>'],
    };
    const route = routes[req.url ?? ''];
    if (!route) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': route[0] }).end(route[1]);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

before(async () => {
  dev = await startDevInstance({ port: 0 });
  pictures = await servePictures();
  const address = pictures.address();
  picturesUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  wp = await startWordPress({
    allowPrivateHosts: [new URL(dev.url).host, new URL(picturesUrl).host],
    muPlugin: `add_filter( 'kiosque_rsvp_rate_limit', static fn() => ${RATE_LIMIT} );
add_filter( 'kiosque_proxy_cache_size', static fn() => ${CACHE_SIZE} );`,
    setupInput: dev.url,
    setup: `update_option( 'kiosque_settings', array( 'instance' => $input, 'privacy_mode' => true, 'allowed_instances' => array( $input ) ) + Kiosque\\Settings::defaults() );
return true;`,
  });
});

after(async () => {
  await wp?.close();
  await dev?.close();
  await new Promise((resolve) => pictures?.close(resolve));
});

async function proxyUrl(): Promise<string> {
  const key = (await wp.php(`return Kiosque\\Proxy::key( $input );`, dev.url)) as string;
  return `${wp.url}/?rest_route=/kiosque/v1/graphql/${key}`;
}

async function read(op: { name: string; query: string; variables: unknown }): Promise<Response> {
  const url = new URL(await proxyUrl());
  url.searchParams.set('query', op.query);
  url.searchParams.set('variables', JSON.stringify(op.variables));
  url.searchParams.set('operationName', op.name);
  return fetch(url);
}

async function mediaUrl(picture: string): Promise<string> {
  return (await wp.php(`return Kiosque\\Proxy::media_url( $input );`, picture)) as string;
}

/** The files of the media cache folder, by name. */
async function mediaFiles(): Promise<{ dir: string; names: string[] }> {
  return (await wp.php(
    `$dir = wp_upload_dir( null, false )['basedir'] . '/kiosque-media';
return array( 'dir' => $dir, 'names' => array_values( array_diff( scandir( $dir ), array( '.', '..' ) ) ) );`,
  )) as { dir: string; names: string[] };
}

interface Apache {
  url: string;
  stop(): Promise<void>;
}

/**
 * Apache serving `root` as a plain static site, with Debian's stock mod_mime setup and the
 * type table of Apache's own conf/mime.types, which (unlike Debian's /etc/mime.types) has no
 * `.cache`: there, `x.svg.cache` is an SVG.
 */
async function startApache(root: string): Promise<Apache> {
  const dir = mkdtempSync(join(tmpdir(), 'kiosque-apache-'));
  const types = readFileSync('/etc/mime.types', 'utf8')
    .split('\n')
    .filter((line) => !/\scache\b/.test(line))
    .join('\n');
  writeFileSync(join(dir, 'mime.types'), types);
  const port = await freePort();
  const modules = '/usr/lib/apache2/modules';
  const root0 = process.getuid?.() === 0;
  writeFileSync(
    join(dir, 'httpd.conf'),
    `ServerRoot ${dir}
Listen 127.0.0.1:${port}
ServerName 127.0.0.1
PidFile ${dir}/httpd.pid
ErrorLog ${dir}/error.log
DefaultRuntimeDir ${dir}
Mutex file:${dir}
LoadModule mpm_event_module ${modules}/mod_mpm_event.so
LoadModule authz_core_module ${modules}/mod_authz_core.so
LoadModule mime_module ${modules}/mod_mime.so
Include /etc/apache2/mods-available/mime.conf
TypesConfig ${dir}/mime.types
${root0 ? 'User www-data\nGroup www-data' : ''}
DocumentRoot ${root}
<Directory ${root}>
  Options None
  AllowOverride None
  Require all granted
</Directory>
`,
  );
  const child: ChildProcess = spawn(
    '/usr/sbin/apache2',
    ['-f', join(dir, 'httpd.conf'), '-DFOREGROUND'],
    {
      stdio: 'ignore',
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await fetch(`${url}/`);
      break;
    } catch {
      if (Date.now() > deadline || child.exitCode !== null) {
        const log = existsSync(join(dir, 'error.log'))
          ? readFileSync(join(dir, 'error.log'), 'utf8')
          : '';
        throw new Error(`Apache did not start:\n${log}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe('media of the privacy proxy', () => {
  test('serves pictures by their bytes, and never an SVG, an HTML page or a mislabelled file', async () => {
    const png = await fetch(await mediaUrl(`${picturesUrl}/picture.png`));
    assert.equal(png.status, 200);
    assert.equal(png.headers.get('content-type'), 'image/png');
    assert.deepEqual(Buffer.from(await png.arrayBuffer()), PNG);
    // A server that does not name the type: the bytes do.
    const unnamed = await fetch(await mediaUrl(`${picturesUrl}/picture.bin`));
    assert.equal(unnamed.headers.get('content-type'), 'image/png');
    for (const path of ['/drawing.svg', '/drawing-as.png', '/page.html']) {
      const res = await fetch(await mediaUrl(`${picturesUrl}${path}`));
      assert.equal(res.status, 502, `${path} is refused`);
      assert.doesNotMatch(res.headers.get('content-type') ?? '', /svg|html|xml/);
    }
    const { dir, names } = await mediaFiles();
    for (const name of names) {
      assert.ok(
        !readFileSync(join(dir, name), 'utf8').includes('<script'),
        `${name} holds no script`,
      );
    }
  });

  test('a real Apache serving the site finds no guessable name and nothing it would run', async () => {
    for (const path of ['/drawing.svg', '/picture.png']) {
      await fetch(await mediaUrl(`${picturesUrl}${path}`));
    }
    const { dir, names } = await mediaFiles();
    const pictureFiles = names.filter((name) => !['index.php', '.htaccess'].includes(name));
    assert.ok(pictureFiles.length > 0, 'the picture is cached');
    // The site's files, readable by Apache's worker user.
    for (let path = dir; path.startsWith(dirname(wp.root)); path = dirname(path)) {
      chmodSync(path, 0o755);
    }
    const apache = await startApache(wp.root);
    try {
      const folder = `${apache.url}${dir.slice(wp.root.length)}`;
      for (const name of pictureFiles) {
        const res = await fetch(`${folder}/${name}`);
        const type = res.headers.get('content-type') ?? '';
        assert.doesNotMatch(type, /svg|html|xml|javascript/, `${name} is served as ${type}`);
        assert.ok(!(await res.text()).includes('<script'), `${name} holds no script`);
      }
      // Names a visitor could compute from a picture's address are not there.
      for (const path of ['/drawing.svg', '/picture.png']) {
        const sha1 = createHash('sha1').update(`${picturesUrl}${path}`).digest('hex');
        assert.ok(!names.some((name) => name.startsWith(sha1)), `no file named after ${path}`);
        for (const guess of [`${sha1}.svg.cache`, `${sha1}.png.cache`, sha1]) {
          assert.equal((await fetch(`${folder}/${guess}`)).status, 404);
        }
      }
    } finally {
      await apache.stop();
    }
  });

  test('old and leftover files are swept, recent ones kept', async () => {
    const kept = (await wp.php(
      `$dir = Kiosque\\Proxy::media_dir();
$files = array(
	'old'      => array( str_repeat( 'a', 64 ), time() - 8 * DAY_IN_SECONDS ),
	'recent'   => array( str_repeat( 'b', 64 ), time() - DAY_IN_SECONDS ),
	'crashed'  => array( str_repeat( 'c', 64 ) . '.abcdefghijkl.tmp', time() - 2 * HOUR_IN_SECONDS ),
	'writing'  => array( str_repeat( 'd', 64 ) . '.abcdefghijkl.tmp', time() ),
	'guard'    => array( 'index.php', time() - 30 * DAY_IN_SECONDS ),
);
foreach ( $files as list( $name, $time ) ) {
	if ( 'index.php' !== $name ) {
		file_put_contents( "$dir/$name", 'x' );
	}
	touch( "$dir/$name", $time );
}
Kiosque\\Proxy::sweep_media( $dir );
$kept = array();
foreach ( $files as $label => list( $name ) ) {
	if ( file_exists( "$dir/$name" ) ) {
		$kept[] = $label;
	}
}
return $kept;`,
    )) as string[];
    assert.deepEqual(kept, ['recent', 'writing', 'guard']);
  });
});

describe('variables of the privacy proxy', () => {
  async function operations() {
    const docs = await import('../../client/src/documents.js');
    const { capabilitiesFor } = await import('../../client/src/version.js');
    return { docs, caps: capabilitiesFor('5.1.3') };
  }

  test('refuses what the elements never send with a 400 naming the variable, before any upstream call', async () => {
    const { docs, caps } = await operations();
    const events = docs.eventsOperation(caps, 1, 10);
    const group = docs.groupEventsOperation(caps, {
      groups: [SEED.groups.climateAction],
      after: '2031-01-01T00:00:00.000Z',
      before: null,
      page: 1,
      limit: 10,
    });
    const event = docs.eventOperation(caps, SEED.events.full);
    const cases: [string, { name: string; query: string; variables: unknown }][] = [
      ['limit', { ...events, variables: { page: 1, limit: 100000 } }],
      ['page', { ...events, variables: { page: 1e9, limit: 10 } }],
      ['page', { ...events, variables: { page: '1', limit: 10 } }],
      ['after', { ...group, variables: { ...group.variables, after: ['2031'] } }],
      ['after', { ...group, variables: { ...group.variables, after: { $gt: 1 } } }],
      ['g0', { ...group, variables: { ...group.variables, g0: 'a b' } }],
      ['uuid', { ...event, variables: { uuid: true } }],
      ['uuid', { ...event, variables: { uuid: 'not-a-uuid' } }],
      ['extra', { ...event, variables: { uuid: SEED.events.full, extra: 1 } }],
    ];
    for (const [name, op] of cases) {
      const res = await read(op);
      assert.equal(res.status, 400, `${name}: ${JSON.stringify(op.variables)}`);
      const body = (await res.json()) as { errors: { message: string; code: string }[] };
      assert.equal(body.errors[0]?.code, 'invalid_variables');
      assert.match(body.errors[0]?.message ?? '', new RegExp(`"${name}"`));
    }
    const wide = docs.eventsOperation(caps, 1, 99);
    assert.equal((await read(wide)).status, 200, 'the widest list the elements ask for');
  });

  test('keeps at most its share of answers, and a search only for an hour', async () => {
    const { docs, caps } = await operations();
    await wp.php(`Kiosque\\Cache::flush(); return true;`);
    for (let i = 0; i < CACHE_SIZE + 3; i++) {
      const search = docs.searchOperation(caps, {
        term: `search ${i}`,
        tags: [],
        category: null,
        type: null,
        location: null,
        radius: null,
        beginsOn: null,
        endsOn: null,
        includeCancelled: false,
        localOnly: false,
        page: 1,
        limit: 10,
      });
      assert.equal((await read(search)).status, 200);
    }
    const rows = (await wp.php(
      `global $wpdb;
return array_map( 'intval', $wpdb->get_col( $wpdb->prepare( "SELECT option_value FROM {$wpdb->options} WHERE option_name LIKE %s", $wpdb->esc_like( '_transient_timeout_kiosque_c_proxy_' ) . '%' ) ) );`,
    )) as number[];
    assert.ok(rows.length <= CACHE_SIZE, `${rows.length} answers kept`);
    const now = Date.now() / 1000;
    for (const expires of rows) assert.ok(expires <= now + 3600 + 60, 'kept an hour at most');
  });
});

describe('rate limit of participations', () => {
  test('holds under concurrent requests from one address', async () => {
    const participation = await import('../../client/src/participation.js');
    const op = participation.leaveOperation('1', SEED.anonymousActorId, 'not-a-token');
    const url = await proxyUrl();
    const statuses = await Promise.all(
      Array.from({ length: 40 }, () =>
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: op.query,
            variables: op.variables,
            operationName: op.name,
          }),
        }).then((res) => res.status),
      ),
    );
    assert.equal(statuses.filter((status) => status !== 429).length, RATE_LIMIT, `${statuses}`);
  });
});
