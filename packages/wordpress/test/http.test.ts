/**
 * Kiosque\Http in a real WordPress (Debian's 6.1 + MariaDB): which addresses count as public,
 * and that every request connects to the address that was checked, with curl and with the
 * streams (fsockopen) transport, over IPv4 and IPv6.
 *
 * Made-up `.invalid` names, which no resolver knows, get their addresses from the
 * `kiosque_host_addresses` filter: a request that reaches the local servers under such a name
 * went to the checked address.
 */
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { requireWordPress, startWordPress, type WordPress } from './harness.js';

requireWordPress('The Http suite');

/** A self-signed certificate (for 127.0.0.1 and pinned.invalid) and its key, for tests only. */
const TEST_KEY = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgNafVXGJOj8POgkdX
IOQR0n2mjBR/KpsALLh8HHKCtCKhRANCAATysG0SPen/zDqQ7HyEm0IQI8te6/GE
4pDFS/1alGfyYST2CTh/AxPEgGlT7wg4Xf1DmmQDMCUnpPoOOcpnrGxK
-----END PRIVATE KEY-----
`;
const TEST_CERTIFICATE = `-----BEGIN CERTIFICATE-----
MIIBvjCCAWSgAwIBAgIUW2XPUb1DWbVUAmWi9L2ZjMwWX5MwCgYIKoZIzj0EAwIw
IzEhMB8GA1UEAwwYa2lvc3F1ZS10ZXN0LXNlbGYtc2lnbmVkMCAXDTI2MTIwNjA0
MzIyMloYDzIxMjYxMTEyMDQzMjIyWjAjMSEwHwYDVQQDDBhraW9zcXVlLXRlc3Qt
c2VsZi1zaWduZWQwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAATysG0SPen/zDqQ
7HyEm0IQI8te6/GE4pDFS/1alGfyYST2CTh/AxPEgGlT7wg4Xf1DmmQDMCUnpPoO
OcpnrGxKo3QwcjAdBgNVHQ4EFgQUj00fvWE+BfwTMMXBlrAfrfIXgVYwHwYDVR0j
BBgwFoAUj00fvWE+BfwTMMXBlrAfrfIXgVYwDwYDVR0TAQH/BAUwAwEB/zAfBgNV
HREEGDAWhwR/AAABgg5waW5uZWQuaW52YWxpZDAKBggqhkjOPQQDAgNIADBFAiEA
zfaA5xU6+9vH/1M6lTnx4ZtRChPdGUQXjVTpsLaO0VUCIFAw+VameeMkR5cAxHXQ
eRah1moFDttrQLj487fMdNPl
-----END CERTIFICATE-----
`;

const TRANSPORTS = ['curl', 'streams'] as const;
type Transport = (typeof TRANSPORTS)[number];

/** What a local server saw: the Host header and the address the connection arrived at. */
interface Arrival {
  host: string;
  address: string;
}

interface Outcome {
  ok: boolean;
  status?: number;
  body?: Arrival;
  kind?: string;
  message?: string;
  /** The Requests transports that ran (`curl`, `fsockopen`). */
  ran: string[];
}

interface RequestOptions {
  url: string;
  transport?: Transport;
  /** What the kiosque_host_addresses filter answers, by host name. */
  addresses?: Record<string, string[]>;
  /** Asks for no certificate check in every way WordPress offers. */
  insecure?: boolean;
}

/**
 * Kiosque\Http::request() with the transport forced, the addresses of made-up names supplied
 * by the filter, and the transports that ran recorded.
 */
const REQUEST_PHP = String.raw`
$ran = array();
foreach ( array( 'curl', 'fsockopen' ) as $name ) {
	add_action( "requests-{$name}.before_request", function () use ( &$ran, $name ) {
		$ran[] = $name;
	} );
}
$classes = class_exists( '\WpOrg\Requests\Requests' )
	? array( 'curl' => '\WpOrg\Requests\Transport\Curl', 'streams' => '\WpOrg\Requests\Transport\Fsockopen' )
	: array( 'curl' => 'Requests_Transport_cURL', 'streams' => 'Requests_Transport_fsockopen' );
