/**
 * The security review of the admin side (issue 17), end to end on the built plugin in a real
 * WordPress: settings errors print what was submitted as text, people who can only edit posts
 * cannot use the editor routes to probe hosts, and calendar feeds have a key of their own.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { SEED, startDevInstance, type DevInstance } from '@kiosque/dev-instance';
import { freePort, requireWordPress, startWordPress, type WordPress } from './harness.js';

requireWordPress('The admin security suite');

/** Private (10.0.0.0/8, refused before any connection) and unresolvable (.invalid) hosts. */
const PRIVATE = 'http://10.255.255.1';
const UNRESOLVABLE = 'http://kiosque-no-such-host.invalid';

interface Users {
  admin: number;
  editor: number;
  contributor: number;
}

interface RestAnswer {
  status: number;
  data: { code?: string; message?: string; data?: Record<string, unknown>; unknown?: string[] };
}

let dev: DevInstance;
let wp: WordPress;
let users: Users;
/** A server the settings do not name; it counts the requests that reach it. */
let elsewhere: Server;
let elsewhereUrl: string;
let elsewhereHits = 0;

before(async () => {
  dev = await startDevInstance({ port: 0 });
  elsewhere = createServer((_req, res) => {
    elsewhereHits += 1;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{}');
  });
  const port = await freePort();
  await new Promise<void>((resolve) => elsewhere.listen(port, '127.0.0.1', resolve));
  elsewhereUrl = `http://127.0.0.1:${port}`;
  const started = await startWordPress({
    setupInput: { instance: dev.url },
    // Reachable for the site, so that only the permission decides whether it is contacted.
    allowPrivateHosts: [new URL(dev.url).host, new URL(elsewhereUrl).host],
    setup: `
update_option( 'kiosque_settings', array( 'instance' => $input['instance'] ) + Kiosque\\Settings::defaults() );
$user = static fn ( string $role ): int => wp_insert_user( array( 'user_login' => $role . '1', 'user_pass' => $role . '1', 'user_email' => $role . '1@example.com', 'role' => $role ) );
return array( 'admin' => 1, 'editor' => $user( 'editor' ), 'contributor' => $user( 'contributor' ) );`,
  });
  wp = started;
  users = started.setupOutput as Users;
});

after(async () => {
  await wp?.close();
  await new Promise((resolve) => elsewhere?.close(resolve));
  await dev?.close();
});

/** A GET to a REST route as `user`, through WordPress's REST server (permissions included). */
async function rest(user: number, route: string, params: Record<string, string>) {
  return (await wp.php(
    `wp_set_current_user( $input['user'] );
$request = new WP_REST_Request( 'GET', $input['route'] );
$request->set_query_params( $input['params'] );
$response = rest_do_request( $request );
return array( 'status' => $response->get_status(), 'data' => $response->get_data() );`,
    { user, route, params },
  )) as RestAnswer;
}

async function setOtherInstances(list: string[]): Promise<void> {
  await wp.php(
    `$settings = get_option( 'kiosque_settings' );
$settings['allowed_instances'] = $input;
update_option( 'kiosque_settings', $settings );
return true;`,
    list,
  );
}

/** The session cookies of a user logged in through wp-login.php. */
async function logIn(login: string, password: string): Promise<string> {
  const res = await fetch(`${wp.url}/wp-login.php`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: 'wordpress_test_cookie=WP%20Cookie%20check' },
    body: new URLSearchParams({
      log: login,
      pwd: password,
      testcookie: '1',
      redirect_to: `${wp.url}/wp-admin/`,
    }),
  });
  assert.equal(res.status, 302, 'logged in');
  return res.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

/** Posts Settings -> Kiosque with its nonce and returns the page it redirects to. */
async function saveSettings(cookie: string, fields: Record<string, string>): Promise<string> {
  const form = await fetch(`${wp.url}/wp-admin/options-general.php?page=kiosque`, {
    headers: { cookie },
  });
  assert.equal(form.status, 200);
  const nonce = /name="_wpnonce" value="([^"]+)"/.exec(await form.text())?.[1];
  assert.ok(nonce, 'the settings form has its nonce');
  const body = new URLSearchParams({
    option_page: 'kiosque',
    action: 'update',
    _wpnonce: nonce,
    _wp_http_referer: '/wp-admin/options-general.php?page=kiosque',
  });
  for (const [name, value] of Object.entries(fields)) body.set(`kiosque_settings[${name}]`, value);
  const saved = await fetch(`${wp.url}/wp-admin/options.php`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie },
    body,
  });
  assert.equal(saved.status, 302, 'options.php accepted the form');
  const page = await fetch(new URL(saved.headers.get('location') ?? '', wp.url), {
    headers: { cookie },
  });
  assert.equal(page.status, 200);
  return page.text();
}

