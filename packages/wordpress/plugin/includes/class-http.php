<?php
/**
 * Outgoing HTTP with SSRF protection: every request of the plugin goes through here.
 *
 * Only http(s) URLs without credentials; the host is resolved once, every address must be
 * public (not in an IANA special-purpose range, multicast or reserved; an IPv4 address written
 * as IPv6 is judged as that IPv4 address), unless a site owner allows one host explicitly, and
 * the connection is pinned to the checked address so a DNS answer cannot change between the
 * check and the request: with curl by CURLOPT_RESOLVE, with the streams transport by opening
 * the socket to the address for http, and for https by the certificate check, which is
 * forced on for every request (an internal service cannot present a valid certificate for
 * the requested name). Redirects are never followed blindly: API calls refuse them, media
 * downloads re-check every hop.
 *
 * @package Kiosque
 */

namespace Kiosque;

defined( 'ABSPATH' ) || exit;

/**
 * HTTP helpers.
 */
final class Http {

	private const MAX_REDIRECTS = 3;

	/**
	 * The addresses that are not public, as CIDR range => null when the whole range is refused,
	 * or the byte offset of the IPv4 address it embeds, which is judged instead.
	 *
	 * Every block of the IANA IPv4 and IPv6 Special-Purpose Address Registries
	 * (https://www.iana.org/assignments/iana-ipv4-special-registry/ and
	 * https://www.iana.org/assignments/iana-ipv6-special-registry/), the few the registries call
	 * globally reachable included (anycast and AS112 services, never a Mobilizon), plus
	 * multicast, the reserved 240.0.0.0/4 and the deprecated IPv4-compatible and site-local
	 * IPv6 blocks. The first range that holds an address decides.
	 */
	private const SPECIAL_RANGES = array(
		'0.0.0.0/8'         => null, // "This network".
		'10.0.0.0/8'        => null, // Private networks, RFC 1918.
		'100.64.0.0/10'     => null, // Shared Address Space (carrier-grade NAT).
		'127.0.0.0/8'       => null, // Loopback.
		'169.254.0.0/16'    => null, // Link Local.
		'172.16.0.0/12'     => null, // Private networks, RFC 1918.
		'192.0.0.0/24'      => null, // IETF Protocol Assignments.
		'192.0.2.0/24'      => null, // Documentation (TEST-NET-1).
		'192.31.196.0/24'   => null, // AS112-v4.
		'192.52.193.0/24'   => null, // AMT.
		'192.88.99.0/24'    => null, // Deprecated (6to4 Relay Anycast).
		'192.168.0.0/16'    => null, // Private networks, RFC 1918.
		'192.175.48.0/24'   => null, // Direct Delegation AS112 Service.
		'198.18.0.0/15'     => null, // Benchmarking.
		'198.51.100.0/24'   => null, // Documentation (TEST-NET-2).
		'203.0.113.0/24'    => null, // Documentation (TEST-NET-3).
		'224.0.0.0/4'       => null, // Multicast.
		'240.0.0.0/4'       => null, // Reserved, and 255.255.255.255 Limited Broadcast.
		'::/128'            => null, // Unspecified Address.
		'::1/128'           => null, // Loopback Address.
		'::/96'             => null, // IPv4-compatible (deprecated).
		'::ffff:0:0/96'     => 12,   // IPv4-mapped Address: the last 32 bits.
		'64:ff9b::/96'      => 12,   // IPv4-IPv6 Translation, NAT64 well-known prefix: the last 32 bits.
		'64:ff9b:1::/48'    => null, // IPv4-IPv6 Translation, local use.
		'100::/64'          => null, // Discard-Only Address Block.
		'100:0:0:1::/64'    => null, // Dummy IPv6 Prefix.
		'2001::/23'         => null, // IETF Protocol Assignments, Teredo 2001::/32 included.
		'2001:db8::/32'     => null, // Documentation.
		'2002::/16'         => 2,    // 6to4: bits 16 to 47.
		'2620:4f:8000::/48' => null, // Direct Delegation AS112 Service.
		'3fff::/20'         => null, // Documentation.
		'5f00::/16'         => null, // Segment Routing (SRv6) SIDs.
		'fc00::/7'          => null, // Unique-Local.
		'fe80::/10'         => null, // Link-Local Unicast.
		'fec0::/10'         => null, // Site-local (deprecated).
		'ff00::/8'          => null, // Multicast.
	);