$transport = $classes[ $input['transport'] ];
add_action( 'requests-requests.before_request', function ( &$url, &$headers, &$data, &$type, &$options ) use ( $transport ) {
	$options['transport'] = $transport;
}, 10, 5 );
add_filter( 'kiosque_host_addresses', function ( $addresses, $host ) use ( $input ) {
	return $input['addresses'][ $host ] ?? $addresses;
}, 10, 2 );
$args = array();
if ( $input['insecure'] ) {
	$args['sslverify'] = false;
	add_filter( 'https_ssl_verify', '__return_false' );
	add_filter( 'http_request_args', function ( $parsed ) {
		return array( 'sslverify' => false ) + $parsed;
	} );
}
try {
	$response = Kiosque\Http::request( 'GET', $input['url'], $args );
	return array( 'ok' => true, 'status' => $response['status'], 'body' => json_decode( $response['body'], true ), 'ran' => $ran );
} catch ( Kiosque\Upstream_Error $e ) {
	return array( 'ok' => false, 'kind' => $e->kind, 'message' => $e->getMessage(), 'ran' => $ran );
}`;

let wp: WordPress;
let v4: Server;
let v6: Server;
let tls: Server;
let v4Port: number;
let v6Port: number;
let tlsPort: number;

function answerWhere(req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ host: req.headers.host, address: req.socket.localAddress }));
}

async function listen(server: Server, host: string): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return (server.address() as AddressInfo).port;
}

function close(server: Server | undefined): Promise<void> {
  return new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()));
}

function request(options: RequestOptions): Promise<Outcome> {
  return wp.php(REQUEST_PHP, {
    transport: 'curl',
    addresses: {},
    insecure: false,
    ...options,
  }) as Promise<Outcome>;
}

/** Kiosque\Http::is_public_ip() for each address. */
async function judged(addresses: string[]): Promise<Record<string, boolean>> {
  return (await wp.php(
    `$out = array();