describe('settings errors', () => {
  test('a submitted address with markup comes back as text in the settings errors', async () => {
    const cookie = await logIn('admin', 'admin');
    const page = await saveSettings(cookie, {
      instance: 'https://x.example/<img src=x onerror=alert(1)>',
      allowed_instances: 'https://y.example/"><svg/onload=alert(2)>',
      cache_ttl: '600',
    });
    const errors = page.match(/<div id='setting-error-[\s\S]*?<\/div>/g)?.join('\n') ?? '';
    assert.match(errors, /setting-error-kiosque_instance/);
    assert.match(errors, /setting-error-kiosque_allowed_instances/);
    assert.doesNotMatch(errors, /<img|<svg/);
    assert.ok(errors.includes('https://x.example/&lt;img src=x onerror=alert(1)&gt;'), errors);
    assert.ok(errors.includes('https://y.example/&quot;&gt;&lt;svg/onload=alert(2)&gt;'), errors);
    assert.doesNotMatch(page, /<img src=x onerror|<svg\/onload/);
  });
});

describe('editor routes', () => {
  test('a contributor or editor cannot make the site contact a host the settings do not name', async () => {
    elsewhereHits = 0;
    for (const user of [users.contributor, users.editor]) {
      const group = await rest(user, '/kiosque/v1/group', {
        instance: elsewhereUrl,
        handle: 'anything',
      });
      assert.equal(group.status, 403);
      assert.equal(group.data.code, 'kiosque_instance_not_configured');
      const connection = await rest(user, '/kiosque/v1/instance', { url: elsewhereUrl });
      assert.equal(connection.status, 403);
    }
    assert.equal(elsewhereHits, 0, 'no request reached the host');
    const asAdmin = await rest(users.admin, '/kiosque/v1/instance', { url: elsewhereUrl });
    assert.equal(asAdmin.status, 502);
    assert.ok(elsewhereHits > 0, 'an administrator may test any instance');
  });

  test('a contributor cannot tell a private address from one that does not resolve', async () => {
    const answers = async () => {
      const list: RestAnswer[] = [];
      for (const instance of [PRIVATE, UNRESOLVABLE]) {
        list.push(await rest(users.contributor, '/kiosque/v1/group', { instance, handle: 'x' }));
      }
      return list;
    };
    const [privateHost, unresolvable] = await answers();
    assert.deepEqual(privateHost, unresolvable);
    // Even when the settings name them, a failure reads the same and carries no detail.
    await setOtherInstances([PRIVATE, UNRESOLVABLE]);
    try {
      const [privateListed, unresolvableListed] = await answers();
      assert.equal(privateListed?.status, 502);
      assert.deepEqual(privateListed, unresolvableListed);
      assert.equal(privateListed?.data.data?.['detail'], undefined);
      assert.doesNotMatch(JSON.stringify(privateListed), /private|resolve/i);
    } finally {
      await setOtherInstances([]);
    }
  });

  test('a contributor checks groups on the configured instance, as the block sidebar does', async () => {
    const handle = `${SEED.groups.climateAction}, no-such-group`;
    for (const instance of ['', dev.url, `${dev.url}/`]) {
      const answer = await rest(users.contributor, '/kiosque/v1/group', { instance, handle });
      assert.equal(answer.status, 200, JSON.stringify(answer));
      assert.deepEqual(answer.data.unknown, ['no-such-group']);
    }
  });

  test("a contributor's block preview says only that the instance could not be reached", async () => {
    const notice = async (user: number, instance: string) => {
      const answer = (await wp.php(
        `wp_set_current_user( $input['user'] );
$request = new WP_REST_Request( 'GET', '/wp/v2/block-renderer/kiosque/events' );
$request->set_query_params( array( 'context' => 'edit', 'attributes' => array( 'instance' => $input['instance'] ) ) );
$response = rest_do_request( $request );
return array( 'status' => $response->get_status(), 'data' => $response->get_data() );`,
        { user, instance },
      )) as { status: number; data: { rendered?: string } };
      assert.equal(answer.status, 200, JSON.stringify(answer));
      return /<div class="kiosque-notice"[\s\S]*?<\/div>/.exec(answer.data.rendered ?? '')?.[0];
    };
    const privateHost = await notice(users.contributor, PRIVATE);
    assert.ok(privateHost, 'the contributor sees a notice');
    assert.equal(await notice(users.contributor, UNRESOLVABLE), privateHost);
    assert.doesNotMatch(privateHost, /private|resolve/i);
    assert.match((await notice(users.admin, PRIVATE)) ?? '', /private or reserved address/);
  });

  test('an administrator still reads why an address fails', async () => {
    for (const [route, key] of [
      ['/kiosque/v1/instance', 'url'],
      ['/kiosque/v1/group', 'instance'],
    ] as const) {
      const privateHost = await rest(users.admin, route, { [key]: PRIVATE, handle: 'x' });
      assert.equal(privateHost.status, 502);
      assert.equal(privateHost.data.code, 'kiosque_refused');
      assert.match(String(privateHost.data.data?.['detail']), /private or reserved address/);
      const unresolvable = await rest(users.admin, route, { [key]: UNRESOLVABLE, handle: 'x' });
      assert.equal(unresolvable.status, 502);
      assert.equal(unresolvable.data.code, 'kiosque_network');
      assert.match(String(unresolvable.data.data?.['detail']), /could not be resolved/);
    }
  });
});

describe('calendar feeds', () => {
  test('a feed URL signed with the media key is refused; the feed URL of the site is served', async () => {
    const { feed, mediaSignature } = (await wp.php(
      `$params = array( 'instance' => $input['instance'], 'group' => $input['group'] );
return array(
	'feed'           => Kiosque\\Ics::feed_url( $input['instance'], array( 'group' => $input['group'] ) ),
	'mediaSignature' => Kiosque\\Proxy::sign( (string) wp_json_encode( $params ) ),
);`,
      { instance: dev.url, group: SEED.groups.repairCafe },
    )) as { feed: string; mediaSignature: string };
    const served = await fetch(feed);
    assert.equal(served.status, 200);
    assert.match(served.headers.get('content-type') ?? '', /^text\/calendar/);
    assert.match(await served.text(), /^BEGIN:VCALENDAR/);
    const forged = new URL(feed);
    forged.searchParams.set('s', mediaSignature);
    const refused = await fetch(forged);
    assert.equal(refused.status, 404);
  });
});