	/**
	 * "https://mobilizon.example/", ".../api" → "https://mobilizon.example"; null when the URL
	 * is not the base address of an instance (as normalizeInstance() of the client).
	 *
	 * @param mixed $url URL.
	 */
	public static function normalize_instance( $url ): ?string {
		if ( ! is_string( $url ) ) {
			return null;
		}
		$url = trim( $url );
		if ( '' === $url || preg_match( '/[\s?#<>"\'\\\\]/', $url ) ) {
			return null;
		}
		$parts = wp_parse_url( $url );
		if ( ! is_array( $parts ) || empty( $parts['scheme'] ) || empty( $parts['host'] ) ) {
			return null;
		}
		$scheme = strtolower( $parts['scheme'] );
		if ( ( 'http' !== $scheme && 'https' !== $scheme ) || isset( $parts['user'] ) || isset( $parts['pass'] ) ) {
			return null;
		}
		$path = rtrim( $parts['path'] ?? '', '/' );
		if ( '' !== $path && '/api' !== $path ) {
			return null;
		}
		$host    = strtolower( $parts['host'] );
		$port    = isset( $parts['port'] ) ? (int) $parts['port'] : null;
		$default = 'https' === $scheme ? 443 : 80;
		return $scheme . '://' . $host . ( null !== $port && $port !== $default ? ':' . $port : '' );
	}

	/**
	 * Whether an IP address is public: not in a range of SPECIAL_RANGES (an IPv4 address written
	 * as IPv6 is judged as that IPv4 address). What is not an address is not public.
	 *
	 * @param string $ip IPv4 or IPv6 address, in any spelling inet_pton() accepts.
	 */
	public static function is_public_ip( string $ip ): bool {
		$bytes = inet_pton( $ip );
		if ( false === $bytes ) {
			return false;
		}
		foreach ( self::SPECIAL_RANGES as $range => $ipv4_at ) {
			if ( self::in_range( $bytes, $range ) ) {
				return null !== $ipv4_at && self::is_public_ip( (string) inet_ntop( substr( $bytes, $ipv4_at, 4 ) ) );
			}
		}
		return true;
	}

	/**
	 * Whether packed address bytes (inet_pton()) fall in a CIDR range of the same family.
	 *
	 * @param string $bytes Packed address.
	 * @param string $range "address/prefix length".
	 */
	private static function in_range( string $bytes, string $range ): bool {
		[ $network, $length ] = explode( '/', $range );
		$network              = (string) inet_pton( $network );
		$length               = (int) $length;
		if ( strlen( $network ) !== strlen( $bytes ) ) {
			return false;
		}
		$whole = intdiv( $length, 8 );
		if ( substr( $bytes, 0, $whole ) !== substr( $network, 0, $whole ) ) {
			return false;
		}
		$mask = ( 0xff << ( 8 - $length % 8 ) ) & 0xff;
		return 0 === $mask || ( ord( $bytes[ $whole ] ) & $mask ) === ( ord( $network[ $whole ] ) & $mask );
	}

	/**
	 * Whether the site owner allowed this non-public host (for a Mobilizon on the same network,
	 * or a development instance): `define( 'KIOSQUE_ALLOW_PRIVATE_HOSTS', 'mobilizon.lan,127.0.0.1:4000' );`
	 * or the `kiosque_allow_private_host` filter.
	 *
	 * @param string   $host Host.
	 * @param int|null $port Port.
	 */
	public static function private_host_allowed( string $host, ?int $port ): bool {
		$allowed = defined( 'KIOSQUE_ALLOW_PRIVATE_HOSTS' ) ? Query::split( strtolower( (string) KIOSQUE_ALLOW_PRIVATE_HOSTS ) ) : array();
		$match   = in_array( $host, $allowed, true ) || ( null !== $port && in_array( $host . ':' . $port, $allowed, true ) );
		/**
		 * Filters whether the plugin may contact a host that resolves to a non-public address.
		 *
		 * @param bool     $match Whether KIOSQUE_ALLOW_PRIVATE_HOSTS lists it.
		 * @param string   $host  Host name or address.
		 * @param int|null $port  Port, when the URL has one.
		 */
		return (bool) apply_filters( 'kiosque_allow_private_host', $match, $host, $port );
	}