foreach ( $input as $ip ) {
	$out[ $ip ] = Kiosque\\Http::is_public_ip( $ip );
}
return $out;`,
    addresses,
  )) as Record<string, boolean>;
}

function every(addresses: string[], value: boolean): Record<string, boolean> {
  return Object.fromEntries(addresses.map((address) => [address, value]));
}

before(async () => {
  v4 = createServer(answerWhere);
  v6 = createServer(answerWhere);
  tls = createTlsServer({ key: TEST_KEY, cert: TEST_CERTIFICATE }, answerWhere);
  [v4Port, v6Port, tlsPort] = await Promise.all([
    listen(v4, '127.0.0.1'),
    listen(v6, '::1'),
    listen(tls, '127.0.0.1'),
  ]);
  wp = await startWordPress({
    setup: 'return true;',
    allowPrivateHosts: ['127.0.0.1', '::1', 'pinned.invalid', 'pinned6.invalid'],
    // WP_HTTP_BLOCK_EXTERNAL is on in the test site: these hosts may be contacted.
    muPlugin: `define( 'WP_ACCESSIBLE_HOSTS', 'pinned.invalid,pinned6.invalid,[::1]' );`,
  });
});

after(async () => {
  await wp?.close();
  await Promise.all([close(v4), close(v6), close(tls)]);
});

describe('which addresses are public', () => {
  test('public IPv4 and IPv6 addresses are accepted, up to the edges of the special ranges', async () => {
    const addresses = [
      '8.8.8.8',
      '1.1.1.1',
      '1.0.0.0',
      '9.255.255.255',
      '11.0.0.0',
      '100.63.255.255',
      '100.128.0.0',
      '126.255.255.255',
      '128.0.0.0',
      '169.253.255.255',
      '169.255.0.0',
      '172.15.255.255',
      '172.32.0.0',
      '192.0.1.0',
      '192.0.3.0',
      '192.167.255.255',
      '192.169.0.0',
      '198.17.255.255',
      '198.20.0.0',
      '223.255.255.255',
      '2001:200::1',
      '2001:4860:4860::8888',
      '2606:4700:4700::1111',
      '2a00:1450:4007:80e::200e',
      '2620:4f:8001::1',
      '3fff:1000::1',
    ];
    assert.deepEqual(await judged(addresses), every(addresses, true));
  });

  test('every special-purpose range is refused, from its first address to its last', async () => {
    const addresses = [
      ...['0.0.0.0', '0.255.255.255', '10.0.0.0', '10.255.255.255'],
      ...['100.64.0.0', '100.127.255.255', '127.0.0.1', '127.255.255.255'],
      ...['169.254.0.0', '169.254.255.255', '172.16.0.0', '172.31.255.255'],
      ...['192.0.0.0', '192.0.0.255', '192.0.2.0', '192.0.2.255'],
      ...['192.31.196.0', '192.31.196.255', '192.52.193.0', '192.52.193.255'],
      ...['192.88.99.0', '192.88.99.255', '192.168.0.0', '192.168.255.255'],
      ...['192.175.48.0', '192.175.48.255', '198.18.0.0', '198.19.255.255'],
      ...['198.51.100.0', '198.51.100.255', '203.0.113.0', '203.0.113.255'],
      ...['224.0.0.0', '224.0.0.1', '239.255.255.255', '240.0.0.0', '255.255.255.255'],
      ...['::', '::1', '::7f00:1', '::ffff', '::ffff:ffff'],
      ...['64:ff9b:1::', '64:ff9b:1:ffff:ffff:ffff:ffff:ffff'],
      ...['100::', '100::ffff:ffff:ffff:ffff', '100:0:0:1::', '100:0:0:1:ffff:ffff:ffff:ffff'],
      ...['2001::', '2001::1', '2001:1ff:ffff:ffff:ffff:ffff:ffff:ffff'],
      ...['2001:db8::', '2001:db8:ffff:ffff:ffff:ffff:ffff:ffff'],
      ...['2620:4f:8000::', '2620:4f:8000:ffff:ffff:ffff:ffff:ffff'],
      ...['3fff::', '3fff:fff:ffff:ffff:ffff:ffff:ffff:ffff'],
      ...['5f00::', '5f00:ffff:ffff:ffff:ffff:ffff:ffff:ffff'],
      ...['fc00::', 'fd12:3456::1', 'fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'],
      ...['fe80::', 'fe80::1', 'febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff'],
      ...['fec0::', 'feff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'],
      ...['ff00::', 'ff02::1', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'],
    ];
    assert.deepEqual(await judged(addresses), every(addresses, false));
  });

  test('an IPv4 address written as IPv6 (mapped, NAT64, 6to4) is judged as that IPv4 address', async () => {
    const refused = [
      '::ffff:7f00:1',
      '::ffff:127.0.0.1',
      '::FFFF:7F00:0001',
      '0:0:0:0:0:ffff:7f00:1',
      '::ffff:a00:1',
      '::ffff:0.0.0.0',
      '64:ff9b::7f00:1',
      '64:ff9b::192.168.1.1',
      '2002:7f00:1::',
      '2002:a9fe:a9fe::1',
      '2002:c0a8:101::',
    ];
    const accepted = [
      '::ffff:8.8.8.8',
      '::ffff:808:808',
      '64:ff9b::808:808',
      '64:ff9b::8.8.8.8',
      '2002:808:808::1',
    ];
    assert.deepEqual(await judged([...refused, ...accepted]), {
      ...every(refused, false),
      ...every(accepted, true),
    });
  });

  test('what is not an address is refused', async () => {
    const addresses = ['', 'localhost', 'fe80::1%eth0', '127.1', '1.2.3.256', '::ffff:1.2.3.256'];
    assert.deepEqual(await judged(addresses), every(addresses, false));
  });
});

describe('connections go to the checked address', () => {
  test('an instance at an IPv6 address, http://[::1]:port/, is reached with curl', async () => {
    const outcome = await request({ url: `http://[::1]:${v6Port}/` });
    assert.deepEqual(outcome, {
      ok: true,
      status: 200,
      body: { host: `[::1]:${v6Port}`, address: '::1' },
      ran: ['curl'],
    });
  });

  for (const transport of TRANSPORTS) {
    test(`a host name is connected to its checked IPv4 address, over ${transport}`, async () => {
      const outcome = await request({
        url: `http://pinned.invalid:${v4Port}/`,
        transport,
        addresses: { 'pinned.invalid': ['127.0.0.1'] },
      });
      assert.deepEqual(outcome, {
        ok: true,
        status: 200,
        body: { host: `pinned.invalid:${v4Port}`, address: '127.0.0.1' },
        ran: [transport === 'curl' ? 'curl' : 'fsockopen'],
      });
    });

    test(`a host name is connected to its checked IPv6 address, over ${transport}`, async () => {
      const outcome = await request({
        url: `http://pinned6.invalid:${v6Port}/`,
        transport,
        addresses: { 'pinned6.invalid': ['::1'] },
      });
      assert.deepEqual(outcome, {
        ok: true,
        status: 200,
        body: { host: `pinned6.invalid:${v6Port}`, address: '::1' },
        ran: [transport === 'curl' ? 'curl' : 'fsockopen'],
      });
    });

    test(`certificates are verified over ${transport}, whatever sslverify and https_ssl_verify say`, async () => {
      const url = `https://127.0.0.1:${tlsPort}/`;
      const plain = (await wp.php(
        `$response = wp_remote_get( $input, array( 'sslverify' => false ) );
return is_wp_error( $response ) ? $response->get_error_message() : wp_remote_retrieve_response_code( $response );`,
        url,
      )) as unknown;
      assert.equal(plain, 200, 'the server answers when the certificate is not checked');
      const outcome = await request({ url, transport, insecure: true });
      assert.equal(outcome.ok, false, 'the self-signed certificate is refused');
      assert.equal(outcome.kind, 'network');
      assert.match(outcome.message ?? '', /SSL certificate problem|SSL operation failed/);
    });
  }

  test('a host name is refused when one of its addresses is private, in any spelling', async () => {
    const addresses = {
      'mixed.invalid': ['93.184.215.14', '10.0.0.1'],
      'mapped.invalid': ['::ffff:7f00:1'],
      'nat64.invalid': ['2606:4700:4700::1111', '64:ff9b::a9fe:a9fe'],
    };
    for (const host of Object.keys(addresses)) {
      const outcome = await request({ url: `http://${host}:${v4Port}/`, addresses });
      assert.equal(outcome.kind, 'refused', host);
      assert.deepEqual(outcome.ran, [], `${host}: no connection is made`);
    }
  });

  test('the pinning hooks are removed after a request, even when it throws', async () => {
    const outcome = await wp.php(
      `add_filter( 'kiosque_host_addresses', function () {
	return array( '127.0.0.1' );
} );
add_filter( 'pre_http_request', function () {
	throw new RuntimeException( 'a hook failed' );
} );
try {
	Kiosque\\Http::request( 'GET', $input );
	$thrown = null;
} catch ( Exception $e ) {
	$thrown = $e->getMessage();
}
$left = array();
foreach ( array( 'http_api_curl', 'requests-fsockopen.remote_socket', 'requests-requests.before_request' ) as $hook ) {
	if ( has_action( $hook ) ) {
		$left[] = $hook;
	}
}
return array( 'thrown' => $thrown, 'left' => $left );`,
      `http://pinned.invalid:${v4Port}/`,
    );
    assert.deepEqual(outcome, { thrown: 'a hook failed', left: [] });
  });
});