	/**
	 * Checks a URL and resolves its host once. Throws Upstream_Error kind "refused" when the URL
	 * or one of its addresses is not allowed, "network" when the host does not resolve.
	 *
	 * @param string $url URL.
	 * @return array{host: string, port: int, ip: string, literal: bool} The host (lower case,
	 *         without brackets), the port, the address to connect to, and whether the host is
	 *         that address itself.
	 * @throws Upstream_Error When the URL may not be fetched.
	 */
	public static function check( string $url ): array {
		$parts = wp_parse_url( $url );
		if ( ! is_array( $parts ) || empty( $parts['host'] ) || empty( $parts['scheme'] ) || ! in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true ) ) {
			throw new Upstream_Error( 'refused', esc_html( sprintf( 'Only http(s) URLs may be fetched, not %s.', $url ) ) );
		}
		if ( isset( $parts['user'] ) || isset( $parts['pass'] ) ) {
			throw new Upstream_Error( 'refused', 'URLs with credentials are refused.' );
		}
		$host    = strtolower( trim( $parts['host'], '[]' ) );
		$port    = isset( $parts['port'] ) ? (int) $parts['port'] : ( 'https' === strtolower( $parts['scheme'] ) ? 443 : 80 );
		$literal = false !== filter_var( $host, FILTER_VALIDATE_IP );
		$ips     = $literal ? array( $host ) : self::resolve( $host );
		if ( ! $ips ) {
			throw new Upstream_Error( 'network', esc_html( sprintf( 'The host %s could not be resolved.', $host ) ) );
		}
		$allowed = null;
		foreach ( $ips as $ip ) {
			if ( ! self::is_public_ip( $ip ) ) {
				$allowed = $allowed ?? self::private_host_allowed( $host, isset( $parts['port'] ) ? (int) $parts['port'] : null );
				if ( ! $allowed ) {
					throw new Upstream_Error( 'refused', esc_html( sprintf( '%s resolves to a private or reserved address; it is refused.', $host ) ) );
				}
			}
		}
		return array(
			'host'    => $host,
			'port'    => $port,
			'ip'      => $ips[0],
			'literal' => $literal,
		);
	}

	/**
	 * The addresses of a host name: IPv4 ones, then IPv6 ones, as the kiosque_host_addresses
	 * filter leaves them.
	 *
	 * @param string $host Host name, lower case.
	 * @return string[]
	 */
	private static function resolve( string $host ): array {
		$addresses = gethostbynamel( $host );
		$addresses = is_array( $addresses ) ? $addresses : array();
		if ( function_exists( 'dns_get_record' ) ) {
			$records = @dns_get_record( $host, DNS_AAAA ); // phpcs:ignore WordPress.PHP.NoSilencedErrors.Discouraged -- a failed lookup is handled by the caller.
			foreach ( is_array( $records ) ? $records : array() as $record ) {
				if ( isset( $record['ipv6'] ) ) {
					$addresses[] = $record['ipv6'];
				}
			}
		}
		/**
		 * Filters the addresses a host name resolves to. The plugin checks every address of the
		 * list and connects to the first one, whatever the system resolver would answer at
		 * connection time: for a site whose DNS answers differently inside its network
		 * (split-horizon), or for a name the system resolver does not know. Entries that are not
		 * IP addresses are dropped; an empty list means the host does not resolve.
		 *
		 * @param string[] $addresses IPv4 addresses (gethostbynamel()), then IPv6 ones (AAAA records).
		 * @param string   $host      Host name, lower case.
		 */
		$filtered = apply_filters( 'kiosque_host_addresses', $addresses, $host );
		$valid    = array();
		foreach ( is_array( $filtered ) ? $filtered : array() as $address ) {
			if ( is_string( $address ) && false !== filter_var( $address, FILTER_VALIDATE_IP ) ) {
				$valid[] = $address;
			}
		}
		return $valid;
	}

	/**
	 * One request to a checked URL, pinned to the checked address, no redirect followed.
	 *
	 * @param string               $method  GET or POST.
	 * @param string               $url     URL.
	 * @param array<string, mixed> $args    wp_remote_request() arguments (headers, body, timeout…).
	 * @return array{status: int, headers: array<string, string>, body: string}
	 * @throws Upstream_Error On a refused URL, a network failure or a timeout.
	 */
	public static function request( string $method, string $url, array $args = array() ): array {
		$target = self::check( $url );
		$hooks  = self::pins( $target );
		foreach ( $hooks as $hook => $callback ) {
			add_action( $hook, $callback, PHP_INT_MAX, 5 );
		}
		try {
			$response = wp_remote_request(
				$url,
				array_merge(
					array(
						'timeout'             => 8,
						'redirection'         => 0,
						'limit_response_size' => 5 * MB_IN_BYTES,
						'user-agent'          => 'Kiosque/' . KIOSQUE_VERSION . ' (WordPress; ' . home_url( '/' ) . ')',
					),
					$args,
					array(
						'method'             => $method,
						'reject_unsafe_urls' => false,
						'sslverify'          => true,
					)
				)
			);
		} finally {
			foreach ( $hooks as $hook => $callback ) {
				remove_action( $hook, $callback, PHP_INT_MAX );
			}
		}
		if ( is_wp_error( $response ) ) {
			$message   = $response->get_error_message();
			$timed_out = 1 === preg_match( '/timed? ?out|timeout/i', $message );
			throw new Upstream_Error( $timed_out ? 'timeout' : 'network', esc_html( sprintf( 'Could not reach %1$s: %2$s', $url, $message ) ) );
		}
		$headers = array();
		foreach ( wp_remote_retrieve_headers( $response ) as $name => $value ) {
			$headers[ strtolower( (string) $name ) ] = is_array( $value ) ? implode( ', ', $value ) : (string) $value;
		}
		return array(
			'status'  => (int) wp_remote_retrieve_response_code( $response ),
			'headers' => $headers,
			'body'    => (string) wp_remote_retrieve_body( $response ),
		);
	}

	/**
	 * The actions that keep one request on its checked address, by hook name. With curl, the
	 * host name resolves to that address (CURLOPT_RESOLVE). With the streams transport
	 * (fsockopen), a plain http connection is opened to that address; an https one is opened
	 * to the host name, because PHP checks the certificate against the name it connects to,
	 * and there the certificate check is what keeps the request on the checked host: certificate
	 * verification is forced on for every request, whatever `sslverify`, `http_request_args`
	 * or `https_ssl_verify` say. A host that is an address needs no pin. Through a proxy
	 * (WP_PROXY_HOST), the proxy resolves the name.
	 *
	 * @param array{host: string, port: int, ip: string, literal: bool} $target What check() returned.
	 * @return array<string, callable>
	 */
	private static function pins( array $target ): array {
		$hooks = array(
			'requests-requests.before_request' => static function ( &$url, &$headers, &$data, &$type, &$options ): void {
				if ( false === ( $options['verify'] ?? true ) ) {
					$options['verify'] = true;
				}
				$options['verifyname'] = true;
			},
		);
		if ( $target['literal'] ) {
			return $hooks;
		}
		$address = str_contains( $target['ip'], ':' ) ? '[' . $target['ip'] . ']' : $target['ip'];

		$hooks['http_api_curl'] = static function ( $handle ) use ( $target, $address ): void {
			curl_setopt( $handle, CURLOPT_RESOLVE, array( $target['host'] . ':' . $target['port'] . ':' . $address ) ); // phpcs:ignore WordPress.WP.AlternativeFunctions.curl_curl_setopt -- pinning the checked address has no WordPress API.
		};

		$hooks['requests-fsockopen.remote_socket'] = static function ( &$remote_socket ) use ( $target, $address ): void {
			if ( strtolower( $remote_socket ) === 'tcp://' . $target['host'] . ':' . $target['port'] ) {
				$remote_socket = 'tcp://' . $address . ':' . $target['port'];
			}
		};
		return $hooks;
	}

	/**
	 * GET that follows up to three redirects, checking every hop (for media files).
	 *
	 * @param string               $url  URL.
	 * @param array<string, mixed> $args Request arguments.
	 * @return array{status: int, headers: array<string, string>, body: string}
	 * @throws Upstream_Error On a refused hop, too many redirects or a network failure.
	 */
	public static function get_following_redirects( string $url, array $args = array() ): array {
		for ( $hop = 0; $hop <= self::MAX_REDIRECTS; $hop++ ) {
			$response = self::request( 'GET', $url, $args );
			if ( $response['status'] < 300 || $response['status'] >= 400 || empty( $response['headers']['location'] ) ) {
				return $response;
			}
			$url = \WP_Http::make_absolute_url( $response['headers']['location'], $url );
		}
		throw new Upstream_Error( 'http', 'Too many redirects.' );
	}
}
